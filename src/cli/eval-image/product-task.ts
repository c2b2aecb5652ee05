// Image eval, `--task product`: each shopper photo against the catalog's products, known only by their
// catalog image and text (title, description). Nothing is trained per product on shopper photos. The
// tune split (train.txt by default) is used only to choose the four fusion weights and to measure
// one unsupervised variant (its mean vector, labels unused), each reported apart.
import { predictCategories } from '../../shared/vision/category-head.ts';
import { LabelMatcher } from '../../shared/vision/label-match.ts';
import { fusePhotoSignals, type PhotoSignals } from '../../shared/vision/match-photo.ts';
import { blendScenes, centreCatalog, centreOn, sceneFeatures, toFeature, type FeatureRecipe } from '../../shared/vision/image-feature.ts';
import { CATALOG_SCENES, CATALOG_VIEWS, HEAD_TRAINING, DEFAULT_FUSION, DEFAULT_RECIPE, QUERY_VIEWS, type FusionWeights } from '../../shared/vision/vision-defaults.ts';
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
  /** Per scene count: raw rows of each catalog picture's made-up shelf scenes. */
  scenes: Map<number, Float32Array[][]>;
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

/** The catalog's product vectors and the shopper-photo centre for a scene count and weight (0: picture alone). */
interface VisualSetup {
  catalog: Float32Array[];
  centre: Float32Array | null;
}

function visualSetup(inputs: ProductInputs, count: number, weight: number, centre: boolean): VisualSetup {
  const pictures = features(inputs.catalogA, CATALOG_VIEWS, DEFAULT_RECIPE);
  if (!count || !weight) return { catalog: pictures, centre: null };
  const s = sceneFeatures(inputs.scenes.get(count)!, DEFAULT_RECIPE);
  const catalog = pictures.map((p, i) => blendScenes(p, s.perProduct[i], weight));
  return centre ? { catalog: centreCatalog(catalog), centre: s.centre } : { catalog, centre: null };
}

function visualMatrix(queries: ImageAnalysis[], v: VisualSetup): Matrix {
  return cosineMatrix(features(queries, QUERY_VIEWS, DEFAULT_RECIPE).map((q) => centreOn(q, v.centre)), v.catalog);
}

