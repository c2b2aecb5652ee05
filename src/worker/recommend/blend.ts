// Worker recommender: from strategy candidates to what the shopper sees. De-duplicates across tiers (the
// strategy's own list, then its fallbacks), drops what must never show (bought, in cart, dismissed, out of
// stock, the anchor), applies the merchant's rules, spreads categories (MMR) and cuts to the limit.
import type { MerchantRules } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import type { Candidate, Strategy } from '../../protocol/recommend.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import { leadsWith, type SessionFocus } from './session-focus.ts';
import { categoryOf } from './strategy-context.ts';

export interface BlendOptions {
  strategy: Strategy;
  limit: number;
  exclude: ReadonlySet<string>;
  rules: MerchantRules | null;
  /** 1 = pure relevance; lower trades relevance for category variety. */
  diversity: number;
  /**
   * What leads the list (the shopper's focus): products of `focus`, and products of its complement
   * categories (`leads`) that are bought with what the shopper looked at. Variety applies after them.
   */
  focus?: SessionFocus;
}

/** `tiers[0]` is the strategy's list; later tiers only fill what is left, always below earlier ones. */
export function blend(catalog: CatalogData, tiers: Candidate[][], opts: BlendOptions): Candidate[] {
  const rules = opts.rules ?? {};
  const seen = new Set<string>();
  const pool: Candidate[] = [];
  tiers.forEach((list, t) => {
    const max = list.reduce((m, c) => Math.max(m, c.score), 0) || 1;
    for (const c of list) {
      if (seen.has(c.productId)) continue;
      seen.add(c.productId);
      const p = catalog.byId.get(c.productId);
      if (!p || !p.inStock || opts.exclude.has(c.productId) || !passes(p, rules)) continue;
      // Tier t lives in (0, 2^-t]: a fallback never outranks the strategy's own results.
      const score = (Math.pow(0.5, t) * c.score) / max;
      pool.push({ ...c, score: score * factor(p, rules) });
    }
  });
  pool.sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1));
  const picked = pick(catalog, pool, opts);
  const out = pin(catalog, picked, rules, opts);
  return out.length < (rules.minResults ?? 0) ? [] : out.slice(0, opts.limit);
}

function attributeValues(p: Product, attribute: string): string[] {
  const key = attribute.toLowerCase();
  if (key === 'brand') return p.brand ? [p.brand] : [];
  if (key === 'category' || key === 'categories') return p.categories;
  if (key === 'tag' || key === 'tags') return p.tags;
  const v = p.attributes[key];
  return v === undefined ? [] : [v];
}

function has(p: Product, attribute: string, value: string): boolean {
  const want = value.toLowerCase();
  return attributeValues(p, attribute).some((v) => v.toLowerCase() === want);
}

function passes(p: Product, rules: MerchantRules): boolean {
  if (rules.priceBand?.min !== undefined && p.price < rules.priceBand.min) return false;
  if (rules.priceBand?.max !== undefined && p.price > rules.priceBand.max) return false;
  return (rules.filter ?? []).every((f) => f.values.some((v) => has(p, f.attribute, v)));
}

function factor(p: Product, rules: MerchantRules): number {
  let f = 1;
  for (const b of rules.boost ?? []) if (has(p, b.attribute, b.value)) f *= b.factor;
  // A bury factor of 4 and of 0.25 both mean "a quarter of the score": merchants write it either way.
  for (const b of rules.bury ?? []) if (has(p, b.attribute, b.value)) f *= b.factor < 1 ? b.factor : 1 / b.factor;
  return f;
}

/** The focus first (best first), then the rest with variety. */
function pick(catalog: CatalogData, pool: Candidate[], opts: BlendOptions): Candidate[] {
  const focus = opts.focus;
  const isLead = (c: Candidate) => !!focus && leadsWith(focus, catalog, c.productId, c.terms?.['bought-with'] ?? 0);
  const first = focus ? pool.filter(isLead).slice(0, opts.limit) : [];
  const rest = focus ? pool.filter((c) => !isLead(c)) : pool;
  const n = opts.limit - first.length;
  return [...first, ...(opts.diversity < 1 ? mmr(catalog, rest, n, opts.diversity) : rest.slice(0, n))];
}

/** Maximal marginal relevance: each pick trades score against sameness with what is already picked. */
function mmr(catalog: CatalogData, pool: Candidate[], limit: number, lambda: number): Candidate[] {
  const rest = pool.slice(0, limit * 4);
  const max = rest[0]?.score || 1;
  const picked: Candidate[] = [];
  const perCat = new Map<string, number>();
  while (picked.length < limit && rest.length > 0) {
    let best = 0, bestValue = -Infinity;
    rest.forEach((c, i) => {
      const cat = categoryOf(catalog.byId.get(c.productId));
      const same = cat ? Math.min(1, (perCat.get(cat) ?? 0) / 2) : 0;
      const value = lambda * (c.score / max) - (1 - lambda) * same;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    const [c] = rest.splice(best, 1);
    const cat = categoryOf(catalog.byId.get(c!.productId));
    if (cat) perCat.set(cat, (perCat.get(cat) ?? 0) + 1);
    picked.push(c!);
  }
  return picked;
}

function pin(catalog: CatalogData, list: Candidate[], rules: MerchantRules, opts: BlendOptions): Candidate[] {
  const pins = (rules.pin ?? []).filter((p) => !p.strategy || p.strategy === opts.strategy).sort((a, b) => a.position - b.position);
  if (pins.length === 0) return list;
  const out = [...list];
  for (const p of pins) {
    const product = catalog.byId.get(p.productId);
    if (!product || !product.inStock || opts.exclude.has(p.productId) || !passes(product, rules)) continue;
    const at = out.findIndex((c) => c.productId === p.productId);
    const existing = at >= 0 ? out.splice(at, 1)[0] : undefined;
    const score = out[0]?.score ?? 1;
    const c: Candidate = existing ?? { productId: p.productId, score, source: 'shop', reason: 'Recommended by the shop', terms: { shop: score } };
    // The shop chose the position; the reason stays the evidence the product had, when it had some.
    out.splice(Math.min(p.position, out.length), 0, { ...c, pinned: true });
  }
  return out;
}
