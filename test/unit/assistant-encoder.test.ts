// Unit: the assistant with the real sentence encoder (USE-Lite, the default int8-fp16 build, on onnxruntime-node, built by
// `npm run setup -- --test`): recall by meaning for purpose requests, re-ranking that keeps hard filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import { DEFAULT_MODEL } from '../../src/protocol/config.ts';
import { shippedIntents } from '../support/shipped-intents.ts';
import { page } from '../fixtures/assistant/converse.ts';
import { fixtureCatalog, PRODUCTS } from '../fixtures/assistant/catalog.ts';


describe('ShoppingAssistant with USE-Lite', () => {
  let encoder: Embedder;
  let withModel: ShoppingAssistant;
  const wordsOnly = new ShoppingAssistant(fixtureCatalog(), { classifier: shippedIntents() });

  beforeAll(async () => {
    encoder = await loadNodeEmbedder(DEFAULT_MODEL);
    withModel = new ShoppingAssistant(fixtureCatalog(), { embed: (texts) => encoder.embed(texts), classifier: shippedIntents(DEFAULT_MODEL) });
    await withModel.warmed();
  });
  afterAll(async () => {
    await encoder?.dispose();
  });

  it('finds products for a purpose by meaning, where words alone find nothing ("a gift for someone who loves cooking")', async () => {
    const text = 'a gift for someone who loves cooking';
    expect((await wordsOnly.ask(text, { page: page() })).result.products).toEqual([]);
    const r = (await withModel.ask(text, { page: page() })).result;
    expect(r.products.length).toBeGreaterThan(0);
    for (const p of r.products) expect(PRODUCTS.find((x) => x.id === p.id)?.categories).toContain('Kitchen');
  });

  it('keeps catalog searches as searches and every hard filter in force', async () => {
    const plain = (await wordsOnly.ask('red running shoes under 100', { page: page() })).result;
    const semantic = (await withModel.ask('red running shoes under 100', { page: page() })).result;
    expect(semantic.intent).toBe('product-search');
    expect(semantic.products.map((p) => p.id).sort()).toEqual(plain.products.map((p) => p.id).sort());
  });

  it('ranks by meaning as well as words: a bag "for my computer" is the laptop backpack', async () => {
    const r = (await withModel.ask('bag for my computer', { page: page() })).result;
    expect(r.products[0]?.id).toBe('bag-1');
    for (const p of r.products) expect(PRODUCTS.find((x) => x.id === p.id)?.categories).toContain('Bags');
  });
});