function signalsFor(queries: ImageAnalysis[], inputs: ProductInputs, matcher: LabelMatcher, head: ReturnType<typeof trainCategoryHead>, v: VisualSetup): Signals {
  const q = features(queries, QUERY_VIEWS, DEFAULT_RECIPE);
  const index = new Map(head.labels.map((l, i) => [l, i]));
  return {
    visual: visualMatrix(queries, v),
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
  const head = trainCategoryHead(xs, ys, HEAD_TRAINING);
  const plain = visualSetup(inputs, 0, 0, false);
  const val0 = signalsFor(queries, inputs, matcher, head, plain);
  add('category head only (coarse category probability)', topK(val0.category, truth));
  add('fused, default weights, catalog picture alone', topK(fused(val0, DEFAULT_FUSION), truth), JSON.stringify(DEFAULT_FUSION));

  // Made-up shelf scenes of each catalog picture blended into its vector; shopper photos centred on the
  // scenes' mean. Count and weight were chosen on the tune split (its numbers are in each note).
  for (const count of inputs.scenes.keys()) {
    for (const weight of [0.5, 1]) {
      for (const centre of [false, true]) {
        const v = visualSetup(inputs, count, weight, centre);
        const t = topK(visualMatrix(inputs.tune, v), inputs.tuneTruth);
        add(`visual, picture + ${weight} × mean of ${count} shelf scenes${centre ? ', photo centred on the scenes\' mean, catalog on its own' : ''}`, topK(visualMatrix(queries, v), truth), `tune split: top-1 ${t.top1.toFixed(3)}, top-5 ${t.top5.toFixed(3)}`);
      }
    }
  }
  const shippedVisual = visualSetup(inputs, CATALOG_SCENES.count, CATALOG_SCENES.weight, true);
  const val = signalsFor(queries, inputs, matcher, head, shippedVisual);
  add('fused, default weights, with shelf scenes and centring (shipped)', topK(fused(val, DEFAULT_FUSION), truth), JSON.stringify({ ...DEFAULT_FUSION, scenes: CATALOG_SCENES }));

  // Fusion weights chosen on the tune split: a grid over four numbers, nothing per product.
  const tune = signalsFor(inputs.tune, inputs, matcher, head, shippedVisual);
  let best = { w: DEFAULT_FUSION, score: -1 };
  for (const visual of GRID.visual) for (const colour of GRID.colour) for (const t of GRID.text) for (const category of GRID.category) {
    const w = { visual, colour, text: t, category };
    const m = topK(fused(tune, w), inputs.tuneTruth);
    const score = m.top1 + 0.5 * m.top5;
    if (score > best.score) best = { w, score };
  }
  const tunedOnTune = topK(fused(tune, best.w), inputs.tuneTruth);
  const defaultOnTune = topK(fused(tune, DEFAULT_FUSION), inputs.tuneTruth);
  add('fused, weights tuned on the tune split (with scenes)', topK(fused(val, best.w), truth), `${JSON.stringify(best.w)}; tune split: tuned ${tunedOnTune.top1.toFixed(3)}/${tunedOnTune.top5.toFixed(3)}, default ${defaultOnTune.top1.toFixed(3)}/${defaultOnTune.top5.toFixed(3)}`);

  // Unsupervised domain centring: subtract the mean of the tune photos (labels unused) from shopper
  // vectors and the catalog mean from catalog vectors. A merchant has no shopper photos, so not shipped.
  const q = features(queries, QUERY_VIEWS, DEFAULT_RECIPE);
  const c = features(catalogA, CATALOG_VIEWS, DEFAULT_RECIPE);
  const t = features(inputs.tune, QUERY_VIEWS, DEFAULT_RECIPE);
  const visualCentred = cosineMatrix(centred(q, meanOf(t)), centred(c, meanOf(c)));
  add('visual, two-domain centring (tune photos\' mean, unlabelled)', topK(visualCentred, truth), 'not shipped: needs shopper photos');
  add('fused (tuned) with the centred visual score', topK(fused({ ...val0, visual: visualCentred }, best.w), truth), 'not shipped');

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

  // The same head with each picture's shelf scenes as more training samples; its logits as the visual
  // signal of the fusion. Not shipped: the widget would need a per-product weight chunk (next step).
  const scenes = inputs.scenes.get(CATALOG_SCENES.count)!;
  scenes.forEach((rows, i) => rows.forEach((r) => {
    pxs.push(toFeature(r, DEFAULT_RECIPE));
    pys.push(catalog[i].id);
  }));
  const sceneHead = trainCategoryHead(pxs, pys, { epochs: 40, l2: 1e-4 });
  const logits = (list: ImageAnalysis[]) => features(list, QUERY_VIEWS, DEFAULT_RECIPE).map((x) => {
    const p = predictCategories(sceneHead, x);
    return Float32Array.from(catalog, (prod) => Math.log(Math.max(p[order.get(prod.id)!], 1e-12)));
  });
  const headVal = logits(queries);
  const headTune = logits(inputs.tune);
  const tuneHead = topK(headTune, inputs.tuneTruth);
  add(`per-product head on catalog views + ${CATALOG_SCENES.count} shelf scenes each`, topK(headVal, truth), `not shipped; tune split: top-1 ${tuneHead.top1.toFixed(3)}, top-5 ${tuneHead.top5.toFixed(3)}`);
  const tuneFused = topK(fused({ ...tune, visual: headTune }, DEFAULT_FUSION), inputs.tuneTruth);
  add('fused, default weights, that head as the visual signal', topK(fused({ ...val, visual: headVal }, DEFAULT_FUSION), truth), `not shipped; tune split: top-1 ${tuneFused.top1.toFixed(3)}, top-5 ${tuneFused.top5.toFixed(3)}`);
  return { approaches: out, tuned: best.w };
}
