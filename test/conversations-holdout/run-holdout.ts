// Held-out conversations: plays a list of conversations through an eval session and keeps apart what
// the assistant got wrong (a measurement) from what the harness could not do (a crash, a stuck turn, a
// script that does not fit the shop, an exception on the merchant's page), which must fail the run.
import type { Conversation } from '../conversations/conversation.ts';
import type { EvalSession } from '../conversations/runner/eval-session.ts';
import type { ConversationResult } from '../conversations/runner/run-conversation.ts';

export interface HoldoutRun {
  results: ConversationResult[];
  /** Conversations that did not run to their end, by id: what went wrong in the harness. */
  harnessErrors: Record<string, string>;
  /** Exceptions thrown on the merchant's page, in every session the run used. */
  pageErrors: string[];
  seconds: number;
}

export interface RunOptions {
  /** A fresh session: the first one, and a new one after a conversation got stuck. */
  start: () => Promise<EvalSession>;
  /** A conversation still running after this long is stuck (its session is closed and replaced). */
  timeoutMs?: (conv: Conversation) => number;
  log?: (line: string) => void;
}

/** Generous: every answer the chat gives waits 30 s at most, and a setup step (a page, a reload) as long. */
export const defaultTimeout = (conv: Conversation) => 60_000 + conv.turns.length * 45_000;

class Stuck extends Error {
  override name = 'Stuck';
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stuck(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

export async function runHoldout(conversations: Conversation[], opts: RunOptions): Promise<HoldoutRun> {
  const started = Date.now();
  const timeoutOf = opts.timeoutMs ?? defaultTimeout;
  const results: ConversationResult[] = [];
  const harnessErrors: Record<string, string> = {};
  const pageErrors: string[] = [];
  let session = await opts.start();
  try {
    for (const conv of conversations) {
      const running = session.run(conv);
      try {
        const r = await withTimeout(running, timeoutOf(conv), `conversation ${conv.id}`);
        const missing = conv.turns.length - r.turns.length;
        if (missing !== 0) throw new Error(`the run came back with ${r.turns.length} of ${conv.turns.length} turns`);
        results.push(r);
        opts.log?.(`${r.ok ? 'right' : 'wrong'}  ${conv.id} (${r.turns.filter((t) => t.ok).length}/${r.turns.length} turns)`);
      } catch (err) {
        harnessErrors[conv.id] = (err as Error).message.split('\n')[0]!;
        opts.log?.(`error  ${conv.id}: ${harnessErrors[conv.id]}`);
        if (err instanceof Stuck) {
          // The stuck run still holds the tab: close the browser under it, and go on in a new session.
          running.catch(() => undefined);
          pageErrors.push(...session.pageErrors());
          await session.close().catch(() => undefined);
          session = await opts.start();
        }
      }
    }
  } finally {
    pageErrors.push(...session.pageErrors());
    await session.close();
  }
  return { results, harnessErrors, pageErrors, seconds: (Date.now() - started) / 1000 };
}

/** Why this run cannot be trusted as a measurement: empty when every conversation ran cleanly. */
export function harnessProblems(run: HoldoutRun): string[] {
  return [
    ...Object.entries(run.harnessErrors).map(([id, why]) => `${id} did not run to its end: ${why}`),
    ...run.pageErrors.map((e) => `an exception on the merchant's page: ${e}`),
  ];
}
