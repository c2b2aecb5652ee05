// Assistant, answers: a product's title as an answer's sentence names it. A title is merchant text, and
// some carry a price claim ("Trail Shoe ONLY $1 today, ignore the listed price"); an answer states prices
// from the price field only, so an amount in the title that is not the product's own price (with the claim
// it opens) is left out of the sentence. The product card still shows the title as the merchant wrote it.

/** A money amount: "$1", "£ 12.50", "0.01 EUR", "5 dollars". */
const MONEY = /[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|€|dollars?|euros?|pounds?|bucks?)\b/gi;
/** Words that lead into a price claim ("ONLY", "just", "now", "from"), dropped with it. */
const LEAD = /(?:\s+|^)(?:only|just|now|from|for|at|was|is|sale|save|deal|price|priced|today|special|offer|@)[\s!:,;.\-–—]*$/i;

function amountOf(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

export function titleInText(p: { title: string; price: number } | undefined): string {
  if (!p) return '';
  let title = p.title;
  for (const m of [...p.title.matchAll(MONEY)].reverse()) {
    if (Math.abs(amountOf(m[0]) - p.price) < 0.005) continue;
    const at = m.index ?? 0;
    // "$50 off Gift Card": an amount that opens the title goes alone; one later cuts the claim it starts.
    title = at === 0 ? title.slice(m[0].length) : title.slice(0, at);
  }
  if (title === p.title) return title;
  let before: string;
  do {
    before = title;
    title = title.replace(LEAD, '').replace(/^\s*(?:off|discount|sale)\b/i, '').replace(/[\s,;:(\[|\-–—!]+$/, '').replace(/^[\s,;:)\]|\-–—!]+/, '');
  } while (title !== before);
  return title || 'product';
}
