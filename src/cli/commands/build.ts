// CLI: `aisle build` — argv → buildIndex → problems on stderr, a summary (or one JSON object) on stdout.
// Exit codes: 0 built, 1 input errors under --strict or nothing usable, 2 usage.
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, type BuildSummary } from '../build/build-index.ts';
import { isCurrencyCode } from '../build/currencies.ts';
import { readMapping } from '../build/feed-mapping.ts';
import type { PairTableSettings } from '../build/interaction-chunks.ts';
import { DEFAULT_MODEL, modelAvailable, modelDir } from '../build/item-vectors.ts';
import { formatProblem, InputError, Problems } from '../build/problems.ts';
import { progressBar } from '../build/progress-bar.ts';
import { terminalJson, terminalText } from '../build/terminal-text.ts';

export const BUILD_USAGE = `aisle build --feed products.json [--feed more.csv] --out public/aisle/index [options]

  --feed FILE       product feed: JSON, CSV/TSV (generic, Shopify, WooCommerce), Merchant Center XML (repeatable)
  --orders FILE     orders export: CSV order_id,product_id[,quantity,timestamp[,customer_id]] or JSON
  --faq FILE        FAQ/policies: Markdown (each heading → entry) or JSON [{question, answer}]
  --rules FILE      merchandising rules JSON (pin, boost, bury, filter, priceBand, minResults)
  --mapping FILE    JSON mapping Aisle field → your column: {"id": "Artikelnummer", "attributes": {"colour": "Farbe"}},
                    and units for bare numbers: {"units": {"weight": "kg", "dimensions": "cm"}}
  --currency CODE   shop currency (ISO 4217) for prices that name none
  --site URL        shop base URL, turns Shopify handles into product links
  --model NAME      sentence encoder for vectors: a folder of models/generated/ (default use-lite-int8-fp16) | none
  --vector-dim N    store vectors at N dims (PCA, e.g. 128; the projection ships too). Default: full dim
  --max-neighbours N  neighbours per product in the order tables (default 50; 200 ranks better, bigger files)
  --min-support N   drop pairs fewer customers/orders made (default 2: one shopper's basket never ships)
  --min-lift X      bought-together pairs must sell together X times more often than chance (default 1.5)
  --min-category-customers N  and their categories must sell together for N customers (default 5; 0: off)
  --next-item-epochs N  training epochs of the next-item model on customers' sequences (default 10; 0: none)
  --images          analyse product pictures: image vectors, colours and label text for photo search,
                    "looks similar" neighbours, and image colours/label words as searchable tags
  --image-root DIR  folder that site-relative image paths ("/img/a.jpg") are read from (default: the
                    first feed's folder); http(s) image URLs are fetched
  --no-ocr          with --images: do not read label text (pictures without print, faster)
  --image-scenes N  with --images: made-up shelf scenes per picture blended into its photo-search vector
                    (default 16, about 1 s of CPU per picture; 0: the picture alone, fastest)
  --cache DIR       embedding cache (default <out>/../.aisle-cache): rebuilds embed only changed products
  --out DIR         index folder to write (served as static files)
  --strict          exit 1 when any row has a problem
  --json            print one JSON summary on stdout`;

