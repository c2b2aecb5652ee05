// Demo site, in the browser: the shop's own behaviour (cart in localStorage, filters, search, GA4-style
// dataLayer events) and its two hooks into Aisle's window events. build-site.ts compiles it to /shop.js.
export {};

interface LiteProduct { id: string; title: string; brand: string; price: number; currency: string; image: string; url: string; category: string; colour: string; stock: number; tags: string[] }
interface CartLine { id: string; qty: number; size?: string }
type ShopWindow = Window & { dataLayer?: unknown[] };

const CART_KEY = 'aisle-demo-cart';
const w = window as ShopWindow;
const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document): T | null => root.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document): T[] => [...root.querySelectorAll<T>(sel)];
const money = (n: number, currency = 'USD'): string => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(n);
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let catalog: Promise<Map<string, LiteProduct>> | undefined;
/** The small product list the build writes; memoized, and forgotten on failure so a retry works. */
function loadCatalog(): Promise<Map<string, LiteProduct>> {
  catalog ??= fetch('/catalog.json').then(async (r) => {
    if (!r.ok) throw new Error(`/catalog.json: HTTP ${r.status}`);
    return new Map(((await r.json()) as LiteProduct[]).map((p) => [p.id, p]));
  }).catch((err: unknown) => { catalog = undefined; throw err; });
  return catalog;
}

function track(event: string, ecommerce: Record<string, unknown>): void {
  w.dataLayer = w.dataLayer ?? [];
  w.dataLayer.push({ ecommerce: null });
  w.dataLayer.push({ event, ecommerce });
}

const gaItem = (p: LiteProduct, quantity: number) => ({ item_id: p.id, item_name: p.title, item_brand: p.brand, item_category: p.category, price: p.price, quantity });

function readCart(): CartLine[] {
  try {
    const lines = JSON.parse(localStorage.getItem(CART_KEY) ?? '[]') as CartLine[];
    return Array.isArray(lines) ? lines.filter((l) => typeof l.id === 'string' && l.qty > 0) : [];
  } catch {
    return [];
  }
}

function writeCart(lines: CartLine[]): void {
  localStorage.setItem(CART_KEY, JSON.stringify(lines));
  showCount();
}

function showCount(): void {
  const count = readCart().reduce((n, l) => n + l.qty, 0);
  for (const el of $$('[data-cart-count]')) {
    el.textContent = String(count);
    el.classList.toggle('has-items', count > 0);
  }
}

let toastTimer = 0;
function toast(text: string): void {
  const el = $('[data-toast]');
  if (!el) return;
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => { el.hidden = true; }, 3500);
}

async function addToCart(id: string, qty: number, size?: string): Promise<void> {
  const lines = readCart();
  const line = lines.find((l) => l.id === id && l.size === size);
  if (line) line.qty += qty;
  else lines.push(size ? { id, qty, size } : { id, qty });
  writeCart(lines);
  const p = (await loadCatalog()).get(id);
  toast(p ? `Added ${p.title} to your cart` : 'Added to your cart');
  if (p) track('add_to_cart', { currency: p.currency, value: p.price * qty, items: [gaItem(p, qty)] });
  if ($('[data-cart]')) void renderCart();
}

function initProduct(): void {
  const article = $('[data-product]');
  if (!article) return;
  const item = JSON.parse(article.dataset.product ?? '{}') as { price: number };
  track('view_item', { currency: article.dataset.currency, value: item.price, items: [item] });
  const button = $<HTMLButtonElement>('[data-add-to-cart]', article);
  button?.addEventListener('click', () => {
    const qty = Math.max(1, Number($<HTMLInputElement>('input[name=qty]', article)?.value) || 1);
    const size = $<HTMLInputElement>('input[name=size]:checked', article)?.value;
    void addToCart(button.dataset.addToCart!, qty, size);
  });
  const main = $<HTMLImageElement>('.gallery-main', article);
  for (const thumb of $$<HTMLImageElement>('.gallery-thumbs img', article)) {
    thumb.addEventListener('click', () => {
      $$('.gallery-thumbs img', article).forEach((t) => t.classList.remove('active'));
      thumb.classList.add('active');
      if (main) main.className = `gallery-main ${thumb.classList.contains('flip') ? 'flip' : thumb.classList.contains('zoom') ? 'zoom' : ''}`;
    });
  }
}

