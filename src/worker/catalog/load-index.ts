// Worker → catalog: reads a static index (manifest + hashed chunks, as `aisle build` writes it) into
// the in-memory CatalogData the recommender and the assistant use, in three steps so the first
// recommendations never wait for the whole catalog: the head (manifest, top-product cards,
// popularity), then the body (all products, item-to-item tables), then vectors (`loadVectors`).
import { aisleError, ERROR_NAMES } from '../../protocol/errors.ts';
import {
  INDEX_FORMAT_VERSION,
  MANIFEST_FILE,
  type CardsChunk,
  type ChunkKind,
  type FaqChunk,
  type IndexManifest,
  type MerchantRules,
  type PairTableChunk,
  type PopularityChunk,
  type ProductsChunk,
} from '../../protocol/index-format.ts';
import { decodeNextItem } from '../../shared/next-item-model.ts';
import { catalogData, type CatalogData, type ItemVectors } from './catalog-data.ts';
import { checkFaq, checkPopularity, checkProducts } from './check-index.ts';
import { ChunkFetcher, type FetchLike } from './chunk-fetcher.ts';
import { compactPairTable } from './compact-pair-table.ts';
import { shareRepeatedFields } from './share-repeated-fields.ts';

export interface LoadedIndex {
  manifest: IndexManifest;
  catalog: CatalogData;
  fetcher: ChunkFetcher;
}

/** The manifest and what a first recommendation needs: the light `cards` of the top products, popularity, rules. */
export interface IndexHead {
  manifest: IndexManifest;
  fetcher: ChunkFetcher;
  /** A small catalog of the top products, or null when the index has no `cards` chunk (then load it all). */
  light: CatalogData | null;
}

export async function loadIndex(indexUrl: string, fetchImpl?: FetchLike): Promise<LoadedIndex> {
  return loadIndexBody(await loadIndexHead(indexUrl, fetchImpl));
}

export async function loadIndexHead(indexUrl: string, fetchImpl?: FetchLike): Promise<IndexHead> {
  const fetcher = new ChunkFetcher(indexUrl, fetchImpl);
  const manifest = checkManifest(await fetcher.manifestJson(MANIFEST_FILE), indexUrl);
  const cardsRef = manifest.chunks.find((c) => c.kind === 'cards');
  if (!cardsRef) return { manifest, fetcher, light: null };
  const [cards, popularity, rules] = await Promise.all([
    fetcher.json<CardsChunk>(cardsRef),
    one<PopularityChunk>(manifest, fetcher, 'popularity'),
    one<MerchantRules>(manifest, fetcher, 'rules'),
  ]);
  return { manifest, fetcher, light: catalogData(checkProducts(cards?.products), { popularity: checkPopularity(popularity), rules }) };
}

/** Everything else: all products and the item-to-item tables (chunks already fetched are reused by hash). */
export async function loadIndexBody({ manifest, fetcher }: IndexHead): Promise<LoadedIndex> {
  const productRefs = manifest.chunks.filter((c) => c.kind === 'products').sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
  const get = <T>(kind: ChunkKind) => one<T>(manifest, fetcher, kind);
  const nextItemRef = manifest.chunks.find((c) => c.kind === 'next-item');
  const [productChunks, popularity, copurchase, coview, transitions, similar, faq, rules, nextItem] = await Promise.all([
    Promise.all(productRefs.map((r) => fetcher.json<ProductsChunk>(r))),
    get<PopularityChunk>('popularity'),
    get<PairTableChunk>('copurchase'),
    get<PairTableChunk>('coview'),
    get<PairTableChunk>('transitions'),
    get<PairTableChunk>('similar'),
    get<FaqChunk>('faq'),
    get<MerchantRules>('rules'),
    nextItemRef ? fetcher.binary(nextItemRef) : null,
  ]);
  // Checked like everything an index holds: a hand-edited chunk cannot bring back what the CLI refuses.
  const products = productChunks.flatMap((c) => checkProducts(c?.products));
  shareRepeatedFields(products);
  const catalog = catalogData(products, { popularity: checkPopularity(popularity), copurchase, coview, transitions, similar, rules, faq: checkFaq(faq?.entries) });
  // The trained next-item model: a bad file costs its signal, never the catalog.
  if (nextItem && nextItemRef) {
    try {
      catalog.nextItem = decodeNextItem(nextItem, products.length, nextItemRef.file);
    } catch (err) {
      console.warn(`[aisle] ${(err as Error).message}`);
    }
  }
  // The pair tables are most of the worker's heap as parsed JSON; keep them compact, and let the parsed
  // chunks go (the fetcher's memo would otherwise hold them for the life of the worker).
  const ids = products.map((p) => p.id);
  for (const kind of PAIR_TABLES) {
    const table = catalog[kind];
    if (!table) continue;
    catalog[kind] = compactPairTable(table, ids, catalog.rowOf);
    for (const ref of manifest.chunks) if (ref.kind === kind) fetcher.forget(ref);
  }
  return { manifest, catalog, fetcher };
}

const PAIR_TABLES = ['similar', 'coview', 'copurchase', 'transitions'] as const;

async function one<T>(manifest: IndexManifest, fetcher: ChunkFetcher, kind: ChunkKind): Promise<T | null> {
  const ref = manifest.chunks.find((c) => c.kind === kind);
  return ref ? fetcher.json<T>(ref) : null;
}

/** Fetches the int8 item vectors, if the index has them, and attaches them to the catalog. */
export async function loadVectors(index: LoadedIndex): Promise<ItemVectors | null> {
  const ref = index.manifest.chunks.find((c) => c.kind === 'vectors');
  if (!ref || !index.manifest.encoder) return null;
  const buffer = await index.fetcher.binary(ref);
  const rows = index.catalog.products.length;
  const dim = index.manifest.encoder.dim;
  if (buffer.byteLength !== rows * 4 + rows * dim) {
    throw aisleError(ERROR_NAMES.indexFormat, `Vectors file ${ref.file} has ${buffer.byteLength} bytes; expected ${rows * 4 + rows * dim} for ${rows} products × ${dim} dims. Rebuild the index.`);
  }
  const vectors: ItemVectors = { dim, scales: new Float32Array(buffer, 0, rows), data: new Int8Array(buffer, rows * 4, rows * dim) };
  index.catalog.vectors = vectors;
  return vectors;
}

/** The `text-vectors` chunk's bytes (src/shared/text-vectors.ts), or null when the index has none or it cannot be fetched. */
export async function fetchTextVectors(index: LoadedIndex): Promise<ArrayBuffer | null> {
  const ref = index.manifest.chunks.find((c) => c.kind === 'text-vectors');
  return ref ? index.fetcher.binary(ref).catch(() => null) : null;
}

function checkManifest(value: unknown, indexUrl: string): IndexManifest {
  const m = value as Partial<IndexManifest> | null;
  if (!m || typeof m !== 'object' || typeof m.format !== 'number' || !Array.isArray(m.chunks)) {
    throw aisleError(ERROR_NAMES.indexFormat, `${indexUrl}${MANIFEST_FILE} is not an Aisle index manifest. Point data-index at the folder written by \`aisle build --out\`.`);
  }
  if (m.format !== INDEX_FORMAT_VERSION) {
    const what = m.format > INDEX_FORMAT_VERSION ? 'newer than this widget understands: update the widget files' : 'older than this widget: rebuild it with the current `aisle build`';
    throw aisleError(ERROR_NAMES.indexFormat, `The index at ${indexUrl} has format ${m.format}, this widget reads format ${INDEX_FORMAT_VERSION}; the index is ${what}.`);
  }
  return m as IndexManifest;
}
