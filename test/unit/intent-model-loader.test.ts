// Unit: the worker's loader fetches the intent models over HTTP from a folder (as from the widget's own
// models/intents/), drops the encoder head for another encoder, and names the fix when the folder is missing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import { loadIntentClassifier } from '../../src/worker/assistant/understand/intent-model/load-intent-classifier.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

describe('loadIntentClassifier', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ '/models/intents/': join(import.meta.dirname, '../../models/intents') });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('loads the manifest and the weights from the folder, nothing else', async () => {
    const classifier = await loadIntentClassifier({ baseUrl: new URL('models/intents/', server.url).href, encoderId: DEFAULT_MODEL });
    expect(classifier.encoderId).toBe(DEFAULT_MODEL);
    expect(server.hits).toEqual(['/models/intents/intent-model.json', '/models/intents/intent-weights.bin']);
    const d = classifier.classify('where is my order? it has not arrived');
    expect(d.source).toBe('lexical');
    expect(d.ranked[0]?.intent).toBe('track-order');
  });

  it('keeps only the lexical model for another encoder', async () => {
    const classifier = await loadIntentClassifier({ baseUrl: new URL('models/intents', server.url).href, encoderId: 'minilm' });
    expect(classifier.encoderId).toBeNull();
  });

  it('says where the models should be when the folder is missing', async () => {
    await expect(loadIntentClassifier({ baseUrl: new URL('nowhere/', server.url).href })).rejects.toThrow(/models\/intents\/ deployed/);
  });
});
