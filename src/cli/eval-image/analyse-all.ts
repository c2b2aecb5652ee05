// Image eval: analyses every picture a task needs (cached by content, so a re-run only reads the cache),
// with the same analyser `aisle build --images` uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisCache, analyseImage, type Analyser, type ImageAnalysis } from '../images/analyse-image.ts';
import { decodeImage } from '../images/decode-image.ts';

export const EVAL_CACHE_DIR = join(process.cwd(), '.cache', 'eval-image');

export async function analyseAll(paths: string[], analyser: Analyser, onProgress?: (done: number, total: number) => void): Promise<ImageAnalysis[]> {
  const cache = new AnalysisCache(EVAL_CACHE_DIR, `${analyser.embedder.descriptor.files['model.onnx']?.sha256 ?? ''}:${analyser.ocr?.descriptor.files['recognizer.onnx']?.sha256 ?? ''}:${JSON.stringify(analyser.readOptions ?? {})}`);
  const out: ImageAnalysis[] = [];
  for (const [i, path] of paths.entries()) {
    const bytes = new Uint8Array(readFileSync(path));
    const key = cache.key(bytes, analyser.ocr !== null);
    let a = cache.get(key);
    if (!a) {
      a = await analyseImage(await decodeImage(bytes), analyser);
      cache.put(key, a);
    }
    out.push(a);
    onProgress?.(i + 1, paths.length);
  }
  return out;
}
