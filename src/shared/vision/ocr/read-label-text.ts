// Shared vision, OCR: a photo's label text with PP-OCR (detector → boxes → recogniser per box), for the
// CLI (catalog images, onnxruntime-node) and the worker (shopper photos, onnxruntime-web) alike. The
// caller supplies the two model runs, so this file holds no runtime.
import type { RgbImage } from '../rgb-image.ts';
import { ctcDecode, lineInput, type DecodedLine } from './read-text-line.ts';
import { detectorInput, findTextBoxes, type BoxOptions, type TextBox } from './text-boxes.ts';

/** One model call: NCHW float input → the first output. */
export type RunModel = (data: Float32Array, dims: readonly number[]) => Promise<{ data: Float32Array; dims: readonly number[] }>;

export interface OcrModels {
  detect: RunModel;
  recognize: RunModel;
  /** Class k of the recogniser is charset[k − 1] (0 is the CTC blank). */
  charset: readonly string[];
}

export interface TextLine extends DecodedLine {
  box: TextBox;
}

export interface ReadOptions extends BoxOptions {
  /** Longest side given to the detector (PP-OCR: 960). Smaller is faster and misses small print. */
  maxSide?: number;
  /** Lines read, largest boxes first (the brand name is usually the biggest print). */
  maxLines?: number;
  /** Lines read with less confidence are dropped (PP-OCR: 0.5). */
  minConfidence?: number;
}

export async function readLabelText(image: RgbImage, models: OcrModels, options: ReadOptions = {}): Promise<TextLine[]> {
  const input = detectorInput(image, options.maxSide ?? 960);
  const det = await models.detect(input.data, input.dims);
  const [, , h, w] = det.dims;
  const boxes = findTextBoxes(det.data, w, h, input, { ...options, maxBoxes: options.maxLines ?? 8 });
  const lines: TextLine[] = [];
  for (const box of boxes) {
    // Steep lines (vertical print on a carton's side) may read either way up: try both, keep the surer.
    const steep = Math.abs(box.uy) > Math.abs(box.ux);
    let best: DecodedLine | null = null;
    for (const flip of steep ? [false, true] : [false]) {
      const line = lineInput(image, box, flip);
      const out = await models.recognize(line.data, line.dims);
      const [, steps, classes] = out.dims;
      const decoded = ctcDecode(out.data, steps, classes, models.charset);
      if (!best || decoded.confidence > best.confidence) best = decoded;
    }
    if (best && best.text && best.confidence >= (options.minConfidence ?? 0.5)) lines.push({ ...best, box });
  }
  return lines;
}
