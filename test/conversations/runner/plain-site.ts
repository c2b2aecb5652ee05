// Conversation runner: a bare shop site for the shops that have no site of their own (the outdoor
// fixture, DummyJSON): a home page and one page per product with schema.org JSON-LD, each embedding
// the widget from the asset origin the way a merchant pastes the tag.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AISLE_ORIGIN_PLACEHOLDER } from '../../../demo/site/build-site.ts';
import type { FactProduct } from '../facts/fact-product.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(shopName: string, title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} · ${esc(shopName)}</title>
<link rel="icon" href="data:,">
${head}
<script src="${AISLE_ORIGIN_PLACEHOLDER}/aisle.js" data-index="${AISLE_ORIGIN_PLACEHOLDER}/index/" async></script>
</head>
<body>
<header><a href="/">${esc(shopName)}</a></header>
<main>${body}</main>
</body>
</html>
`;
}

const money = (n: number, currency: string) => (currency === 'USD' ? `$${n}` : `${n} ${currency}`);

export function productPagePath(id: string): string {
  return `product/${encodeURIComponent(id)}.html`;
}

export function writePlainSite(dir: string, shopName: string, products: FactProduct[], currency = 'USD'): void {
  mkdirSync(join(dir, 'product'), { recursive: true });
  const list = products.map((p) => `<li><a href="/${productPagePath(p.id)}">${esc(p.title)}</a> ${money(p.price, currency)}</li>`).join('\n');
  writeFileSync(join(dir, 'index.html'), page(shopName, 'Home', `<h1>${esc(shopName)}</h1><ul>${list}</ul>`));
  for (const p of products) {
    const ld = { '@context': 'https://schema.org', '@type': 'Product', sku: p.id, name: p.title, brand: { '@type': 'Brand', name: p.brand }, offers: { '@type': 'Offer', price: p.price, priceCurrency: currency, availability: `https://schema.org/${p.inStock ? 'InStock' : 'OutOfStock'}` } };
    const head = `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
    writeFileSync(join(dir, 'product', `${p.id}.html`), page(shopName, p.title, `<h1>${esc(p.title)}</h1><p>${money(p.price, currency)}</p>`, head));
  }
}
