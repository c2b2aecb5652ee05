// CLI build: a product's weight and dimensions as display attributes ("1.2 kg", "L 30 × W 20 × H 10 cm")
// from every shape feeds write them in: Shopify grams with a display unit, WooCommerce's "Weight (kg)"
// headers, Merchant Center's "1.2 kg" values, JSON numbers and {value, unit} or {width, height} objects.
import type { FeedUnits } from './feed-mapping.ts';
import { isBlank } from './feed-record.ts';
import { scalarText } from './feed-values.ts';
import { gramsIn, lengthUnit, readQuantity, shortNumber, weightUnit, type LengthUnit, type WeightUnit } from './units.ts';

export interface MeasureProblem {
  field: string;
  message: string;
  /** What the record keeps instead: "kept without a weight". */
  outcome: string;
}

/** A measure kept as a bare number because neither the feed nor `--mapping` names its unit. */
export interface UnitlessMeasure {
  key: string;
  kind: 'weight' | 'dimensions';
  value: string;
}

export interface Measures {
  attributes: Record<string, string>;
  problems: MeasureProblem[];
  unitless: UnitlessMeasure[];
}

const GRAMS_KEYS = ['variant_grams', 'grams', 'weight_value_grams', 'weight_grams', 'weight_in_grams'];
const DISPLAY_UNIT_KEYS = ['variant_weight_unit', 'weight_unit_for_display', 'weight_unit'];
const WEIGHT_KEYS = ['weight', 'product_weight', 'item_weight', 'net_weight'];
const SIDES = [['length', 'L'], ['width', 'W'], ['height', 'H'], ['depth', 'D']] as const;

const WEIGHT_FIX = 'write a number with its unit, like 1.2 kg, 850 g, 2.5 lb or 12 oz';
const LENGTH_FIX = 'write a number with its unit, like 30 cm or 12 in';

export function readMeasures(fields: Map<string, unknown>, units: FeedUnits, mappedWeight?: string): Measures {
  const out: Measures = { attributes: {}, problems: [], unitless: [] };
  const weight = readWeight(fields, units, mappedWeight, out);
  if (weight) out.attributes.weight = weight;
  const shipping = fields.get('shipping_weight');
  if (!isBlank(shipping)) {
    const text = weightText(shipping, 'shipping_weight', undefined, units, out);
    if (text) out.attributes.shipping_weight = text;
  }
  const dimensions = readDimensions(fields, units, out);
  if (dimensions) out.attributes.dimensions = dimensions;
  return out;
}

function readWeight(fields: Map<string, unknown>, units: FeedUnits, mapped: string | undefined, out: Measures): string | undefined {
  const display = DISPLAY_UNIT_KEYS.map((k) => weightUnit(scalarText(fields.get(k)))).find((u) => u !== undefined);
  // The merchant's own choice (--mapping) comes before any column Aisle would pick.
  if (mapped && !isBlank(fields.get(mapped))) return weightText(fields.get(mapped), mapped, display, units, out);
  for (const key of GRAMS_KEYS) {
    const raw = fields.get(key);
    if (isBlank(raw)) continue;
    const grams = Number(scalarText(raw));
    if (!Number.isFinite(grams) || grams < 0) {
      out.problems.push({ field: key, message: `${JSON.stringify(raw)} is not a weight in grams; write a whole number of grams like 1200`, outcome: 'kept without a weight' });
      return undefined;
    }
    // Shopify writes 0 grams for "no weight given" (gift cards, digital goods).
    if (grams === 0) return undefined;
    return gramsIn(grams, display ?? (grams >= 1000 ? 'kg' : 'g'));
  }
  const suffixed = [...fields.keys()].find((k) => /^weight_[a-z]+$/.test(k) && weightUnit(k.slice(7)) && !isBlank(fields.get(k)));
  const keys = [...WEIGHT_KEYS, ...(suffixed ? [suffixed] : [])];
  const key = keys.find((k) => !isBlank(fields.get(k)));
  if (!key) return undefined;
  const unit = key === suffixed ? weightUnit(key.slice(7)) : display;
  return weightText(fields.get(key), key, unit, units, out);
}

