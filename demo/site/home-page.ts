// Demo site: the home page (hero, categories, bestsellers from the order history, and the Aisle slots).
import { CATEGORIES } from '../catalog/catalog-categories.ts';
import type { FeedProduct } from '../catalog/feed-product.ts';
import { categoryName, esc, productCard } from './page-shell.ts';

export function homePage(products: FeedProduct[], bestsellers: FeedProduct[]): string {
  const tiles = CATEGORIES.map((c) => {
    const sample = products.find((p) => p.category === c.breadcrumb && p.colour !== 'white');
    const count = products.filter((p) => p.category === c.breadcrumb).length;
    return `<a class="tile" href="/category/${c.slug}.html"><img src="${sample?.image ?? ''}" alt="" width="120" height="120" loading="lazy">` +
      `<span class="tile-name">${esc(categoryName(c.breadcrumb))}</span><span class="tile-count">${count} products</span></a>`;
  }).join('');
  const heroPics = bestsellers.slice(0, 3).map((p) => `<img src="${p.image}" alt="" width="180" height="180">`).join('');
  return `
<section class="hero">
  <div class="hero-text">
    <p class="eyebrow">New season</p>
    <h1>Gear for the miles,<br>the city and the morning cup.</h1>
    <p>Running shoes, boots, everyday layers, bags, audio and coffee kit from independent brands. Ask our assistant anything: it runs on your device.</p>
    <p class="hero-actions"><a class="btn" href="/category/running-shoes.html">Shop running</a><a class="btn btn-ghost" href="/category/jackets.html">New jackets</a></p>
  </div>
  <div class="hero-pics">${heroPics}</div>
</section>
<section class="section">
  <h2>Shop by category</h2>
  <div class="tiles">${tiles}</div>
</section>
<section class="section slot"><div data-aisle-slot="for-you"></div>
</section>
<section class="section">
  <h2>Bestsellers</h2>
  <div class="grid" data-aisle-shown="${bestsellers.slice(0, 10).map((p) => esc(p.id)).join(' ')}">${bestsellers.slice(0, 10).map(productCard).join('')}</div>
</section>
<section class="section slot"><div data-aisle-slot="trending"></div>
</section>
<section class="promise">
  <div><strong>Free shipping</strong><span>on orders over $75</span></div>
  <div><strong>30-day returns</strong><span>free within the US</span></div>
  <div><strong>Private by design</strong><span>recommendations computed in your browser</span></div>
</section>`;
}