export async function buildCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        feed: { type: 'string', multiple: true },
        orders: { type: 'string' },
        faq: { type: 'string' },
        rules: { type: 'string' },
        mapping: { type: 'string' },
        currency: { type: 'string' },
        site: { type: 'string' },
        model: { type: 'string' },
        cache: { type: 'string' },
        images: { type: 'boolean', default: false },
        'image-root': { type: 'string' },
        'no-ocr': { type: 'boolean', default: false },
        'image-scenes': { type: 'string' },
        'vector-dim': { type: 'string' },
        'max-neighbours': { type: 'string' },
        'min-support': { type: 'string' },
        'min-lift': { type: 'string' },
        'min-category-customers': { type: 'string' },
        'next-item-epochs': { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return usage(`${(err as Error).message}`);
  }
  if (values.help) {
    process.stdout.write(`${BUILD_USAGE}\n`);
    return 0;
  }
  if (!values.feed?.length) return usage('missing --feed: name at least one product feed');
  if (!values.out) return usage('missing --out: name the folder to write the index to, e.g. --out public/aisle/index');
  if (values.currency && !isCurrencyCode(values.currency.toUpperCase())) return usage(`--currency "${values.currency}" is not an ISO 4217 code; use one like EUR, USD or GBP`);
  if (values.site && !/^https?:\/\/[^/]+/.test(values.site)) return usage(`--site "${values.site}" is not an http(s) URL; write it like https://shop.example`);
  if (values.model && values.model !== 'none' && !modelAvailable(values.model)) {
    return usage(`--model "${values.model}" is not a built model folder (models/generated/${values.model}/aisle-model.json); use ${DEFAULT_MODEL}, another folder there, or none`);
  }

  const vectorDim = values['vector-dim'] === undefined ? undefined : Number(values['vector-dim']);
  if (vectorDim !== undefined && !(Number.isInteger(vectorDim) && vectorDim >= 8)) return usage(`--vector-dim "${values['vector-dim']}" must be a whole number ≥ 8, e.g. 128`);
  const tables: PairTableSettings = {};
  for (const [flag, key, example] of [['max-neighbours', 'maxNeighbours', 200], ['min-support', 'minSupport', 1]] as const) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!(Number.isInteger(n) && n >= 1)) return usage(`--${flag} "${raw}" must be a whole number ≥ 1, e.g. ${example}`);
    tables[key] = n;
  }
  if (values['min-lift'] !== undefined) {
    const x = Number(values['min-lift']);
    if (!(Number.isFinite(x) && x >= 0)) return usage(`--min-lift "${values['min-lift']}" must be a number ≥ 0, e.g. 1.5`);
    tables.minLift = x;
  }
  if (values['min-category-customers'] !== undefined) {
    const n = Number(values['min-category-customers']);
    if (!(Number.isInteger(n) && n >= 0)) return usage(`--min-category-customers "${values['min-category-customers']}" must be a whole number ≥ 0, e.g. 5 (0 turns the filter off)`);
    tables.minCategoryCustomers = n;
  }
  if (values['next-item-epochs'] !== undefined) {
    const n = Number(values['next-item-epochs']);
    if (!(Number.isInteger(n) && n >= 0)) return usage(`--next-item-epochs "${values['next-item-epochs']}" must be a whole number ≥ 0, e.g. 6 (0 trains no model)`);
    tables.nextItem = { epochs: n };
  }
  let model = values.model;
  if (model === undefined) {
    model = modelAvailable(DEFAULT_MODEL) ? DEFAULT_MODEL : 'none';
    if (model === 'none' && !values.json) process.stderr.write(`note: no encoder in ${modelDir(DEFAULT_MODEL)} (build it with \`npm run models\`): building without vectors\n`);
  }
  const problems = new Problems();
  const bar = !values.json && process.stderr.isTTY ? progressBar(process.stderr) : undefined;
  try {
    const { summary } = await buildIndex({
      problems,
      feeds: values.feed.map((f) => resolve(f)),
      out: resolve(values.out),
      orders: values.orders && resolve(values.orders),
      faq: values.faq && resolve(values.faq),
      rules: values.rules && resolve(values.rules),
      mapping: values.mapping ? readMapping(resolve(values.mapping)) : undefined,
      currency: values.currency?.toUpperCase(),
      site: values.site,
      model,
      vectorDim,
      tables,
      cacheDir: values.cache && resolve(values.cache),
      onProgress: bar,
      ...(values.images ? { images: { root: resolve(values['image-root'] ?? dirname(resolve(values.feed[0]))), ocr: !values['no-ocr'], ...(values['image-scenes'] !== undefined ? { scenes: imageScenes(values['image-scenes']) } : {}) } } : {}),
    });
    bar?.('done', 1);
    printProblems(problems);
    const failed = values.strict && problems.list.length > 0;
    if (values.json) process.stdout.write(`${terminalJson({ ok: !failed, out: resolve(values.out), ...summary, problems: problems.list, notes: problems.notes })}\n`);
    else process.stdout.write(summaryText(summary, resolve(values.out)));
    if (failed) {
      process.stderr.write(`aisle build: --strict: ${problems.list.length} problem(s) above; fix them or build without --strict to skip those rows\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    bar?.('done', 1);
    if (err instanceof InputError) {
      printProblems(problems);
      process.stderr.write(`aisle build: ${terminalText(err.message)}\n`);
      if (values.json) process.stdout.write(`${terminalJson({ ok: false, error: err.message, problems: problems.list })}\n`);
      return 1;
    }
    throw err;
  }
}

const MAX_LISTED = 200;

function printProblems(problems: Problems): void {
  const list = problems.list;
  // Feed values are in these messages: printed escaped, one line each, whatever they hold.
  for (const p of list.slice(0, MAX_LISTED)) process.stderr.write(`${p.severity === 'error' ? 'skipped' : 'warning'}: ${terminalText(formatProblem(p))}\n`);
  if (list.length > MAX_LISTED) process.stderr.write(`… and ${list.length - MAX_LISTED} more problems (use --json for the full list)\n`);
  for (const n of problems.notes) process.stderr.write(`note: ${terminalText(formatProblem(n))}\n`);
}

function summaryText(s: BuildSummary, out: string): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const byKind = new Map<string, number>();
  for (const c of s.chunks) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.bytes);
  return [
    `aisle build: ${s.products} products (${s.variants} variants) from ${s.feedRows} feed rows in ${terminalText(s.formats.join(', '))}`,
    `  skipped rows: ${s.skipped}, warnings: ${s.warnings}${notForSale(s.unlisted)}`,
    s.orderLines > 0 || s.unknownOrderProducts > 0 ? `  orders: ${s.orders} (${s.orderLines} lines; ${s.unknownOrderProducts} unknown product ids)` : '  orders: none (no --orders: popularity and bought-together tables left out)',
    `  faq entries: ${s.faq}${s.rules ? ', rules: yes' : ''}, currency: ${s.currency}, vectors: ${s.encoder ? `${s.encoder.id} (${s.encoder.dim} dims int8, ${Math.round(s.encoder.bytesPerProduct)} B/product, recall@10 vs fp32 ${(s.encoder.recallAt10 * 100).toFixed(1)}%; ${s.encoder.embedded} embedded, ${s.encoder.cached} from cache)` : 'none'}`,
    ...(s.images ? [`  images: ${s.images.images} analysed (${s.images.analysed} new, ${s.images.cached} from cache, ${s.images.failed} unreadable), label text on ${s.images.withText}, ${s.images.tagged} products gained image tags, category head over ${s.images.categories} categories`] : []),
    `  chunks: ${[...byKind].map(([k, b]) => `${k} ${kb(b)}`).join(', ')}`,
    `  wrote ${terminalText(out)} (${kb(s.bytes)}, ${s.removedFiles} old chunk files removed) in ${(s.ms / 1000).toFixed(1)} s`,
    '',
  ].join('\n');
}

function notForSale(unlisted: Record<string, number>): string {
  const total = Object.values(unlisted).reduce((a, b) => a + b, 0);
  return total > 0 ? `, not for sale in the feed (left out): ${total} (${Object.entries(unlisted).map(([r, n]) => `${r} ${n}`).join(', ')})` : '';
}

function usage(message: string): number {
  process.stderr.write(`aisle build: ${terminalText(message)}\n\n${BUILD_USAGE}\n`);
  return 2;
}

/** `--image-scenes N`: a whole number from 0 (pictures alone) to 64. */
function imageScenes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`--image-scenes ${value}: expected a whole number of made-up shelf scenes per picture, 0 to 64 (0: the picture alone; default 16)`);
  return n;
}
