// Demo site: a category page (product grid with colour and price filters; the filtering itself is the
// shop script's, on the cards' data attributes), and an inline "for you" slot that knows the category.
import type { CategorySpec } from '../catalog/catalog-categories.ts';
import type { FeedProduct } from '../catalog/feed-product.ts';
import { colourHex } from './product-image.ts';
import { categoryName, esc, productCard } from './page-shell.ts';

export function categoryPage(spec: CategorySpec, products: FeedProduct[]): string {
  const name = categoryName(spec.breadcrumb);
  const colours = [...new Set(products.map((p) => p.colour))].sort();
  const max = Math.ceil(Math.max(...products.map((p) => p.price)));
  const swatches = colours.map((c) =>
    `<label class="swatch" title="${esc(c)}"><input type="checkbox" name="colour" value="${esc(c)}"><span style="background:${colourHex(c)}"></span>${esc(c)}</label>`).join('');
  return `
<nav class="crumbs"><a href="/">Home</a> / ${esc(spec.breadcrumb.split(' > ')[0]!)} / <span>${esc(name)}</span></nav>
<header class="page-head"><h1>${esc(name)}</h1><p><span data-shown>${products.length}</span> products</p></header>
<div class="listing">
  <aside class="filters" data-filters>
    <h3>Colour</h3>
    <div class="swatches">${swatches}</div>
    <h3>Max price: <output data-price-out>$${max}</output></h3>
    <input type="range" name="max-price" min="0" max="${max}" value="${max}" step="5" aria-label="Maximum price">
    <label class="check"><input type="checkbox" name="in-stock"> In stock only</label>
    <button type="button" class="link" data-clear>Clear filters</button>
  </aside>
  <div class="grid" data-grid>${products.map(productCard).join('')}</div>
</div>
<p class="empty" data-empty hidden>No products match these filters.</p>
<section class="section slot"><div data-aisle-slot="for-you" data-category="${esc(spec.breadcrumb)}"></div></section>`;
}
