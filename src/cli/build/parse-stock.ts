// CLI build: reads the many ways feeds say "in stock" (quantities, booleans, Merchant Center and
// schema.org availability words) into a boolean; undefined when the value means nothing known.

const IN = new Set(['in stock', 'instock', 'in_stock', 'available', 'yes', 'y', 'true', 'low stock', 'limited availability', 'preorder', 'pre-order', 'backorder', 'onbackorder', 'in stock (low)']);
const OUT = new Set(['out of stock', 'outofstock', 'out_of_stock', 'sold out', 'soldout', 'unavailable', 'no', 'n', 'false', 'discontinued']);

export function parseStock(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v > 0 : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, '');
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s) > 0;
  if (IN.has(s)) return true;
  if (OUT.has(s)) return false;
  return undefined;
}
