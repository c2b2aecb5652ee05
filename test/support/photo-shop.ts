// Test support (photo search): a small shop whose product pictures the project draws itself (cartons
// with a printed brand, bags and mugs in plain colours), indexed by the real CLI with --images (OCR on; 4 shelf scenes a picture to keep the suite quick),
// served with the built widget; plus "shopper photos" of some of those products: the same product
// re-photographed smaller, tilted, on a busy background, with noise. Used by the browser suite and the bench.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { serveStatic, type StaticServer } from './static-server.ts';
import { ensureBuilt } from './widget-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface Drawn {
  id: string;
  title: string;
  category: string;
  brand?: string;
  colour: string;
  /** Printed on the product (a carton's brand). */
  print?: string;
  shape: 'carton' | 'bag' | 'mug';
}

export const PHOTO_SHOP: Drawn[] = [
  { id: 'oat-1', title: 'Oat drink barista 1 l', category: 'Grocery > Oat drinks', brand: 'Oatly', colour: '#2c4f9e', print: 'OATLY', shape: 'carton' },
  { id: 'oat-2', title: 'Oat drink organic 1 l', category: 'Grocery > Oat drinks', brand: 'Havregryn', colour: '#3f8f4f', print: 'HAVREGRYN', shape: 'carton' },
  { id: 'juice-1', title: 'Orange juice 1 l', category: 'Grocery > Juice', brand: 'Tropicana', colour: '#f08a20', print: 'Tropicana', shape: 'carton' },
  { id: 'juice-2', title: 'Apple juice 1 l', category: 'Grocery > Juice', brand: 'Bravo', colour: '#c8d040', print: 'BRAVO', shape: 'carton' },
  { id: 'milk-1', title: 'Organic milk 1 l', category: 'Grocery > Milk', brand: 'Arla', colour: '#f4f4f4', print: 'ARLA', shape: 'carton' },
  { id: 'bag-1', title: 'Day pack 20 l', category: 'Bags > Backpacks', brand: 'Northline', colour: '#1d1d20', shape: 'bag' },
  { id: 'bag-2', title: 'Day pack 25 l', category: 'Bags > Backpacks', brand: 'Northline', colour: '#c0302c', shape: 'bag' },
  { id: 'bag-3', title: 'Roll-top pack', category: 'Bags > Backpacks', brand: 'Stride', colour: '#2f6fb5', shape: 'bag' },
  { id: 'mug-1', title: 'Enamel mug', category: 'Kitchen > Mugs', brand: 'Camp', colour: '#e6c030', shape: 'mug' },
  { id: 'mug-2', title: 'Stoneware mug', category: 'Kitchen > Mugs', brand: 'Camp', colour: '#4f8a5b', shape: 'mug' },
];

function svgOf(p: Drawn, background: string): string {
  const ink = p.colour === '#f4f4f4' ? '#1a4a9a' : '#ffffff';
  const shape =
    p.shape === 'carton'
      ? `<path d="M110 60 L290 60 L290 360 L110 360 Z" fill="${p.colour}" stroke="#333" stroke-width="3"/><path d="M110 60 L150 20 L250 20 L290 60 Z" fill="${p.colour}" opacity=".8"/>` +
        `<text x="200" y="200" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${p.print!.length > 7 ? 30 : 40}" fill="${ink}">${p.print}</text>`
      : p.shape === 'bag'
        ? `<rect x="120" y="90" width="160" height="260" rx="40" fill="${p.colour}"/><rect x="150" y="220" width="100" height="80" rx="12" fill="#000" opacity=".25"/><path d="M160 92 C160 40 240 40 240 92" fill="none" stroke="${p.colour}" stroke-width="14"/>`
        : `<rect x="110" y="130" width="150" height="180" rx="18" fill="${p.colour}"/><path d="M260 170 C320 170 320 270 260 270" fill="none" stroke="${p.colour}" stroke-width="20"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="${background}"/>${shape}</svg>`;
}

/** The catalog picture of a product: centred on white, as shops shoot them. */
export async function catalogPicture(p: Drawn): Promise<Buffer> {
  return sharp(Buffer.from(svgOf(p, '#ffffff'))).jpeg({ quality: 90 }).toBuffer();
}

/** A shopper's photo of the product: smaller, tilted, off-centre, on a busy shelf-like background, noisy. */
export async function shopperPhoto(p: Drawn, seed = 1): Promise<Buffer> {
  const product = await sharp(Buffer.from(svgOf(p, '#ffffff00'))).rotate(4 + seed * 2, { background: '#00000000' }).resize(300).png().toBuffer();
  const stripes = Array.from({ length: 12 }, (_, i) => `<rect x="0" y="${i * 40}" width="640" height="20" fill="${i % 2 ? '#a8927a' : '#7d6a58'}"/>`).join('');
  const shelf = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#8d7b68"/>${stripes}</svg>`)).png().toBuffer();
  const noise = Buffer.alloc(640 * 480 * 3);
  let s = seed * 2654435761;
  for (let i = 0; i < noise.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    noise[i] = 128 + ((s >>> 24) % 40) - 20;
  }
  const grain = await sharp(noise, { raw: { width: 640, height: 480, channels: 3 } }).png().toBuffer();
  return sharp(shelf)
    .composite([{ input: product, left: 140 + seed * 20, top: 60 + seed * 10 }, { input: grain, blend: 'soft-light' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A photo of nothing in the shop: a landscape of sky and grass. */
export async function unrelatedPhoto(): Promise<Buffer> {
  return sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8e8"/><stop offset="1" stop-color="#d8ecff"/></linearGradient></defs><rect width="640" height="300" fill="url(#s)"/><rect y="300" width="640" height="180" fill="#5a8a3a"/><circle cx="520" cy="80" r="40" fill="#fff6b0"/></svg>')).jpeg().toBuffer();
}

export interface PhotoShop {
  assets: StaticServer;
  /** The fixture page URL (the widget tag with this shop's index). */
  pageUrl: string;
  dir: string;
  close(): Promise<void>;
}

export async function startPhotoShop(): Promise<PhotoShop> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'aisle-photo-shop-'));
  mkdirSync(join(dir, 'img'));
  for (const p of PHOTO_SHOP) writeFileSync(join(dir, 'img', `${p.id}.jpg`), await catalogPicture(p));
  const feed = PHOTO_SHOP.map((p, i) => ({ id: p.id, title: p.title, price: 2 + i, currency: 'EUR', category: p.category, brand: p.brand, image: `/img/${p.id}.jpg`, url: `/products/${p.id}` }));
  writeFileSync(join(dir, 'products.json'), JSON.stringify(feed));
  execFileSync(process.execPath, ['src/cli/bin.js', 'build', '--feed', join(dir, 'products.json'), '--images', '--image-root', dir, '--image-scenes', '4', '--model', 'none', '--out', join(dir, 'index'), '--cache', join(dir, 'cache')], { cwd: ROOT, stdio: 'pipe' });
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Photo shop</title></head><body><h1>Photo shop</h1><script src="/widget/aisle.js" data-index="/index/" data-model="none" async></script></body></html>');
  const assets = await serveStatic({ '/widget/': join(ROOT, 'dist'), '/index/': join(dir, 'index'), '/img/': join(dir, 'img'), '/': dir });
  return {
    assets,
    dir,
    pageUrl: `${assets.url}page.html`,
    async close() {
      await assets.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
