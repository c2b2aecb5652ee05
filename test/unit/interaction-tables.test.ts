// Unit: the shared table builder behind `aisle build` and the offline eval, on order sets whose
// right tables can be worked out by hand.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexManifest, PairTableChunk } from '../../src/protocol/index-format.ts';
import { buildInteractionTables, type OrderLine } from '../../src/shared/interaction-tables.ts';

const DAY = 86_400_000;

describe('buildInteractionTables', () => {
  it('max-normalises popularity and halves a product bought one half-life ago', () => {
    const now = 100 * DAY;
    const lines: OrderLine[] = [
      { orderId: 'o1', productId: 'fresh', at: now },
      { orderId: 'o2', productId: 'old', at: now - 30 * DAY },
    ];
    const t = buildInteractionTables(lines, { now, halfLifeDays: 30 });
    expect(t.popularity.scores.fresh).toBe(1);
    expect(t.popularity.scores.old).toBeCloseTo(0.5, 6);
    expect(t.popularity.halfLifeDays).toBe(30);
  });

  it('counts quantity and accepts the CLI reader\'s `timestamp` name for the time', () => {
    const t = buildInteractionTables([
      { orderId: 'o1', productId: 'a', quantity: 3, timestamp: 10 * DAY },
      { orderId: 'o2', productId: 'b', quantity: 1, timestamp: 10 * DAY },
    ]);
    expect(t.popularity.scores.a).toBe(1);
    expect(t.popularity.scores.b).toBeCloseTo(1 / 3, 6);
  });

  it('pairs products bought together and drops pairs under the minimum support', () => {
    const lines: OrderLine[] = [];
    for (let o = 0; o < 3; o++) lines.push({ orderId: `t${o}`, productId: 'tent' }, { orderId: `t${o}`, productId: 'pegs' });
    lines.push({ orderId: 'x', productId: 'tent' }, { orderId: 'x', productId: 'socks' });
    // Other orders: without them every order holds the tent, and nothing sells with it more than by chance.
    for (let o = 0; o < 4; o++) lines.push({ orderId: `m${o}`, productId: 'mug' });
    const t = buildInteractionTables(lines, { minSupport: 2 });
    expect(t.copurchase.pairs.tent?.map(([id]) => id)).toEqual(['pegs']);
    expect(t.copurchase.pairs.pegs?.[0]?.[0]).toBe('tent');
    // count / (n(tent)^0.5 × n(pegs)^0.2), the default neighbourNorm
    expect(t.copurchase.pairs.tent?.[0]?.[1]).toBeCloseTo(3 / (Math.sqrt(4) * Math.pow(3, 0.2)), 5);
    expect(t.copurchase.pairs.socks).toBeUndefined();
    expect(t.coview).toBeNull();
    expect(t.transitions).toBeNull();
  });

  it('orders a customer\'s purchases by time and weights the next step above later ones', () => {
    const lines: OrderLine[] = [];
    for (const c of ['c1', 'c2']) {
      // Written out of order on purpose: the time decides the sequence.
      lines.push({ orderId: `${c}-3`, productId: 'case', customerId: c, at: 3 * DAY });
      lines.push({ orderId: `${c}-1`, productId: 'console', customerId: c, at: 1 * DAY });
      lines.push({ orderId: `${c}-2`, productId: 'game', customerId: c, at: 2 * DAY });
    }
    const t = buildInteractionTables(lines, { minSupport: 2 });
    const next = t.transitions?.pairs.console ?? [];
    expect(next.map(([id]) => id)).toEqual(['game', 'case']);
    expect(next[0]![1]).toBeCloseTo(2 * next[1]![1], 5);
    expect(t.transitions?.pairs.case).toBeUndefined();
    expect(t.coview?.pairs.case?.map(([id]) => id).sort()).toEqual(['console', 'game']);
  });

  it('keeps at most maxNeighbours per product, best first', () => {
    const lines: OrderLine[] = [];
    for (let o = 0; o < 5; o++) {
      lines.push({ orderId: `o${o}`, productId: 'hub' });
      for (let k = 0; k <= o; k++) lines.push({ orderId: `o${o}`, productId: `n${k}` });
    }
    const t = buildInteractionTables(lines, { minSupport: 1, maxNeighbours: 2, minLift: 0 });
    const hub = t.copurchase.pairs.hub ?? [];
    expect(hub).toHaveLength(2);
    expect(hub[0]![1]).toBeGreaterThanOrEqual(hub[1]![1]);
  });

  it('weighs a well-trodden anchor\'s transitions above a one-off\'s by from(anchor)^transitionAnchorNorm', () => {
    const lines: OrderLine[] = [];
    const step = (c: string, a: string, b: string) => lines.push({ orderId: `${c}1`, productId: a, customerId: c, at: 1 }, { orderId: `${c}2`, productId: b, customerId: c, at: 2 });
    for (let i = 0; i < 4; i++) step(`h${i}`, 'hot', 'next');
    step('c0', 'cold', 'next');
    const score = (tan: number | undefined, from: string) => {
      const t = buildInteractionTables(lines, { minSupport: 1, transitionAnchorNorm: tan });
      return t.transitions!.pairs[from]!.find(([id]) => id === 'next')![1];
    };
    // Both anchors always lead to `next` (confidence 1); the default 0.5 scores 4/√4 against 1/√1.
    expect(score(1, 'hot')).toBeCloseTo(score(1, 'cold'), 6);
    expect(score(undefined, 'hot')).toBeCloseTo(2 * score(undefined, 'cold'), 6);
  });

  it('names the bad option and a good value', () => {
    expect(() => buildInteractionTables([], { halfLifeDays: 0 })).toThrow(/halfLifeDays 0 .*30/);
  });
});

describe('aisle build --max-neighbours / --min-support', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const FEEDS = join(ROOT, 'test/fixtures/feeds');
  const tmp = mkdtempSync(join(tmpdir(), 'aisle-tables-'));
  const build = (out: string, ...extra: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.js'), 'build', '--feed', join(FEEDS, 'products.csv'), '--orders', join(FEEDS, 'orders.csv'), '--model', 'none', '--out', join(tmp, out), '--json', ...extra], { cwd: tmp, encoding: 'utf8' });
  const pairChunk = (out: string, kind: string): PairTableChunk | undefined => {
    const manifest = JSON.parse(readFileSync(join(tmp, out, 'manifest.json'), 'utf8')) as IndexManifest;
    const c = manifest.chunks.find((x) => x.kind === kind);
    return c && (JSON.parse(readFileSync(join(tmp, out, c.file), 'utf8')) as PairTableChunk);
  };

  it('ships one-customer pairs only with --min-support 1, cut to --max-neighbours', () => {
    // The fixture's baskets are each one customer's: by default no pair reaches support 2.
    expect(build('default').status).toBe(0);
    expect(pairChunk('default', 'copurchase')).toBeUndefined();
    // Four orders, each one customer's: lift and category filters off, or nothing is left to cut.
    expect(build('kept', '--min-support', '1', '--max-neighbours', '1', '--min-lift', '0', '--min-category-customers', '0').status).toBe(0);
    const pairs = pairChunk('kept', 'copurchase')?.pairs ?? {};
    expect(pairs['mug-1']).toHaveLength(1);
    expect(pairs['pan-3']?.[0]?.[0]).toBe('mug-1');
  });

  it('exits 2 on a bad value, naming it and a good one', () => {
    const r = build('bad', '--max-neighbours', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-neighbours "0" must be a whole number ≥ 1, e.g. 200');
  });
});
