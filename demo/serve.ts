// Demo entry point (`npx tsx demo/serve.ts`, the last step of `npm run demo`): makes sure the catalog
// and site exist, then serves the shop (port 4173) and the widget "CDN" (port 4174) until stopped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSite } from './site/build-site.ts';
import { startDemoServers } from './server/start-servers.ts';

const root = resolve(import.meta.dirname, '..');
const paths = {
  data: join(root, 'demo/dist/data'),
  site: join(root, 'demo/dist/site'),
  index: join(root, 'demo/dist/index'),
  widget: join(root, 'dist'),
};

function port(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number (0-65535, 0 = any free port), got "${args[at + 1] ?? ''}"`);
    process.exit(2);
  }
  return value;
}

const args = process.argv.slice(2);
if (!existsSync(join(paths.widget, 'aisle.js'))) {
  console.error('The widget is not built (dist/aisle.js is missing). Run `npm run demo`, which builds it, the demo catalog and its index.');
  process.exit(1);
}
if (!existsSync(join(paths.data, 'products.json'))) {
  const made = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'demo/catalog/generate-catalog.ts'), '--products', '1200', '--orders', '4000', '--out', paths.data], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
}
if (!existsSync(join(paths.index, 'manifest.json'))) {
  console.error(`The demo index is missing (${paths.index}/manifest.json). Run \`npm run demo\`, which builds it with \`aisle build\`.`);
  process.exit(1);
}
const { pages } = buildSite({ dataDir: paths.data, outDir: paths.site });
const servers = await startDemoServers({
  sitePort: port(args, '--site-port', 4173),
  assetPort: port(args, '--asset-port', 4174),
  siteDir: paths.site,
  widgetDir: paths.widget,
  indexDir: paths.index,
});
const local = (url: string): string => url.replace('127.0.0.1', 'localhost');
console.log(`Demo site built: ${pages} pages.`);
console.log(`Widget and index ("CDN"): ${local(servers.assetUrl)}`);
console.log(`Demo shop: ${local(servers.siteUrl)}`);
console.log('Press Ctrl+C to stop.');
const stop = (): void => { void servers.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
