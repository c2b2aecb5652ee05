// Worker vision: the index chunks a photo question needs (image vectors, colour histograms, image
// tags, category head), fetched the first time a shopper attaches a photo and kept for the visit.
import { aisleError, ERROR_NAMES } from '../../protocol/errors.ts';
import type { CategoryHeadChunk, ChunkKind, ImageCentreChunk, ImageTagsChunk, VisionManifest } from '../../protocol/index-format.ts';
import type { CategoryHead } from '../../shared/vision/category-head.ts';
import { HISTOGRAM_BINS } from '../../shared/vision/colour-features.ts';
import { LabelMatcher } from '../../shared/vision/label-match.ts';
import type { LoadedIndex } from '../catalog/load-index.ts';

export interface VisionIndex {
  manifest: VisionManifest;
  /** int8 rows (per-row scale), catalog order; a zero row means no picture. */
  scales: Float32Array;
  vectors: Int8Array;
  histograms: Uint8Array;
  tags: ImageTagsChunk['tags'];
  head: CategoryHead | null;
  /** What a photo's vector is moved off before it meets `vectors` (image-centre chunk); null: not at all. */
  centre: Float32Array | null;
  /** Products' own words + their label text, for the words read on a photo. */
  matcher: LabelMatcher;
}

export function hasVision(index: LoadedIndex): boolean {
  return Boolean(index.manifest.vision);
}

function decodeHead(chunk: CategoryHeadChunk): CategoryHead {
  const bytes = Uint8Array.from(atob(chunk.weights), (c) => c.charCodeAt(0));
  const q = new Int8Array(bytes.buffer);
  const weights = new Float32Array(q.length);
  for (let c = 0; c < chunk.labels.length; c++) for (let i = 0; i < chunk.dim; i++) weights[c * chunk.dim + i] = q[c * chunk.dim + i] * chunk.scales[c];
  return { labels: chunk.labels, dim: chunk.dim, weights, bias: Float32Array.from(chunk.bias) };
}

/** The centre, or null (photos compared as they are) when it does not fit the vectors. */
function decodeCentre(chunk: ImageCentreChunk, dim: number): Float32Array | null {
  if (chunk.dim !== dim) return null;
  const bytes = Uint8Array.from(atob(chunk.centre), (c) => c.charCodeAt(0));
  if (bytes.length !== dim) return null;
  return Float32Array.from(new Int8Array(bytes.buffer), (v) => v * chunk.scale);
}

export async function loadVisionIndex(index: LoadedIndex): Promise<VisionIndex> {
  const vision = index.manifest.vision;
  if (!vision) throw aisleError(ERROR_NAMES.indexFormat, 'This index has no image features: build it with `aisle build --images` to answer photo questions.');
  const ref = (kind: ChunkKind) => index.manifest.chunks.find((c) => c.kind === kind);
  const need = (kind: ChunkKind) => {
    const r = ref(kind);
    if (!r) throw aisleError(ERROR_NAMES.indexFormat, `The index manifest names image features but no '${kind}' chunk: rebuild it with \`aisle build --images\`.`);
    return r;
  };
  const headRef = ref('category-head');
  const centreRef = ref('image-centre');
  const [vectors, colours, tags, head, centre] = await Promise.all([
    index.fetcher.binary(need('image-vectors')),
    index.fetcher.binary(need('image-colours')),
    index.fetcher.json<ImageTagsChunk>(need('image-tags')),
    headRef ? index.fetcher.json<CategoryHeadChunk>(headRef) : Promise.resolve(null),
    centreRef ? index.fetcher.json<ImageCentreChunk>(centreRef) : Promise.resolve(null),
  ]);
  const rows = index.catalog.products.length;
  if (vectors.byteLength !== rows * (4 + vision.dim) || colours.byteLength !== rows * HISTOGRAM_BINS) {
    throw aisleError(ERROR_NAMES.indexFormat, `Image chunks do not match the ${rows} products of this index (vectors ${vectors.byteLength} B, colours ${colours.byteLength} B). Rebuild it with \`aisle build --images\`.`);
  }
  const products = index.catalog.products;
  const matcher = new LabelMatcher(
    products.map((p) => ({
      fields: [
        [`${p.title} ${p.brand ?? ''}`, 1],
        [tags.tags[p.id]?.text ?? '', 1],
        [`${p.categories.join(' ')} ${p.tags.join(' ')}`, 0.6],
        [p.description ?? '', 0.4],
      ],
    })),
  );
  return {
    manifest: vision,
    scales: new Float32Array(vectors, 0, rows),
    vectors: new Int8Array(vectors, rows * 4, rows * vision.dim),
    histograms: new Uint8Array(colours),
    tags: tags.tags,
    head: head ? decodeHead(head) : null,
    centre: centre ? decodeCentre(centre, vision.dim) : null,
    matcher,
  };
}
