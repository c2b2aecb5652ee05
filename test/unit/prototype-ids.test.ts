// Unit (issue 9, the recommender's side): product ids that are also Object.prototype names (`__proto__`,
// `constructor`, `toString`) are ids like any other in the interaction tables and in every strategy.
import { describe, expect, it } from 'vitest';
import type { PairTableChunk, PopularityChunk } from '../../src/protocol/index-format.ts';
import type { Product } from '../../src/protocol/product.ts';
import { STRATEGIES } from '../../src/protocol/recommend.ts';
import { buildInteractionTables, type OrderLine } from '../../src/shared/interaction-tables.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { RecommendationEngine } from '../../src/worker/recommend/engine.ts';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'plain'];
const product = (id: string): Product => ({ id, title: `Item ${id}`, price: 10, currency: 'EUR', categories: ['Things', id === 'plain' ? 'Plain' : 'Odd'], inStock: true, tags: [], attributes: {} });

function orders(): OrderLine[] {
  const lines: OrderLine[] = [];
  // __proto__ sells most and always with `plain`; `toString` is followed by `__proto__`.
  for (let c = 0; c < 4; c++) {
    lines.push({ orderId: `a${c}`, productId: '__proto__', customerId: `c${c}`, at: 2000 + c });
    lines.push({ orderId: `a${c}`, productId: 'plain', customerId: `c${c}`, at: 2000 + c });
    lines.push({ orderId: `b${c}`, productId: 'toString', customerId: `c${c}`, at: 1000 + c });
  }
  lines.push({ orderId: 'x', productId: 'hasOwnProperty', customerId: 'c9', at: 10 });
  return lines;
}

describe('prototype-named product ids', () => {
  const tables = buildInteractionTables(orders());
  // What the worker reads is the JSON the build wrote.
  const shipped = JSON.parse(JSON.stringify(tables)) as { popularity: PopularityChunk; copurchase: PairTableChunk; coview: PairTableChunk; transitions: PairTableChunk };

  it('keep their popularity and pair rows through the build and its JSON', () => {
    expect(Object.hasOwn(tables.popularity.scores, '__proto__')).toBe(true);
    expect(shipped.popularity.scores['__proto__']).toBe(1);
    expect(Object.getPrototypeOf(shipped.popularity.scores)).toBe(Object.prototype);
    expect(shipped.copurchase.pairs['__proto__']?.[0]?.[0]).toBe('plain');
    expect(shipped.copurchase.pairs['plain']?.[0]?.[0]).toBe('__proto__');
    expect(shipped.transitions.pairs['toString']?.map(([id]) => id)).toContain('__proto__');
    // `constructor` was never ordered with anything: no row, not Object's constructor.
    expect(Object.hasOwn(shipped.copurchase.pairs, 'constructor')).toBe(false);
  });

  it('are recommended, and recommended for, by every strategy without throwing', () => {
    const engine = new RecommendationEngine(catalogData(IDS.map(product), shipped));
    const now = 10_000;
    expect(engine.recommend({ strategy: 'bought-together', productId: '__proto__' }, now)[0]?.productId).toBe('plain');
    expect(engine.recommend({ strategy: 'trending' }, now)[0]?.productId).toBe('__proto__');
    engine.observe({ type: 'view', productId: 'constructor', at: now - 10 });
    engine.observe({ type: 'view', productId: 'toString', at: now - 5 });
    for (const strategy of STRATEGIES) {
      for (const productId of ['constructor', '__proto__', 'hasOwnProperty']) {
        const out = engine.recommend({ strategy, productId }, now);
        for (const c of out) {
          expect(IDS).toContain(c.productId);
          expect(Number.isFinite(c.score)).toBe(true);
        }
      }
    }
    expect(engine.recommend({ strategy: 'for-you' }, now).map((c) => c.productId)).toContain('__proto__');
  });
});
