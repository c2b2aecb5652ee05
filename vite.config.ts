// Builds the widget into dist/ in two passes (npm run build):
//  1. modules: the client chunk, the Preact UI chunk, the worker, runtime .wasm and models, all with
//     relative URLs resolved against their own location, never the page's;
//  2. loader (AISLE_BUILD=loader): dist/aisle.js, a classic script (merchants paste a plain <script>),
//     told the hashed name of the client chunk from pass 1's manifest.
import { cpSync, existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Copies the ONNX runtime files and the generated models next to the widget (dist/ort, dist/models). */
function copyRuntimeAssets(): Plugin {
  return {
    name: 'aisle-copy-runtime-assets',
    apply: 'build',
    closeBundle() {
      const ortDir = resolve(root, 'node_modules/onnxruntime-web/dist');
      mkdirSync(resolve(root, 'dist/ort'), { recursive: true });
      for (const file of readdirSync(ortDir)) {
        // The plain WASM build (default) and the asyncify build that onnxruntime-web/webgpu and
        // transformers.js use (fetched only on that path).
        if (/^ort-wasm-simd-threaded(\.asyncify)?\.(mjs|wasm)$/.test(file)) cpSync(resolve(ortDir, file), resolve(root, 'dist/ort', file));
      }
      // The trained intent models are committed (models/intents/), not generated.
      const intents = resolve(root, 'models/intents');
      if (existsSync(resolve(intents, 'intent-model.json'))) {
        for (const file of ['intent-model.json', 'intent-weights.bin']) cpSync(resolve(intents, file), resolve(root, 'dist/models/intents', file));
      }
      const models = resolve(root, 'models/generated');
      if (!existsSync(models)) return;
      for (const name of readdirSync(models)) {
        if (existsSync(resolve(models, name, 'aisle-model.json'))) cpSync(resolve(models, name), resolve(root, 'dist/models', name), { recursive: true });
      }
    },
  };
}

/**
 * Page-side chunks (loader, client, comlink, UI) run on pages we do not control, some of which replace
 * `window.Promise` (old polyfills, hostile scripts). An async function's result is always the realm's own
 * Promise, so this line gives every page-side chunk the real one, whatever the page did (module scope,
 * or inside the loader's IIFE: no global is declared). The worker runs in its own realm and needs none.
 */
const OWN_PROMISE = 'const Promise = (async () => {})().constructor;';

export default defineConfig(() => {
  const shared = {
    root,
    base: './',
    plugins: [preact()],
    // Keep onnxruntime-web's .wasm as separate files (not base64 in JS); the worker points wasmPaths at dist/ort/.
    resolve: { conditions: ['onnxruntime-web-use-extern-wasm', 'module', 'browser', 'development|production'] },
    define: { __AISLE_VERSION__: JSON.stringify(pkg.version) },
    // The worker is its own bundle (started through a blob: bootstrap on CDN setups, see start-worker.ts).
    worker: {
      format: 'es' as const,
      rolldownOptions: { output: { entryFileNames: 'assets/worker-[hash].js', chunkFileNames: 'assets/worker-chunk-[name]-[hash].js' } },
    },
    publicDir: false as const,
  };
  if (process.env.AISLE_BUILD === 'loader') {
    const manifest = JSON.parse(readFileSync(resolve(root, 'dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const client = manifest['src/loader/client/index.ts'];
    if (!client) throw new Error('dist/.vite/manifest.json has no client chunk: run the modules build (vite build) first');
    return {
      ...shared,
      define: { ...shared.define, __AISLE_CLIENT__: JSON.stringify(client.file) },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        lib: { entry: resolve(root, 'src/loader/index.ts'), formats: ['iife' as const], name: 'AisleLoader', fileName: () => 'aisle.js' },
        rolldownOptions: { output: { intro: OWN_PROMISE } },
      },
    };
  }
  return {
    ...shared,
    plugins: [...shared.plugins, copyRuntimeAssets()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      modulePreload: false,
      rolldownOptions: {
        input: { client: resolve(root, 'src/loader/client/index.ts') },
        preserveEntrySignatures: 'exports-only' as const,
        output: {
          intro: OWN_PROMISE,
          entryFileNames: 'assets/[name]-[hash].js',
          // Name the UI chunk so size reports and CSP/caching rules can find it.
          chunkFileNames: (chunk: { facadeModuleId?: string | null }) =>
            chunk.facadeModuleId?.endsWith('src/ui/index.ts') ? 'assets/ui-[hash].js' : 'assets/[name]-[hash].js',
        },
      },
    },
  };
});
