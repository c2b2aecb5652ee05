// Feed problems: each kind of bad input is reported with file, line, field, what was expected and the
// fix, exactly as `aisle build` prints it. Runs the real build on real files in a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import { readMapping } from '../../src/cli/build/feed-mapping.ts';
import { formatProblem, InputError, Problems } from '../../src/cli/build/problems.ts';

const FEEDS = join(import.meta.dirname, '../fixtures/feeds');
const tmp = mkdtempSync(join(tmpdir(), 'aisle-feed-errors-'));

async function problemsOf(feed: string): Promise<{ messages: string[]; products: number }> {
  const problems = new Problems();
  const { summary } = await buildIndex({ feeds: [feed], out: join(tmp, `out-${Math.random().toString(36).slice(2)}`), problems });
  return { messages: problems.list.map(formatProblem), products: summary.products };
}

async function inputError(feed: string): Promise<string> {
  try {
    await buildIndex({ feeds: [feed], out: join(tmp, 'never') });
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error(`expected ${feed} to fail`);
}

describe('bad rows in a CSV feed', async () => {
  const { messages, products } = await problemsOf(join(FEEDS, 'bad.csv'));

  it('keeps the good rows and the row whose only fault is a link', () => {
    expect(products).toBe(2);
  });
  it('refuses a decimal comma and shows the fix', () => {
    expect(messages).toContain('bad.csv:3: field "price": "12,99 EUR" is not a number; write the price like 12.99');
  });
  it('names a missing title with the product id', () => {
    expect(messages).toContain('bad.csv:4: field "title": missing for product "no-title"; give every product a title (column title or name)');
  });
  it('checks currencies against ISO 4217', () => {
    expect(messages).toContain('bad.csv:5: field "currency": "EURO" is not an ISO 4217 currency code; use a three-letter code such as EUR, USD or GBP');
  });
  it('points a duplicate id at its first occurrence', () => {
    expect(messages).toContain('bad.csv:6: field "id": duplicate id "ok-1" (first seen at bad.csv:2); give every product its own id. This row was skipped');
  });
  it('drops a non-http link and keeps the product', () => {
    expect(messages).toContain('bad.csv:7: field "url": "javascript:alert(1)" uses javascript:, only http and https links work in a shop page; write a URL starting with https:// (product "bad-url" kept without a link)');
  });
  it('needs an id on every row', () => {
    expect(messages).toContain('bad.csv:8: field "id": missing; every product needs an id (a column or key named id or sku; or map one with --mapping)');
  });
  it('reports nothing else', () => {
    expect(messages).toHaveLength(6);
  });
});

describe('whole-file problems', () => {
  it('a CSV cut inside a quoted field is called truncated, with the line the quote opened on', async () => {
    expect(await inputError(join(FEEDS, 'truncated.csv'))).toBe(
      'truncated.csv:3: the file ends inside a quoted field that starts on this line; the file looks truncated or a quote is not closed. Export the file again, or close the quote',
    );
  });
  it('a JSON feed cut short is called truncated, with its last line', async () => {
    expect(await inputError(join(FEEDS, 'truncated.json'))).toBe('truncated.json:3: the JSON ends before it is complete; the file looks truncated. Export it again');
  });
  it('an empty feed is reported and nothing is built', async () => {
    const problems = new Problems();
    await expect(buildIndex({ feeds: [join(FEEDS, 'empty.json')], out: join(tmp, 'empty'), problems })).rejects.toThrow(/^no usable products in .*empty\.json; fix the problems listed above/);
    expect(problems.list.map(formatProblem)).toEqual(['empty.json: the feed holds no products; check that you exported the right file']);
  });
  it('an empty CSV file says so', async () => {
    const path = join(tmp, 'blank.csv');
    writeFileSync(path, '');
    expect(await inputError(path)).toBe('blank.csv: the file is empty; export the products again with a header row');
  });
  it('a missing file names the path', async () => {
    expect(await inputError(join(tmp, 'nope.json'))).toBe(`${join(tmp, 'nope.json')}: cannot read (no such file); check the path`);
  });
  it('invalid JSON points at the line of the syntax error', async () => {
    const path = join(tmp, 'syntax.json');
    writeFileSync(path, '[\n {"id": "a", "title": "A", "price": 1},\n {"id": "b" "title": "B"}\n]');
    expect(await inputError(path)).toMatch(/^syntax\.json:3: not valid JSON \(.*\); fix the JSON syntax there$/);
  });
});

describe('text that is not UTF-8', () => {
  it('is reported at its line and read as Latin-1 so the accents survive', async () => {
    const path = join(tmp, 'latin1.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('id,title,price,currency\na,Plain,1.00,EUR\nb,Caf'), Buffer.from([0xe9]), Buffer.from(' cr\u00e8me,2.00,EUR\n', 'latin1')]));
    const problems = new Problems();
    const out = join(tmp, 'latin1-out');
    const { summary } = await buildIndex({ feeds: [path], out, problems });
    expect(problems.list.map(formatProblem)).toEqual(['latin1.csv:3: text is not UTF-8 (byte 0xE9); read the file as Latin-1. Save it as UTF-8 so every character comes out right']);
    expect(summary.products).toBe(2);
    const { readFileSync } = await import('node:fs');
    const chunk = summary.chunks.find((c) => c.kind === 'products')!;
    expect(readFileSync(join(out, chunk.file), 'utf8')).toContain('Café crème');
  });
});

describe('CSV rows that do not match the header', () => {
  it('are flagged with the cell counts and the likely cause', async () => {
    const path = join(tmp, 'cells.csv');
    writeFileSync(path, 'id,title,price,currency\na,Plain,1.00,EUR\nb,Shirt, blue,2.00,EUR\n');
    const { messages } = await problemsOf(path);
    expect(messages[0]).toBe('cells.csv:3: has 5 cells, the header has 4; check for a stray "," or an unquoted value');
  });
  it('negative prices are refused', async () => {
    const path = join(tmp, 'negative.json');
    writeFileSync(path, '[{"id": "a", "title": "A", "price": -3, "currency": "EUR"}, {"id": "b", "title": "B", "price": 3, "currency": "EUR"}]');
    const { messages } = await problemsOf(path);
    expect(messages).toEqual(['negative.json:1: field "price": -3 is not a price; write a number ≥ 0 like 12.99']);
  });
});

describe('JSON feeds', () => {
  it('report problems at the line the product starts on', async () => {
    const path = join(tmp, 'lines.json');
    writeFileSync(path, '[\n  {"id": "a", "title": "A", "price": 1, "currency": "EUR"},\n  {\n    "id": "b",\n    "title": "B",\n    "price": "1,50"\n  }\n]\n');
    const { messages } = await problemsOf(path);
    expect(messages).toEqual(['lines.json:3: field "price": "1,50" is not a number; write the price like 1.50']);
  });
});

describe('bad ratings, review counts, weights and sale prices', async () => {
  const { messages, products } = await problemsOf(join(FEEDS, 'bad-details.csv'));
  const fix = 'write the average star rating from 0 to 5, like 4.6 (or on its own scale, like 9.2/10 or 92%)';
  const weightFix = 'write a number with its unit, like 1.2 kg, 850 g, 2.5 lb or 12 oz';

  it('keep every row, without the bad value', () => {
    expect(products).toBe(9);
  });
  it('name the file, line, field, the value and how to write it', () => {
    expect(messages).toEqual([
      `bad-details.csv:3: field "rating": "five stars" is not a rating; ${fix} (product "bad-rating" kept without a rating)`,
      `bad-details.csv:4: field "rating": "8.6" is above 5, the top of the scale; ${fix} (product "high-rating" kept without a rating)`,
      'bad-details.csv:5: field "review_count": "-3" is not a number of reviews; write a whole number like 37 (product "bad-count" kept without a review count)',
      `bad-details.csv:6: field "weight": "heavy" is not a weight; ${weightFix} (product "bad-weight" kept without a weight)`,
      'bad-details.csv:7: field "compare_at_price": "12,99" is not a number; write the price like 12.99 (product "bad-compare" kept without a compare-at price)',
      'bad-details.csv:8: field "sale_price": "cheap" is not a number; write the price like 12.99 (product "bad-sale" kept at its regular price)',
      'bad-details.csv:9: field "sale_price_effective_date": "next week" is not a date range; write it as start/end, e.g. 2025-06-01T09:00-07:00/2025-06-30T23:59-07:00 (product "bad-dates" kept at its sale price)',
      `bad-details.csv:10: field "weight": "2 stone" is not a weight; ${weightFix} (product "stone-weight" kept without a weight)`,
    ]);
  });
  it('a --mapping unit Aisle does not know is refused, naming the ones it does', () => {
    const path = join(tmp, 'units.json');
    writeFileSync(path, '{"units": {"weight": "stone"}}');
    expect(() => readMapping(path)).toThrow(`${path}: units.weight "stone" is not understood; write {"weight": "kg"} (g, kg, lb or oz) or {"dimensions": "cm"} (mm, cm, m, in or ft)`);
  });
});
