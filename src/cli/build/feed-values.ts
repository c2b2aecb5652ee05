// CLI build: readers for single feed values (text, lists, category paths, images, attributes) in the many
// shapes feeds write them: strings, arrays, objects, WooCommerce's comma lists, Shopify option maps.
import { ATTRIBUTE_ALIASES, type FeedMapping } from './feed-mapping.ts';
import { isBlank, normKey } from './feed-record.ts';
import { setOwn } from './own-record.ts';

export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

export function readList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(scalarText).filter(Boolean);
  if (typeof v === 'string') return v.split(/\s*[,;|]\s*/).map((s) => s.trim()).filter(Boolean);
  return [];
}

export function readCategories(v: unknown): string[] {
  if (Array.isArray(v)) {
    // ["Shoes", "Running"] is a path; [{name}] objects too. A list of paths keeps the first one.
    const parts = v.map((x) => (x && typeof x === 'object' ? scalarText((x as Record<string, unknown>).name) : scalarText(x))).filter(Boolean);
    return parts.some((p) => /[>›»]/.test(p)) ? splitPath(parts[0]) : parts;
  }
  const s = scalarText(v);
  if (!s) return [];
  // WooCommerce writes several paths separated by commas: keep the first.
  const first = /[>›»]/.test(s) ? s.split(/\s*,\s*/)[0] : s;
  return splitPath(first);
}

function splitPath(s: string): string[] {
  return s.split(/\s*[>›»]\s*|\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
}

/** The alt text of the first image when the feed gives images as objects ({src, alt}). */
export function firstImageAlt(v: unknown): string {
  const first = Array.isArray(v) ? v[0] : v;
  return first && typeof first === 'object' ? scalarText((first as Record<string, unknown>).alt ?? (first as Record<string, unknown>).altText) : '';
}

export function firstImage(v: unknown): string {
  if (Array.isArray(v)) return v.length > 0 ? firstImage(v[0]) : '';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return scalarText(o.src ?? o.url ?? o.href);
  }
  // WooCommerce lists several images in one cell, comma separated.
  return scalarText(v).split(/\s*,\s*(?=https?:|\/)/)[0];
}

export function readAttributes(fields: Map<string, unknown>, mapping: FeedMapping): Record<string, string> {
  const out: Record<string, string> = {};
  const nested = fields.get('attributes');
  if (Array.isArray(nested)) {
    // WooCommerce's REST API: [{ "name": "Color", "options": ["Black", "White"] }].
    for (const item of nested) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const name = normKey(scalarText(o.name));
      const text = Array.isArray(o.options) ? readList(o.options).join(', ') : scalarText(o.option ?? o.value);
      if (name && text) setOwn(out, canonicalAttribute(name), text);
    }
  } else if (nested && typeof nested === 'object') {
    for (const [k, v] of Object.entries(nested as Record<string, unknown>)) {
      const text = scalarText(v);
      if (text) setOwn(out, canonicalAttribute(normKey(k)), text);
    }
  }
  for (const [name, aliases] of Object.entries(ATTRIBUTE_ALIASES)) {
    for (const key of aliases) {
      const text = scalarText(fields.get(key));
      if (text) {
        setOwn(out, name, text);
        break;
      }
    }
  }
  for (const [name, column] of Object.entries(mapping.attributes)) {
    const text = scalarText(fields.get(column));
    if (text) setOwn(out, name, text);
  }
  const options = fields.get('__options');
  if (options instanceof Map) for (const [k, v] of options) if (!isBlank(v)) setOwn(out, canonicalAttribute(normKey(String(k))), scalarText(v));
  return out;
}

export function canonicalAttribute(key: string): string {
  for (const [name, aliases] of Object.entries(ATTRIBUTE_ALIASES)) if (aliases.includes(key)) return name;
  return key;
}
