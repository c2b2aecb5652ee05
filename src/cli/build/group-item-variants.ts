// CLI build: feeds that list each variant as its own row (Merchant Center, generic CSV) name a group
// (item_group_id / parent): rows sharing one become one product, the rows its variants. The product
// keeps what all rows agree on, the cheapest row's price and compare-at price, and the first row's weight.
import type { Product } from '../../protocol/product.ts';
import type { NormalizedProduct } from './normalize-product.ts';
import { getOwn, setOwn } from './own-record.ts';

export function groupItemVariants(list: NormalizedProduct[]): NormalizedProduct[] {
  const groups = new Map<string, NormalizedProduct[]>();
  const out: NormalizedProduct[] = [];
  for (const n of list) {
    if (!n.group || n.group === n.product.id) {
      out.push(n);
      continue;
    }
    const members = groups.get(n.group);
    if (members) members.push(n);
    else {
      groups.set(n.group, [n]);
      out.push({ ...n, product: { ...n.product }, group: `\u0000${n.group}` });
    }
  }
  return out.map((n) => {
    if (!n.group?.startsWith('\u0000')) return n;
    const members = groups.get(n.group.slice(1)) ?? [];
    if (members.length < 2) return { ...n, product: members[0].product, group: undefined };
    return { product: groupProduct(n.group.slice(1), members.map((m) => m.product)), where: members[0].where };
  });
}

function groupProduct(id: string, members: Product[]): Product {
  const cheapest = members.reduce((a, b) => (b.price < a.price ? b : a));
  const attributes = commonAttributes(members.map((m) => m.attributes));
  const weight = getOwn(members[0].attributes, 'weight');
  if (weight !== undefined && getOwn(attributes, 'weight') === undefined) setOwn(attributes, 'weight', weight);
  const { compareAtPrice: _compare, ...base } = members[0];
  const product: Product = {
    ...base,
    id,
    price: cheapest.price,
    inStock: members.some((m) => m.inStock),
    attributes,
    variants: members.map((m) => {
      const v: NonNullable<Product['variants']>[number] = { id: m.id, title: m.title, price: m.price, attributes: m.attributes, inStock: m.inStock };
      if (m.compareAtPrice !== undefined) v.compareAtPrice = m.compareAtPrice;
      if (m.image !== undefined) v.image = m.image;
      return v;
    }),
  };
  if (cheapest.compareAtPrice !== undefined) product.compareAtPrice = cheapest.compareAtPrice;
  return product;
}

function commonAttributes(all: Array<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(all[0])) if (all.every((a) => getOwn(a, k) === v)) setOwn(out, k, v);
  return out;
}
