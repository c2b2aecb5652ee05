// CLI build: Google Merchant Center feeds (RSS 2.0 `<item>` or Atom `<entry>`, fields in the `g:`
// namespace) → FeedRecords. A small tag reader is enough: these feeds are flat, one level of fields.
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
    const field = /<([\w:.-]+)(?:\s[^>]*)?>([\s\S]*?)<\/\1>|<([\w:.-]+)\s+[^>]*href="([^"]*)"[^>]*\/>/g;
    let f: RegExpExecArray | null;
    while ((f = field.exec(body))) {
      const key = normKey(f[1] ?? f[3]);
      const value = f[2] !== undefined ? readValue(f[2]) : decodeEntities(f[4]);
      // Repeated fields (additional_image_link, product_type) keep the first.
      if (!fields.has(key)) fields.set(key, value);
    }
    records.push({ where: { file: src.name, line, record: records.length + 1 }, fields });
  }
  if (records.length === 0 && !/<\/(rss|feed|channel)>/.test(text)) {
    throw new InputError(`${src.name}: no <item> or <entry> elements and no closing </rss> or </feed>; the file looks truncated or is not a Merchant Center feed`);
  }
  return records;
}

function readValue(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1].trim();
  // Nested fields (g:shipping) are flattened to their text.
  return decodeEntities(raw.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}
