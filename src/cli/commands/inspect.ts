// CLI: `aisle inspect <indexDir>` — reads an index folder the way the worker would (manifest + chunks)
// and prints what it holds: counts, chunk sizes, encoder, sample products. Exit 1 when it is broken.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { terminalJson, terminalText } from '../build/terminal-text.ts';
import { INDEX_FORMAT_VERSION, MANIFEST_FILE, type CategoryHeadChunk, type ImageTagsChunk, type IndexManifest, type PairTableChunk, type PopularityChunk, type ProductsChunk } from '../../protocol/index-format.ts';

export async function inspectCommand(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length !== 1 || argv.includes('--help')) {
    process.stderr.write('Usage: aisle inspect <indexDir> [--json]\n  prints what an index written by `aisle build --out <indexDir>` holds\n');
    return argv.includes('--help') ? 0 : 2;
  }
  const dir = resolve(dirs[0]);
  let manifest: IndexManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as IndexManifest;
  } catch (err) {
    process.stderr.write(`aisle inspect: cannot read ${terminalText(join(dir, MANIFEST_FILE))} (${terminalText((err as Error).message)}); point it at a folder written by aisle build --out\n`);
    return 1;
  }
  const broken: string[] = [];
  if (manifest.format !== INDEX_FORMAT_VERSION) broken.push(`format ${manifest.format}, this CLI writes ${INDEX_FORMAT_VERSION}: rebuild the index`);
  const read = (file: string, hash: string): Buffer | null => {
    try {
      const bytes = readFileSync(join(dir, file));
      const actual = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      if (actual !== hash) broken.push(`${file}: content hash ${actual} does not match the manifest's ${hash}; rebuild the index`);
      return bytes;
    } catch {
      broken.push(`${file}: listed in the manifest but missing; upload the whole folder again`);
      return null;
    }
  };
  const samples: ProductsChunk['products'] = [];
  const tables: Record<string, number> = {};
  let productRows = 0;
  let imageTags: ImageTagsChunk['tags'] = {};
  let headLabels: string[] = [];
  for (const c of manifest.chunks) {
    const bytes = read(c.file, c.hash);
    if (!bytes || c.kind === 'vectors' || c.kind === 'projection' || c.kind === 'image-vectors' || c.kind === 'image-colours' || c.kind === 'image-centre') continue;
    const body = JSON.parse(bytes.toString('utf8')) as unknown;
    if (c.kind === 'image-tags') {
      imageTags = (body as ImageTagsChunk).tags;
      tables[c.kind] = Object.keys(imageTags).length;
      continue;
    }
    if (c.kind === 'category-head') {
      headLabels = (body as CategoryHeadChunk).labels;
      tables[c.kind] = headLabels.length;
      continue;
    }
    if (c.kind === 'products') {
      const list = (body as ProductsChunk).products;
      productRows += list.length;
      if (samples.length < 3) samples.push(...list.slice(0, 3 - samples.length));
    } else if (c.kind === 'popularity') tables[c.kind] = Object.keys((body as PopularityChunk).scores).length;
    else if (c.kind === 'cards') tables[c.kind] = (body as ProductsChunk).products.length;
    else if (c.kind === 'faq' || c.kind === 'rules') continue;
    else tables[c.kind] = Object.keys((body as PairTableChunk).pairs).length;
  }
  if (productRows !== manifest.counts.products) broken.push(`products chunks hold ${productRows} products, the manifest says ${manifest.counts.products}; rebuild the index`);
  const total = manifest.chunks.reduce((s, c) => s + c.bytes, 0);
  if (json) {
    process.stdout.write(`${terminalJson({ dir, ok: broken.length === 0, manifest, tables, bytes: total, samples, imageTags: Object.fromEntries(samples.flatMap((p) => (imageTags[p.id] ? [[p.id, imageTags[p.id]]] : []))), broken })}\n`);
    return broken.length === 0 ? 0 : 1;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    `${dir}`,
    `  format ${manifest.format}, build ${manifest.buildId}, ${manifest.createdAt}, ${manifest.generator}`,
    `  ${manifest.counts.products} products, ${manifest.counts.variants} variants, ${manifest.counts.orders} orders, ${manifest.counts.faq} FAQ entries, currency ${manifest.currency}`,
    `  encoder: ${manifest.encoder ? `${manifest.encoder.id} (${manifest.encoder.dim} dims, ${manifest.encoder.quantization})` : 'none'}`,
    `  chunks (${kb(total)} in all):`,
    ...manifest.chunks.map((c) => `    ${c.kind.padEnd(12)} ${c.file.padEnd(40)} ${kb(c.bytes).padStart(10)}${c.from !== undefined ? `  products ${c.from}..${c.to}` : ''}${tables[c.kind] !== undefined ? `  ${tables[c.kind]} items` : ''}`),
    ...(manifest.vision ? [`  images: ${manifest.vision.images} analysed with ${manifest.vision.model}${manifest.vision.ocr ? ` + ${manifest.vision.ocr}` : ''} (${manifest.vision.dim} dims); category head: ${headLabels.length ? headLabels.slice(0, 8).join(', ') + (headLabels.length > 8 ? ', …' : '') : 'none'}`] : []),
    '  sample products:',
    ...samples.flatMap((p) => {
      const t = imageTags[p.id];
      const line = `    ${p.id}  ${p.title}  ${p.price} ${p.currency}${p.compareAtPrice !== undefined ? ` (was ${p.compareAtPrice})` : ''}  [${p.categories.join(' > ')}]${p.inStock ? '' : ' (out of stock)'}`;
      // What the assistant can state about the product beyond its name and price.
      const rated = p.rating !== undefined ? `rated ${p.rating}/5${p.reviewCount !== undefined ? ` (${p.reviewCount} reviews)` : ''}; ` : '';
      const attributes = Object.entries(p.attributes).map(([k, v]) => `${k} ${v}`).join(', ');
      const details = rated || attributes ? [`      ${rated}${attributes}`] : [];
      return t ? [line, ...details, `      image tags: colours ${t.colours.map((c) => `${c.name} ${Math.round(c.share * 100)}%`).join(', ') || 'none'}${t.text ? `; label reads "${t.text}"` : ''}; tags [${p.tags.join(', ')}]`] : [line, ...details];
    }),
    ...broken.map((b) => `  BROKEN: ${b}`),
    '',
  ];
  // An index can be hand-edited: what it holds is printed escaped, one line each.
  process.stdout.write(lines.map(terminalText).join('\n'));
  return broken.length === 0 ? 0 : 1;
}
