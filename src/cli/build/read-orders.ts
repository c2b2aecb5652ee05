// CLI build: the merchant's orders export (CSV `order_id,product_id[,quantity,timestamp[,customer_id]]`
// or JSON) → order lines with product ids resolved (variant ids count for their product).
import { extname } from 'node:path';
import { normKey } from './feed-record.ts';
import { parseCsv } from './parse-csv.ts';
import { parseJsonList } from './read-json-feed.ts';
import { InputError, type Problems, type Where } from './problems.ts';
import { readText } from './read-text.ts';

export interface OrderRow {
  orderId: string;
  productId: string;
  quantity: number;
  /** Milliseconds since the epoch, when the export has a time. */
  timestamp?: number;
  customerId?: string;
}

const COLUMNS = {
  orderId: ['order_id', 'order', 'orderid', 'order_number', 'name', 'transaction_id', 'id'],
  productId: ['product_id', 'productid', 'product', 'sku', 'lineitem_sku', 'item_id', 'variant_id'],
  quantity: ['quantity', 'qty', 'lineitem_quantity', 'count'],
  timestamp: ['timestamp', 'date', 'created_at', 'order_date', 'time', 'paid_at'],
  customerId: ['customer_id', 'customer', 'customerid', 'user_id', 'userid', 'email'],
};

export interface ReadOrdersResult {
  lines: OrderRow[];
  orders: number;
  unknownProducts: number;
}

export function readOrders(path: string, known: Set<string>, variantOf: Map<string, string>, problems: Problems): ReadOrdersResult {
  const src = readText(path, problems);
  const lines: OrderRow[] = [];
  const unknown = new Map<string, Where>();
  const orderIds = new Set<string>();
  let rows = 0;
  // One row at a time through `get`: 500k order lines must not become 500k Maps.
  const consume = (where: () => Where, get: (key: string) => unknown) => {
    rows++;
    const pick = (names: string[]) => {
      for (const n of names) {
        const v = get(n);
        if (v !== undefined && v !== null && String(v).trim() !== '') return v;
      }
      return undefined;
    };
    const orderId = pick(COLUMNS.orderId);
    const productRaw = pick(COLUMNS.productId);
    if (orderId === undefined || productRaw === undefined) {
      problems.error(where(), orderId === undefined ? 'order_id' : 'product_id', `missing; every order line needs an order id and a product id (columns order_id,product_id)`);
      return;
    }
    const id = String(productRaw).trim();
    const productId = known.has(id) ? id : variantOf.get(id);
    if (!productId) {
      if (!unknown.has(id)) unknown.set(id, where());
      return;
    }
    const qtyRaw = pick(COLUMNS.quantity);
    const quantity = qtyRaw === undefined ? 1 : Number(qtyRaw);
    if (!Number.isFinite(quantity) || quantity <= 0) {
      problems.error(where(), 'quantity', `${JSON.stringify(qtyRaw)} is not a quantity; write a whole number ≥ 1`);
      return;
    }
    const line: OrderRow = { orderId: String(orderId).trim(), productId, quantity };
    const time = pick(COLUMNS.timestamp);
    if (time !== undefined) {
      const ms = parseTime(time);
      if (ms === undefined) problems.warn(where(), 'timestamp', `${JSON.stringify(time)} is not a date; write ISO 8601 like 2024-05-01T12:00:00Z or Unix seconds (line kept without a time)`);
      else line.timestamp = ms;
    }
    const customer = pick(COLUMNS.customerId);
    if (customer !== undefined) line.customerId = String(customer).trim();
    lines.push(line);
    orderIds.add(line.orderId);
  };
  if (extname(path).toLowerCase() === '.json' || /^[[{]/.test(src.text.trimStart())) {
    parseJsonList(src, 'orders').forEach((o, i) => {
      const where = () => ({ file: src.name, record: i + 1 });
      if (!o || typeof o !== 'object') return;
      const obj = o as Record<string, unknown>;
      // Nested orders: { id, items|line_items: [{product_id, quantity}] }.
      const items = (obj.items ?? obj.line_items ?? obj.products) as unknown;
      if (Array.isArray(items)) {
        for (const item of items) {
          const fields = toFields({ ...obj, ...(item as Record<string, unknown>), order_id: obj.order_id ?? obj.id, id: undefined });
          consume(where, (k) => fields.get(k));
        }
      } else {
        const fields = toFields(obj);
        consume(where, (k) => fields.get(k));
      }
    });
  } else {
    const table = parseCsv(src.text, src.name);
    const index = new Map<string, number>();
    table.header.forEach((h, i) => index.set(normKey(h), i));
    for (const row of table.rows) consume(() => ({ file: src.name, line: row.line }), (k) => {
      const i = index.get(k);
      return i === undefined ? undefined : row.cells[i];
    });
  }
  if (rows === 0) throw new InputError(`${src.name}: the orders file holds no orders; export them again (columns order_id,product_id[,quantity,timestamp,customer_id])`);
  for (const [id, where] of [...unknown].slice(0, 20)) {
    problems.warn(where, 'product_id', `"${id}" is not a product or variant id in the feeds; check the export matches the feed (lines with it were ignored)`);
  }
  if (unknown.size > 20) problems.warn({ file: src.name }, 'product_id', `${unknown.size - 20} more unknown product ids not listed`);
  return { lines, orders: orderIds.size, unknownProducts: unknown.size };
}

function toFields(obj: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(obj).map(([k, v]) => [normKey(k), v]));
}

function parseTime(v: unknown): number | undefined {
  const s = String(v).trim();
  if (/^\d{9,10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{12,13}$/.test(s)) return Number(s);
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? ms : undefined;
}
