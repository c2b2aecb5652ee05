// CLI images: `aisle build --images`. Every product picture → an analysis (image vectors, colours,
// label text; cached by the picture's hash, so a rebuild analyses only new or changed pictures) →
// the index chunks the widget fetches when a shopper attaches a photo (image-vectors, image-colours,
// image-tags, category-head), the "looks similar" table for the recommender, and image tags folded into
// each product's searchable tags (add-image-tags.ts).
import { join } from 'node:path';
import type { CategoryHeadChunk, ImageCentreChunk, ImageTagsChunk, PairTableChunk, VisionManifest } from '../../protocol/index-format.ts';
import type { Product } from '../../protocol/product.ts';
import { HISTOGRAM_BINS } from '../../shared/vision/colour-features.ts';
import { blendScenes, centreCatalog, dot, featureDim, sceneFeatures, viewsFeature } from '../../shared/vision/image-feature.ts';
import { CATALOG_SCENES, CATALOG_VIEWS, HEAD_TRAINING, DEFAULT_FUSION, DEFAULT_RECIPE, DEFAULT_THRESHOLDS, QUERY_VIEWS } from '../../shared/vision/vision-defaults.ts';
import type { ChunkInput } from '../build/write-index.ts';
import type { Problems } from '../build/problems.ts';
import { quantizeInt8 } from '../build/quantize-vectors.ts';
import { AnalysisCache, analyseImage, pickViews, type Analyser, type ImageAnalysis } from './analyse-image.ts';
import { AugmentedRows } from './augmented-rows.ts';
import { decodeImage } from './decode-image.ts';
import { imageLocation, readImageSource, type ImageSourceOptions } from './read-image-source.ts';
import { trainCategoryHead } from './train-category-head.ts';
import { addImageTags, labelLine } from './add-image-tags.ts';
import { loadNodeImageEmbedder, loadNodeOcr } from './node-vision.ts';
import { DEFAULT_IMAGE_MODEL, DEFAULT_OCR_MODEL } from '../../worker/vision/vision-descriptor.ts';

export interface ImageBuildOptions extends ImageSourceOptions {
  /** Read label text with PP-OCR (default true; off for pictures that carry no text, e.g. drawings). */
  ocr?: boolean;
  cacheDir: string;
  /** Pictures fetched/decoded at once. */
  concurrency?: number;
  /** Made-up shelf scenes embedded per picture (default CATALOG_SCENES.count; 0: the picture alone). */
  scenes?: number;
}

export interface ImageBuildSummary {
  images: number;
  analysed: number;
  cached: number;
  failed: number;
  withText: number;
  categories: number;
  tagged: number;
  ms: number;
}

export interface ImageBuildResult {
  chunks: ChunkInput[];
  manifest: VisionManifest;
  summary: ImageBuildSummary;
}

const LOOKS_SIMILAR_K = 12;
const LOOKS_SIMILAR_MIN = 0.5;

/** The leaf category a head learns: the narrowest breadcrumb entry, or none. */
export function headLabel(p: Product): string | undefined {
  return p.categories[p.categories.length - 1];
}

