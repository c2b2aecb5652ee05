// Shared (CLI build + offline eval): order lines → the static interaction tables the recommender reads
// (popularity, co-purchase, customer co-occurrence, item→next-item transitions). `aisle build` and
// `src/cli/eval-rec.ts` both call this one function, so what is measured is what a merchant ships.
import type { PairTableChunk, PopularityChunk } from '../protocol/index-format.ts';
import { topPairs, type PairCounts } from './pair-counts.ts';

export interface OrderLine {
  orderId: string;
  productId: string;
  quantity?: number;
  /** Milliseconds since the epoch. */
  at?: number;
  /** The CLI's order reader calls the time `timestamp`; either name is accepted. */
  timestamp?: number;
  customerId?: string;
}

export interface InteractionTables {
  popularity: PopularityChunk;
  copurchase: PairTableChunk;
  coview: PairTableChunk | null;
  transitions: PairTableChunk | null;
}

export interface InteractionTableOptions {
  /** Reference time for popularity decay; default: the latest order time (so a rebuild is reproducible). */
  now?: number;
  /** Popularity half-life in days; default 30. */
  halfLifeDays?: number;
  /** Neighbours kept per product in each pair table; default 50. */
  maxNeighbours?: number;
  /** A pair must be seen in at least this many orders/customers; default 2, so one shopper's basket never ships alone. */
  minSupport?: number;
  /** Transitions look this many steps ahead in a customer's sequence; default 3. */
  transitionWindow?: number;
  /**
   * Co-occurrence score = count / (n(anchor)^0.5 × n(neighbour)^neighbourNorm); 0.5 is cosine, lower
   * keeps popular neighbours higher. Default 0.2 (best next-item accuracy on Games-6k, see test/eval/RESULTS-rec.md).
   */
  neighbourNorm?: number;
  /**
   * The anchor's exponent in that score; default 0.5. It changes no single list's order, only how much a
   * popular history item weighs against a rare one when the recommender adds lists up.
   */
  anchorNorm?: number;
  /** Transition score = weighted count / (from(anchor)^transitionAnchorNorm × n(next)^transitionNorm). Default 0. */
  transitionNorm?: number;
  /**
   * Default 0.5: a well-trodden anchor's transitions weigh more than a one-off's, like the co-occurrence
   * score (1 = confidence; 0.5 was +0.55 NDCG@10 on Games-6k validation, see test/eval/RESULTS-rec.md).
   */
  transitionAnchorNorm?: number;
  /**
   * Co-purchase pairs must be bought together at least this many times more often than chance (lift =
   * count × orders / (n(a) × n(b))); default 1.5, so a best seller that is in every kind of basket is not
   * "bought together" with everything.
   */
  minLift?: number;
  /** A product's category (the narrowest), for the category-pair filter below; without it there is none. */
  categoryOf?: (productId: string) => string | undefined;
  /**
   * A co-purchase pair's categories must sell together across many customers: at least
   * minCategoryCustomers customers (default 5) and minCategoryShare (default 0.1) of the customers who bought
   * the anchor's category with anything else, so one customer's odd basket (running shoes with a coffee set)
   * never makes a "frequently bought together".
   */
  minCategoryCustomers?: number;
  minCategoryShare?: number;
}

const DAY_MS = 86_400_000;

