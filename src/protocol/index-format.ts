// Protocol: the static catalog index the CLI writes (`aisle build`) and the worker reads.
// A manifest (always fetched fresh) lists content-hashed chunks (cached forever by their hash).
import type { Product } from './product.ts';

/** Bump when a chunk's shape changes; the worker refuses other versions with a message saying to rebuild. */
export const INDEX_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export type ChunkKind =
  | 'products' // ProductsChunk: product records, split by ranges of `from`..`to` (product order)
  | 'popularity' // PopularityChunk
  | 'copurchase' // PairTableChunk from orders (bought together)
  | 'coview' // PairTableChunk from sessions/carts (viewed together)
  | 'transitions' // PairTableChunk: item → item that followed it in a shopper's sequence
  | 'similar' // PairTableChunk: content neighbours precomputed at build time
  | 'vectors' // binary, see VectorsLayout
  | 'text-vectors' // binary, see src/shared/text-vectors.ts: help-centre sentences and category paths, embedded by the build's encoder
  | 'faq' // FaqChunk
  | 'rules' // MerchantRules
  | 'cards' // CardsChunk
  | 'next-item' // binary, see encodeNextItem in src/shared/next-item-model.ts: the trained next-item model
  | 'projection' // binary, see ProjectionLayout: present when `vectors` are stored at a reduced dim: the most popular products, light, so a first recommendation needs no products chunk
  // Written by `aisle build --images`; the widget fetches them only when a shopper attaches a photo
  // (`looks-similar` loads with the body, for the recommender).
  | 'image-vectors' // binary, see VectorsLayout (dim = manifest.vision.dim): one row per product, scale 0 = no image
  | 'image-colours' // binary: HISTOGRAM_BINS bytes per product (√share × 255 per Lab bin), rows as above
  | 'image-tags' // ImageTagsChunk
  | 'category-head' // CategoryHeadChunk
  | 'image-centre' // ImageCentreChunk: what a shopper photo's vector is moved off before it is compared (optional)
  | 'looks-similar'; // PairTableChunk: visual neighbours (image cosine), for the `similar` strategy

export interface ChunkRef {
  kind: ChunkKind;
  /** File name relative to the manifest, with the content hash in it: `products-0-3f9a1c2b.json`. */
  file: string;
  /** Hex SHA-256 prefix (16 chars) of the file's bytes. */
  hash: string;
  bytes: number;
  /** Product index range [from, to) for chunks split by product. */
  from?: number;
  to?: number;
}

export interface IndexManifest {
  format: number;
  buildId: string;
  /** ISO time of the build. */
  createdAt: string;
  generator: string;
  /** The shop's main currency (ISO 4217). */
  currency: string;
  counts: { products: number; variants: number; orders: number; faq: number };
  /** Which encoder wrote `vectors`, or null when the index has none. */
  encoder: { id: string; dim: number; quantization: 'int8' | 'fp32' } | null;
  chunks: ChunkRef[];
  /** Present when the index was built with `aisle build --images`. */
  vision?: VisionManifest;
}

/** How the widget reads a shopper's photo against this catalog: the models and settings the build used. */
export interface VisionManifest {
  /** Image model folder under the widget's models/ that wrote `image-vectors`; photos are embedded with the same. */
  model: string;
  /** OCR model folder under models/, or null when the build read no label text (the widget then reads none either). */
  ocr: string | null;
  /** Width of `image-vectors` rows. */
  dim: number;
  /** How raw model outputs become a vector (shared/vision/image-feature.ts FeatureRecipe). */
  recipe: { parts: number[]; use: number; power: number };
  /** Views of the shopper's photo averaged into its vector (shared/vision/image-views.ts). */
  queryViews: string[];
  /** Fusion weights of the photo match: visual, colour, label text, category head. */
  fusion: { visual: number; colour: number; text: number; category: number };
  /** What counts as a match: a label-text score, a colour similarity or a visual standout (z) of at least these. */
  thresholds: { minText: number; minColour: number; minVisualZ: number };
  /** Products with an analysed image. */
  images: number;
  /** Made-up shelf scenes per catalog picture blended into its vector, and their weight (absent: none). */
  scenes?: { count: number; weight: number };
}

/**
 * The mean vector of the catalog's made-up shelf scenes: a shopper photo's vector minus this, normalised,
 * is what `image-vectors` (stored centred on their own mean) are compared with. Int8, one scale.
 */
export interface ImageCentreChunk {
  dim: number;
  /** Base64 of dim int8 values; value × scale is the centre. */
  centre: string;
  scale: number;
}

/** Per product id, what its picture shows: dominant colours and the label text read on it. */
export interface ImageTagsChunk {
  tags: Record<string, { colours: Array<{ name: string; share: number; hex: string }>; text?: string }>;
}

/** The category head (softmax regression over image vectors) trained on the catalog's images: int8 rows, a scale each. */
export interface CategoryHeadChunk {
  labels: string[];
  dim: number;
  /** Base64 of classes × dim int8 weights. */
  weights: string;
  scales: number[];
  bias: number[];
}

export interface ProductsChunk {
  products: Product[];
}

/**
 * The top products (by popularity, else feed order; in-stock first) without description or variants.
 * Optional: indexes written before it existed have none, and every card is also in a `products` chunk.
 */
export interface CardsChunk {
  products: Product[];
}

export interface PopularityChunk {
  /** Time-decayed popularity per product id, max-normalised to 1. */
  scores: Record<string, number>;
  /** Half-life used for the decay, in days. */
  halfLifeDays: number;
}

/** Sparse item→item table: for each id, neighbours as [neighbourId, score], best first. */
export interface PairTableChunk {
  /** How the score was computed, e.g. "lift,minSupport=2" or "cosine:tfidf". */
  measure: string;
  pairs: Record<string, Array<[string, number]>>;
}

/**
 * Binary vectors, one row per product in manifest product order:
 * bytes [0, 4N) = Float32 per-row scale, then N×dim Int8 values (value = int8 × scale).
 */
export interface VectorsLayout {
  rows: number;
  dim: number;
}

/**
 * Binary PCA projection for vectors stored below the encoder's dim: Uint32 inDim, Uint32 outDim,
 * Float32 mean[inDim], Float32 axes[outDim × inDim] (little endian). A query embedding q is compared
 * with item vectors after q' = axes · (q − mean), then L2-normalised. Absent: vectors are full dim.
 */
export interface ProjectionLayout {
  inDim: number;
  outDim: number;
}

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  /** Heading path in the source document, for display: ["Shipping", "International"]. */
  section: string[];
}
export interface FaqChunk {
  entries: FaqEntry[];
}

export interface MerchantRules {
  pin?: Array<{ strategy?: string; productId: string; position: number }>;
  boost?: Array<{ attribute: string; value: string; factor: number }>;
  bury?: Array<{ attribute: string; value: string; factor: number }>;
  filter?: Array<{ attribute: string; values: string[] }>;
  priceBand?: { min?: number; max?: number };
  /** Hide a slot when fewer than this many products qualify. */
  minResults?: number;
}
