// Benchmark support: sizes of what the widget puts on the wire (raw, gzip, brotli), by part.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface SizeRow {
  part: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function measure(part: string, files: string[], root: string): SizeRow {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    // Quality 11 (what a CDN precompresses with) for the code; 9 for multi-MB binaries, where 11 takes
    // minutes and gains about 1%.
    const quality = bytes.length > 1 << 20 ? 9 : 11;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
  }
  return { part, files: files.map((f) => relative(root, f)), raw, gzip, brotli };
}

/** Groups dist/ into the parts the issue names: loader, client, UI chunk, worker, runtime, models. */
export function bundleSizes(dist: string): SizeRow[] {
  const all = listFiles(dist).filter((f) => !f.includes('.vite'));
  const assets = all.filter((f) => f.includes('/assets/'));
  const pick = (re: RegExp) => assets.filter((f) => re.test(f.split('/').pop() ?? ''));
  const rows: SizeRow[] = [
    measure('loader (aisle.js)', all.filter((f) => f.endsWith('/aisle.js')), dist),
    measure('client chunk', pick(/^client-/), dist),
    measure('UI chunk (Preact + UI)', pick(/^ui-/), dist),
    measure('worker entry', pick(/^worker-(?!chunk-)/), dist),
    measure('worker lazy chunks (ORT glue, models code)', pick(/^worker-chunk-/), dist),
  ];
  const ort = listFiles(join(dist, 'ort'));
  rows.push(measure('runtime: ORT plain WASM (.wasm+.mjs)', ort.filter((f) => /simd-threaded\.(wasm|mjs)$/.test(f)), dist));
  rows.push(measure('runtime: ORT WebGPU (asyncify; only on that path)', ort.filter((f) => /asyncify\.(wasm|mjs)$/.test(f)), dist));
  for (const model of existsSync(join(dist, 'models')) ? readdirSync(join(dist, 'models')) : []) {
    rows.push(measure(`model: ${model}`, listFiles(join(dist, 'models', model)), dist));
  }
  return rows;
}
