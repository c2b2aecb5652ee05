// CLI build: the merchant's rules file (pins, boosts, filters, price band) → the `rules` chunk, checked
// against the MerchantRules contract and the catalog so a typo fails here, not silently in the shop.
import type { MerchantRules } from '../../protocol/index-format.ts';
import { InputError, type Problems } from './problems.ts';
import { readText } from './read-text.ts';

const KEYS = ['pin', 'boost', 'bury', 'filter', 'priceBand', 'minResults'];

export function readRules(path: string, known: Set<string>, problems: Problems): MerchantRules {
  const src = readText(path, problems);
  let raw: unknown;
  try {
    raw = JSON.parse(src.text);
  } catch (err) {
    throw new InputError(`${src.name}: not valid JSON (${(err as Error).message}); write an object like {"pin": [{"productId": "sku-1", "position": 0}]}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${src.name}: rules must be a JSON object with keys ${KEYS.join(', ')}`);
  const rules = raw as Record<string, unknown>;
  for (const key of Object.keys(rules)) {
    if (!KEYS.includes(key)) throw new InputError(`${src.name}: unknown rules key "${key}"; valid keys are ${KEYS.join(', ')}`);
  }
  const list = (key: string): Array<Record<string, unknown>> => {
    const v = rules[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new InputError(`${src.name}: "${key}" must be an array`);
    return v as Array<Record<string, unknown>>;
  };
  const out: MerchantRules = {};
  const pins = list('pin').filter((p, i) => {
    const ok = typeof p.productId === 'string' && Number.isInteger(p.position) && (p.position as number) >= 0;
    if (!ok) problems.error({ file: src.name, record: i + 1 }, 'pin', 'needs {"productId": string, "position": integer ≥ 0}; this pin was skipped');
    else if (!known.has(p.productId as string)) {
      problems.error({ file: src.name, record: i + 1 }, 'pin', `product "${String(p.productId)}" is not in the feeds; fix the id or remove the pin (skipped)`);
      return false;
    }
    return ok;
  });
  if (pins.length) out.pin = pins.map((p) => ({ productId: p.productId as string, position: p.position as number, ...(typeof p.strategy === 'string' ? { strategy: p.strategy } : {}) }));
  for (const key of ['boost', 'bury'] as const) {
    const items = list(key).filter((b, i) => {
      const ok = typeof b.attribute === 'string' && typeof b.value === 'string' && typeof b.factor === 'number' && b.factor > 0;
      if (!ok) problems.error({ file: src.name, record: i + 1 }, key, 'needs {"attribute": string, "value": string, "factor": number > 0}; skipped');
      return ok;
    });
    if (items.length) out[key] = items.map((b) => ({ attribute: b.attribute as string, value: b.value as string, factor: b.factor as number }));
  }
  const filters = list('filter').filter((f, i) => {
    const ok = typeof f.attribute === 'string' && Array.isArray(f.values) && f.values.every((v) => typeof v === 'string');
    if (!ok) problems.error({ file: src.name, record: i + 1 }, 'filter', 'needs {"attribute": string, "values": string[]}; skipped');
    return ok;
  });
  if (filters.length) out.filter = filters.map((f) => ({ attribute: f.attribute as string, values: f.values as string[] }));
  const band = rules.priceBand as Record<string, unknown> | undefined;
  if (band !== undefined) {
    const bad = typeof band !== 'object' || (band.min !== undefined && typeof band.min !== 'number') || (band.max !== undefined && typeof band.max !== 'number');
    if (bad) throw new InputError(`${src.name}: "priceBand" must look like {"min": 10, "max": 200}`);
    out.priceBand = { ...(band.min !== undefined ? { min: band.min as number } : {}), ...(band.max !== undefined ? { max: band.max as number } : {}) };
  }
  if (rules.minResults !== undefined) {
    if (!Number.isInteger(rules.minResults) || (rules.minResults as number) < 0) throw new InputError(`${src.name}: "minResults" must be an integer ≥ 0`);
    out.minResults = rules.minResults as number;
  }
  return out;
}
