// CLI build: a Shopify product's breadcrumb from its two category columns. "Product Category" is Shopify's
// Standard Product Taxonomy, often broad ("Apparel & Accessories > Shoes"), sometimes an id ("aa-8",
// "gid://shopify/TaxonomyCategory/aa-8") or "Uncategorized"; "Type" is the merchant's own word ("Hiking
// Boots"). Both are kept, the Type last, so "hiking boots" finds boots and never a tent filed beside them.
import { readCategories, scalarText } from './feed-values.ts';

/** The taxonomy's top levels by id prefix (github.com/Shopify/product-taxonomy, data/categories/). */
const VERTICALS: Record<string, string> = {
  aa: 'Apparel & Accessories', ae: 'Arts & Entertainment', ap: 'Animals & Pet Supplies', bi: 'Business & Industrial',
  bt: 'Baby & Toddler', bu: 'Bundles', co: 'Cameras & Optics', el: 'Electronics', fb: 'Food, Beverages & Tobacco',
  fr: 'Furniture', gc: 'Gift Cards', ha: 'Hardware', hb: 'Health & Beauty', hg: 'Home & Garden', lb: 'Luggage & Bags',
  ma: 'Mature', me: 'Media', os: 'Office Supplies', pa: 'Product Add-Ons', rc: 'Religious & Ceremonial',
  se: 'Services', sg: 'Sporting Goods', so: 'Software', tg: 'Toys & Games', vp: 'Vehicles & Parts',
};

export function shopifyBreadcrumb(taxonomy: unknown, type: unknown): string[] {
  const path = taxonomyPath(scalarText(taxonomy));
  const own = scalarText(type);
  if (!own) return path;
  const last = path[path.length - 1];
  return last && sameName(last, own) ? path : [...path, own];
}

function taxonomyPath(value: string): string[] {
  if (!value || /^uncategori[sz]ed$/i.test(value)) return [];
  // Ids name no category in words; the top level is the one part an id gives away ("aa-8-1").
  const gid = /^gid:\/\/shopify\/\w+\/(.+)$/.exec(value);
  const id = gid ? gid[1] : /^[a-z]{2}(?:-\d+)+$/.test(value) ? value : undefined;
  if (id !== undefined) {
    const vertical = /^([a-z]{2})(?:-|$)/.exec(id)?.[1];
    return vertical && Object.hasOwn(VERTICALS, vertical) ? [VERTICALS[vertical]] : [];
  }
  // A bare number is an old taxonomy node id or a Google category id: no words to show either.
  if (/^\d+$/.test(value)) return [];
  return readCategories(value);
}

/** "Tents" and "Tent", "Boxes" and "Box", "Coats & Jackets" and "coats and jackets" name the same level. */
function sameName(a: string, b: string): boolean {
  const forms = (s: string) => {
    const k = s.toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]+/gu, '');
    return [k, k.replace(/s$/, ''), k.replace(/es$/, '')];
  };
  const other = forms(b);
  return forms(a).some((f) => other.includes(f));
}
