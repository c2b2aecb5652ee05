// Size budget of the widget UI chunk: src/ui bundled as the loader imports it (Preact, hooks and comlink's
// proxy included) must stay within 40 KB gzip. Builds with Vite into a temporary folder.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'aisle-ui-size-'));
const BUDGET_GZIP_BYTES = 40 * 1024;

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('the UI chunk, Preact included, is at most 40 KB gzip ', async () => {
  await build({
    configFile: false,
    root: repo,
    logLevel: 'error',
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: resolve(repo, 'src/ui/index.ts'), preserveEntrySignatures: 'exports-only', output: { entryFileNames: 'ui.js' } },
    },
  });
  const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  expect(files).toEqual(['ui.js']);
  const code = readFileSync(join(outDir, 'ui.js'));
  const gzip = gzipSync(code, { level: 9 }).length;
  console.info(`[ui-size] ui.js ${code.length} B, ${gzip} B gzip (budget ${BUDGET_GZIP_BYTES})`);
  expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  // Preact itself must be inside (a chunk that secretly relies on a global would pass the size check).
  expect(code.toString()).toContain('__k');
}, 120_000);

it('the UI sources never create <style> tags or set HTML (CSP and Trusted Types pages)', () => {
  const dir = resolve(repo, 'src/ui');
  const offenders = readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .filter((f) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|<style|createElement\(['"]style/.test(readFileSync(join(dir, f), 'utf8')));
  expect(offenders).toEqual([]);
});
