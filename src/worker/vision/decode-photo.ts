// Worker vision: the shopper's photo (a Blob from the file picker, a drop or a paste) → RGBA pixels,
// decoded and shrunk in the worker with createImageBitmap and an OffscreenCanvas (EXIF orientation
// applied). The photo never leaves the device; only these pixels go on to the models.
import type { RgbImage } from '../../shared/vision/rgb-image.ts';

/** Longest side kept: enough for label text, small enough for one thread. */
export const PHOTO_MAX_SIDE = 960;
const THUMB_SIDE = 160;

export interface DecodedPhoto {
  image: RgbImage;
  /** A small JPEG of the photo for the shopper's own chat bubble (kept on the device with the chat). */
  thumbnail: { bytes: Uint8Array; width: number; height: number };
}

export async function decodePhoto(blob: Blob, maxSide = PHOTO_MAX_SIDE): Promise<DecodedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    throw new Error(`the photo could not be read (${blob.type || 'unknown type'}, ${blob.size} bytes): try a JPEG or PNG`);
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas in this browser worker');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const t = Math.min(1, THUMB_SIDE / Math.max(width, height));
    const thumb = new OffscreenCanvas(Math.max(1, Math.round(width * t)), Math.max(1, Math.round(height * t)));
    const tctx = thumb.getContext('2d')!;
    tctx.imageSmoothingQuality = 'high';
    tctx.drawImage(bitmap, 0, 0, thumb.width, thumb.height);
    const jpeg = new Uint8Array(await (await thumb.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
    return { image: { width, height, channels: 4, data: pixels }, thumbnail: { bytes: jpeg, width: thumb.width, height: thumb.height } };
  } finally {
    bitmap.close();
  }
}
