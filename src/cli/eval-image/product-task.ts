// Image eval, `--task product`: each shopper photo against the catalog's products, known only by their
// catalog image and text (title, description). Nothing is trained per product on shopper photos. The
// tune split (train.txt by default) is used only to choose the four fusion weights and to measure
// one unsupervised variant (its mean vector, labels unused), each reported apart.
import { predictCategories } from '../../shared/vision/category-head.ts';
import { LabelMatcher } from '../../shared/vision/label-match.ts';
import { fusePhotoSignals, type PhotoSignals } from '../../shared/vision/match-photo.ts';
import { toFeature, type FeatureRecipe } from '../../shared/vision/image-feature.ts';
import { CATALOG_VIEWS, DEFAULT_FUSION, DEFAULT_RECIPE, QUERY_VIEWS, type FusionWeights } from '../../shared/vision/vision-defaults.ts';
import type { ImageAnalysis } from '../images/analyse-image.ts';
import { labelLine } from '../images/add-image-tags.ts';
import { trainCategoryHead } from '../images/train-category-head.ts';
import type { Approach } from './category-task.ts';
import type { GroceryProduct } from './image-datasets.ts';
import { centred, colourMatrix, cosineMatrix, features, meanOf, pickViews, textMatrix, topK, type Matrix } from './product-scores.ts';

const RAW: FeatureRecipe = { parts: [1792, 448], use: 1, power: 1 };

export interface ProductInputs {
  catalog: GroceryProduct[];
  catalogA: ImageAnalysis[];
  queries: ImageAnalysis[];
  truth: number[];
  tune: ImageAnalysis[];
  tuneTruth: number[];
}

interface Signals {
  visual: Matrix;
  colour: Matrix;
  text: Matrix;
  category: Matrix;
}

function signalsFor(queries: ImageAnalysis[], inputs: ProductInputs, matcher: LabelMatcher, head: ReturnType<typeof trainCategoryHead>): Signals {
  const q = features(queries, QUERY_VIEWS, DEFAULT_RECIPE);
  const c = features(inputs.catalogA, CATALOG_VIEWS, DEFAULT_RECIPE);
  const index = new Map(head.labels.map((l, i) => [l, i]));
  return {
    visual: cosineMatrix(q, c),
    colour: colourMatrix(queries, inputs.catalogA),
    text: textMatrix(queries, matcher, inputs.catalog.length),
    category: q.map((x) => {
      const p = predictCategories(head, x);
      return Float32Array.from(inputs.catalog, (prod) => p[index.get(prod.category)!]);
    }),
  };
}

function fused(s: Signals, w: FusionWeights): Matrix {
  return s.visual.map((_, q) => {
    const signals: PhotoSignals = { visual: s.visual[q], colour: s.colour[q], text: s.text[q].some((v) => v > 0) ? s.text[q] : null, category: s.category[q] };
    return fusePhotoSignals(signals, w, s.visual[q].length);
  });
}

const GRID = { visual: [0.5, 1, 2], colour: [0, 0.25, 0.5, 1], text: [0.5, 1, 1.5, 2.5], category: [0, 0.5, 1, 2] };

