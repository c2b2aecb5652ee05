// Worker vision: the "looks similar" table (`aisle build --images`: each product's visual neighbours)
// for the recommender's `similar` strategy. Fetched with the rest of the catalog (it is small), kept
// compact, attached to the catalog as `looksSimilar`; `looksSimilarTo` is the accessor.
import type { PairTableChunk } from '../../protocol/index-format.ts';
import type { CatalogData } from '../catalog/catalog-data.ts';
import { compactPairTable } from '../catalog/compact-pair-table.ts';
import type { LoadedIndex } from '../catalog/load-index.ts';

/** Loads the table when the index has one; resolves null otherwise. */
export async function loadLooksSimilar(index: LoadedIndex): Promise<PairTableChunk | null> {
  const ref = index.manifest.chunks.find((c) => c.kind === 'looks-similar');
  if (!ref) return null;
  const table = await index.fetcher.json<PairTableChunk>(ref);
  index.fetcher.forget(ref);
  const catalog = index.catalog;
  const compact = compactPairTable(table, catalog.products.map((p) => p.id), catalog.rowOf);
  catalog.looksSimilar = compact;
  return compact;
}

/** Visual neighbours of a product as [id, cosine], best first ([] without the table). */
export function looksSimilarTo(catalog: CatalogData, id: string): Array<[string, number]> {
  return catalog.looksSimilar?.pairs[id] ?? [];
}
