// CLI build: order lines → popularity/copurchase/coview/transitions chunks, through the recommender's
// shared table builder (src/shared/interaction-tables.ts) so build time and browser agree on the maths.
import type { PairTableChunk, PopularityChunk } from '../../protocol/index-format.ts';
import type { OrderRow } from './read-orders.ts';
import type { ChunkInput } from './write-index.ts';

interface InteractionTables {
  popularity: PopularityChunk | null;
  copurchase: PairTableChunk | null;
  coview: PairTableChunk | null;
  transitions: PairTableChunk | null;
}

type Builder = (lines: OrderRow[]) => InteractionTables;

export async function interactionChunks(lines: OrderRow[]): Promise<ChunkInput[]> {
  // A variable specifier keeps the CLI loading while the shared module is still being written.
  const specifier = '../../shared/interaction-tables.ts';
  const mod = (await import(specifier)) as { buildInteractionTables: Builder };
  const tables = mod.buildInteractionTables(lines);
  const out: ChunkInput[] = [];
  for (const kind of ['popularity', 'copurchase', 'coview', 'transitions'] as const) {
    const body = tables[kind];
    if (body && (kind === 'popularity' ? Object.keys((body as PopularityChunk).scores).length > 0 : Object.keys((body as PairTableChunk).pairs).length > 0)) {
      out.push({ kind, body });
    }
  }
  return out;
}
