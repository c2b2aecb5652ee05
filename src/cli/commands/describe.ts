// CLI: `aisle describe --feed products.json --out drafts.csv [--images] [--min-words N]`. For every
// product whose description is missing or thinner than --min-words, writes a draft built only from its
// fields and image tags (draft-description.ts), marked `draft` for the merchant to review. Never
// touches the feed.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EMPTY_MAPPING } from '../build/feed-mapping.ts';
import { formatProblem, InputError, Problems } from '../build/problems.ts';
import { readFeeds } from '../build/read-feeds.ts';
import { draftDescription, wordCount, type ImageTags } from '../describe/draft-description.ts';

export const DESCRIBE_USAGE = `aisle describe --feed products.json --out drafts.csv [options]

  --feed FILE       product feed (repeatable; the same formats as aisle build)
  --out FILE        CSV of drafts: id, title, current description, draft, sources, status
  --min-words N     draft for descriptions shorter than N words (default 12; missing ones always)
  --images          read each product's picture first (colours, label text) and use them in drafts
  --image-root DIR  folder that site-relative image paths are read from (default: the feed's folder)
  --no-ocr          with --images: colours only
  --cache DIR       image analysis cache (default <out folder>/.aisle-cache)`;

const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function describeCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        feed: { type: 'string', multiple: true },
        out: { type: 'string' },
        'min-words': { type: 'string' },
        images: { type: 'boolean', default: false },
        'image-root': { type: 'string' },
        'no-ocr': { type: 'boolean', default: false },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`aisle describe: ${(err as Error).message}\n\n${DESCRIBE_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${DESCRIBE_USAGE}\n`);
    return 0;
  }
  if (!values.feed?.length || !values.out) {
    process.stderr.write(`aisle describe: need --feed and --out\n\n${DESCRIBE_USAGE}\n`);
    return 2;
  }
  const minWords = values['min-words'] === undefined ? 12 : Number(values['min-words']);
  if (!(Number.isInteger(minWords) && minWords >= 0)) {
    process.stderr.write(`aisle describe: --min-words "${values['min-words']}" must be a whole number ≥ 0, e.g. 12\n`);
    return 2;
  }
  const problems = new Problems();
  try {
    const { products } = readFeeds(values.feed.map((f) => resolve(f)), { problems, mapping: EMPTY_MAPPING });
    const thin = products.filter((p) => wordCount(p.description) < minWords);
    const tags = new Map<string, ImageTags>();
    if (values.images && thin.length) {
      const { imageChunks } = await import('../images/image-chunks.ts');
      const root = resolve(values['image-root'] ?? dirname(resolve(values.feed[0])));
      // Image tags as the build computes them (same cache); tags are read before they are folded into `tags`.
      const originalTags = thin.map((p) => [...p.tags]);
      const built = await imageChunks(thin, { root, ocr: !values['no-ocr'], cacheDir: resolve(values.cache ?? join(dirname(resolve(values.out)), '.aisle-cache')) }, problems, () => undefined);
      thin.forEach((p, i) => (p.tags = originalTags[i]));
      const chunk = built.chunks.find((c) => c.kind === 'image-tags')?.body as { tags: Record<string, { colours: Array<{ name: string; share: number }>; text?: string }> } | undefined;
      for (const [id, t] of Object.entries(chunk?.tags ?? {})) tags.set(id, { colours: t.colours.filter((c) => c.share >= 0.2).map((c) => c.name), ...(t.text ? { text: t.text } : {}) });
    }
    const rows = [['id', 'title', 'current_description', 'draft_description', 'sources', 'status']];
    let drafted = 0;
    for (const p of thin) {
      const d = draftDescription(p, tags.get(p.id) ?? null);
      if (!d.text) continue;
      drafted += 1;
      rows.push([p.id, p.title, p.description ?? '', d.text, [...new Set(d.sentences.flatMap((s) => s.sources))].join(' '), 'draft: review before publishing']);
    }
    writeFileSync(resolve(values.out), `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
    for (const p of problems.list.slice(0, 50)) process.stderr.write(`${p.severity === 'error' ? 'skipped' : 'warning'}: ${formatProblem(p)}\n`);
    process.stdout.write(`aisle describe: ${products.length} products, ${thin.length} with a missing or thin description (< ${minWords} words), ${drafted} drafts written to ${resolve(values.out)} (marked draft: review them before publishing)\n`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`aisle describe: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