function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export async function imageChunks(products: Product[], options: ImageBuildOptions, problems: Problems, progress: (f: number) => void): Promise<ImageBuildResult> {
  const started = Date.now();
  const embedder = await loadNodeImageEmbedder(DEFAULT_IMAGE_MODEL);
  const ocr = options.ocr === false ? null : await loadNodeOcr(DEFAULT_OCR_MODEL);
  const analyser: Analyser = { embedder, ocr };
  const cache = new AnalysisCache(join(options.cacheDir, 'images'), `${embedder.descriptor.files['model.onnx']?.sha256 ?? ''}:${ocr?.descriptor.files['recognizer.onnx']?.sha256 ?? ''}`);
  const analyses: Array<ImageAnalysis | null> = products.map(() => null);
  const sceneCount = Math.max(0, Math.floor(options.scenes ?? CATALOG_SCENES.count));
  // Shelf scenes are cached apart from the analyses (by the picture's bytes and the scene spec).
  const augmented = sceneCount ? new AugmentedRows(join(options.cacheDir, 'scenes'), embedder) : null;
  const scenes: Array<Float32Array[] | null> = products.map(() => null);
  let analysed = 0;
  let cached = 0;
  let failed = 0;
  let done = 0;
  const withImage = products.map((p, i) => [p, i] as const).filter(([p]) => p.image);
  const queue = [...withImage];
  // Fetching and decoding overlap (sharp and fetch run off the main thread); the model runs one at a time.
  let modelTurn: Promise<unknown> = Promise.resolve();
  const inflight = new Map<string, Promise<ImageAnalysis>>();
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [p, i] = item;
      let location = p.image!;
      try {
        location = imageLocation(p.image!, options);
        const bytes = await readImageSource(location, options);
        const image = await decodeImage(bytes).catch((err: Error) => {
          throw new Error(`not a readable image (${err.message.split('\n')[0]})`);
        });
        // Keyed by the decoded pixels: the same picture under another name, format or metadata is analysed once.
        const key = cache.key(image.data, ocr !== null, `${image.width}x${image.height}`);
        const hit = cache.get(key);
        const pending = inflight.get(key);
        if (hit || pending) {
          analyses[i] = hit ?? (await pending!);
          cached += 1;
        } else {
          const turn = modelTurn.then(() => analyseImage(image, analyser));
          modelTurn = turn.catch(() => undefined);
          inflight.set(key, turn);
          analyses[i] = await turn;
          cache.put(key, analyses[i]!);
          analysed += 1;
        }
        if (augmented) {
          const turn = modelTurn.then(() => augmented.rows(bytes, { kind: 'shelf', count: sceneCount }, image));
          modelTurn = turn.catch(() => undefined);
          // Scenes only add to a picture already analysed: if they fail, the picture alone is used.
          scenes[i] = await turn.catch((err: Error) => {
            problems.warn({ file: location }, 'image', `product ${p.id} ("${p.title.slice(0, 60)}"): shelf scenes failed (${err.message.split('\n')[0]}); its picture alone is used for photo search`);
            return null;
          });
        }
      } catch (err) {
        failed += 1;
        problems.warn({ file: location }, 'image', `product ${p.id} ("${p.title.slice(0, 60)}"): ${(err as Error).message}; built without its image features`);
      }
      done += 1;
      progress(done / withImage.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  } finally {
    await embedder.dispose();
    await ocr?.dispose();
  }

  const recipe = DEFAULT_RECIPE;
  const dim = featureDim(recipe);
  const zero = new Float32Array(dim);
  // The pictures alone say which products look alike; for a shopper's photo each product's vector also
  // carries its made-up shelf scenes, and all are centred (a photo is moved off the scenes' mean).
  const rows = analyses.map((a) => (a ? viewsFeature(pickViews(a, CATALOG_VIEWS), recipe) : zero));
  const sceneSummary = sceneFeatures(scenes, recipe);
  const photoRows = sceneCount ? centreCatalog(rows.map((r, i) => blendScenes(r, sceneSummary.perProduct[i], CATALOG_SCENES.weight))) : rows;
  const colours = new Uint8Array(products.length * HISTOGRAM_BINS);
  analyses.forEach((a, i) => a && a.histogram.forEach((v, k) => (colours[i * HISTOGRAM_BINS + k] = Math.round(v * 255))));
  const tags: ImageTagsChunk = { tags: {} };
  analyses.forEach((a, i) => {
    if (!a) return;
    const text = labelLine(a);
    tags.tags[products[i].id] = { colours: a.colours.map((c) => ({ name: c.name, share: c.share, hex: hex(c.rgb) })), ...(text ? { text } : {}) };
  });

  const chunks: ChunkInput[] = [
    { kind: 'image-vectors', name: 'imagevectors', body: quantizeInt8(photoRows, dim) },
    { kind: 'image-colours', name: 'imagecolours', body: colours },
    { kind: 'image-tags', name: 'imagetags', body: tags },
    { kind: 'looks-similar', name: 'lookssimilar', body: looksSimilar(products, rows, analyses) },
  ];
  const head = categoryHead(products, analyses, recipe);
  if (head) chunks.push({ kind: 'category-head', name: 'categoryhead', body: head });
  if (sceneCount && sceneSummary.centre) chunks.push({ kind: 'image-centre', name: 'imagecentre', body: centreChunk(sceneSummary.centre) });
  const tagged = addImageTags(products, analyses);
  const images = analyses.filter(Boolean).length;
  return {
    chunks,
    manifest: { model: embedder.descriptor.id, ocr: ocr?.descriptor.id ?? null, dim, recipe, queryViews: QUERY_VIEWS, fusion: DEFAULT_FUSION, thresholds: DEFAULT_THRESHOLDS, images, ...(sceneCount ? { scenes: { count: sceneCount, weight: CATALOG_SCENES.weight } } : {}) },
    summary: { images, analysed, cached, failed, withText: analyses.filter((a) => a && labelLine(a)).length, categories: head?.labels.length ?? 0, tagged, ms: Date.now() - started },
  };
}

