// Unit: the assistant with the real sentence encoder (USE-Lite int8 on onnxruntime-node, built by
// `npm run setup -- --test`): prototypes catch what the rules leave open, re-ranking keeps hard filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import { fixtureCatalog, PRODUCTS } from '../fixtures/assistant/catalog.ts';

const context = { history: [], cart: [], recentlyViewed: [] };

describe('ShoppingAssistant with USE-Lite', () => {
  let encoder: Embedder;
  let withModel: ShoppingAssistant;
  const rulesOnly = new ShoppingAssistant(fixtureCatalog());

  beforeAll(async () => {
    encoder = await loadNodeEmbedder('use-lite-int8');
    withModel = new ShoppingAssistant(fixtureCatalog(), { embed: (texts) => encoder.embed(texts) });
  });
  afterAll(async () => {
    await encoder?.dispose();
  });

  it('classifies messages no rule covers by their nearest prototype', async () => {
    for (const [text, intent] of [
      ['how are you doing today', 'greeting'],
      ['tell me something funny', 'out-of-scope'],
    ] as const) {
      expect((await rulesOnly.ask(text, context)).intent).toBe('product-search');
      expect((await withModel.ask(text, context)).intent).toBe(intent);
    }
  });

  it('keeps catalog searches as searches and every hard filter in force', async () => {
    const plain = await rulesOnly.ask('red running shoes under 100', context);
    const semantic = await withModel.ask('red running shoes under 100', context);
    expect(semantic.intent).toBe('product-search');
    expect(semantic.products.map((p) => p.id).sort()).toEqual(plain.products.map((p) => p.id).sort());
  });

  it('ranks by meaning as well as words: a bag "for my computer" is the laptop backpack', async () => {
    const r = await withModel.ask('bag for my computer', context);
    expect(r.products[0]?.id).toBe('bag-1');
    for (const p of r.products) expect(PRODUCTS.find((x) => x.id === p.id)?.categories).toContain('Bags');
  });
});
