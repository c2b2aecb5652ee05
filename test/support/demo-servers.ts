// Test support: the demo shop as `npm run demo` serves it (site origin + a second "CDN" origin for the
// widget and index), on free ports. Needs `npm run setup -- --test` first (npm test does it).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemoServers, type DemoServers } from '../../demo/server/start-servers.ts';
import { buildSite } from '../../demo/site/build-site.ts';

export type { DemoServers };

const root = resolve(import.meta.dirname, '../..');

export async function startDemo(): Promise<DemoServers> {
  for (const needed of ['dist/aisle.js', 'demo/dist/data/products.json', 'demo/dist/index/manifest.json']) {
    if (!existsSync(join(root, needed))) throw new Error(`${needed} is missing: run \`npm run setup -- --test\` (npm test does) before the e2e suite`);
  }
  buildSite({ dataDir: join(root, 'demo/dist/data'), outDir: join(root, 'demo/dist/site') });
  return startDemoServers({
    sitePort: 0,
    assetPort: 0,
    siteDir: join(root, 'demo/dist/site'),
    widgetDir: join(root, 'dist'),
    indexDir: join(root, 'demo/dist/index'),
  });
}