export function productApproaches(inputs: ProductInputs, log: (line: string) => void): { approaches: Approach[]; tuned: FusionWeights } {
  const out: Approach[] = [];
  const add = (name: string, m: { top1: number; top5: number }, note?: string) => {
    out.push({ name, metrics: { top1: m.top1, top5: m.top5 }, ...(note ? { note } : {}), ...(name.endsWith('(shipped)') ? { shipped: true } : {}) });
    log(`  ${name}: top-1 ${m.top1.toFixed(3)}, top-5 ${m.top5.toFixed(3)}`);
  };
  const { catalog, catalogA, queries, truth } = inputs;
  add('visual 1-NN, raw embedding, whole image', topK(cosineMatrix(features(queries, ['full'], RAW), features(catalogA, ['full'], RAW)), truth), 'the issue\'s baseline (0.09 / 0.30)');
  add('visual, √ + block-16 tap, views averaged (the shipped vector)', topK(cosineMatrix(features(queries, QUERY_VIEWS, DEFAULT_RECIPE), features(catalogA, CATALOG_VIEWS, DEFAULT_RECIPE)), truth));
  add('colour histogram only', topK(colourMatrix(queries, catalogA), truth));
  const matcher = new LabelMatcher(catalog.map((p, i) => ({ fields: [[p.title, 1], [labelLine(catalogA[i]), 1], [p.category, 0.6], [p.description, 0.4]] })));
  const text = textMatrix(queries, matcher, catalog.length);
  add('label text only (OCR → title, catalog-image text, description)', topK(text, truth), `text read on ${queries.filter((q) => labelLine(q)).length} of ${queries.length} photos`);
  // The category head: the catalog's own coarse categories, trained on its images' views.
  const xs: Float32Array[] = [];
  const ys: string[] = [];
  catalogA.forEach((a, i) => pickViews(a, CATALOG_VIEWS).forEach((v) => {
    xs.push(toFeature(v, DEFAULT_RECIPE));
    ys.push(catalog[i].category);
  }));
  const head = trainCategoryHead(xs, ys, { epochs: 40, l2: 1e-4 });
  const val = signalsFor(queries, inputs, matcher, head);
  add('category head only (coarse category probability)', topK(val.category, truth));
  add('fused, default weights (shipped)', topK(fused(val, DEFAULT_FUSION), truth), JSON.stringify(DEFAULT_FUSION));

  // Fusion weights chosen on the tune split: a grid over four numbers, nothing per product.
  const tune = signalsFor(inputs.tune, inputs, matcher, head);
  let best = { w: DEFAULT_FUSION, score: -1 };
  for (const visual of GRID.visual) for (const colour of GRID.colour) for (const t of GRID.text) for (const category of GRID.category) {
    const w = { visual, colour, text: t, category };
    const m = topK(fused(tune, w), inputs.tuneTruth);
    const score = m.top1 + 0.5 * m.top5;
    if (score > best.score) best = { w, score };
  }
  add('fused, weights tuned on the tune split', topK(fused(val, best.w), truth), JSON.stringify(best.w));

  // Unsupervised domain centring: subtract the mean of the tune photos (labels unused) from shopper
  // vectors and the catalog mean from catalog vectors. A merchant has no shopper photos, so not shipped.
  const q = features(queries, QUERY_VIEWS, DEFAULT_RECIPE);
  const c = features(catalogA, CATALOG_VIEWS, DEFAULT_RECIPE);
  const t = features(inputs.tune, QUERY_VIEWS, DEFAULT_RECIPE);
  const visualCentred = cosineMatrix(centred(q, meanOf(t)), centred(c, meanOf(c)));
  add('visual, two-domain centring (tune photos\' mean, unlabelled)', topK(visualCentred, truth), 'not shipped: needs shopper photos');
  add('fused (tuned) with the centred visual score', topK(fused({ ...val, visual: visualCentred }, best.w), truth), 'not shipped');

  // A per-product head on the catalog images' own views (the catalog is all it sees).
  const pxs: Float32Array[] = [];
  const pys: string[] = [];
  catalogA.forEach((a, i) => pickViews(a, CATALOG_VIEWS).forEach((v) => {
    pxs.push(toFeature(v, DEFAULT_RECIPE));
    pys.push(catalog[i].id);
  }));
  const productHead = trainCategoryHead(pxs, pys, { epochs: 40, l2: 1e-4 });
  const order = new Map(productHead.labels.map((l, i) => [l, i]));
  const perProduct = features(queries, QUERY_VIEWS, DEFAULT_RECIPE).map((x) => {
    const p = predictCategories(productHead, x);
    return Float32Array.from(catalog, (prod) => p[order.get(prod.id)!]);
  });
  add('per-product head on catalog-image views', topK(perProduct, truth));
  return { approaches: out, tuned: best.w };
}
