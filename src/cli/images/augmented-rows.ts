// CLI images: raw embedder rows of made-up shelf scenes of a catalog picture (shared/vision/augment-views.ts).
// Cached on disk by the picture's bytes and the view spec, apart from the analyses (analyse-image.ts),
// so adding a kind of view never throws away the OCR already read.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shelfScenes } from '../../shared/vision/augment-views.ts';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';
import { decodeImage } from './decode-image.ts';
import type { NodeImageEmbedder } from './node-vision.ts';

/** Bump when a generator changes what it draws. */
export const AUGMENT_VERSION = 1;

export interface AugmentSpec {
  kind: 'shelf';
  /** Scenes made. */
  count: number;
}

export class AugmentedRows {
  constructor(
    private readonly dir: string,
    private readonly embedder: NodeImageEmbedder,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Raw rows for one picture's made-up views; the seed is derived from the bytes, so it is stable. */
  async rows(bytes: Uint8Array, spec: AugmentSpec, image?: RgbImage): Promise<Float32Array[]> {
    const hash = createHash('sha256').update(`${AUGMENT_VERSION}:${spec.kind}:${spec.count}:${this.embedder.descriptor.files['model.onnx']?.sha256 ?? ''}:`).update(bytes).digest('hex');
    const file = join(this.dir, `${hash.slice(0, 32)}.f32`);
    const width = this.width();
    if (existsSync(file)) {
      const buf = readFileSync(file);
      const all = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
      if (width > 0 && all.length % width === 0) return Array.from({ length: all.length / width }, (_, i) => all.slice(i * width, (i + 1) * width));
    }
    const seed = parseInt(hash.slice(0, 8), 16);
    const views = shelfScenes(image ?? (await decodeImage(bytes)), spec.count, seed, this.embedder.descriptor.size);
    const rows: Float32Array[] = [];
    // Small batches keep memory flat on a big catalog.
    for (let i = 0; i < views.length; i += 8) rows.push(...(await this.embedder.embed(views.slice(i, i + 8))));
    const flat = new Float32Array(rows.length * (rows[0]?.length ?? 0));
    rows.forEach((r, i) => flat.set(r, i * r.length));
    writeFileSync(`${file}.tmp`, Buffer.from(flat.buffer));
    renameSync(`${file}.tmp`, file);
    return rows;
  }

  /** Floats per row: the embedding, then each tap. */
  private width(): number {
    const d = this.embedder.descriptor;
    return d.dim + Object.values(d.taps).reduce((a, b) => a + b, 0);
  }
}
