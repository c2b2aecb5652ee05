// CLI build: Merchant Center's structured attributes. In XML `product_detail` and `shipping` are nested
// elements (read-xml-feed.ts makes them objects, lists when repeated); in TSV they are colon-separated
// sub-values, several per cell separated by commas, in the order the header names them:
// "product_detail(section_name:attribute_name:attribute_value)" → "General:Screen size:6 in,...".
import { normKey } from './feed-record.ts';
import { canonicalAttribute, scalarText } from './feed-values.ts';

type SubValues = Record<string, string>;

/** Spec sheet entries as [attribute key, value]: ["screen_size", "6 in"]. */
export function readSpecs(fields: Map<string, unknown>): Array<[string, string]> {
  return structured(fields, 'product_detail', ['section_name', 'attribute_name', 'attribute_value'], ['attribute_name', 'attribute_value']).flatMap((d) => {
    const name = normKey(d.attribute_name ?? '');
    const value = (d.attribute_value ?? '').trim();
    return name && value ? [[canonicalAttribute(name), value] as [string, string]] : [];
  });
}

/** Shipping costs as one display line: "US Standard: 4.95 USD; CA: 12.00 USD". */
export function readShipping(fields: Map<string, unknown>): string | undefined {
  const rates = structured(fields, 'shipping', ['country', 'region', 'postal_code', 'location_id', 'location_group_name', 'service', 'price'], ['country', 'region', 'service', 'price']);
  const lines = rates.flatMap((r) => {
    const where = [r.country, r.region, r.postal_code, r.service].filter(Boolean).join(' ');
    return r.price ? [`${where ? `${where}: ` : ''}${r.price}`] : [];
  });
  if (lines.length) return lines.join('; ');
  // A plain "shipping" column of a generic feed ("Free shipping over $50") is kept as written.
  const plain = fields.get('shipping');
  return typeof plain === 'string' && plain.trim() ? plain.trim() : undefined;
}

/**
 * Entries of a structured attribute: XML objects as they are; TSV cells split by the sub-attribute
 * names in the header's key ("shipping_country_service_price") or the attribute's default order.
 */
function structured(fields: Map<string, unknown>, base: string, known: string[], defaults: string[]): SubValues[] {
  for (const [key, value] of fields) {
    if (key !== base && !key.startsWith(`${base}_`)) continue;
    const names = key === base ? defaults : subNames(key.slice(base.length + 1), known);
    // Other columns that merely start with the name (shipping_weight, shipping_label) are not this one.
    if (!names) continue;
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item) => {
      if (item && typeof item === 'object') {
        const o: SubValues = {};
        for (const [k, v] of Object.entries(item as Record<string, unknown>)) o[normKey(k)] = scalarText(v);
        return [o];
      }
      return splitCell(scalarText(item), names);
    });
  }
  return [];
}

function subNames(rest: string, known: string[]): string[] | undefined {
  const names: string[] = [];
  let tail = rest;
  while (tail) {
    const next = known.find((n) => tail === n || tail.startsWith(`${n}_`));
    if (!next) return undefined;
    names.push(next);
    tail = tail.slice(next.length + 1);
  }
  return names.length > 1 ? names : undefined;
}

/** "General:Screen size:6 in,Display:Resolution:432x240": a comma inside a value stays with it. */
function splitCell(cell: string, names: string[]): SubValues[] {
  const pieces: string[] = [];
  for (const piece of cell.split(',')) {
    if (pieces.length > 0 && piece.split(':').length < names.length) pieces[pieces.length - 1] += `,${piece}`;
    else pieces.push(piece);
  }
  return pieces.flatMap((piece) => {
    const parts = piece.split(':');
    if (parts.length < names.length) return [];
    // The last sub-value may hold colons of its own ("Time:10:30").
    const values = [...parts.slice(0, names.length - 1), parts.slice(names.length - 1).join(':')];
    const o: SubValues = {};
    names.forEach((n, i) => (o[n] = values[i].trim().replace(/^"|"$/g, '')));
    return [o];
  });
}
