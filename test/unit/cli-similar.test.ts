// The `similar` chunk's TF-IDF neighbours: a known-answer catalog (the right neighbour is obvious), and
// the pruned inverted index checked against exact brute-force cosine on a seeded random catalog.
import { describe, expect, it } from 'vitest';
import { similarChunk, similarNeighbours, sparseDot, tfidfVectors } from '../../src/cli/build/tfidf-similar.ts';
import type { PairTableChunk } from '../../src/protocol/index-format.ts';
import type { Product } from '../../src/protocol/product.ts';

const product = (id: string, title: string, categories: string[], brand?: string): Product => ({ id, title, price: 10, currency: 'EUR', categories, brand, inStock: true, tags: [], attributes: {} });

describe('content neighbours', () => {
  const catalog = [
    product('run-1', 'Trail Running Shoe', ['Shoes', 'Running'], 'Fleet'),
    product('run-2', 'Road Running Shoe', ['Shoes', 'Running'], 'Fleet'),
    product('boot-1', 'Leather Hiking Boot', ['Shoes', 'Boots'], 'Ridge'),
    product('boot-2', 'Winter Hiking Boot', ['Shoes', 'Boots'], 'Ridge'),
    product('mug-1', 'Stoneware Coffee Mug', ['Kitchen', 'Mugs'], 'Hearth'),
    product('mug-2', 'Travel Coffee Mug', ['Kitchen', 'Mugs'], 'Hearth'),
  ];
  // Parsed back from the serialised text, as the worker will read it.
  const chunk = JSON.parse(similarChunk(catalog, similarNeighbours(tfidfVectors(catalog)), 'cosine:tfidf').json) as PairTableChunk;

  it('is a PairTableChunk with the measure named', () => {
    expect(chunk.measure).toBe('cosine:tfidf');
    expect(Object.keys(chunk.pairs).sort()).toEqual(catalog.map((p) => p.id).sort());
  });
  it('puts the obvious sibling first', () => {
    expect(chunk.pairs['run-1'][0][0]).toBe('run-2');
    expect(chunk.pairs['boot-2'][0][0]).toBe('boot-1');
    expect(chunk.pairs['mug-1'][0][0]).toBe('mug-2');
  });
  it('never lists a product as its own neighbour and never links unrelated departments', () => {
    for (const [id, list] of Object.entries(chunk.pairs)) {
      expect(list.map((p) => p[0])).not.toContain(id);
      if (id.startsWith('mug')) expect(list.every(([o]) => o.startsWith('mug'))).toBe(true);
    }
  });
  it('scores are cosines in (0, 1], best first', () => {
    for (const list of Object.values(chunk.pairs)) {
      list.forEach(([, s], i) => {
        expect(s).toBeGreaterThan(0);
        expect(s).toBeLessThanOrEqual(1);
        if (i > 0) expect(s).toBeLessThanOrEqual(list[i - 1][1]);
      });
    }
  });
});

describe('pruned candidate search', () => {
  it('finds ≥ 95% of the exact top-10 neighbours on a 3,000-product catalog with postings pruned', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const cats = Array.from({ length: 30 }, (_, i) => `Cat${i}`);
    const catalog = Array.from({ length: 3000 }, (_, i) => {
      const c = Math.floor(rand() * cats.length);
      const title = Array.from({ length: 5 }, () => words[Math.floor(((c * 13 + rand() * 60) % words.length))]).join(' ');
      return product(`p${i}`, title, ['Top', cats[c]], `brand${Math.floor(rand() * 50)}`);
    });
    const v = tfidfVectors(catalog);
    // Postings cut to 60 per term (the catalog's common terms hold 100-200): pruning is really at work.
    const got = similarNeighbours(v, { k: 10, postingsPerTerm: 60 });
    let hit = 0, total = 0;
    for (let d = 0; d < catalog.length; d += 10) {
      const exact = catalog.map((_, o) => (o === d ? -1 : sparseDot(v, d, o))).sort((a, b) => b - a);
      // Recall by score, so ties at the 10th place do not count as misses.
      const tenth = exact[9];
      total += 10;
      hit += got[d].filter(([, s]) => s >= tenth - 1e-6).length;
    }
    expect(hit / total).toBeGreaterThanOrEqual(0.95);
  });
});
