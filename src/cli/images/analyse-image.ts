// CLI images: everything Aisle reads from one picture, computed once and cached by the picture's hash:
// raw MobileNet features for each view (image-views.ts), colour features, and label text (PP-OCR).
// `aisle build --images` and `npm run eval:image` both go through here, so the eval measures what ships.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourFeatures, type NamedColour } from '../../shared/vision/colour-features.ts';
import { viewOf, type ImageView } from '../../shared/vision/image-views.ts';
import { readLabelText, type ReadOptions } from '../../shared/vision/ocr/read-label-text.ts';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';
import type { NodeImageEmbedder, NodeOcr } from './node-vision.ts';

/** Bump when anything below changes what is computed: cached analyses of other versions are ignored. */
export const ANALYSIS_VERSION = 3;
export const ANALYSED_VIEWS: ImageView[] = ['full', 'centre', 'centre-80', 'full-mirror'];

export interface LabelLine {
  text: string;
  confidence: number;
  /** Height of the line as a share of the picture's height (big print is the brand). */
  size: number;
}

export interface ImageAnalysis {
  width: number;
  height: number;
  /** Raw features (embedding then taps) per ANALYSED_VIEWS entry. */
  views: Float32Array[];
  colours: NamedColour[];
  histogram: Float32Array;
  plainBackground: boolean;
  /** Label text lines, largest print first; [] when OCR was off. */
  text: LabelLine[];
  ocr: boolean;
}

/** The raw rows of the given views of one analysis (each must be one of ANALYSED_VIEWS). */
export function pickViews(a: ImageAnalysis, views: ImageView[]): Float32Array[] {
  return views.map((v) => {
    const i = ANALYSED_VIEWS.indexOf(v);
    if (i < 0) throw new Error(`view ${v} is not analysed (${ANALYSED_VIEWS.join(', ')})`);
    return a.views[i];
  });
}

export interface Analyser {
  embedder: NodeImageEmbedder;
  ocr: NodeOcr | null;
  readOptions?: ReadOptions;
}

export async function analyseImage(image: RgbImage, analyser: Analyser): Promise<ImageAnalysis> {
  const views = await analyser.embedder.embed(ANALYSED_VIEWS.map((v) => viewOf(image, v, analyser.embedder.descriptor.size)));
  const colour = colourFeatures(image);
  const lines = analyser.ocr ? await readLabelText(image, analyser.ocr, analyser.readOptions) : [];
  return {
    width: image.width,
    height: image.height,
    views,
    colours: colour.colours,
    histogram: colour.histogram,
    plainBackground: colour.plainBackground,
    text: lines.map((l) => ({ text: l.text, confidence: Math.round(l.confidence * 1000) / 1000, size: Math.round((l.box.thickness / image.height) * 1000) / 1000 })),
    ocr: analyser.ocr !== null,
  };
}

/** Cache of analyses on disk, keyed by the picture's bytes, the analysis version and the models. */
export class AnalysisCache {
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  key(bytes: Uint8Array | Uint8ClampedArray, ocr: boolean, extra = ''): string {
    return createHash('sha256').update(`${ANALYSIS_VERSION}:${this.salt}:${ocr}:${extra}:`).update(bytes).digest('hex').slice(0, 32);
  }

  get(key: string): ImageAnalysis | null {
    const file = join(this.dir, `${key}.bin`);
    if (!existsSync(file)) return null;
    try {
      const buf = readFileSync(file);
      const headLength = buf.readUInt32LE(0);
      const head = JSON.parse(buf.subarray(4, 4 + headLength).toString('utf8')) as Omit<ImageAnalysis, 'views' | 'histogram'> & { dims: number[]; bins: number };
      const floats = new Float32Array(buf.buffer.slice(buf.byteOffset + 4 + headLength, buf.byteOffset + buf.length));
      let at = 0;
      const views = head.dims.map((d) => floats.slice(at, (at += d)));
      const histogram = floats.slice(at, at + head.bins);
      const { dims: _dims, bins: _bins, ...rest } = head;
      return { ...rest, views, histogram };
    } catch {
      // A torn or foreign file is recomputed, never trusted.
      return null;
    }
  }

  put(key: string, a: ImageAnalysis): void {
    const { views, histogram, ...rest } = a;
    const head = Buffer.from(JSON.stringify({ ...rest, dims: views.map((v) => v.length), bins: histogram.length }));
    const floats = new Float32Array(views.reduce((n, v) => n + v.length, 0) + histogram.length);
    let at = 0;
    for (const v of views) {
      floats.set(v, at);
      at += v.length;
    }
    floats.set(histogram, at);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    const file = join(this.dir, `${key}.bin`);
    writeFileSync(`${file}.tmp`, Buffer.concat([len, head, Buffer.from(floats.buffer)]));
    renameSync(`${file}.tmp`, file);
  }
}
