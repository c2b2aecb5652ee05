// CLI images: any picture a feed points at (JPEG, PNG, WebP, GIF, AVIF, TIFF, SVG) → RGB pixels, with
// sharp (libvips, prebuilt binary from npm). EXIF orientation applied, transparency flattened onto
// white (as a shop page shows it), longest side capped so a 24-megapixel upload costs what a 1,024 one does.
import sharp from 'sharp';
import type { RgbImage } from '../../shared/vision/rgb-image.ts';

export const MAX_DECODED_SIDE = 1024;

export async function decodeImage(input: Uint8Array | string, maxSide = MAX_DECODED_SIDE): Promise<RgbImage> {
  // SVGs rasterise at 72 dpi by default (a 200×200 viewBox → 200 px); ask for enough pixels for the models.
  const image = sharp(input, { density: 144, failOn: 'error', limitInputPixels: 100_000_000 });
  const { data, info } = await image
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`decoded to ${info.channels} channels, expected 3`);
  return { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
