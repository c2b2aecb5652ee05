// Assistant, state: a stored SearchQuery checked field by field. A field of the wrong type is dropped;
// a record that is not a query at all gives null (the state then has no active search).
import type { LimitedMeasure, MeasureLimit } from '../understand/parse-measure-limit.ts';
import type { PriceLimit } from '../understand/parse-price.ts';
import type { Measure, Superlative } from '../understand/parse-ranking.ts';
import type { SearchQuery } from '../understand/search-query.ts';

const MEASURES: readonly Measure[] = ['price', 'weight', 'temperature', 'capacity', 'volume', 'brightness', 'rating', 'popularity'];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 30) : [];
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function readPrice(value: unknown): PriceLimit | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const out: PriceLimit = {};
  const min = finite(o.min);
  const max = finite(o.max);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (o.band === 'low' || o.band === 'high') out.band = o.band;
  if (o.cheaper === true) out.cheaper = true;
  if (typeof o.currency === 'string') out.currency = o.currency;
  return Object.keys(out).length ? out : undefined;
}

function readSuperlative(value: unknown): Superlative | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!MEASURES.includes(o.measure as Measure) || (o.direction !== 'asc' && o.direction !== 'desc') || typeof o.word !== 'string') return undefined;
  return { measure: o.measure as Measure, direction: o.direction, word: o.word };
}

const LIMITED: readonly LimitedMeasure[] = ['weight', 'temperature', 'volume', 'brightness'];

function readMeasures(value: unknown): MeasureLimit[] {
  if (!Array.isArray(value)) return [];
  const out: MeasureLimit[] = [];
  for (const v of value.slice(0, LIMITED.length)) {
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    const min = finite(o.min);
    const max = finite(o.max);
    if (!LIMITED.includes(o.measure as LimitedMeasure) || typeof o.label !== 'string' || (min === undefined && max === undefined)) continue;
    out.push({ measure: o.measure as LimitedMeasure, label: o.label, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
  }
  return out;
}

export function readSearchQuery(value: unknown): SearchQuery | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  const ex = (typeof o.exclude === 'object' && o.exclude !== null ? o.exclude : {}) as Record<string, unknown>;
  const q: SearchQuery = {
    categoryTerms: strings(o.categoryTerms),
    terms: strings(o.terms),
    softTerms: strings(o.softTerms),
    colours: strings(o.colours),
    exclude: { colours: strings(ex.colours), materials: strings(ex.materials), brands: strings(ex.brands), terms: strings(ex.terms) },
    includeOutOfStock: o.includeOutOfStock === true,
  };
  for (const key of ['brand', 'size', 'material'] as const) if (typeof o[key] === 'string') q[key] = o[key] as string;
  const price = readPrice(o.price);
  if (price) q.price = price;
  const capacity = finite(o.capacity);
  if (capacity !== undefined) q.capacity = capacity;
  const measures = readMeasures(o.measures);
  if (measures.length) q.measures = measures;
  const count = finite(o.count);
  if (count !== undefined) q.count = count;
  const superlative = readSuperlative(o.superlative);
  if (superlative) q.superlative = superlative;
  const head = o.head as Record<string, unknown> | undefined;
  if (head && typeof head.term === 'string' && typeof head.word === 'string') q.head = { term: head.term, word: head.word };
  return q;
}
