// CLI build: the weight and length units feeds write ("1.2 kg", "2 lbs", "Weight (oz)", "12 in"), read
// into one spelling per unit, and numbers shown the way a shop page shows them ("1.2 kg", not "1.200").

export type WeightUnit = 'g' | 'kg' | 'lb' | 'oz';
export type LengthUnit = 'mm' | 'cm' | 'm' | 'in' | 'ft';

const WEIGHT_WORDS: Record<string, WeightUnit> = {
  g: 'g', gr: 'g', gram: 'g', grams: 'g', gramm: 'g',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  oz: 'oz', ounce: 'oz', ounces: 'oz',
};

const LENGTH_WORDS: Record<string, LengthUnit> = {
  mm: 'mm', millimetre: 'mm', millimeter: 'mm', millimetres: 'mm', millimeters: 'mm',
  cm: 'cm', centimetre: 'cm', centimeter: 'cm', centimetres: 'cm', centimeters: 'cm',
  m: 'm', metre: 'm', meter: 'm', metres: 'm', meters: 'm',
  in: 'in', inch: 'in', inches: 'in', '"': 'in',
  ft: 'ft', foot: 'ft', feet: 'ft',
};

const GRAMS_PER: Record<WeightUnit, number> = { g: 1, kg: 1000, lb: 453.59237, oz: 28.349523125 };

export function weightUnit(word: string): WeightUnit | undefined {
  return Object.hasOwn(WEIGHT_WORDS, word.toLowerCase()) ? WEIGHT_WORDS[word.toLowerCase()] : undefined;
}

export function lengthUnit(word: string): LengthUnit | undefined {
  return Object.hasOwn(LENGTH_WORDS, word.toLowerCase()) ? LENGTH_WORDS[word.toLowerCase()] : undefined;
}

export const isWeightUnit = (u: string): u is WeightUnit => weightUnit(u) === u;
export const isLengthUnit = (u: string): u is LengthUnit => lengthUnit(u) === u;

/** A number as a spec sheet writes it: at most `decimals` places, no trailing zeros ("1.2", "850"). */
export function shortNumber(n: number, decimals = 2): string {
  return String(Number(n.toFixed(decimals)));
}

/** Grams shown in the shop's display unit (Shopify stores grams and a unit to show them in). */
export function gramsIn(grams: number, unit: WeightUnit): string {
  const value = grams / GRAMS_PER[unit];
  return `${shortNumber(value, unit === 'g' ? 0 : unit === 'oz' ? 1 : 3)} ${unit}`;
}

/** "1.2 kg", "1,2 kg", "2lbs", "12 oz" → value and unit; a bare number → value only. */
export function readQuantity<U extends string>(text: string, unitOf: (word: string) => U | undefined): { value: number; unit?: U } | undefined {
  const m = /^(\d+(?:[.,]\d+)?|\.\d+)\s*([^\d\s.,][^\d]*)?$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1].replace(',', '.'));
  if (!m[2]) return { value };
  const unit = unitOf(m[2].trim().replace(/\.$/, ''));
  return unit ? { value, unit } : undefined;
}
