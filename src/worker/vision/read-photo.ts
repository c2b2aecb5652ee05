// Worker vision: what the models see in one decoded photo: its vector (the manifest's views and
// recipe), colours, the category head's guess and the label text. Each part is optional: without the
// WASM models only the colours are read.
import type { VisionManifest } from '../../protocol/index-format.ts';
import { predictCategories } from '../../shared/vision/category-head.ts';
import { colourFeatures, type ColourFeatures } from '../../shared/vision/colour-features.ts';
import { viewsFeature, type FeatureRecipe } from '../../shared/vision/image-feature.ts';
import { VIEWS, viewOf, type ImageView } from '../../shared/vision/image-views.ts';
import { readLabelText, type OcrModels, type TextLine } from '../../shared/vision/ocr/read-label-text.ts';
import { QUERY_OCR } from '../../shared/vision/vision-defaults.ts';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';
import type { VisionIndex } from './vision-index.ts';
import type { WebImageEmbedder } from './web-vision-models.ts';


export interface PhotoReading {
  colour: ColourFeatures;
  vector: Float32Array | null;
  categories: Float32Array | null;
  lines: TextLine[];
}

export async function readPhoto(image: RgbImage, vision: VisionIndex, models: { embedder: WebImageEmbedder | null; ocr: OcrModels | null }): Promise<PhotoReading> {
  const colour = colourFeatures(image);
  let vector: Float32Array | null = null;
  let categories: Float32Array | null = null;
  if (models.embedder) {
    const m: VisionManifest = vision.manifest;
    const views = m.queryViews.filter((v): v is ImageView => (VIEWS as readonly string[]).includes(v));
    const raws = await models.embedder.embed(views.map((v) => viewOf(image, v, models.embedder!.descriptor.size)));
    vector = viewsFeature(raws, m.recipe as FeatureRecipe);
    if (vision.head && vision.head.dim === vector.length) categories = predictCategories(vision.head, vector);
  }
  const lines = models.ocr ? await readLabelText(image, models.ocr, QUERY_OCR) : [];
  return { colour, vector, categories, lines };
}
