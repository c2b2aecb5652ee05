// Unit: the out-of-scope threshold rules (src/cli/nlu/calibrate-threshold.ts): the in-scope refusal-rate
// rule reads only in-scope rows, and the cross-fitted score judges each row at a threshold the other half
// chose, so a threshold cannot fit the rows it is scored on.
import { describe, expect, it } from 'vitest';
import { calibrateThreshold, crossFitted, scoreAt, thresholdForRejectionRate, type ScoredExample } from '../../src/cli/nlu/calibrate-threshold.ts';

const inScope = (oos: number, correct = true): ScoredExample => ({ oos, isOos: false, correct });
const outOfScope = (oos: number): ScoredExample => ({ oos, isOos: true, correct: false });

describe('out-of-scope thresholds', () => {
  it('the rate rule refuses at most that share of in-scope rows, whatever the oos rows say', () => {
    const rows = [...Array.from({ length: 200 }, (_, i) => inScope(i / 1000)), outOfScope(0.05), outOfScope(0.9)];
    const c = thresholdForRejectionRate(rows, 0.01);
    // 200 in-scope rows, 1% → the 2 highest (0.199, 0.198) refused, 0.197 kept.
    expect(c.threshold).toBeGreaterThan(0.197);
    expect(c.threshold).toBeLessThanOrEqual(0.198);
    expect(c.inScopeAccuracy).toBeCloseTo(198 / 200, 6);
    expect(c.oosRecall).toBe(0.5);
    const noOos = thresholdForRejectionRate(rows.filter((r) => !r.isOos), 0.01);
    expect(noOos.threshold).toBe(c.threshold);
  });

  it('the sum rule maximises in-scope accuracy + oos recall', () => {
    const rows = [inScope(0.1), inScope(0.2), inScope(0.3, false), outOfScope(0.25), outOfScope(0.6)];
    const c = calibrateThreshold(rows);
    expect(c.inScopeAccuracy + c.oosRecall).toBeCloseTo(2 / 3 + 1, 6);
    expect(scoreAt(rows, c.threshold)).toEqual(c);
  });

  it('cross-fitting judges each half at the other half’s threshold', () => {
    // Half 0: in-scope scores low; half 1: in-scope scores high. Tuned on itself each half would refuse
    // nothing of its own; judged at the other's threshold, half 0 keeps everything and half 1 loses much.
    const rows = [inScope(0.1), inScope(0.11), inScope(0.12), outOfScope(0.5), inScope(0.6), inScope(0.61), inScope(0.62), outOfScope(0.7)];
    const half = (i: number) => (i < 4 ? 0 : 1) as 0 | 1;
    const rule = (ex: ScoredExample[]) => thresholdForRejectionRate(ex, 0);
    const c = crossFitted(rows, half, rule);
    expect(c.thresholds[0]).toBeGreaterThan(0.62);
    expect(c.thresholds[1]).toBeLessThan(0.13);
    // Half 0 at ~0.62: 3 in-scope kept, its oos (0.5) missed; half 1 at ~0.12: all refused, oos caught.
    expect(c.inScopeAccuracy).toBeCloseTo(3 / 6, 6);
    expect(c.oosRecall).toBe(0.5);
  });
});
