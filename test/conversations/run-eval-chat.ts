// `npm run eval:chat [-- --shop demo --only <id part> --json]`: plays every conversation through the built
// widget in Chromium and prints right/wrong per kind of turn and per shop; writes bench-results/eval-chat.json.
// Needs `npm run setup -- --test` first (the widget, the models and the demo shop).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_CONVERSATIONS, SHOPS } from './all-conversations.ts';
import { KNOWN_FAILING } from './known-failing.ts';
import type { ShopName } from './conversation.ts';
import { startEvalSession } from './runner/eval-session.ts';
import { formatResult } from './runner/format-result.ts';
import type { ConversationResult } from './runner/run-conversation.ts';
import { formatScores, scoreResults } from './runner/score-table.ts';
import { ROOT, shopUnavailable } from './runner/start-shop.ts';

const { values } = parseArgs({
  options: { shop: { type: 'string', multiple: true }, only: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } },
});
const log = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);
const wanted = (values.shop ?? SHOPS) as ShopName[];
for (const s of wanted) if (!SHOPS.includes(s)) throw new Error(`--shop ${s}: unknown shop; use one of ${SHOPS.join(', ')}`);
const skipped: Record<string, string> = {};
const shops = wanted.filter((s) => {
  const why = shopUnavailable(s);
  if (why) {
    skipped[s] = why;
    log(`eval:chat: the ${s} shop is skipped: ${why}`);
  }
  return !why;
});
const conversations = ALL_CONVERSATIONS.filter((c) => shops.includes(c.shop) && (!values.only || c.id.includes(values.only)));

const started = Date.now();
const session = await startEvalSession(shops);
const results: ConversationResult[] = [];
const errors: Record<string, string> = {};
try {
  for (const conv of conversations) {
    try {
      const r = await session.run(conv);
      results.push(r);
      log(`${r.ok ? 'right' : 'wrong'}  ${conv.id} (${r.turns.filter((t) => t.ok).length}/${r.turns.length} turns)`);
      if (values.verbose && !r.ok) log(formatResult(r, session.shop(conv.shop).facts));
    } catch (err) {
      errors[conv.id] = (err as Error).message.split('\n')[0]!;
      log(`error  ${conv.id}: ${errors[conv.id]}`);
    }
  }
} finally {
  await session.close();
}

const scores = scoreResults(results, errors);
const seconds = (Date.now() - started) / 1000;
log(`\n${formatScores(scores)}\n\n${conversations.length} conversations, ${scores.turns.right + scores.turns.wrong} turns in ${seconds.toFixed(0)} s`);
const report = {
  generatedAt: new Date().toISOString(),
  seconds,
  skippedShops: skipped,
  scores,
  conversations: results.map((r) => ({
    id: r.id,
    shop: r.shop,
    via: r.via,
    ok: r.ok,
    turns: r.turns.map((t) => ({ kind: t.kind, message: t.message, ok: t.ok, ms: t.ms, text: t.answer.text, products: t.answer.productIds, actions: t.answer.actions, failed: t.verdicts.filter((v) => !v.ok) })),
  })),
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/eval-chat.json'), `${JSON.stringify(report, null, 2)}\n`);
log('wrote bench-results/eval-chat.json');
// What to change in known-failing.ts, so the vitest suite reports the same as this table.
const nowRight = results.filter((r) => r.ok && KNOWN_FAILING[r.id]).map((r) => r.id);
const newlyWrong = results.filter((r) => !r.ok && !KNOWN_FAILING[r.id]).map((r) => r.id);
if (nowRight.length) log(`right now, so take them off KNOWN_FAILING: ${nowRight.join(', ')}`);
if (newlyWrong.length) log(`wrong and not in KNOWN_FAILING (their tests fail): ${newlyWrong.join(', ')}`);
if (values.json) {
  const rate = (t: { right: number; wrong: number }) => (t.right + t.wrong ? t.right / (t.right + t.wrong) : null);
  const byKind = Object.fromEntries(Object.entries(scores.byKind).filter(([, t]) => t.right + t.wrong > 0).map(([k, t]) => [k, { ...t, accuracy: rate(t) }]));
  const byShop = Object.fromEntries(Object.entries(scores.byShop).map(([k, t]) => [k, { turnAccuracy: rate(t.turns), conversationAccuracy: rate(t.conversations) }]));
  console.log(JSON.stringify({ turnAccuracy: rate(scores.turns), conversationAccuracy: rate(scores.conversations), turns: scores.turns, conversations: scores.conversations, errors: Object.keys(errors).length, byKind, byShop }));
}
