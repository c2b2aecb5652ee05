// Demo site: the cart and search pages. Both are filled in the browser by the shop script (the cart
// lives in localStorage; search reads the small catalog.json the build writes beside the pages).

export function cartPage(): string {
  return `
<header class="page-head"><h1>Your cart</h1></header>
<div class="cart" data-cart>
  <div class="cart-lines" data-cart-lines><p class="muted">Loading your cart…</p></div>
  <aside class="cart-summary">
    <div class="row"><span>Subtotal</span><strong data-cart-total>$0.00</strong></div>
    <div class="row muted"><span>Shipping</span><span data-cart-shipping>Free over $75</span></div>
    <button class="btn btn-wide" type="button" data-checkout disabled>Checkout</button>
    <p class="muted small">Demo checkout: no payment is taken.</p>
  </aside>
</div>
<section class="section slot"><div data-aisle-slot="for-you"></div></section>`;
}

export function searchPage(): string {
  return `
<header class="page-head"><h1 data-search-title>Search</h1><p data-search-count></p></header>
<div class="grid" data-search-results></div>
<p class="empty" data-empty hidden>Nothing matched. Try fewer words, or ask the assistant (bottom right).</p>
<section class="section slot"><div data-aisle-slot="trending"></div></section>`;
}