function initFilters(): void {
  const panel = $('[data-filters]');
  if (!panel) return;
  const range = $<HTMLInputElement>('input[name=max-price]', panel)!;
  const apply = (): void => {
    const colours = new Set($$<HTMLInputElement>('input[name=colour]:checked', panel).map((i) => i.value));
    const max = Number(range.value);
    const inStock = $<HTMLInputElement>('input[name=in-stock]', panel)!.checked;
    let shown = 0;
    for (const card of $$<HTMLElement>('[data-grid] .card')) {
      const ok = (colours.size === 0 || colours.has(card.dataset.colour ?? '')) && Number(card.dataset.price) <= max && (!inStock || Number(card.dataset.stock) > 0);
      card.hidden = !ok;
      if (ok) shown++;
    }
    $('[data-price-out]')!.textContent = `$${max}`;
    $('[data-shown]')!.textContent = String(shown);
    $('[data-empty]')!.hidden = shown > 0;
  };
  panel.addEventListener('input', apply);
  $('[data-clear]', panel)?.addEventListener('click', () => {
    $$<HTMLInputElement>('input[type=checkbox]', panel).forEach((i) => { i.checked = false; });
    range.value = range.max;
    apply();
  });
}

async function renderCart(): Promise<void> {
  const box = $('[data-cart-lines]');
  if (!box) return;
  const products = await loadCatalog();
  const lines = readCart().filter((l) => products.has(l.id));
  const total = lines.reduce((sum, l) => sum + products.get(l.id)!.price * l.qty, 0);
  box.innerHTML = lines.length === 0 ? '<p class="muted">Your cart is empty. <a href="/">Keep shopping</a>.</p>' : lines.map((l, i) => {
    const p = products.get(l.id)!;
    return `<div class="cart-line"><img src="${p.image}" alt="" width="72" height="72"><div><a href="${p.url}">${esc(p.title)}</a><p class="muted small">${esc(p.colour)}${l.size ? ` · ${esc(l.size)}` : ''}</p></div>` +
      `<input type="number" min="0" max="99" value="${l.qty}" data-line="${i}" aria-label="Quantity"><strong>${money(p.price * l.qty, p.currency)}</strong></div>`;
  }).join('');
  $('[data-cart-total]')!.textContent = money(total);
  $('[data-cart-shipping]')!.textContent = total >= 75 || total === 0 ? 'Free' : '$6.95';
  const checkout = $<HTMLButtonElement>('[data-checkout]')!;
  checkout.disabled = lines.length === 0;
  for (const input of $$<HTMLInputElement>('[data-line]', box)) {
    input.addEventListener('change', () => {
      const next = readCart().filter((l) => products.has(l.id));
      next[Number(input.dataset.line)]!.qty = Math.max(0, Number(input.value) || 0);
      writeCart(next.filter((l) => l.qty > 0));
      void renderCart();
    });
  }
  checkout.onclick = () => {
    track('purchase', {
      transaction_id: `T${Date.now()}`, currency: 'USD', value: Number(total.toFixed(2)),
      items: lines.map((l) => gaItem(products.get(l.id)!, l.qty)),
    });
    writeCart([]);
    box.innerHTML = '<p class="thanks">Thank you! Your order is confirmed (demo: nothing was charged).</p>';
    $('[data-cart-total]')!.textContent = money(0);
    checkout.disabled = true;
  };
}

async function initSearch(): Promise<void> {
  const results = $('[data-search-results]');
  if (!results) return;
  const q = (new URLSearchParams(location.search).get('q') ?? '').trim();
  const input = $<HTMLInputElement>('.search input');
  if (input) input.value = q;
  $('[data-search-title]')!.textContent = q ? `Results for “${q}”` : 'Search';
  if (!q) return;
  track('search', { search_term: q });
  const words = q.toLowerCase().split(/\s+/);
  const hits = [...(await loadCatalog()).values()].filter((p) => {
    const text = `${p.title} ${p.brand} ${p.category} ${p.colour} ${p.tags.join(' ')}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  $('[data-search-count]')!.textContent = `${hits.length} product${hits.length === 1 ? '' : 's'}`;
  $('[data-empty]')!.hidden = hits.length > 0;
  results.innerHTML = hits.slice(0, 48).map((p) =>
    `<a class="card" href="${p.url}"><span class="card-img"><img src="${p.image}" alt="" loading="lazy" width="200" height="200"></span>` +
    `<span class="card-brand">${esc(p.brand)}</span><span class="card-title">${esc(p.title)}</span><span class="card-price">${money(p.price, p.currency)}</span></a>`).join('');
}

// Aisle's hooks: the widget asks the shop to add to its cart, or to hand the chat to a person.
window.addEventListener('aisle:add-to-cart', (e) => {
  const detail = (e as CustomEvent<{ productId: string; quantity?: number }>).detail;
  if (detail?.productId) void addToCart(detail.productId, Math.max(1, detail.quantity ?? 1));
});
window.addEventListener('aisle:contact-human', () => toast('Thanks! A person will reply by email within one working day.'));
window.addEventListener('storage', (e) => { if (e.key === CART_KEY) showCount(); });

showCount();
initProduct();
initFilters();
void renderCart();
void initSearch();
