// Image eval, `--task category`: a category head trained on the catalog folder's images (one folder
// per category, as a merchant's categorised product shots) classifies shopper photos. Every approach
// is measured on the same cached analyses; "shipped" is exactly what `aisle build --images` trains and
// the widget applies (CATALOG_VIEWS as augmentation, DEFAULT_RECIPE, QUERY_VIEWS averaged).
import { predictCategories } from '../../shared/vision/category-head.ts';
import { dot, toFeature, type FeatureRecipe } from '../../shared/vision/image-feature.ts';
import type { ImageView } from '../../shared/vision/image-views.ts';
import { CATALOG_VIEWS, DEFAULT_RECIPE, HEAD_TRAINING, QUERY_VIEWS } from '../../shared/vision/vision-defaults.ts';
import type { ImageAnalysis } from '../images/analyse-image.ts';
import { trainCategoryHead } from '../images/train-category-head.ts';
import { features, pickViews } from './product-scores.ts';

export interface Approach {
  name: string;
  metrics: Record<string, number>;
  note?: string;
  /** What aisle build --images and the widget do; its metrics are the headline. */
  shipped?: boolean;
}

const RAW: FeatureRecipe = { parts: [1792, 448], use: 1, power: 1 };

function accuracy(predicted: string[], truth: string[]): number {
  return predicted.filter((p, i) => p === truth[i]).length / truth.length;
}

function knn(queries: Float32Array[], catalog: Float32Array[], labels: string[], k: number): string[] {
  return queries.map((q) => {
    const best = catalog.map((c, i) => [dot(q, c), i] as const).sort((a, b) => b[0] - a[0]).slice(0, k);
    const votes = new Map<string, number>();
    for (const [s, i] of best) votes.set(labels[i], (votes.get(labels[i]) ?? 0) + 1 + s * 1e-3);
    return [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  });
}

function headAccuracy(catalog: ImageAnalysis[], labels: string[], queries: ImageAnalysis[], truth: string[], o: { trainViews: ImageView[]; queryViews: ImageView[]; recipe: FeatureRecipe; epochs?: number; l2?: number }): number {
  const xs: Float32Array[] = [];
  const ys: string[] = [];
  catalog.forEach((a, i) => {
    for (const v of pickViews(a, o.trainViews)) {
      xs.push(toFeature(v, o.recipe));
      ys.push(labels[i]);
    }
  });
  const head = trainCategoryHead(xs, ys, { epochs: o.epochs ?? 40, l2: o.l2 ?? 1e-4 });
  const q = features(queries, o.queryViews, o.recipe);
  return accuracy(q.map((x) => {
    const p = predictCategories(head, x);
    let best = 0;
    p.forEach((v, i) => {
      if (v > p[best]) best = i;
    });
    return head.labels[best];
  }), truth);
}

export function categoryApproaches(catalog: ImageAnalysis[], labels: string[], queries: ImageAnalysis[], truth: string[], log: (line: string) => void): Approach[] {
  const out: Approach[] = [];
  const add = (name: string, acc: number, note?: string) => {
    out.push({ name, metrics: { accuracy: acc }, ...(note ? { note } : {}), ...(name.endsWith('(shipped)') ? { shipped: true } : {}) });
    log(`  ${name}: ${acc.toFixed(3)}`);
  };
  const rawC = features(catalog, ['full'], RAW);
  const rawQ = features(queries, ['full'], RAW);
  add('1-NN, raw embedding, whole image', accuracy(knn(rawQ, rawC, labels, 1), truth), 'the issue\'s baseline (0.49)');
  add('5-NN vote, raw embedding', accuracy(knn(rawQ, rawC, labels, 5), truth));
  const shipC = features(catalog, CATALOG_VIEWS, DEFAULT_RECIPE);
  const shipQ = features(queries, QUERY_VIEWS, DEFAULT_RECIPE);
  add('5-NN vote, √ + block-16 tap + views', accuracy(knn(shipQ, shipC, labels, 5), truth));
  const oneView = { trainViews: ['full'] as ImageView[], queryViews: ['full'] as ImageView[] };
  add('softmax head, raw embedding, whole image', headAccuracy(catalog, labels, queries, truth, { ...oneView, recipe: RAW }));
  add('softmax head, √ embedding', headAccuracy(catalog, labels, queries, truth, { ...oneView, recipe: { ...RAW, power: 0.5 } }));
  add('softmax head, √ embedding + block-16 tap', headAccuracy(catalog, labels, queries, truth, { ...oneView, recipe: DEFAULT_RECIPE }));
  add('+ catalog views as augmentation (4 per image)', headAccuracy(catalog, labels, queries, truth, { trainViews: CATALOG_VIEWS, queryViews: ['full'], recipe: DEFAULT_RECIPE }));
  const firstViews: ImageView[] = ['full', 'centre', 'centre-80'];
  add('+ shopper photo views averaged (whole, centre, centre 80 %)', headAccuracy(catalog, labels, queries, truth, { trainViews: CATALOG_VIEWS, queryViews: firstViews, recipe: DEFAULT_RECIPE }), 'shipped before; 40 epochs, L2 1e-4');
  // Training settings and query views chosen by 5-fold cross-validation on the catalog folder alone.
  add(`+ head trained ${HEAD_TRAINING.epochs} epochs, L2 ${HEAD_TRAINING.l2}`, headAccuracy(catalog, labels, queries, truth, { trainViews: CATALOG_VIEWS, queryViews: firstViews, recipe: DEFAULT_RECIPE, ...HEAD_TRAINING }));
  for (const views of [['full', 'full-mirror'], ['full', 'centre', 'full-mirror'], ['full', 'centre', 'centre-80', 'full-mirror']] as ImageView[][]) {
    if (views.join() !== QUERY_VIEWS.join()) add(`+ query views ${views.join(', ')}`, headAccuracy(catalog, labels, queries, truth, { trainViews: CATALOG_VIEWS, queryViews: views, recipe: DEFAULT_RECIPE, ...HEAD_TRAINING }));
  }
  add(`+ query views ${QUERY_VIEWS.join(', ')} (shipped)`, headAccuracy(catalog, labels, queries, truth, { trainViews: CATALOG_VIEWS, queryViews: QUERY_VIEWS, recipe: DEFAULT_RECIPE, ...HEAD_TRAINING }), 'what aisle build --images trains and the widget applies');
  return out;
}
