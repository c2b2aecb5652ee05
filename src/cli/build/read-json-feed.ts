// CLI build: JSON feeds → FeedRecords. Accepts an array of products, `{ "products": [...] }` (Shopify's
// products.json included) with nested `variants` and Shopify `options`; reports truncated/invalid JSON by line.
import { recordFrom, type FeedRecord } from './feed-record.ts';
import { lineAt, productLines } from './json-lines.ts';
import { InputError } from './problems.ts';
import type { SourceText } from './read-text.ts';

export function readJsonFeed(src: SourceText): FeedRecord[] {
  const items = parseJsonList(src, 'products');
  const lines = productLines(src.text);
  return items.map((item, i) => {
    const where = { file: src.name, line: lines[i], record: i + 1 };
    if (!item || typeof item !== 'object' || Array.isArray(item)) return { where, fields: new Map() };
    const obj = item as Record<string, unknown>;
    const rec = recordFrom(obj, where);
    if (Array.isArray(obj.variants) && obj.variants.length > 0) {
      const optionNames = Array.isArray(obj.options) ? obj.options.map((o) => (o && typeof o === 'object' ? String((o as Record<string, unknown>).name ?? '') : String(o))) : [];
      rec.variants = obj.variants.map((v, k) => variantRecord(v, optionNames, { ...where, record: k + 1 }));
    }
    return rec;
  });
}

function variantRecord(v: unknown, optionNames: string[], where: FeedRecord['where']): FeedRecord {
  if (!v || typeof v !== 'object') return { where, fields: new Map() };
  const obj = v as Record<string, unknown>;
  const rec = recordFrom(obj, where);
  // Shopify: option1..3 values named by the product's `options`; `available` is the stock flag.
  const options = new Map<string, unknown>();
  optionNames.forEach((name, i) => {
    const value = obj[`option${i + 1}`];
    if (name && value !== undefined && value !== null && name.toLowerCase() !== 'title') options.set(name, value);
  });
  if (options.size > 0) rec.fields.set('__options', options);
  if (rec.fields.has('sku') && rec.fields.has('id')) rec.fields.delete('sku');
  return rec;
}

/** Parses a JSON file holding a list (or `{ [key]: list }`), with messages that point at the line. */
export function parseJsonList(src: SourceText, key: string): unknown[] {
  if (src.text.trim() === '') throw new InputError(`${src.name}: the file is empty; export the ${key} again`);
  let value: unknown;
  try {
    value = JSON.parse(src.text);
  } catch (err) {
    const msg = (err as Error).message;
    if (/end of JSON input|Unterminated string/i.test(msg)) {
      throw new InputError(`${src.name}:${lineAt(src.text, src.text.length)}: the JSON ends before it is complete; the file looks truncated. Export it again`);
    }
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? `:${lineAt(src.text, Number(pos[1]))}` : '';
    throw new InputError(`${src.name}${line}: not valid JSON (${msg}); fix the JSON syntax there`);
  }
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as Record<string, unknown>)[key])) return (value as Record<string, unknown[]>)[key];
  throw new InputError(`${src.name}: expected a JSON array of ${key} or an object with a "${key}" array; found ${Array.isArray(value) ? 'an array' : typeof value}`);
}
