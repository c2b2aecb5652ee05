// CLI build: the whole `aisle build` pipeline, feeds/orders/faq/rules → chunks → index folder.
// Pure of argv and printing (commands/build.ts owns those) so tests and benchmarks call it directly.
import type { ChunkRef, FaqEntry, MerchantRules, PopularityChunk } from '../../protocol/index-format.ts';
import { cardsChunk } from './cards-chunk.ts';
import { join } from 'node:path';
import type { Product } from '../../protocol/product.ts';
import { EMPTY_MAPPING, type FeedMapping } from './feed-mapping.ts';
import { interactionChunks, type PairTableSettings } from './interaction-chunks.ts';
import { itemVectors, type ItemVectorsResult } from './item-vectors.ts';
import { productChunks } from './product-chunks.ts';
import { InputError, Problems } from './problems.ts';
import { readFaq } from './read-faq.ts';
import { shopTexts } from './shop-texts.ts';
import { readFeeds } from './read-feeds.ts';
import { readOrders } from './read-orders.ts';
import { readRules } from './read-rules.ts';
import { blendNeighbours } from './blend-neighbours.ts';
import { similarChunk, similarNeighbours, tfidfVectors } from './tfidf-similar.ts';
import { writeIndex, type ChunkInput } from './write-index.ts';
import type { ImageBuildOptions, ImageBuildSummary } from '../images/image-chunks.ts';

export interface BuildOptions {
  feeds: string[];
  out: string;
  orders?: string;
  faq?: string;
  rules?: string;
  mapping?: FeedMapping;
  currency?: string;
  site?: string;
  /** Encoder folder name under models/generated, or 'none'/undefined for no vectors. */
  model?: string;
  /** Store vectors at this many dims (PCA; the projection ships as a chunk). Default: the encoder's. */
  vectorDim?: number;
  /** Embedding cache folder; default `<out>/../.aisle-cache`. */
  cacheDir?: string;
  /** Neighbours per product and minimum support of the order tables; default 50 and 2. */
  tables?: PairTableSettings;
  /** Called with a stage name and a 0..1 fraction, for a progress bar. */
  onProgress?: (stage: string, fraction: number) => void;
  /** Where problems go; pass one to read them even when the build throws InputError. */
  problems?: Problems;
  /** `--images`: analyse product pictures (image vectors, colours, label text; src/cli/images/). */
  images?: Omit<ImageBuildOptions, 'cacheDir'>;
}

export interface BuildSummary {
  products: number;
  variants: number;
  feedRows: number;
  skipped: number;
  warnings: number;
  /** Products left out because the feed marks them as not for sale (draft, archived...), by reason. */
  unlisted: Record<string, number>;
  orders: number;
  orderLines: number;
  unknownOrderProducts: number;
  faq: number;
  rules: boolean;
  currency: string;
  formats: string[];
  encoder: null | { id: string; dim: number; embedded: number; cached: number; recallAt10: number; bytesPerProduct: number };
  chunks: Array<Pick<ChunkRef, 'kind' | 'file' | 'bytes'>>;
  bytes: number;
  removedFiles: number;
  ms: number;
  /** Present with --images. */
  images?: ImageBuildSummary;
}

export interface BuildResult {
  summary: BuildSummary;
  problems: Problems;
}

