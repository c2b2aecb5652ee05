// CLI build: an RFC 4180 CSV/TSV reader (quoted fields, doubled quotes, newlines inside quotes, CRLF)
// that keeps the line each record starts on, so problems can point at it.
import { InputError } from './problems.ts';

export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
  delimiter: string;
}

/** Picks the delimiter from the header line: tab, semicolon or comma, whichever occurs most outside quotes. */
export function sniffDelimiter(text: string, fileName: string): string {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>([[',', 0], ['\t', 0], [';', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function parseCsv(text: string, fileName: string, delimiter = sniffDelimiter(text, fileName)): CsvTable {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(cell);
    // A blank line is not a record.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) {
    throw new InputError(
      `${fileName}:${quoteLine}: the file ends inside a quoted field that starts on this line; the file looks truncated or a quote is not closed. Export the file again, or close the quote`,
    );
  }
  if (cell !== '' || cells.length > 0) endRecord();
  if (records.length === 0) throw new InputError(`${fileName}: the file is empty; export the products again with a header row`);
  const [head, ...rows] = records;
  return { header: head.cells.map((h) => h.trim()), rows, delimiter };
}
