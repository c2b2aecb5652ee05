// CLI build: order lines → popularity/copurchase/coview/transitions chunks, through the recommender's
// shared table builder (src/shared/interaction-tables.ts) so build time and browser agree on the maths.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import { buildInteractionTables } from '../../shared/interaction-tables.ts';
import type { OrderRow } from './read-orders.ts';
import type { ChunkInput } from './write-index.ts';

export function interactionChunks(lines: OrderRow[]): ChunkInput[] {
  const tables = buildInteractionTables(lines);
  const out: ChunkInput[] = [];
  if (Object.keys(tables.popularity.scores).length > 0) out.push({ kind: 'popularity', body: tables.popularity });
  const pairs: Array<['copurchase' | 'coview' | 'transitions', PairTableChunk | null]> = [
    ['copurchase', tables.copurchase],
    ['coview', tables.coview],
    ['transitions', tables.transitions],
  ];
  // Empty tables are left out: the worker treats a missing chunk as "no signal".
  for (const [kind, body] of pairs) if (body && Object.keys(body.pairs).length > 0) out.push({ kind, body });
  return out;
}