export function buildInteractionTables(lines: OrderLine[], options: InteractionTableOptions = {}): InteractionTables {
  const halfLifeDays = options.halfLifeDays ?? 30;
  const maxNeighbours = options.maxNeighbours ?? 50;
  const minSupport = options.minSupport ?? 2;
  const window = options.transitionWindow ?? 3;
  const nn = options.neighbourNorm ?? 0.2;
  const tn = options.transitionNorm ?? 0;
  const an = options.anchorNorm ?? 0.5;
  const tan = options.transitionAnchorNorm ?? 0.5;
  if (!(halfLifeDays > 0)) throw new RangeError(`halfLifeDays ${halfLifeDays} must be > 0 (days; 30 is a good start)`);
  if (!(maxNeighbours >= 1)) throw new RangeError(`maxNeighbours ${maxNeighbours} must be ≥ 1 (50 is a good start)`);

  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const idx = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      indexOf.set(id, i);
    }
    return i;
  };

  const timeOf = (l: OrderLine): number | undefined => l.at ?? l.timestamp;
  const times = lines.map(timeOf).filter((t): t is number => t !== undefined && Number.isFinite(t));
  const now = options.now ?? times.reduce((a, b) => (b > a ? b : a), 0);

  // Popularity: quantity × 2^(-age / half-life); lines without a time count fully.
  const pop = new Map<number, number>();
  const orders = new Map<string, { items: Set<number>; at: number | undefined; seq: number; customer: string | undefined }>();
  lines.forEach((l, seq) => {
    const i = idx(l.productId);
    const t = timeOf(l);
    const age = t === undefined ? 0 : Math.max(0, now - t) / DAY_MS;
    const q = l.quantity !== undefined && l.quantity > 0 ? l.quantity : 1;
    pop.set(i, (pop.get(i) ?? 0) + q * Math.pow(2, -age / halfLifeDays));
    let o = orders.get(l.orderId);
    if (!o) orders.set(l.orderId, (o = { items: new Set(), at: t, seq, customer: l.customerId }));
    o.items.add(i);
  });
  let maxPop = 0;
  for (const v of pop.values()) if (v > maxPop) maxPop = v;
  // Null prototype, as in topPairs: `__proto__` must stay a product id.
  const scores: Record<string, number> = Object.create(null);
  for (const [i, v] of pop) scores[ids[i]!] = maxPop > 0 ? v / maxPop : 0;

  // Co-purchase: items in the same order. Support counts orders.
  const basket = new Map<number, number>();
  const together: PairCounts = new Map();
  for (const o of orders.values()) {
    const items = [...o.items];
    for (const a of items) basket.set(a, (basket.get(a) ?? 0) + 1);
    countPairs(items, together, 1);
  }
  const minLift = options.minLift ?? 1.5;
  const categoryOk = categoryPairFilter(orders.values(), ids, options);

  // Customers' sequences: orders by time (then by file order), one step per order.
  const byCustomer = new Map<string, Array<{ items: number[]; at: number; seq: number }>>();
  for (const o of orders.values()) {
    if (o.customer === undefined) continue;
    let list = byCustomer.get(o.customer);
    if (!list) byCustomer.set(o.customer, (list = []));
    list.push({ items: [...o.items], at: o.at ?? 0, seq: o.seq });
  }
  let coview: PairTableChunk | null = null;
  let transitions: PairTableChunk | null = null;
  if (byCustomer.size > 0) {
    const owners = new Map<number, number>();
    const cooc: PairCounts = new Map();
    const trans: PairCounts = new Map();
    const transSupport: PairCounts = new Map();
    const from = new Map<number, number>();
    for (const list of byCustomer.values()) {
      list.sort((x, y) => x.at - y.at || x.seq - y.seq);
      const distinct = [...new Set(list.flatMap((s) => s.items))];
      for (const a of distinct) owners.set(a, (owners.get(a) ?? 0) + 1);
      countPairs(distinct, cooc, 1);
      for (let s = 0; s < list.length; s++) {
        for (let g = 1; g <= window && s + g < list.length; g++) {
          // A nearer next step says more about intent than one three orders later.
          const w = 1 / g;
          for (const a of list[s]!.items) {
            from.set(a, (from.get(a) ?? 0) + w);
            for (const b of list[s + g]!.items) {
              if (a === b) continue;
              addCount(trans, a, b, w);
              addCount(transSupport, a, b, 1);
            }
          }
        }
      }
    }
    coview = { measure: `count/(n(a)^${an}·n(b)^${nn}),customers,minSupport=${minSupport}`, pairs: topPairs(cooc, ids, maxNeighbours, minSupport, (a, b, c) => c / (Math.pow(owners.get(a)!, an) * Math.pow(owners.get(b)!, nn))) };
    transitions = { measure: `count/(from(a)^${tan}·n(b)^${tn}),gap-weighted(1/gap,window=${window}),minSupport=${minSupport}`, pairs: topPairs(trans, ids, maxNeighbours, minSupport, (a, b, c) => c / (Math.pow(from.get(a)!, tan) * Math.pow(owners.get(b)!, tn)), transSupport) };
  }
  const lift = (a: number, b: number, c: number) => (c * orders.size) / (basket.get(a)! * basket.get(b)!);
  const copurchase: PairTableChunk = {
    measure: `count/(n(a)^${an}·n(b)^${nn}),orders,minSupport=${minSupport},minLift=${minLift}${categoryOk ? `,categoryPairs(customers>=${options.minCategoryCustomers ?? 5},share>=${options.minCategoryShare ?? 0.1})` : ''}`,
    pairs: topPairs(together, ids, maxNeighbours, minSupport, (a, b, c) => c / (Math.pow(basket.get(a)!, an) * Math.pow(basket.get(b)!, nn)), undefined, (a, b, c) => lift(a, b, c) >= minLift && (!categoryOk || categoryOk(a, b))),
  };
  return { popularity: { scores, halfLifeDays }, copurchase, coview, transitions };
}

/**
 * Which (anchor category → other category) pairs sell together across many customers (orders without a
 * customer count as their own). Null without categories. Products without a category pass.
 */
function categoryPairFilter(
  orders: Iterable<{ items: Set<number>; customer: string | undefined; seq: number }>,
  ids: string[],
  options: InteractionTableOptions,
): ((a: number, b: number) => boolean) | null {
  const of = options.categoryOf;
  if (!of) return null;
  const minCustomers = options.minCategoryCustomers ?? 5;
  const minShare = options.minCategoryShare ?? 0.1;
  const cat = new Map<number, string | undefined>();
  const catOf = (i: number) => {
    if (!cat.has(i)) cat.set(i, of(ids[i]!));
    return cat.get(i);
  };
  const pairCustomers = new Map<string, Set<string>>();
  const withOthers = new Map<string, Set<string>>();
  for (const o of orders) {
    if (o.items.size < 2) continue;
    const who = o.customer ?? `#${o.seq}`;
    const cats = [...o.items].map(catOf);
    cats.forEach((a, x) => {
      if (!a) return;
      cats.forEach((b, y) => {
        if (x === y || !b) return;
        const k = `${a}\u0000${b}`;
        let set = pairCustomers.get(k);
        if (!set) pairCustomers.set(k, (set = new Set()));
        set.add(who);
        let any = withOthers.get(a);
        if (!any) withOthers.set(a, (any = new Set()));
        any.add(who);
      });
    });
  }
  return (a, b) => {
    const ca = catOf(a), cb = catOf(b);
    if (!ca || !cb) return true;
    const n = pairCustomers.get(`${ca}\u0000${cb}`)?.size ?? 0;
    return n >= minCustomers && n >= minShare * (withOthers.get(ca)?.size ?? 0);
  };
}

function countPairs(items: number[], into: PairCounts, w: number): void {
  for (let x = 0; x < items.length; x++) {
    for (let y = 0; y < items.length; y++) if (x !== y) addCount(into, items[x]!, items[y]!, w);
  }
}

function addCount(into: PairCounts, a: number, b: number, w: number): void {
  let row = into.get(a);
  if (!row) into.set(a, (row = new Map()));
  row.set(b, (row.get(b) ?? 0) + w);
}
