// Demo site: the frame every page shares (header with search and cart badge, footer, the shop's own
// script, and the one <script> tag a merchant pastes to embed Aisle).
import { CATEGORIES } from '../catalog/catalog-categories.ts';
import type { FeedProduct } from '../catalog/feed-product.ts';
import { escapeXml as esc } from './product-image.ts';

export { esc };

export interface ShellOptions {
  title: string;
  body: string;
  widgetOrigin: string;
  indexUrl: string;
  /** Extra <head> markup (the product page's JSON-LD). */
  head?: string;
  /** Which nav group to mark active. */
  active?: string;
}

const GROUPS = [...new Set(CATEGORIES.map((c) => c.breadcrumb.split(' > ')[0]!))];

export function categoryName(breadcrumb: string): string {
  return breadcrumb.split('>').pop()!.trim();
}

export function money(price: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(price);
}

export function productCard(p: FeedProduct): string {
  const out = p.stock === 0 ? '<span class="badge badge-out">Sold out</span>' : p.stock < 6 ? `<span class="badge">Only ${p.stock} left</span>` : '';
  return `<a class="card" href="${p.url}" data-colour="${esc(p.colour)}" data-price="${p.price}" data-stock="${p.stock}">` +
    `<span class="card-img"><img src="${p.image}" alt="" loading="lazy" width="200" height="200">${out}</span>` +
    `<span class="card-brand">${esc(p.brand)}</span><span class="card-title">${esc(p.title)}</span>` +
    `<span class="card-price">${money(p.price, p.currency)}</span></a>`;
}

export function pageShell(o: ShellOptions): string {
  const nav = GROUPS.map((g) => {
    const first = CATEGORIES.find((c) => c.breadcrumb.startsWith(`${g} >`))!;
    const subs = CATEGORIES.filter((c) => c.breadcrumb.startsWith(`${g} >`))
      .map((c) => `<a href="/category/${c.slug}.html">${esc(categoryName(c.breadcrumb))}</a>`).join('');
    return `<div class="nav-group${o.active === g ? ' active' : ''}"><a class="nav-top" href="/category/${first.slug}.html">${esc(g)}</a><div class="nav-menu">${subs}</div></div>`;
  }).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} · Aisle Outfitters</title>
<meta name="description" content="Aisle Outfitters: shoes, clothing, bags, audio and coffee gear. A demo shop for the Aisle shopping assistant.">
<link rel="stylesheet" href="/shop.css">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='4' fill='%232f6f5e'/%3E%3C/svg%3E">
${o.head ?? ''}
<script type="module" src="/shop.js"></script>
<script src="${o.widgetOrigin}/aisle.js" data-index="${o.indexUrl}" async></script>
</head>
<body>
<div class="topbar">Free shipping on orders over $75 · 30-day free returns</div>
<header class="header">
  <div class="wrap header-row">
    <a class="logo" href="/"><span class="logo-mark"></span>Aisle Outfitters</a>
    <nav class="nav">${nav}</nav>
    <form class="search" action="/search.html" role="search"><input name="q" type="search" placeholder="Search products" aria-label="Search products"></form>
    <a class="cart-link" href="/cart.html" aria-label="Cart">Cart <span class="cart-count" data-cart-count>0</span></a>
  </div>
</header>
<main class="wrap">
${o.body}
</main>
<footer class="footer">
  <div class="wrap footer-row">
    <div><strong>Aisle Outfitters</strong><p>A demo boutique. Every product, price and order here is generated; the shopping assistant runs entirely in your browser.</p></div>
    <div><strong>Help</strong><p>Shipping · Returns · Sizing · Warranty<br>Ask the assistant, bottom right.</p></div>
    <div><strong>Contact</strong><p>hello@aisle-outfitters.example<br>Mon-Fri, 9 am-6 pm ET</p></div>
  </div>
</footer>
<div class="toast" role="status" aria-live="polite" data-toast hidden></div>
</body>
</html>
`;
}
