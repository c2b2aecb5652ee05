// Shared (CLI build + worker): the longest text an index holds in each product and FAQ field. Feeds
// are untrusted: a 1 MB title once made a 998,700 px chat bubble and host-page tasks of 300-400 ms.
// `aisle build` cuts longer values with a warning (fitProduct's onCut); the worker cuts the same way,
// silently, so a hand-edited or foreign index cannot bring them back.
import type { FaqEntry } from '../protocol/index-format.ts';
import type { Product } from '../protocol/product.ts';

export const TEXT_LIMITS = {
  /** Longer ids are refused, not cut: two cut ids could collide. */
  id: 200,
  title: 300,
  description: 2000,
  brand: 120,
  /** Per breadcrumb level, and levels kept. */
  category: 120,
  categories: 8,
  tag: 80,
  tags: 50,
  attributeName: 60,
  attributeValue: 200,
  attributes: 50,
  variants: 500,
  currency: 3,
  url: 2048,
  faqQuestion: 300,
  faqAnswer: 4000,
  faqSection: 200,
} as const;

export type LimitedField = keyof typeof TEXT_LIMITS;

/** Called once per cut value: the field, its length and the limit it was cut to. */
export type OnCut = (field: string, length: number, limit: number) => void;

/** `text` within `limit` UTF-16 units (what `.length` counts), ending in "…" when cut; no emoji is split in two. */
export function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** True when every field already has the right type and length: the common case, checked without allocating. */
function withinLimits(p: Partial<Record<keyof Product, unknown>>): boolean {
  const L = TEXT_LIMITS;
  const short = (v: unknown, max: number) => isText(v) && v.length <= max;
  const optional = (v: unknown, max: number) => v === undefined || short(v, max);
  const texts = (v: unknown, count: number, max: number) => Array.isArray(v) && v.length <= count && v.every((x) => short(x, max));
  const attrs = (v: unknown): boolean => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    const entries = Object.entries(v);
    return entries.length <= L.attributes && entries.every(([k, x]) => k.length <= L.attributeName && short(x, L.attributeValue));
  };
  const variants = (v: unknown): boolean =>
    v === undefined ||
    (Array.isArray(v) &&
      v.length <= L.variants &&
      v.every((x: Record<string, unknown> | null) => !!x && short(x.id, L.id) && !!x.id && optional(x.title, L.title) && attrs(x.attributes) && typeof x.inStock === 'boolean' && (x.price === undefined || validPrice(x.price))));
  return (
    short(p.title, L.title) &&
    short(p.currency, L.currency) &&
    texts(p.categories, L.categories, L.category) &&
    texts(p.tags, L.tags, L.tag) &&
    attrs(p.attributes) &&
    typeof p.inStock === 'boolean' &&
    optional(p.brand, L.brand) &&
    optional(p.description, L.description) &&
    optional(p.url, L.url) &&
    optional(p.image, L.url) &&
    variants(p.variants)
  );
}

const validPrice = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The same product with every text field within TEXT_LIMITS (the object itself when nothing needed a
 * change), or null when it cannot be a product at all (no string id within the limit, no title, no
 * finite price ≥ 0). Values of the wrong type are left out, as the CLI leaves out bad optional values.
 */
export function fitProduct(product: unknown, onCut: OnCut = () => undefined): Product | null {
  if (!product || typeof product !== 'object') return null;
  const p = product as Partial<Record<keyof Product, unknown>>;
  if (!isText(p.id) || !p.id || p.id.length > TEXT_LIMITS.id) return null;
  if (!isText(p.title) || !p.title.trim() || !validPrice(p.price)) return null;
  if (withinLimits(p)) return product as Product;

  const text = (field: LimitedField, value: string): string => {
    const limit = TEXT_LIMITS[field];
    if (value.length > limit) onCut(field, value.length, limit);
    return capText(value, limit);
  };
  const list = (field: 'categories' | 'tags', item: 'category' | 'tag', value: unknown): string[] => {
    const good = Array.isArray(value) ? value.filter(isText) : [];
    if (good.length > TEXT_LIMITS[field]) onCut(field, good.length, TEXT_LIMITS[field]);
    return good.slice(0, TEXT_LIMITS[field]).map((v) => text(item, v));
  };
  const attributes = (value: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
    const entries = Object.entries(value as Record<string, unknown>).filter(([name, v]) => isText(v) && name.length <= TEXT_LIMITS.attributeName);
    if (entries.length > TEXT_LIMITS.attributes) onCut('attributes', entries.length, TEXT_LIMITS.attributes);
    for (const [name, v] of entries.slice(0, TEXT_LIMITS.attributes)) {
      // defineProperty, not assignment: an attribute named "__proto__" stays an attribute.
      Object.defineProperty(out, name, { value: text('attributeValue', v as string), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  type Variant = NonNullable<Product['variants']>[number];
  const variant = (v: unknown): Variant[] => {
    const raw = v as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object' || !isText(raw.id) || !raw.id || raw.id.length > TEXT_LIMITS.id) return [];
    const out: Variant = { ...(raw as unknown as Variant), attributes: attributes(raw.attributes), inStock: raw.inStock !== false };
    if (isText(raw.title)) out.title = text('title', raw.title);
    else delete out.title;
    if (!validPrice(raw.price)) delete out.price;
    return [out];
  };

  const out: Product = {
    ...(p as Product),
    title: text('title', p.title),
    currency: isText(p.currency) ? text('currency', p.currency) : '',
    categories: list('categories', 'category', p.categories),
    tags: list('tags', 'tag', p.tags),
    attributes: attributes(p.attributes),
    inStock: p.inStock !== false,
  };
  for (const field of ['brand', 'description', 'url', 'image'] as const) {
    const v = p[field];
    const limit = field === 'url' || field === 'image' ? 'url' : field;
    // A URL is not cut (a cut URL points elsewhere): one over the limit is left out.
    if (!isText(v) || (limit === 'url' && v.length > TEXT_LIMITS.url)) delete out[field];
    else out[field] = text(limit, v);
  }
  if (Array.isArray(p.variants)) {
    if (p.variants.length > TEXT_LIMITS.variants) onCut('variants', p.variants.length, TEXT_LIMITS.variants);
    out.variants = p.variants.slice(0, TEXT_LIMITS.variants).flatMap(variant);
  } else delete out.variants;
  return out;
}

/** An FAQ entry within TEXT_LIMITS, or null when it has no question or answer text. */
export function fitFaqEntry(entry: unknown, onCut: OnCut = () => undefined): FaqEntry | null {
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as Partial<Record<keyof FaqEntry, unknown>>;
  if (!isText(e.question) || !isText(e.answer) || !e.question.trim() || !e.answer.trim()) return null;
  const cut = (field: 'faqQuestion' | 'faqAnswer' | 'faqSection', value: string) => {
    if (value.length > TEXT_LIMITS[field]) onCut(field, value.length, TEXT_LIMITS[field]);
    return capText(value, TEXT_LIMITS[field]);
  };
  return {
    id: isText(e.id) ? e.id.slice(0, TEXT_LIMITS.id) : '',
    question: cut('faqQuestion', e.question),
    answer: cut('faqAnswer', e.answer),
    section: Array.isArray(e.section) ? e.section.filter(isText).slice(0, TEXT_LIMITS.categories).map((s) => cut('faqSection', s)) : [],
  };
}
