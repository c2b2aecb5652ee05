// Demo catalog: synthetic order history over the generated products (orders.csv for `aisle build`).
// Structure a recommender can find: customers keep to a few categories, products are bought with
// complements (shoes with socks, coffee makers with beans), and a handful of items trend lately.
import { CATEGORIES, categoryBySlug, slugOfBreadcrumb } from './catalog-categories.ts';
import type { Random } from './seeded-random.ts';
import type { FeedProduct } from './feed-product.ts';

export interface OrderRow {
  order_id: string;
  product_id: string;
  quantity: number;
  /** ISO 8601, UTC. */
  timestamp: string;
  customer_id: string;
}

const DAY = 86_400_000;
/** Categories sold by the unit in several (socks and beans go in twos and threes). */
const MULTI_UNIT = new Set(['socks', 'coffee-beans']);

/** `orders` orders (each one to four lines) over the 90 days before `now`. */
export function generateOrders(products: FeedProduct[], orders: number, now: number, random: Random): OrderRow[] {
  if (products.length === 0) throw new Error('generateOrders: no products; generate the catalog first');
  const slugOf = new Map(products.map((p) => [p.id, slugOfBreadcrumb(p.category)]));
  const bySlug = new Map<string, FeedProduct[]>();
  for (const p of products) {
    const slug = slugOf.get(p.id)!;
    if (!bySlug.has(slug)) bySlug.set(slug, []);
    bySlug.get(slug)!.push(p);
  }
  // Long-tailed popularity: a few bestsellers, many slow movers.
  const popularity = new Map(products.map((p) => [p.id, 1 / Math.pow(1 + random.next() * 40, 1.1)]));
  const trending = new Set(random.sample(products, Math.max(5, Math.round(products.length / 80))).map((p) => p.id));
  // Each product has a couple of favourite partners among its complements ("bought together").
  const partners = new Map<string, FeedProduct[]>();
  const pools = new Map([...bySlug.keys()].map((slug) => [slug, categoryBySlug(slug).complements.flatMap((c) => bySlug.get(c) ?? [])]));
  for (const p of products) partners.set(p.id, random.sample(pools.get(slugOf.get(p.id)!)!, 3));
  const slugs = CATEGORIES.map((c) => c.slug).filter((s) => bySlug.has(s));
  const customers = Array.from({ length: Math.max(10, Math.round(orders / 3)) }, (_, i) => ({
    id: `C${String(i + 1).padStart(5, '0')}`,
    likes: random.sample(slugs, random.int(1, 3)),
  }));

  // Cumulative weights per category (all time, and the last two weeks with trending items up):
  // a binary search per pick keeps 10,000-product catalogs quick.
  const cumulative = (list: FeedProduct[], recent: boolean): number[] => {
    let sum = 0;
    return list.map((p) => (sum += popularity.get(p.id)! * (recent && trending.has(p.id) ? 25 : 1)));
  };
  const tables = new Map([...bySlug].map(([slug, list]) => [slug, { all: cumulative(list, false), recent: cumulative(list, true) }]));
  const pickIn = (slug: string, recent: boolean): FeedProduct => {
    const list = bySlug.get(slug)!;
    const cum = recent ? tables.get(slug)!.recent : tables.get(slug)!.all;
    const r = random.next() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return list[lo]!;
  };

  const rows: OrderRow[] = [];
  for (let o = 0; o < orders; o++) {
    const customer = random.pick(customers);
    // Orders grow a little toward today; the trending items sell in the last two weeks.
    const ageDays = 90 * Math.pow(random.next(), 1.3);
    const when = now - ageDays * DAY - random.int(0, DAY - 1);
    const recent = ageDays < 14;
    const first = pickIn(random.chance(0.85) ? random.pick(customer.likes) : random.pick(slugs), recent);
    const basket = new Map<string, FeedProduct>([[first.id, first]]);
    if (random.chance(0.6)) {
      const favourite = partners.get(first.id)!;
      const complements = categoryBySlug(slugOf.get(first.id)!).complements.filter((s) => bySlug.has(s));
      const partner = random.chance(0.7) && favourite.length > 0 ? random.pick(favourite) : complements.length > 0 ? pickIn(random.pick(complements), recent) : undefined;
      if (partner) basket.set(partner.id, partner);
    }
    if (random.chance(0.2)) {
      const extra = pickIn(random.pick(customer.likes), recent);
      basket.set(extra.id, extra);
    }
    const orderId = `O${String(o + 1).padStart(6, '0')}`;
    for (const p of basket.values()) {
      rows.push({
        order_id: orderId,
        product_id: p.id,
        quantity: MULTI_UNIT.has(slugOf.get(p.id)!) && random.chance(0.4) ? random.int(2, 3) : 1,
        timestamp: new Date(when).toISOString(),
        customer_id: customer.id,
      });
    }
  }
  return rows;
}

export function ordersToCsv(rows: OrderRow[]): string {
  const lines = rows.map((r) => [r.order_id, r.product_id, r.quantity, r.timestamp, r.customer_id].join(','));
  return ['order_id,product_id,quantity,timestamp,customer_id', ...lines].join('\n') + '\n';
}