export async function buildIndex(opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const problems = opts.problems ?? new Problems();
  const progress = opts.onProgress ?? (() => {});
  progress('reading feeds', 0);
  const feeds = readFeeds(opts.feeds, { problems, mapping: opts.mapping ?? EMPTY_MAPPING, currency: opts.currency, site: opts.site });
  const { products } = feeds;
  if (products.length === 0) throw new InputError(`no usable products in ${opts.feeds.join(', ')}; fix the problems listed above and build again`);
  const known = new Set(products.map((p) => p.id));

  // Pictures first: their colours and label words become product tags that every later chunk sees.
  const images = opts.images
    ? await (await import('../images/image-chunks.ts')).imageChunks(products, { ...opts.images, cacheDir: join(opts.cacheDir ?? join(opts.out, '..', '.aisle-cache')) }, problems, (f) => progress('analysing images', f))
    : null;
  if (images && images.summary.images === 0) problems.warn({ file: opts.feeds[0] }, 'image', 'no product picture could be read: the index is built without photo search (see the image warnings above)');
  const vision = images && images.summary.images > 0 ? images : null;
  const chunks: ChunkInput[] = [...productChunks(products), ...(vision?.chunks ?? [])];
  let orders = { lines: 0, orders: 0, unknown: 0 };
  let popularity: PopularityChunk | null = null;
  if (opts.orders) {
    progress('reading orders', 0);
    const read = readOrders(opts.orders, known, feeds.variantOf, problems);
    orders = { lines: read.lines.length, orders: read.orders, unknown: read.unknownProducts };
    const tables = interactionChunks(read.lines, opts.tables, products, (f) => progress('training the next-item model', f));
    chunks.push(...tables.chunks);
    popularity = tables.popularity;
  }
  chunks.push({ kind: 'cards', body: cardsChunk(products, popularity) });
  let faq: FaqEntry[] = [];
  if (opts.faq) {
    faq = readFaq(opts.faq, problems);
    chunks.push({ kind: 'faq', body: { entries: faq } });
  }
  let rules: MerchantRules | null = null;
  if (opts.rules) {
    rules = readRules(opts.rules, known, problems);
    chunks.push({ kind: 'rules', body: rules });
  }
  let vectors: ItemVectorsResult | null = null;
  if (opts.model && opts.model !== 'none') {
    progress('embedding products', 0);
    vectors = await itemVectors(products, opts.model, opts.cacheDir ?? join(opts.out, '..', '.aisle-cache'), opts.vectorDim, (f) => progress('embedding products', f), shopTexts(faq, products));
    chunks.push({ kind: 'vectors', body: vectors.bytes });
    if (vectors.projection) chunks.push({ kind: 'projection', body: vectors.projection });
    if (vectors.texts) chunks.push({ kind: 'text-vectors', body: vectors.texts.bytes });
  }
  progress('similar products', 0);
  const sparse = tfidfVectors(products);
  const onProgress = (f: number) => progress('similar products', f);
  if (vectors) {
    // Wider TF-IDF candidate lists, re-ranked by the blend of both cosines.
    const candidates = similarNeighbours(sparse, { k: 60, onProgress });
    chunks.push({ kind: 'similar', body: similarChunk(products, blendNeighbours(candidates, vectors.rows, 20), 'blend:0.5*cosine:tfidf+0.5*cosine:' + vectors.encoder.id) });
  } else {
    chunks.push({ kind: 'similar', body: similarChunk(products, similarNeighbours(sparse, { onProgress }), 'cosine:tfidf') });
  }

  progress('writing index', 0);
  const written = writeIndex(opts.out, chunks, {
    generator: 'aisle build',
    currency: feeds.currency,
    counts: { products: products.length, variants: countVariants(products), orders: orders.orders, faq: faq.length },
    encoder: vectors ? vectors.encoder : null,
    ...(vision ? { vision: vision.manifest } : {}),
  });
  progress('done', 1);
  return {
    problems,
    summary: {
      products: products.length,
      variants: countVariants(products),
      feedRows: feeds.rows,
      skipped: problems.errors,
      warnings: problems.warnings,
      unlisted: { ...feeds.unlisted },
      orders: orders.orders,
      orderLines: orders.lines,
      unknownOrderProducts: orders.unknown,
      faq: faq.length,
      rules: rules !== null,
      currency: feeds.currency,
      formats: feeds.formats,
      encoder: vectors
        ? { id: vectors.encoder.id, dim: vectors.encoder.dim, embedded: vectors.embedded, cached: vectors.cached, recallAt10: vectors.recallAt10, bytesPerProduct: vectors.bytes.length / products.length }
        : null,
      chunks: written.manifest.chunks.map((c) => ({ kind: c.kind, file: c.file, bytes: c.bytes })),
      bytes: written.bytes,
      removedFiles: written.removed.length,
      ms: Date.now() - started,
      ...(images ? { images: images.summary } : {}),
    },
  };
}

function countVariants(products: Product[]): number {
  return products.reduce((s, p) => s + (p.variants?.length ?? 0), 0);
}
