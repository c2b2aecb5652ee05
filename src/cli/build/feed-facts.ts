// CLI build: the attributes of one product or variant record: what it is (colour, size, options, mapped
// columns) over its measures (weight, dimensions) over what a shopper asks about (warranty, returns...).
// Bad measures are warnings naming the product; the record is kept without them.
import type { FeedMapping } from './feed-mapping.ts';
import type { FeedRecord } from './feed-record.ts';
import { readAttributes } from './feed-values.ts';
import { setOwn } from './own-record.ts';
import type { Problems, Where } from './problems.ts';
import { readDetails } from './read-details.ts';
import { readMeasures, type UnitlessMeasure } from './read-measures.ts';

export interface FactsContext {
  problems: Problems;
  mapping: FeedMapping;
  /** Told about each measure kept as a bare number (no unit in the feed or the mapping). */
  onUnitless?: (where: Where, found: UnitlessMeasure) => void;
}

export interface Facts {
  attributes: Record<string, string>;
  /** Keys that are details (weight, barcode...), not options or named attributes (colour, size). */
  details: Set<string>;
}

export function readFacts(rec: FeedRecord, ctx: FactsContext, what: string): Facts {
  const measures = readMeasures(rec.fields, ctx.mapping.units, ctx.mapping.fields.weight);
  for (const p of measures.problems) ctx.problems.warn(rec.where, p.field, `${p.message} (${what} ${p.outcome})`);
  for (const u of measures.unitless) ctx.onUnitless?.(rec.where, u);
  const attributes: Record<string, string> = {};
  const details = new Set<string>();
  for (const [k, v] of Object.entries({ ...readDetails(rec.fields), ...measures.attributes })) {
    setOwn(attributes, k, v);
    details.add(k);
  }
  for (const [k, v] of Object.entries(readAttributes(rec.fields, ctx.mapping))) {
    setOwn(attributes, k, v);
    details.delete(k);
  }
  return { attributes, details };
}
