// Demo site: a product page, with the schema.org Product JSON-LD that Aisle (and search engines) read,
// a GA4-style view_item, and the "similar" and "bought together" slots.
import type { FeedProduct } from '../catalog/feed-product.ts';
import { slugOfBreadcrumb } from '../catalog/catalog-categories.ts';
import { colourHex } from './product-image.ts';
import { categoryName, esc, money } from './page-shell.ts';

/** JSON for a <script> element: "</" cannot end the element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function productJsonLd(p: FeedProduct, siteOrigin = ''): string {
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: p.id,
    name: p.title,
    description: p.description,
    image: siteOrigin + p.image,
    brand: { '@type': 'Brand', name: p.brand },
    category: p.category,
    color: p.colour,
    material: p.material,
    offers: {
      '@type': 'Offer',
      price: p.price.toFixed(2),
      priceCurrency: p.currency,
      availability: p.stock > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: siteOrigin + p.url,
    },
  });
}

export function productHead(p: FeedProduct): string {
  return `<script type="application/ld+json">${productJsonLd(p)}</script>`;
}

export function productPage(p: FeedProduct, siblings: FeedProduct[]): string {
  const sizes = p.size.split(', ');
  const sizePicker = sizes.length > 1
    ? `<fieldset class="sizes"><legend>Size${p.category.startsWith('Shoes') ? ' (US)' : ''}</legend>${sizes.map((s, i) => `<label><input type="radio" name="size" value="${esc(s)}"${i === Math.floor(sizes.length / 2) ? ' checked' : ''}><span>${esc(s)}</span></label>`).join('')}</fieldset>`
    : `<p class="muted">Size: ${esc(p.size)}</p>`;
  // Same model in other colours (the generator reuses titles), shown as swatches that link across.
  const colours = [p, ...siblings.filter((s) => s.colour !== p.colour)].slice(0, 6);
  const swatches = colours.map((s) => `<a class="swatch-link${s.id === p.id ? ' current' : ''}" href="${s.url}" title="${esc(s.colour)}" style="background:${colourHex(s.colour)}"></a>`).join('');
  const stock = p.stock === 0 ? '<p class="stock out">Sold out: back soon</p>' : p.stock < 6 ? `<p class="stock low">Only ${p.stock} left</p>` : '<p class="stock">In stock, ships today</p>';
  const item = { item_id: p.id, item_name: p.title, item_brand: p.brand, item_category: categoryName(p.category), price: p.price, quantity: 1 };
  return `
<nav class="crumbs"><a href="/">Home</a> / <a href="/category/${slugOfBreadcrumb(p.category)}.html">${esc(categoryName(p.category))}</a> / <span>${esc(p.title)}</span></nav>
<article class="product" data-product='${esc(JSON.stringify(item))}' data-currency="${p.currency}">
  <div class="gallery">
    <img class="gallery-main" src="${p.image}" alt="${esc(p.title)}" width="520" height="520">
    <div class="gallery-thumbs"><img src="${p.image}" alt="" class="active"><img src="${p.image}" alt="" class="flip"><img src="${p.image}" alt="" class="zoom"></div>
  </div>
  <div class="buy">
    <p class="brand">${esc(p.brand)}</p>
    <h1>${esc(p.title)}</h1>
    <p class="price">${money(p.price, p.currency)}</p>
    <div class="colours"><span>Colour: <strong>${esc(p.colour)}</strong></span><div>${swatches}</div></div>
    ${sizePicker}
    <div class="add-row"><input type="number" name="qty" value="1" min="1" max="9" aria-label="Quantity"><button class="btn" type="button" data-add-to-cart="${p.id}"${p.stock === 0 ? ' disabled' : ''}>${p.stock === 0 ? 'Sold out' : 'Add to cart'}</button></div>
    ${stock}
    <p class="desc">${esc(p.description)}</p>
    <dl class="specs"><dt>Material</dt><dd>${esc(p.material)}</dd><dt>Colour</dt><dd>${esc(p.colour)}</dd><dt>SKU</dt><dd>${p.id}</dd></dl>
  </div>
</article>
<section class="section slot"><div data-aisle-slot="bought-together" data-product-id="${p.id}"></div></section>
<section class="section slot"><div data-aisle-slot="similar" data-product-id="${p.id}"></div></section>`;
}
