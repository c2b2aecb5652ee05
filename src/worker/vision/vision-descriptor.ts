// Worker/CLI vision: `aisle-model.json` of the two vision model folders that build-vision-models.ts
// writes (models/generated/<id>/), read by the CLI (aisle build --images) and by the worker when a
// shopper attaches a photo.

export interface ModelFiles {
  /** Size and sha256 of each file: progress totals and cache keys that change with the model. */
  files: Record<string, { bytes: number; sha256: string }>;
}

/** MobileNetV2-1.4 feature extractor: `pixels` [N, size, size, 3] RGB in 0..1 → `embedding` [N, dim]. */
export interface ImageEmbedderDescriptor extends ModelFiles {
  id: string;
  kind: 'image-embedding';
  dim: number;
  size: number;
  quantization: 'int8' | 'fp32';
  /** Extra pooled outputs (name → width), concatenated after `embedding` when a feature asks for them. */
  taps: Record<string, number>;
}

/** PP-OCR detector + recogniser: `detector.onnx`, `recognizer.onnx`, `charset.json` (class k = charset[k − 1]). */
export interface OcrDescriptor extends ModelFiles {
  id: string;
  kind: 'ocr';
  quantization: 'int8' | 'fp32';
  /** Which characters the recogniser can answer with. */
  charset: 'latin' | 'full';
}

export type VisionDescriptor = ImageEmbedderDescriptor | OcrDescriptor;

export const DEFAULT_IMAGE_MODEL = 'mobilenet-v2-int8';
export const DEFAULT_OCR_MODEL = 'ppocr-v4-latin-int8';
