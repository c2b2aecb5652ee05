// CLI build: tables in a help centre (GFM Markdown pipe tables, HTML <table>) turned into one line per row
// that names its columns: header `| Service | Time | Cost |` and row `| Standard | 3-5 days | £3.95 |`
// read "Standard: time 3-5 days; cost £3.95". A table kept as one block is one "sentence" to the assistant,
// so "how much is standard delivery?" got the whole table or a neighbouring sentence; a row is a fact.
// Hand-written (a few regular expressions) rather than a Markdown/HTML parser dependency: the CLI needs
// only the table grammar, and the rest of the reader already works line by line.
import { decodeEntities } from './clean-text.ts';

/** A GFM delimiter row: `|---|:---:|`, `--- | ---` (at least one dash per cell). */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Cells of a pipe-table row; escaped pipes (`\|`) stay inside their cell. */
function cellsOf(line: string): string[] {
  const t = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

/** Ticks and crosses read as words: "Gold: free returns yes". */
function cellText(cell: string): string {
  const t = cell
    .replace(/^[✓✔✅☑]$/u, 'yes')
    .replace(/^[✗✘❌×]$/u, 'no')
    .replace(/\s+/g, ' ')
    .trim();
  // A cell's own full stops must not cut the row in two: the row is one sentence with its name.
  return t.replace(/([.!?])\s+(?=["“(]?[A-Z0-9])/g, (_m, p: string) => (p === '.' ? '; ' : `${p} `)).replace(/[.;,]\s*$/, '');
}

/** "Delivery time" → "delivery time"; "UK cost" and "EU" keep their capitals. */
function label(header: string): string {
  const h = cellText(header);
  return /^\p{Lu}\p{Ll}/u.test(h) ? h[0]!.toLowerCase() + h.slice(1) : h;
}

/** True for a cell with nothing to say ("", "—", "-", "n/a"). */
function empty(cell: string): boolean {
  return !/[\p{L}\p{N}]/u.test(cell) || /^n\/?a$/i.test(cell.trim());
}

/**
 * One line per body row: the first cell names the row, every other non-empty cell follows with its
 * column's name. Without a header row (an HTML table of plain cells) a two-column table reads as
 * "name: value" and a wider one takes its first row as the header.
 */
export function rowSentences(header: string[] | null, rows: string[][]): string[] {
  let head = header;
  let body = rows;
  if (!head) {
    if (rows.every((r) => r.length <= 2)) return rows.filter((r) => !empty(r[0] ?? '') && !empty(r[1] ?? '')).map((r) => `${cellText(r[0] ?? '')}: ${cellText(r[1] ?? '')}`);
    [head = [], ...body] = rows;
  }
  const out: string[] = [];
  for (const row of body) {
    const name = cellText(row[0] ?? '');
    const parts = row
      .slice(1)
      .map((c, i) => ({ value: cellText(c), label: label(head[i + 1] ?? '') }))
      .filter((p) => !empty(p.value))
      .map((p) => (p.label && !empty(p.label) ? `${p.label} ${p.value}` : p.value));
    if (empty(name) && parts.length === 0) continue;
    out.push(empty(name) ? parts.join('; ') : parts.length ? `${name}: ${parts.join('; ')}` : name);
  }
  return out;
}

/** Markdown lines with every pipe table replaced by its rows as list items (blank lines around them). */
export function markdownTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && DELIMITER.test(next) && next.includes('-') && (next.includes('|') || line.trim().startsWith('|'))) {
      const header = cellsOf(line);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && (lines[j] as string).includes('|') && (lines[j] as string).trim() !== ''; j++) rows.push(cellsOf(lines[j] as string));
      out.push('', ...rowSentences(header, rows).map((s) => `- ${s}`), '');
      i = j - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

const stripTags = (html: string) => decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** HTML with every <table> replaced by its rows as list items (`<li>`), its <caption> as a line before them. */
export function htmlTables(html: string): string {
  return html.replace(/<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi, (_whole, inner: string) => {
    const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption\s*>/i.exec(inner)?.[1];
    const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|<\/t(?:head|body|foot)\s*>|$)/gi)].map((m) => ({
      cells: [...(m[1] as string).matchAll(/<(t[hd])\b[^>]*>([\s\S]*?)(?=<t[hd]\b|<\/t[hd]\s*>|$)/gi)].map((c) => ({ th: (c[1] as string).toLowerCase() === 'th', text: stripTags(c[2] as string) })),
    })).filter((r) => r.cells.length > 0);
    if (rows.length === 0) return ' ';
    // A header row: every cell a <th>, or the row inside <thead>.
    const theadRow = /<thead\b/i.test(inner) ? 0 : -1;
    const headerAt = rows[0]!.cells.every((c) => c.th) || theadRow === 0 ? 0 : -1;
    const header = headerAt === 0 ? rows[0]!.cells.map((c) => c.text) : null;
    const body = rows.slice(headerAt === 0 ? 1 : 0).map((r) => r.cells.map((c) => c.text));
    const lines = rowSentences(header, body).map((s) => `<li>${s.replace(/</g, '&lt;')}</li>`);
    return `<p>${caption ? `${stripTags(caption)}:` : ''}</p>${lines.join('')}`;
  });
}
