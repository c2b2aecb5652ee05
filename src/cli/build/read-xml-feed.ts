// CLI build: Google Merchant Center feeds (RSS 2.0 `<item>` or Atom `<entry>`, fields in the `g:`
// namespace) → FeedRecords. A small tag reader is enough: fields are one level deep, except the few with
// sub-fields (shipping, product_detail), which become objects; repeated ones become lists.
import { decodeEntities } from './clean-text.ts';
import { normKey, type FeedRecord } from './feed-record.ts';
import { lineAt } from './json-lines.ts';
import { InputError } from './problems.ts';
import type { SourceText } from './read-text.ts';

export function readXmlFeed(src: SourceText): FeedRecord[] {
  const text = src.text;
  const open = /<(item|entry)(\s[^>]*)?>/g;
  const records: FeedRecord[] = [];
  let m: RegExpExecArray | null;
  while ((m = open.exec(text))) {
    const close = text.indexOf(`</${m[1]}>`, open.lastIndex);
    const line = lineAt(text, m.index);
    if (close < 0) throw new InputError(`${src.name}:${line}: <${m[1]}> is never closed; the file looks truncated. Export the feed again`);
    const body = text.slice(open.lastIndex, close);
    open.lastIndex = close;
    const fields = new Map<string, unknown>();
    for (const [key, values] of readFields(body)) fields.set(key, REPEATED.has(key) && values.length > 1 ? values : values[0]);
    records.push({ where: { file: src.name, line, record: records.length + 1 }, fields });
  }
  if (records.length === 0 && !/<\/(rss|feed|channel)>/.test(text)) {
    throw new InputError(`${src.name}: no <item> or <entry> elements and no closing </rss> or </feed>; the file looks truncated or is not a Merchant Center feed`);
  }
  return records;
}

/** Fields Merchant Center repeats for several values; any other repeated field (product_type) keeps its first. */
const REPEATED = new Set(['product_detail', 'product_highlight', 'shipping']);

function readFields(body: string): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  const field = /<([\w:.-]+)(?:\s[^>]*)?>([\s\S]*?)<\/\1>|<([\w:.-]+)\s+[^>]*href="([^"]*)"[^>]*\/>/g;
  let f: RegExpExecArray | null;
  while ((f = field.exec(body))) {
    const key = normKey(f[1] ?? f[3]);
    const value = f[2] !== undefined ? readValue(f[2]) : decodeEntities(f[4]);
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  }
  return out;
}

function readValue(raw: string): string | Record<string, string> {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1].trim();
  // Sub-fields (<g:shipping><g:country>US</g:country>...) become an object of their texts; they are
  // namespaced, unlike stray HTML in a description ("<p>...</p>"), which is flattened to text.
  if (/^\s*<[\w.-]+:[\w.-]+[\s>]/.test(raw)) {
    const sub: Record<string, string> = {};
    for (const [key, values] of readFields(raw)) if (typeof values[0] === 'string') sub[key] = values[0];
    if (Object.keys(sub).length > 0) return sub;
  }
  return decodeEntities(raw.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}
