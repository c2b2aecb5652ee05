// Eval (run with `npx tsx test/eval/assistant-intents.ts [--encoder]`): intent accuracy of the assistant's lexical rules
// on the Bitext customer-support set (its 27 intents mapped onto ours), and how often CLINC150's
// out-of-scope utterances get a product answer from a real catalog (DummyJSON, built with `aisle build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexManifest, ProductsChunk } from '../../src/protocol/index-format.ts';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import { classifyIntent } from '../../src/worker/assistant/understand/classify-intent.ts';
import type { Intent } from '../../src/worker/assistant/understand/intent.ts';
import { IntentMatcher } from '../../src/worker/assistant/understand/intent-matcher.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';

const DATA = '/work/shared/data';
const BITEXT = `${DATA}/intent-bitext/bitext_cs_8k.csv`;
const CLINC = `${DATA}/intent-clinc150/data_full_trainval.json`;
const FEED = `${DATA}/catalog-dummyjson/products.json`;
const ROOT = join(import.meta.dirname, '../..');

/** Bitext intent → the assistant intent that serves it (the reply the shopper should get). */
const MAP: Record<string, Intent> = {
  cancel_order: 'order-status', track_order: 'order-status', change_order: 'order-status', place_order: 'order-status',
  get_refund: 'order-status', track_refund: 'order-status', check_invoice: 'order-status', get_invoice: 'order-status',
  payment_issue: 'order-status',
  check_refund_policy: 'policy', delivery_options: 'policy', delivery_period: 'policy', check_payment_methods: 'policy',
  check_cancellation_fee: 'policy',
  create_account: 'account', delete_account: 'account', edit_account: 'account', recover_password: 'account',
  registration_problems: 'account', switch_account: 'account', newsletter_subscription: 'account',
  set_up_shipping_address: 'account', change_shipping_address: 'account',
  contact_customer_service: 'contact-human', contact_human_agent: 'contact-human', complaint: 'contact-human', review: 'contact-human',
};

/** The CSV has quoted fields with commas: a small RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** With `--encoder`: the rules' weak guesses go through the USE-Lite prototypes, as in the worker. */
async function encoderRefiner(): Promise<{ refine: (text: string) => Promise<Intent>; dispose: () => Promise<void> } | null> {
  if (!process.argv.includes('--encoder')) return null;
  const { loadNodeEmbedder } = await import('../../src/cli/models/node-embedder.ts');
  const embedder = await loadNodeEmbedder('use-lite-int8');
  const matcher = new IntentMatcher((texts) => embedder.embed(texts));
  return { refine: async (text) => (await matcher.refine(classifyIntent(text), text)).intent, dispose: () => embedder.dispose() };
}

async function bitext(refiner: Awaited<ReturnType<typeof encoderRefiner>>): Promise<void> {
  const [header, ...rows] = parseCsv(readFileSync(BITEXT, 'utf8').replace(/^\uFEFF/, ''));
  const u = header?.indexOf('utterance') ?? 1;
  const k = header?.indexOf('intent') ?? 3;
  const perIntent = new Map<string, { n: number; ok: number; wrong: Map<string, number> }>();
  let n = 0;
  let ok = 0;
  for (const r of rows) {
    const gold = MAP[r[k] ?? ''];
    if (!gold || !r[u]) continue;
    const got = refiner ? await refiner.refine(r[u]) : classifyIntent(r[u]).intent;
    const s = perIntent.get(r[k] as string) ?? { n: 0, ok: 0, wrong: new Map() };
    s.n++;
    n++;
    if (got === gold) s.ok++, ok++;
    else s.wrong.set(got, (s.wrong.get(got) ?? 0) + 1);
    perIntent.set(r[k] as string, s);
  }
  console.log(`Bitext (${n} utterances, 27 intents → 4 of ours): ${refiner ? 'rules + USE-Lite prototypes' : 'rules'} accuracy ${((100 * ok) / n).toFixed(1)}%`);
  for (const [name, s] of [...perIntent].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n)) {
    const top = [...s.wrong].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([w, c]) => `${w}×${c}`).join(', ');
    console.log(`  ${name.padEnd(26)} → ${MAP[name]?.padEnd(14)} ${((100 * s.ok) / s.n).toFixed(1).padStart(5)}%  ${top}`);
  }
}

async function clincOutOfScope(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'aisle-eval-intents-'));
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', '--feed', FEED, '--currency', 'USD', '--model', 'none', '--out', out, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`aisle build failed on ${FEED}: ${run.stderr}`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as IndexManifest;
  const products = manifest.chunks.filter((c) => c.kind === 'products').flatMap((c) => (JSON.parse(readFileSync(join(out, c.file), 'utf8')) as ProductsChunk).products);
  const assistant = new ShoppingAssistant(catalogData(products));
  const clinc = JSON.parse(readFileSync(CLINC, 'utf8')) as { oos_train: string[][]; oos_val: string[][] };
  const utterances = [...clinc.oos_train, ...clinc.oos_val].map((r) => r[0] as string);
  let withProducts = 0;
  const examples: string[] = [];
  const t = performance.now();
  for (const text of utterances) {
    const { result: r } = await assistant.ask(text, { page: { cart: [], recentlyViewed: [] } });
    if (r.products.length > 0) {
      withProducts++;
      if (examples.length < Number(process.env.EXAMPLES ?? 5)) examples.push(`"${text}" → ${r.products[0]?.title}`);
    }
  }
  const ms = (performance.now() - t) / utterances.length;
  console.log(`CLINC150 out-of-scope (${utterances.length}) on DummyJSON (${products.length} products): ${((100 * withProducts) / utterances.length).toFixed(1)}% got products, ${ms.toFixed(1)} ms/ask`);
  for (const e of examples) console.log(`  e.g. ${e}`);
}

if (!existsSync(BITEXT) || !existsSync(CLINC) || !existsSync(FEED)) {
  console.log(`assistant-intents: the evaluation data in ${DATA} is absent; nothing to measure.`);
} else {
  const refiner = await encoderRefiner();
  await bitext(refiner);
  await refiner?.dispose();
  await clincOutOfScope();
}

/** semiPQA: real shoppers' questions about the product on the page; all should read as product questions. */
function productQuestions(): void {
  const file = `${DATA}/pqa-semipqa/attribute_ranking/dev.csv`;
  if (!existsSync(file)) return;
  const questions = [...new Set(readFileSync(file, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[2]).filter((q): q is string => !!q))];
  const counts = new Map<string, number>();
  for (const q of questions) {
    const got = classifyIntent(q).intent;
    counts.set(got, (counts.get(got) ?? 0) + 1);
  }
  const ok = counts.get('product-question') ?? 0;
  const rest = [...counts].filter(([k]) => k !== 'product-question').sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(', ');
  console.log(`semiPQA product questions (${questions.length} unique): ${((100 * ok) / questions.length).toFixed(1)}% product-question; others: ${rest}`);
}

if (existsSync(DATA)) productQuestions();
