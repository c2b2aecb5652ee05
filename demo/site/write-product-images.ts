// Demo site: writes the product pictures (img/<id>.svg, the same silhouettes the site shows) next to the
// generated feed, so `aisle build --images` can read them before the site exists. `npm run demo` and
// `npm test` run it from src/cli/setup.ts; offline and quick (about 1,200 small SVG files).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, slugOfBreadcrumb } from '../catalog/catalog-categories.ts';
import type { FeedProduct } from '../catalog/feed-product.ts';
import { productImageSvg } from './product-image.ts';

const slug = (breadcrumb: string) => CATEGORIES.find((c) => c.slug === slugOfBreadcrumb(breadcrumb));

export function writeProductImages(dataDir: string): number {
  const products = JSON.parse(readFileSync(join(dataDir, 'products.json'), 'utf8')) as FeedProduct[];
  mkdirSync(join(dataDir, 'img'), { recursive: true });
  let written = 0;
  for (const p of products) {
    const spec = slug(p.category);
    if (!spec) continue;
    writeFileSync(join(dataDir, 'img', `${p.id}.svg`), productImageSvg(spec.silhouette, p.colour, p.title));
    written += 1;
  }
  return written;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const at = process.argv.indexOf('--data');
  const dir = at >= 0 ? process.argv[at + 1]! : 'demo/dist/data';
  console.log(`demo: wrote ${writeProductImages(dir)} product pictures to ${join(dir, 'img')}`);
}
