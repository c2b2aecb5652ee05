// Test support: the photos a vision test runs on: real photos from ../shared/data when it is there
// (clothing and grocery, a fixed spread of files), else the project's own synthetic set. Tests say
// which one they ran on.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeImage } from '../../src/cli/images/decode-image.ts';
import type { RgbImage } from '../../src/shared/vision/rgb-image.ts';
import { syntheticPhotos } from './synthetic-photos.ts';

export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

export function realPhotoPaths(count: number): string[] {
  const roots = [join(SHARED_DATA, 'image-clothing', 'validation'), join(SHARED_DATA, 'image-grocery', 'val')];
  if (!roots.every(existsSync)) return [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.jpe?g$/i.test(e.name)) files.push(join(dir, e.name));
    }
  };
  const picked: string[] = [];
  for (const root of roots) {
    files.length = 0;
    walk(root);
    const step = Math.max(1, Math.floor(files.length / Math.ceil(count / roots.length)));
    for (let i = 0; i < files.length && picked.length < count && i / step < Math.ceil(count / roots.length); i += step) picked.push(files[i]);
  }
  return picked.slice(0, count);
}

export async function testPhotos(count: number): Promise<{ source: 'shared-data' | 'synthetic'; photos: Array<{ name: string; image: RgbImage }> }> {
  const paths = realPhotoPaths(count);
  if (paths.length >= count) return { source: 'shared-data', photos: await Promise.all(paths.map(async (p) => ({ name: p, image: await decodeImage(p) }))) };
  return { source: 'synthetic', photos: syntheticPhotos(count) };
}