function weightText(raw: unknown, key: string, unit: WeightUnit | undefined, units: FeedUnits, out: Measures): string | undefined {
  const q = quantityOf(raw, weightUnit);
  if (!q) {
    out.problems.push({ field: key, message: `${JSON.stringify(raw)} is not a weight; ${WEIGHT_FIX}`, outcome: `kept without a ${key === 'shipping_weight' ? 'shipping weight' : 'weight'}` });
    return undefined;
  }
  if (q.value === 0) return undefined;
  const u = q.unit ?? unit ?? units.weight;
  if (!u) out.unitless.push({ key, kind: 'weight', value: shortNumber(q.value) });
  return u ? `${shortNumber(q.value)} ${u}` : shortNumber(q.value);
}

function readDimensions(fields: Map<string, unknown>, units: FeedUnits, out: Measures): string | undefined {
  const nested = fields.get('dimensions');
  if (typeof nested === 'string' && nested.trim()) return nested.trim();
  const sides: Array<{ label: string; raw: unknown; key: string; unit?: LengthUnit }> = [];
  const box = nested && typeof nested === 'object' && !Array.isArray(nested) ? (nested as Record<string, unknown>) : undefined;
  const boxUnit = box ? lengthUnit(scalarText(box.unit ?? box.units)) : undefined;
  for (const [side, label] of SIDES) {
    if (box && !isBlank(box[side])) {
      sides.push({ label, raw: box[side], key: `dimensions.${side}`, unit: boxUnit });
      continue;
    }
    // WooCommerce: "Length (cm)" → length_cm; Merchant Center: product_length "20 cm".
    const suffixed = [...fields.keys()].find((k) => k.startsWith(`${side}_`) && lengthUnit(k.slice(side.length + 1)) && !isBlank(fields.get(k)));
    if (suffixed) sides.push({ label, raw: fields.get(suffixed), key: suffixed, unit: lengthUnit(suffixed.slice(side.length + 1)) });
    else if (!isBlank(fields.get(`product_${side}`))) sides.push({ label, raw: fields.get(`product_${side}`), key: `product_${side}` });
  }
  const read = sides.flatMap((s) => {
    const q = quantityOf(s.raw, lengthUnit);
    if (!q) {
      out.problems.push({ field: s.key, message: `${JSON.stringify(s.raw)} is not a length; ${LENGTH_FIX}`, outcome: `kept without its ${s.label === 'L' ? 'length' : s.label === 'W' ? 'width' : s.label === 'H' ? 'height' : 'depth'}` });
      return [];
    }
    return q.value > 0 ? [{ label: s.label, value: q.value, unit: q.unit ?? s.unit ?? units.dimensions, key: s.key }] : [];
  });
  if (read.length === 0) return undefined;
  const unitsUsed = new Set(read.map((r) => r.unit));
  const one = unitsUsed.size === 1;
  const text = read.map((r) => `${r.label} ${shortNumber(r.value)}${!one && r.unit ? ` ${r.unit}` : ''}`).join(' × ');
  if (unitsUsed.has(undefined)) out.unitless.push({ key: read[0].key.split('.')[0], kind: 'dimensions', value: text });
  const unit = read[0].unit;
  return one && unit ? `${text} ${unit}` : text;
}

function quantityOf<U extends string>(raw: unknown, unitOf: (word: string) => U | undefined): { value: number; unit?: U } | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? { value: raw } : undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    // Shopify's Admin API and Merchant API write {value, unit}.
    const o = raw as Record<string, unknown>;
    const inner = quantityOf(o.value ?? o.amount, unitOf);
    const unit = unitOf(scalarText(o.unit ?? o.units));
    return inner && (unit || isBlank(o.unit)) ? { value: inner.value, unit: unit ?? inner.unit } : undefined;
  }
  return readQuantity(scalarText(raw), unitOf);
}
