// Test support: real Debian Chromium through playwright-core, with a record of console errors and of
// every request the page makes (the privacy check: nothing may leave localhost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.AISLE_CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  profileDir: string;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
  /** Closes the browser and removes the profile. */
  dispose(): Promise<void>;
}

export async function launch(options: { profileDir?: string; args?: string[]; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'aisle-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 860 },
  });
  const session: Session = {
    context,
    profileDir,
    consoleErrors: [],
    pageErrors: [],
    requests: [],
    async newPage() {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') session.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => session.pageErrors.push(String(e)));
      return page;
    },
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  context.on('request', (r) => session.requests.push(r.url()));
  // Pages opened by the context itself (the first blank tab) are watched too.
  for (const page of context.pages()) page.on('pageerror', (e) => session.pageErrors.push(String(e)));
  return session;
}

/** Requests to anything but this machine (data: and blob: URLs are local by construction). */
export function externalRequests(requests: string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return false;
    try {
      const host = new URL(u).hostname;
      return !(host === 'localhost' || host === '127.0.0.1' || host === '[::1]');
    } catch {
      return true;
    }
  });
}
