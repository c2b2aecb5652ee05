// Shared (CLI build + offline eval): each customer's purchases in order, as the next-item model trains on
// them: orders by time (then by file order, as buildInteractionTables orders them), their items in file order.
import type { OrderLine } from './interaction-tables.ts';

/** Product ids per customer, oldest first; lines without a customer are nobody's sequence. */
export function customerSequences(lines: readonly OrderLine[]): string[][] {
  const byCustomer = new Map<string, Map<string, { at: number; seq: number; items: string[] }>>();
  lines.forEach((l, seq) => {
    if (l.customerId === undefined) return;
    let orders = byCustomer.get(l.customerId);
    if (!orders) byCustomer.set(l.customerId, (orders = new Map()));
    let o = orders.get(l.orderId);
    if (!o) orders.set(l.orderId, (o = { at: l.at ?? l.timestamp ?? 0, seq, items: [] }));
    if (!o.items.includes(l.productId)) o.items.push(l.productId);
  });
  return [...byCustomer.values()].map((orders) => [...orders.values()].sort((x, y) => x.at - y.at || x.seq - y.seq).flatMap((o) => o.items));
}
