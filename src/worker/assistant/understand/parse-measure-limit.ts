// Assistant, understanding: a measure as a limit ("rated to 20°F or lower", "at least 50 litres", "under
// 1 kg", "over 300 lumens"). The number must carry a unit, so "under 50" stays a price. Values are put in
// the units product-measures.ts reads from the catalog (grams, °C, litres, lumens), so the filter compares
// like with like whatever unit the shop's fields use.
import type { Measure } from './parse-ranking.ts';

export type LimitedMeasure = Extract<Measure, 'weight' | 'temperature' | 'volume' | 'brightness'>;

export interface MeasureLimit {
  measure: LimitedMeasure;
  min?: number;
  max?: number;
  /** The shopper's words, for the answer ("rated to 20°F or lower"). */
  label: string;
}

interface Unit {
  pattern: string;
  measure: LimitedMeasure;
  /** How the answer writes it after the number. */
  shown: string;
  /** To the normalised unit. */
  convert: (n: number) => number;
}

// "pounds" is left out: in a shop that prices in pounds it is a price ("under 50 pounds").
const UNITS: Unit[] = [
  { pattern: 'kg|kgs|kilos?|kilograms?', measure: 'weight', shown: ' kg', convert: (n) => n * 1000 },
  { pattern: 'g|grams?|gr', measure: 'weight', shown: ' g', convert: (n) => n },
  { pattern: 'lbs?', measure: 'weight', shown: ' lb', convert: (n) => n * 453.6 },
  { pattern: 'oz|ounces?', measure: 'weight', shown: ' oz', convert: (n) => n * 28.35 },
  // A bare "degrees" names no scale, so it is no limit.
  { pattern: 'f|fahrenheit|degrees? f|degrees? fahrenheit', measure: 'temperature', shown: '°F', convert: (n) => ((n - 32) * 5) / 9 },
  { pattern: 'c|celsius|degrees? c|degrees? celsius', measure: 'temperature', shown: '°C', convert: (n) => n },
  { pattern: 'l|ltrs?|litres?|liters?', measure: 'volume', shown: ' L', convert: (n) => n },
  { pattern: 'lm|lumens?', measure: 'brightness', shown: ' lm', convert: (n) => n },
];

const UPPER_BEFORE = String.raw`under|below|less than|lighter than|smaller than|at most|no more than|up to|max(?:imum)?|within|not more than`;
const LOWER_BEFORE = String.raw`over|above|more than|at least|min(?:imum)?|bigger than|larger than|greater than|heavier than|brighter than|no less than|not less than`;
const UPPER_AFTER = String.raw`or (?:lower|less|below|under|colder|lighter|smaller)|and (?:under|below|lower|less)|max(?:imum)?|at most`;
const LOWER_AFTER = String.raw`or (?:more|higher|above|over|bigger|larger|brighter)|and (?:up|over|above|more)|plus|min(?:imum)?|at least`;
/** Words that say a temperature is what the product is rated to: reaching it is the limit. */
const RATED = String.raw`rated (?:to|for|down to)|comfort (?:to|down to)|good (?:to|for|down to)|down to|for`;

/** The normaliser drops a minus sign, so parseQuery writes "-5°C" as "minus 5°C" first. */
const NUMBER = String.raw`((?:minus )?\d+(?:\.\d+)?)`;
const UNIT = `(${UNITS.map((u) => u.pattern).join('|')})`;
const LIMIT = new RegExp(
  String.raw`(?:\b(${UPPER_BEFORE}|${LOWER_BEFORE}|${RATED})\s+)?(?<![\w.])${NUMBER}\s?${UNIT}\b(?:\s+(${UPPER_AFTER}|${LOWER_AFTER}))?`,
  'g',
);

function unitOf(word: string): Unit | undefined {
  return UNITS.find((u) => new RegExp(`^(?:${u.pattern})$`).test(word));
}

/**
 * The measure limits a normalised message states, and the message without their words (so "at least 50
 * litres" is not also read as a price over 50, nor "litres" as a word to search for). A number with a
 * unit and no direction ("a 50 L pack") is no limit, except a temperature rating ("rated to 20°F"):
 * the product must reach it, so the rating is at most that.
 */
export function parseMeasureLimits(norm: string): { limits: MeasureLimit[]; rest: string } {
  const limits: MeasureLimit[] = [];
  const rest = norm.replace(LIMIT, (match, before: string | undefined, value: string, unitWord: string, after: string | undefined) => {
    const unit = unitOf(unitWord);
    if (!unit) return match;
    const signed = value.startsWith('minus ') ? -Number(value.slice(6)) : Number(value);
    const n = unit.convert(signed);
    const upper = (before && new RegExp(`^(?:${UPPER_BEFORE})$`).test(before)) || (after && new RegExp(`^(?:${UPPER_AFTER})$`).test(after));
    const lower = (before && new RegExp(`^(?:${LOWER_BEFORE})$`).test(before)) || (after && new RegExp(`^(?:${LOWER_AFTER})$`).test(after));
    const rated = !!before && new RegExp(`^(?:${RATED})$`).test(before);
    const label = [before, `${signed}${unit.shown}`, after].filter(Boolean).join(' ');
    let limit: MeasureLimit | null = null;
    // For a temperature rating "lower" is warmer: "rated to 20°F or lower" and "under 20°F" are maxima.
    if (upper && !lower) limit = { measure: unit.measure, max: n, label };
    else if (lower && !upper) limit = { measure: unit.measure, min: n, label };
    else if (rated && unit.measure === 'temperature') limit = { measure: unit.measure, max: n, label };
    if (!limit) return match;
    const same = limits.find((l) => l.measure === limit.measure);
    // "between 1 and 2 kg" said as "over 1 kg and under 2 kg": one limit with both bounds.
    if (same) {
      if (limit.min !== undefined) same.min = limit.min;
      if (limit.max !== undefined) same.max = limit.max;
      same.label = `${same.label}, ${limit.label}`;
    }
    else limits.push(limit);
    return ' ';
  });
  return { limits, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** Does a product's value (normalised units) satisfy the limit? A small tolerance absorbs unit rounding. */
export function withinLimit(value: number, limit: MeasureLimit): boolean {
  const slack = limit.measure === 'temperature' ? 0.05 : 0.005 * Math.max(1, Math.abs(value));
  return (limit.min === undefined || value >= limit.min - slack) && (limit.max === undefined || value <= limit.max + slack);
}
