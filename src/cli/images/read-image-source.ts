// CLI images: the bytes behind a product's `image`: an http(s) URL fetched by the CLI on the merchant's
// machine (a timeout, a size cap), or a path resolved against --image-root (site-relative "/img/a.jpg"
// or relative "img/a.jpg"; file: URLs too). Errors say which product, which source and why.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export interface ImageSourceOptions {
  /** Folder that site-relative and relative image paths are read from. */
  root: string;
  /** Per-request timeout for http(s) images. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** Where a product's image is read from: a URL string or an absolute file path. */
export function imageLocation(image: string, options: ImageSourceOptions): string {
  if (/^https?:\/\//i.test(image)) return image;
  if (/^file:/i.test(image)) return fileURLToPath(image);
  if (/^[a-z][a-z0-9+.-]*:/i.test(image)) throw new Error(`unsupported image URL scheme in "${image.slice(0, 60)}" (use http(s), file: or a path)`);
  const path = decodeURIComponent(image.split(/[?#]/)[0]);
  if (!isAbsolute(path)) return join(options.root, path);
  // "/img/a.jpg" is site-relative (under the root); an absolute file path that exists is taken as it is.
  const underRoot = join(options.root, path.replace(/^\/+/, ''));
  return existsSync(underRoot) || !existsSync(path) ? underRoot : path;
}

export async function readImageSource(location: string, options: ImageSourceOptions): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(location)) {
    try {
      const bytes = await readFile(location);
      if (bytes.length > MAX_IMAGE_BYTES) throw new Error(`${(bytes.length / 1e6).toFixed(1)} MB is over the ${MAX_IMAGE_BYTES / 1e6} MB limit`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? `no such file (is --image-root ${options.root} the folder your image paths start from?)` : (err as Error).message);
    }
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  try {
    const res = await (options.fetchImpl ?? fetch)(location, { signal: controller.signal, redirect: 'follow' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > MAX_IMAGE_BYTES) throw new Error(`${(length / 1e6).toFixed(1)} MB is over the ${MAX_IMAGE_BYTES / 1e6} MB limit`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_IMAGE_BYTES) throw new Error(`${(bytes.length / 1e6).toFixed(1)} MB is over the ${MAX_IMAGE_BYTES / 1e6} MB limit`);
    return bytes;
  } catch (err) {
    throw new Error((err as Error).name === 'AbortError' ? `no answer within ${(options.timeoutMs ?? 20_000) / 1000} s` : `could not fetch (${(err as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
