// Conversation runner: a conversation's result as a person reads it in a failing test: each turn, each
// expectation (✓/✗ with what was wrong) and what came back.
import type { FactProduct } from '../facts/fact-product.ts';
import type { ShopFacts } from '../facts/shop-facts.ts';
import type { ConversationResult } from './run-conversation.ts';

const card = (id: string, facts: ShopFacts) => {
  const p: FactProduct | undefined = facts.find(id);
  return p ? `${p.id} ${p.title} ($${p.price}${p.colours.length ? `, ${p.colours.join('/')}` : ''})` : `${id} (not in the catalog)`;
};

export function formatResult(r: ConversationResult, facts: ShopFacts): string {
  const wrong = r.turns.filter((t) => !t.ok).length;
  const lines = [`conversation ${r.id} (${r.shop}, via ${r.via}): ${wrong ? `${wrong} of ${r.turns.length} turns wrong` : 'every turn right'}`];
  for (const t of r.turns) {
    lines.push(`  turn ${t.index + 1} [${t.kind}] ${JSON.stringify(t.message)}${t.ok ? '' : '  ← wrong'}`);
    for (const v of t.verdicts) lines.push(`    ${v.ok ? '✓' : '✗'} ${v.expected}${v.ok ? '' : `\n        got: ${v.got}`}`);
    const a = t.answer;
    lines.push(`    answer${a.intent ? ` (intent ${a.intent})` : ''}: ${JSON.stringify(a.text.length > 400 ? `${a.text.slice(0, 400)}…` : a.text)}`);
    if (a.productIds.length) lines.push(`    products: ${a.productIds.slice(0, 8).map((id) => card(id, facts)).join('; ')}${a.productIds.length > 8 ? `; … (${a.productIds.length})` : ''}`);
    if (a.actions.length) lines.push(`    actions: ${a.actions.join(', ')}`);
  }
  return lines.join('\n');
}
