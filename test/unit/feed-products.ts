// Feed tests: builds an index from fixture feeds with the real `buildIndex` and reads back what the
// products chunks hold, the way the worker will see them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { buildIndex, type BuildOptions, type BuildSummary } from '../../src/cli/build/build-index.ts';
import { Problems } from '../../src/cli/build/problems.ts';
import type { ProductsChunk } from '../../src/protocol/index-format.ts';
import type { Product } from '../../src/protocol/product.ts';

export const FEEDS = join(import.meta.dirname, '../fixtures/feeds');
const tmp = mkdtempSync(join(tmpdir(), 'aisle-feed-products-'));
let builds = 0;

export interface BuiltProducts {
  byId: Map<string, Product>;
  problems: Problems;
  summary: BuildSummary;
  formats: string[];
  /** The products chunks as written, to check what an index never holds. */
  chunkText: string;
}

/** `file` is a fixture name under test/fixtures/feeds or an absolute path. */
export async function productsOf(file: string, extra: Partial<BuildOptions> = {}): Promise<BuiltProducts> {
  const problems = new Problems();
  const out = join(tmp, `${file.replace(/\W/g, '-').slice(-60)}-${++builds}`);
  const { summary } = await buildIndex({ feeds: [isAbsolute(file) ? file : join(FEEDS, file)], out, problems, ...extra });
  const texts = summary.chunks.filter((c) => c.kind === 'products').map((c) => readFileSync(join(out, c.file), 'utf8'));
  const products = texts.flatMap((t) => (JSON.parse(t) as ProductsChunk).products);
  return { byId: new Map(products.map((p) => [p.id, p])), problems, summary, formats: summary.formats, chunkText: texts.join('\n') };
}
