// Assistant, retrieval: the attribute that states a number in the unit a question asks for ("how many watts
// is the kettle?" → power: 3000 W), whatever the merchant named the key: the unit in the value decides,
// then a key named for the quantity ("wattage": 3000). Attributes only: descriptions are merchant prose.
import type { Product } from '../../../protocol/product.ts';
import type { Unit } from '../understand/parse-fact.ts';

const NUMBER = String.raw`\d+(?:[.,]\d+)?\s?`;

/** A value written in the unit ("3000 W", "2.2kW", "1.7 litres"). */
const IN_UNIT: Record<Unit, RegExp> = {
  watt: new RegExp(`${NUMBER}(?:k?w|watts?|kilowatts?)\\b`, 'i'),
  volt: new RegExp(`${NUMBER}(?:v|volts?)\\b`, 'i'),
  amp: new RegExp(`${NUMBER}(?:a|amps?|amperes?)\\b`, 'i'),
  litre: new RegExp(`${NUMBER}(?:m?l|litres?|liters?|millilitres?|milliliters?)\\b`, 'i'),
  decibel: new RegExp(`${NUMBER}(?:db|decibels?)\\b`, 'i'),
  rpm: new RegExp(`${NUMBER}(?:rpm)\\b`, 'i'),
  mah: new RegExp(`${NUMBER}(?:mah)\\b`, 'i'),
  hour: new RegExp(`${NUMBER}(?:h|hrs?|hours?)\\b`, 'i'),
};

/** Keys named for the quantity, whose value may be a bare number. */
const KEY_OF: Record<Unit, RegExp> = {
  watt: /watt|power/,
  volt: /volt/,
  amp: /amp/,
  litre: /litre|liter|volume|capacity/,
  decibel: /noise|decibel|db|loudness/,
  rpm: /rpm|speed/,
  mah: /mah|battery/,
  hour: /hours|battery_life|runtime|run_time/,
};

export function attributeInUnit(p: Product, unit: Unit): { name: string; value: string } | undefined {
  const entries = Object.entries(p.attributes);
  const hit = entries.find(([, v]) => IN_UNIT[unit].test(v)) ?? entries.find(([k, v]) => KEY_OF[unit].test(k) && /\d/.test(v));
  return hit ? { name: hit[0], value: hit[1] } : undefined;
}
