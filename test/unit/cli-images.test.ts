// aisle build --images on a tiny catalog whose pictures the test draws itself: image chunks and the
// manifest's vision section, colours folded into searchable tags, a clear warning for an unreadable
// picture (file, product, reason) that loses nothing else, and a rebuild that analyses nothing again.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/cli/build/build-index.ts';
import { Problems } from '../../src/cli/build/problems.ts';
import { inspectCommand } from '../../src/cli/commands/inspect.ts';
import { buildVisionModels } from '../../src/cli/models/vision/build-vision-models.ts';
import type { CategoryHeadChunk, ImageCentreChunk, ImageTagsChunk, IndexManifest, PairTableChunk, ProductsChunk } from '../../src/protocol/index-format.ts';
import { syntheticPhotos } from '../support/synthetic-photos.ts';

let dir = '';
const photos = syntheticPhotos(8, 240, 240, 5);

beforeAll(async () => {
  buildVisionModels();
  dir = mkdtempSync(join(tmpdir(), 'aisle-images-'));
  mkdirSync(join(dir, 'img'));
  for (const [i, p] of photos.entries()) await sharp(Buffer.from(p.image.data), { raw: { width: 240, height: 240, channels: 3 } }).jpeg({ quality: 92 }).toFile(join(dir, 'img', `p${i}.jpg`));
  // p8: the same picture as p0, mirrored (a colour variant shot of one product); p9: not an image.
  await sharp(join(dir, 'img', 'p0.jpg')).flop().toFile(join(dir, 'img', 'p8.jpg'));
  writeFileSync(join(dir, 'img', 'broken.jpg'), 'this is not a jpeg');
  const feed = [
    ...photos.map((_, i) => ({ id: `p${i}`, title: `Item ${i}`, price: 10 + i, currency: 'EUR', category: i % 2 ? 'Home > Mugs' : 'Bags > Backpacks', image: `/img/p${i}.jpg` })),
    { id: 'p8', title: 'Item 0 (left)', price: 10, currency: 'EUR', category: 'Bags > Backpacks', image: '/img/p8.jpg' },
    { id: 'p9', title: 'Broken picture', price: 5, currency: 'EUR', category: 'Home > Mugs', image: '/img/broken.jpg' },
    { id: 'p10', title: 'Red thing', price: 5, currency: 'EUR', category: 'Home > Mugs', colour: 'Red', image: '/img/p1.jpg' },
  ];
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
}, 120_000);

function read<T>(out: string, manifest: IndexManifest, kind: string): T {
  const ref = manifest.chunks.find((c) => c.kind === kind);
  if (!ref) throw new Error(`no ${kind} chunk`);
  return JSON.parse(readFileSync(join(out, ref.file), 'utf8')) as T;
}

describe('aisle build --images', () => {
  it('writes the image chunks, tags colours, names the unreadable picture and caches the rest', async () => {
    const out = join(dir, 'index');
    const problems = new Problems();
    const { summary } = await buildIndex({ feeds: [join(dir, 'feed.json')], out, model: 'none', problems, images: { root: dir, ocr: false, scenes: 4 } });
    // p10 shows the same picture as p1: analysed once.
    expect(summary.images).toMatchObject({ images: 10, analysed: 9, cached: 1, failed: 1 });
    const warning = problems.list.find((p) => p.field === 'image');
    expect(warning?.where.file).toBe(join(dir, 'img', 'broken.jpg'));
    expect(warning?.message).toMatch(/product p9 \("Broken picture"\): not a readable image/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as IndexManifest;
    expect(manifest.vision).toMatchObject({ model: 'mobilenet-v2-int8', ocr: null, dim: 2240, images: 10 });
    const kinds = manifest.chunks.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['image-vectors', 'image-colours', 'image-tags', 'looks-similar', 'category-head']));
    const vectors = manifest.chunks.find((c) => c.kind === 'image-vectors')!;
    expect(vectors.bytes).toBe(11 * (4 + 2240));
    // Shelf scenes (4 here to keep the test quick; 16 by default): the manifest says how, and photos get a
    // centre to move off.
    expect(manifest.vision?.scenes).toEqual({ count: 4, weight: 0.5 });
    const centre = read<ImageCentreChunk>(out, manifest, 'image-centre');
    expect(centre.dim).toBe(2240);
    expect(Buffer.from(centre.centre, 'base64').length).toBe(2240);
    expect(centre.scale).toBeGreaterThan(0);

    const products = read<ProductsChunk>(out, manifest, 'products').products;
    const tags = read<ImageTagsChunk>(out, manifest, 'image-tags').tags;
    // The drawn object's colour is found and, with no colour in the feed, becomes a searchable tag.
    for (const [i, p] of photos.entries()) {
      const name = p.name.split('-').pop()!;
      if (['red', 'blue', 'green', 'yellow'].includes(name)) {
        expect(tags[`p${i}`]?.colours.map((c) => c.name), `p${i} drawn ${name}`).toContain(name);
        expect(products.find((x) => x.id === `p${i}`)?.tags).toContain(name);
      }
    }
    // A feed that names the colour keeps its own word.
    expect(products.find((x) => x.id === 'p10')?.tags.filter((t) => ['blue', 'red'].includes(t))).toEqual([]);
    expect(tags.p9).toBeUndefined();

    const similar = read<PairTableChunk>(out, manifest, 'looks-similar').pairs;
    expect(similar.p8?.[0]?.[0]).toBe('p0');
    const head = read<CategoryHeadChunk>(out, manifest, 'category-head');
    expect(head.labels).toEqual(['Backpacks', 'Mugs']);
    expect(Buffer.from(head.weights, 'base64').length).toBe(2 * 2240);

    // aisle inspect shows the image tags next to the sample products.
    const printed: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (printed.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      expect(await inspectCommand([out])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(printed.join('')).toMatch(/images: 10 analysed with mobilenet-v2-int8 \(2240 dims\); category head: Backpacks, Mugs/);
    expect(printed.join('')).toMatch(/image tags: colours (red|blue|green|yellow|black|white|orange|purple) \d+%/);

    const again = await buildIndex({ feeds: [join(dir, 'feed.json')], out, model: 'none', images: { root: dir, ocr: false, scenes: 4 } });
    expect(again.summary.images).toMatchObject({ analysed: 0, cached: 10, failed: 1 });
  }, 240_000);
});
