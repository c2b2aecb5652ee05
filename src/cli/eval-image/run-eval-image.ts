// `npm run eval:image -- --task category --catalog <class folders> --queries <class folders> [--json]`
// `npm run eval:image -- --task product --catalog <GroceryStoreDataset> --queries <val.txt> [--tune train.txt] [--json]`
// Analyses every picture with the shipped analyser (cached in .cache/eval-image), measures every
// approach, prints a table, writes bench-results/eval-image-<task>.json, and prints one JSON object last.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadNodeImageEmbedder, loadNodeOcr } from '../images/node-vision.ts';
import { analyseAll, EVAL_CACHE_DIR } from './analyse-all.ts';
import { AugmentedRows } from '../images/augmented-rows.ts';
import { readFileSync } from 'node:fs';
import { CATALOG_SCENES } from '../../shared/vision/vision-defaults.ts';
import { categoryApproaches, type Approach } from './category-task.ts';
import { readClassFolders, readGroceryCatalog, readGroceryList } from './image-datasets.ts';
import { productApproaches } from './product-task.ts';
import { QUERY_OCR } from '../../shared/vision/vision-defaults.ts';

const USAGE = `npm run eval:image -- --task category --catalog DIR --queries DIR [--json]
npm run eval:image -- --task product --catalog GROCERY_DIR --queries LIST.txt [--tune LIST.txt] [--query-ocr-side PX] [--json]`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { task: { type: 'string' }, catalog: { type: 'string' }, queries: { type: 'string' }, tune: { type: 'string' }, 'query-ocr-side': { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.task || !values.catalog || !values.queries || !['category', 'product'].includes(values.task)) {
    process.stderr.write(`eval:image: need --task category|product, --catalog and --queries\n${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
  const started = Date.now();
  const embedder = await loadNodeImageEmbedder();
  const ocr = values.task === 'product' ? await loadNodeOcr() : null;
  const analyser = { embedder, ocr };
  const progress = (what: string) => (done: number, total: number) => {
    if (done === total || done % 100 === 0) log(`  analysed ${done}/${total} ${what}`);
  };
  let approaches: Approach[];
  let extra: Record<string, unknown> = {};
  if (values.task === 'category') {
    const catalog = readClassFolders(resolve(values.catalog));
    const queries = readClassFolders(resolve(values.queries));
    log(`category: ${catalog.length} catalog images, ${queries.length} shopper photos, ${new Set(catalog.map((c) => c.label)).size} categories`);
    const ca = await analyseAll(catalog.map((c) => c.path), analyser, progress('catalog images'));
    const qa = await analyseAll(queries.map((q) => q.path), analyser, progress('shopper photos'));
    approaches = categoryApproaches(ca, catalog.map((c) => c.label), qa, queries.map((q) => q.label), log);
  } else {
    const dir = resolve(values.catalog);
    const catalog = readGroceryCatalog(dir);
    const queries = readGroceryList(resolve(values.queries), catalog);
    const tuneFile = resolve(values.tune ?? join(dirname(resolve(values.queries)), 'train.txt'));
    const tune = readGroceryList(tuneFile, catalog);
    const index = new Map(catalog.map((p, i) => [p.id, i]));
    log(`product: ${catalog.length} catalog products, ${queries.length} shopper photos; fusion weights tuned on ${tune.length} photos of ${tuneFile}`);
    const catalogA = await analyseAll(catalog.map((p) => p.image), analyser, progress('catalog images'));
    // Shopper photos are read as the widget reads them (QUERY_OCR); catalog images as the CLI does.
    // --query-ocr-side N: the detector's input side for shopper photos (what the widget would use).
    const side = values['query-ocr-side'] ? Number(values['query-ocr-side']) : QUERY_OCR.maxSide;
    if (!Number.isInteger(side) || side < 160 || side > 1600) throw new Error(`--query-ocr-side ${values['query-ocr-side']}: expected a whole number of pixels, 160 to 1600`);
    const photoAnalyser = { ...analyser, readOptions: { ...QUERY_OCR, maxSide: side } };
    const qa = await analyseAll(queries.map((q) => q.path), photoAnalyser, progress('shopper photos'));
    const ta = await analyseAll(tune.map((q) => q.path), photoAnalyser, progress('tune photos'));
    // Made-up shelf scenes of each catalog picture (what aisle build --images embeds), cached apart.
    const aug = new AugmentedRows(`${EVAL_CACHE_DIR}-aug`, embedder);
    const scenes = new Map<number, Float32Array[][]>();
    for (const count of [...new Set([CATALOG_SCENES.count, 48])]) {
      const rows: Float32Array[][] = [];
      for (const p of catalog) rows.push(await aug.rows(new Uint8Array(readFileSync(p.image)), { kind: 'shelf', count }));
      scenes.set(count, rows);
      log(`  ${count} shelf scenes per catalog image`);
    }
    const result = productApproaches({ catalog, catalogA, scenes, queries: qa, truth: queries.map((q) => index.get(q.label)!), tune: ta, tuneTruth: tune.map((q) => index.get(q.label)!) }, log);
    approaches = result.approaches;
    extra = { tunedFusion: result.tuned };
  }
  await embedder.dispose();
  await ocr?.dispose();
  const shipped = approaches.find((a) => a.shipped) ?? approaches[approaches.length - 1];
  const summary = { task: values.task, ...shipped.metrics, approaches, ...extra, ms: Date.now() - started };
  log('');
  log('| approach | ' + Object.keys(shipped.metrics).join(' | ') + ' |');
  log('|---|' + Object.keys(shipped.metrics).map(() => '---').join('|') + '|');
  for (const a of approaches) log(`| ${a.name} | ${Object.values(a.metrics).map((v) => v.toFixed(3)).join(' | ')} |`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', `eval-image-${values.task}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (err: Error) => {
  process.stderr.write(`eval:image: ${err.message}\n`);
  process.exit(1);
});
