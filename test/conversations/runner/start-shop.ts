// Conversation runner: each shop as a shopper meets it: the merchant's files indexed by the project's
// CLI, the shop's pages on one origin, the built widget and the index on another (as from a CDN).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServers } from '../../../demo/server/start-servers.ts';
import { startDemo } from '../../support/demo-servers.ts';
import { ensureBuilt } from '../../support/widget-fixture.ts';
import { writeOutdoorShop } from '../../fixtures/shops/outdoor/write-outdoor-shop.ts';
import { HOMEWARE_SHOP_NAME, homewareBuildArgs, writeHomewareShop } from '../../fixtures/shops/homeware/write-homeware-shop.ts';
import { homewareFacts } from '../../conversations-holdout/homeware-facts.ts';
import { PETS_SHOP_NAME, petsBuildArgs, writePetsShop } from '../../fixtures/shops/pets/write-pets-shop.ts';
import { petsFacts } from '../../conversations-holdout2/pets-facts.ts';
import type { ShopName } from '../conversation.ts';
import { demoFacts } from '../facts/demo-facts.ts';
import { dummyjsonFacts } from '../facts/dummyjson-facts.ts';
import { outdoorFacts } from '../facts/outdoor-facts.ts';
import type { ShopFacts } from '../facts/shop-facts.ts';
import { productPagePath, writePlainSite } from './plain-site.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** The public DummyJSON export, beside the project (never copied into it). */
export const DUMMYJSON_FEED = join(ROOT, '../shared/data/catalog-dummyjson/products.json');
const DUMMYJSON_HELP = join(ROOT, 'test/fixtures/shops/dummyjson/help-centre.json');

export interface RunningShop {
  name: ShopName;
  facts: ShopFacts;
  /** The page conversations start on. */
  home: string;
  productPage(id: string): string;
  close(): Promise<void>;
}

/** Why a shop cannot run here (its data is not on this machine), or null. */
export function shopUnavailable(name: ShopName): string | null {
  if (name === 'dummyjson' && !existsSync(DUMMYJSON_FEED)) return `${DUMMYJSON_FEED} is absent (the evaluation data sets are not shipped with Aisle)`;
  return null;
}

function aisleBuild(args: string[]): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`aisle build ${args.join(' ')} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
}

async function plainShop(name: ShopName, title: string, facts: ShopFacts, dir: string, currency = 'USD'): Promise<RunningShop> {
  writePlainSite(join(dir, 'site'), title, facts.products, currency);
  const servers = await startDemoServers({ siteDir: join(dir, 'site'), widgetDir: join(ROOT, 'dist'), indexDir: join(dir, 'index') });
  return {
    name,
    facts,
    home: servers.siteUrl,
    productPage: (id) => new URL(productPagePath(id), servers.siteUrl).href,
    async close() {
      await servers.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startShop(name: ShopName): Promise<RunningShop> {
  const missing = shopUnavailable(name);
  if (missing) throw new Error(`shop "${name}" cannot run: ${missing}`);
  // The widget under test is the one built from src/ now (rebuilt when src/ is newer, as the other browser suites do).
  ensureBuilt();
  if (name === 'demo') {
    const demo = await startDemo();
    return {
      name,
      facts: demoFacts(ROOT),
      home: demo.siteUrl,
      productPage: (id) => new URL(`product/${encodeURIComponent(id)}.html`, demo.siteUrl).href,
      close: () => demo.close(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `aisle-conv-${name}-`));
  if (name === 'outdoor') {
    const files = writeOutdoorShop(join(dir, 'merchant'));
    aisleBuild(['--feed', files.feed, '--orders', files.orders, '--faq', files.faq, '--currency', 'USD', '--out', join(dir, 'index')]);
    return plainShop(name, 'Northfold Outdoor Co.', outdoorFacts(files.products), dir);
  }
  if (name === 'homeware') {
    // The held-out shop: a Merchant Center feed priced in pounds.
    const files = writeHomewareShop(join(dir, 'merchant'));
    aisleBuild(homewareBuildArgs(files, join(dir, 'index')));
    return plainShop(name, HOMEWARE_SHOP_NAME, homewareFacts(files.products), dir, 'GBP');
  }
  if (name === 'pets') {
    // The second held-out shop: a WooCommerce export priced in Canadian dollars.
    const files = writePetsShop(join(dir, 'merchant'));
    aisleBuild(petsBuildArgs(files, join(dir, 'index')));
    return plainShop(name, PETS_SHOP_NAME, petsFacts(files.products), dir, 'CAD');
  }
  aisleBuild(['--feed', DUMMYJSON_FEED, '--faq', DUMMYJSON_HELP, '--currency', 'USD', '--out', join(dir, 'index')]);
  return plainShop(name, 'Dummy Mart', dummyjsonFacts(DUMMYJSON_FEED, DUMMYJSON_HELP), dir);
}
