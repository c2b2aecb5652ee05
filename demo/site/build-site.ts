// Demo site: builds the static shop (demo/dist/site) from the generated feed and orders. Pages embed
// the widget from `widgetOrigin`; the default is a placeholder the demo's site server fills in.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { CATEGORIES, slugOfBreadcrumb } from '../catalog/catalog-categories.ts';
import type { FeedProduct } from '../catalog/feed-product.ts';
import { cartPage, searchPage } from './cart-and-search-pages.ts';
import { categoryPage } from './category-page.ts';
import { homePage } from './home-page.ts';
import { pageShell } from './page-shell.ts';
import { productImageSvg } from './product-image.ts';
import { productHead, productPage } from './product-page.ts';

/** Written into pages when no origin is given; demo/server/start-servers.ts swaps in the asset origin. */
export const AISLE_ORIGIN_PLACEHOLDER = '__AISLE_ORIGIN__';

export interface BuildSiteOptions {
  /** Folder with products.json and orders.csv (demo/catalog/generate-catalog.ts writes them). */
  dataDir: string;
  outDir: string;
  /** Origin serving aisle.js, e.g. "http://127.0.0.1:4174". */
  widgetOrigin?: string;
  /** The index folder URL for data-index. */
  indexUrl?: string;
}

/** Units sold per product id, from orders.csv (order_id,product_id,quantity,...). */
function unitsSold(csv: string): Map<string, number> {
  const units = new Map<string, number>();
  for (const line of csv.split('\n').slice(1)) {
    const [, id, qty] = line.split(',');
    if (id) units.set(id, (units.get(id) ?? 0) + (Number(qty) || 1));
  }
  return units;
}

function readProducts(dataDir: string): FeedProduct[] {
  const path = join(dataDir, 'products.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FeedProduct[];
  } catch (err) {
    throw new Error(`buildSite: cannot read ${path} (${(err as Error).message}); run: npx tsx demo/catalog/generate-catalog.ts --out ${dataDir}`);
  }
}

/** The shop script, compiled from TypeScript once per build (it is small: no bundler needed). */
function shopScript(): string {
  const source = readFileSync(new URL('./browser/shop-script.ts', import.meta.url), 'utf8');
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext } }).outputText;
}

export function buildSite(options: BuildSiteOptions): { pages: number } {
  const widgetOrigin = options.widgetOrigin ?? AISLE_ORIGIN_PLACEHOLDER;
  const indexUrl = options.indexUrl ?? `${widgetOrigin}/index/`;
  const target = resolve(options.outDir);
  // Built beside the target and swapped in at the end: a server (or test) already serving the old
  // site never sees it half-written (seen as 404s on /catalog.json when `npm test` rebuilt mid-run).
  const out = `${target}.building-${process.pid}`;
  const products = readProducts(options.dataDir);
  let csv = '';
  try { csv = readFileSync(join(options.dataDir, 'orders.csv'), 'utf8'); } catch { /* no orders: bestsellers fall back to feed order */ }
  const sold = unitsSold(csv);
  const bestsellers = products.filter((p) => p.stock > 0).sort((a, b) => (sold.get(b.id) ?? 0) - (sold.get(a.id) ?? 0));

  rmSync(out, { recursive: true, force: true });
  for (const dir of ['category', 'product', 'img']) mkdirSync(join(out, dir), { recursive: true });
  let pages = 0;
  const page = (file: string, title: string, body: string, extra: { head?: string; active?: string } = {}): void => {
    writeFileSync(join(out, file), pageShell({ title, body, widgetOrigin, indexUrl, ...extra }));
    pages++;
  };

  page('index.html', 'Home', homePage(products, bestsellers));
  page('cart.html', 'Cart', cartPage());
  page('search.html', 'Search', searchPage());
  for (const spec of CATEGORIES) {
    const inCategory = products.filter((p) => p.category === spec.breadcrumb)
      .sort((a, b) => (sold.get(b.id) ?? 0) - (sold.get(a.id) ?? 0));
    page(`category/${spec.slug}.html`, spec.breadcrumb.split(' > ').pop()!, categoryPage(spec, inCategory), { active: spec.breadcrumb.split(' > ')[0]! });
  }
  const byTitle = new Map<string, FeedProduct[]>();
  for (const p of products) byTitle.set(p.title, [...(byTitle.get(p.title) ?? []), p]);
  for (const p of products) {
    const spec = CATEGORIES.find((c) => c.slug === slugOfBreadcrumb(p.category))!;
    page(`product/${p.id}.html`, p.title, productPage(p, byTitle.get(p.title)!.filter((s) => s.id !== p.id)), { head: productHead(p), active: p.category.split(' > ')[0]! });
    writeFileSync(join(out, 'img', `${p.id}.svg`), productImageSvg(spec.silhouette, p.colour, p.title));
  }

  copyFileSync(new URL('./assets/shop.css', import.meta.url), join(out, 'shop.css'));
  writeFileSync(join(out, 'shop.js'), shopScript());
  // What the cart and search pages need in the browser; a fraction of the feed.
  const lite = products.map(({ id, title, brand, price, currency, image, url, category, colour, stock, tags }) =>
    ({ id, title, brand, price, currency, image, url, category: category.split(' > ').pop()!, colour, stock, tags }));
  writeFileSync(join(out, 'catalog.json'), JSON.stringify(lite));
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(out, target);
  rmSync(old, { recursive: true, force: true });
  return { pages };
}

function argValue(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-site.ts')) {
  const args = process.argv.slice(2);
  const result = buildSite({ dataDir: argValue(args, '--data', 'demo/dist/data'), outDir: argValue(args, '--out', 'demo/dist/site') });
  console.log(`demo site: ${result.pages} pages → ${argValue(args, '--out', 'demo/dist/site')}`);
}
