// CLI build: CSV/TSV feeds → FeedRecords. Recognises a Shopify product export (variant and image rows
// share a Handle) and a WooCommerce export (variations point at their Parent); anything else is generic.
import { columnKey, isBlank, type FeedRecord } from './feed-record.ts';
import { groupShopify, shopifyColumns } from './group-shopify.ts';
import { groupWoo, isWooExport } from './group-woocommerce.ts';
import { parseCsv, type CsvRecord } from './parse-csv.ts';
import type { Problems } from './problems.ts';
import type { SourceText } from './read-text.ts';

export type CsvFlavour = 'shopify' | 'woocommerce' | 'generic';

export function readCsvFeed(src: SourceText, problems: Problems): { records: FeedRecord[]; flavour: CsvFlavour } {
  const table = parseCsv(src.text, src.name);
  const header = table.header.map(columnKey);
  const shopify = shopifyColumns(header);
  const keys = shopify ?? header;
  const toRecord = (row: CsvRecord): FeedRecord => {
    if (row.cells.length !== keys.length) {
      problems.warn({ file: src.name, line: row.line }, undefined, `has ${row.cells.length} cells, the header has ${keys.length}; check for a stray ${table.delimiter === '\t' ? 'tab' : `"${table.delimiter}"`} or an unquoted value`);
    }
    const fields = new Map<string, unknown>();
    keys.forEach((k, i) => {
      const cell = row.cells[i] ?? '';
      if (!fields.has(k) || isBlank(fields.get(k))) fields.set(k, cell);
    });
    return { where: { file: src.name, line: row.line }, fields };
  };
  const rows = table.rows.map(toRecord);
  if (shopify) return { records: groupShopify(rows), flavour: 'shopify' };
  if (isWooExport(keys)) return { records: groupWoo(rows), flavour: 'woocommerce' };
  return { records: rows, flavour: 'generic' };
}
