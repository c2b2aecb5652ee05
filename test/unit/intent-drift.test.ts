// Unit: the shipped intent weights are what `npm run train:intents` makes from ../shared/data today (the
// recipe, the project's messages and the datasets). Skipped, with a note, where the datasets are absent
// (a user's machine); CI and the developers' machines have them. Retraining takes a few minutes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, SHIPPED_DIR, trainShippedIntents } from '../../src/cli/nlu/train-intents.ts';
import { missingSources } from '../../src/cli/nlu/shop-training-set.ts';
import { decodeNet, type IntentModelManifest } from '../../src/worker/assistant/understand/intent-model/intent-weights.ts';

const missing = existsSync(DEFAULT_DATA_DIR) ? missingSources(DEFAULT_DATA_DIR) : [DEFAULT_DATA_DIR];
if (missing.length) console.warn(`[intent-drift] SKIPPED: the training data is not here (${missing.join(', ')}); the shipped weights were not compared with a retrain`);

function read(dir: string): { manifest: IntentModelManifest; bytes: Uint8Array } {
  const manifest = JSON.parse(readFileSync(join(dir, 'intent-model.json'), 'utf8')) as IntentModelManifest;
  return { manifest, bytes: new Uint8Array(readFileSync(join(dir, manifest.weights.file))) };
}

describe.skipIf(missing.length > 0)('intent weights drift', () => {
  it('a retrain from ../shared/data gives the shipped weights', async () => {
    const out = mkdtempSync(join(tmpdir(), 'aisle-intents-'));
    try {
      await trainShippedIntents(out);
      const fresh = read(out);
      const shipped = read(SHIPPED_DIR);
      expect(fresh.manifest.classes).toEqual(shipped.manifest.classes);
      expect(fresh.manifest.encoder.id).toBe(shipped.manifest.encoder.id);
      expect(fresh.manifest.lexical.features).toEqual(shipped.manifest.lexical.features);
      expect(fresh.manifest.training).toMatchObject({ sources: shipped.manifest.training.sources, rows: shipped.manifest.training.rows });
      if (fresh.manifest.weights.sha256 === shipped.manifest.weights.sha256) return;
      // Another CPU may round the encoder's last bits differently; then the weights must still agree to
      // within a few int8 steps, and the thresholds closely.
      for (const part of ['encoder', 'lexical'] as const) {
        const a = decodeNet(fresh.bytes, fresh.manifest[part].net, part).w2;
        const b = decodeNet(shipped.bytes, shipped.manifest[part].net, part).w2;
        let max = 0;
        let scale = 0;
        for (let i = 0; i < a.length; i++) (max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)))), (scale = Math.max(scale, Math.abs(b[i] as number)));
        expect(max, `${part} weights differ by up to ${max} (largest weight ${scale}): retrain with npm run train:intents and commit models/intents/`).toBeLessThan(0.05 * scale);
      }
      for (const k of ['encoder', 'lexical'] as const) expect(Math.abs(fresh.manifest.outOfScopeThreshold[k] - shipped.manifest.outOfScopeThreshold[k])).toBeLessThan(0.05);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 1_800_000);
});