/** Each product's nearest pictures (cosine ≥ 0.5), for the recommender's `similar` blend. */
function looksSimilar(products: Product[], rows: Float32Array[], analyses: Array<ImageAnalysis | null>): PairTableChunk {
  const pairs: PairTableChunk['pairs'] = {};
  const have = analyses.map((a, i) => (a ? i : -1)).filter((i) => i >= 0);
  for (const i of have) {
    const best: Array<[number, number]> = [];
    for (const j of have) {
      if (j === i) continue;
      const s = dot(rows[i], rows[j]);
      if (s < LOOKS_SIMILAR_MIN) continue;
      best.push([j, s]);
    }
    best.sort((a, b) => b[1] - a[1]);
    if (best.length) pairs[products[i].id] = best.slice(0, LOOKS_SIMILAR_K).map(([j, s]) => [products[j].id, Math.round(s * 1000) / 1000]);
  }
  return { measure: 'cosine:image', pairs };
}

/** A softmax head over the image vectors, trained on every analysed view, when ≥ 2 categories have pictures. */
function categoryHead(products: Product[], analyses: Array<ImageAnalysis | null>, recipe: typeof DEFAULT_RECIPE): CategoryHeadChunk | null {
  const xs: Float32Array[] = [];
  const ys: string[] = [];
  analyses.forEach((a, i) => {
    const label = headLabel(products[i]);
    if (!a || !label) return;
    // Each view is a training sample (augmentation): the whole picture, mirrored, centre crops.
    for (const v of pickViews(a, CATALOG_VIEWS)) {
      xs.push(viewsFeature([v], recipe));
      ys.push(label);
    }
  });
  if (new Set(ys).size < 2) return null;
  const head = trainCategoryHead(xs, ys, HEAD_TRAINING);
  const k = head.labels.length;
  const q = new Int8Array(k * head.dim);
  const scales: number[] = [];
  for (let c = 0; c < k; c++) {
    let max = 0;
    for (let i = 0; i < head.dim; i++) max = Math.max(max, Math.abs(head.weights[c * head.dim + i]));
    const s = max > 0 ? max / 127 : 1;
    scales.push(s);
    for (let i = 0; i < head.dim; i++) q[c * head.dim + i] = Math.round(head.weights[c * head.dim + i] / s);
  }
  return { labels: head.labels, dim: head.dim, weights: Buffer.from(q.buffer).toString('base64'), scales, bias: [...head.bias] };
}

function centreChunk(centre: Float32Array): ImageCentreChunk {
  let max = 0;
  for (const v of centre) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(centre, (v) => Math.round(v / scale));
  return { dim: centre.length, centre: Buffer.from(q.buffer).toString('base64'), scale };
}
