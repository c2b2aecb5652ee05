// Unit: the assistant with a sentence encoder attached: one vector per message shared by the classifier and
// retrieval, re-ranking that never breaks a hard filter, item vectors from the index, and a 10k-product catalog.
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/protocol/product.ts';
import { ShoppingAssistant } from '../../src/worker/assistant/assistant.ts';
import { shippedIntents } from '../support/shipped-intents.ts';
import { page } from '../fixtures/assistant/converse.ts';
import { catalogData } from '../../src/worker/catalog/catalog-data.ts';
import { productText } from '../../src/worker/assistant/retrieve/embed-scorer.ts';
import { fixtureCatalog, FAQ, PRODUCTS } from '../fixtures/assistant/catalog.ts';
import { trigramEncoder, trigramVector } from '../fixtures/assistant/trigram-encoder.ts';


describe('ShoppingAssistant with an encoder', () => {
  it('embeds the message once and hands that vector to the intent classifier and to retrieval', async () => {
    const encoder = trigramEncoder();
    const embedded: string[] = [];
    const embed = (texts: string[]) => (embedded.push(...texts), encoder.embed(texts));
    const seen: Array<Float32Array | undefined> = [];
    const trained = shippedIntents();
    const classifier = { classify: (text: string, embedding?: Float32Array) => (seen.push(embedding), trained.classify(text, embedding)) };
    const assistant = new ShoppingAssistant(fixtureCatalog(), { embed, classifier });
    await assistant.ask('red shoes', { page: page() });
    const r = (await assistant.ask('waterproof jacket', { page: page() })).result;
    expect(embedded.filter((t) => t === 'waterproof jacket')).toHaveLength(1);
    expect([...(seen[1] ?? [])]).toEqual([...trigramVector('waterproof jacket')]);
    expect(r.products[0]?.id).toMatch(/^jkt-/);
    // Without an encoder the classifier gets no vector: the lexical model answers.
    await new ShoppingAssistant(fixtureCatalog(), { classifier }).ask('red shoes', { page: page() });
    expect(seen[2]).toBeUndefined();
  });

  it('re-ranks by similarity but keeps every hard filter, and embeds each product once', async () => {
    const encoder = trigramEncoder();
    const assistant = new ShoppingAssistant(fixtureCatalog(), { embed: encoder.embed, classifier: shippedIntents() });
    const r = (await assistant.ask('red shoes under 100', { page: page() })).result;
    expect(r.products.length).toBeGreaterThan(2);
    for (const p of r.products) {
      const product = PRODUCTS.find((x) => x.id === p.id);
      expect(product?.categories[0]).toBe('Shoes');
      expect(product?.attributes.colour.toLowerCase()).toMatch(/red|crimson/);
      expect(p.price).toBeLessThanOrEqual(100);
    }
    const after = encoder.calls.texts;
    (await assistant.ask('red shoes under 90', { page: page() })).result;
    // The next ask embeds its query alone, once: help-centre sentences and product titles are cached.
    expect(encoder.calls.texts - after).toBe(1);
  });

  it('answers from words alone when the encoder fails', async () => {
    const failing = async (): Promise<Float32Array[]> => {
      throw new Error('encoder crashed');
    };
    const plain = (await new ShoppingAssistant(fixtureCatalog(), { classifier: shippedIntents() }).ask('red running shoes under 100', { page: page() })).result;
    const r = (await new ShoppingAssistant(fixtureCatalog(), { embed: failing, classifier: shippedIntents() }).ask('red running shoes under 100', { page: page() })).result;
    expect(r.products.map((p) => p.id)).toEqual(plain.products.map((p) => p.id));
    expect(r.text).toBe(plain.text);
  });

  it('uses the index item vectors (int8 rows + scale) instead of embedding titles when dims match', async () => {
    const dim = 512;
    const data = new Int8Array(PRODUCTS.length * dim);
    const scales = new Float32Array(PRODUCTS.length);
    PRODUCTS.forEach((p, row) => {
      const v = trigramVector(productText(p));
      const max = Math.max(...v.map(Math.abs)) || 1;
      scales[row] = max / 127;
      v.forEach((x, k) => (data[row * dim + k] = Math.round(x / (scales[row] as number))));
    });
    const encoder = trigramEncoder();
    const assistant = new ShoppingAssistant(catalogData(PRODUCTS, { faq: FAQ, vectors: { dim, data, scales } }), { embed: encoder.embed, classifier: shippedIntents() });
    const r = (await assistant.ask('leather bags', { page: page() })).result;
    expect(r.products.map((p) => p.id).sort()).toEqual(['bag-3', 'bag-4']);
    const beforeSecond = encoder.calls.texts;
    (await assistant.ask('running shorts', { page: page() })).result;
    expect(encoder.calls.texts - beforeSecond).toBe(1);
  });

  it('builds its index once and answers fast on 12,000 products', async () => {
    const big: Product[] = [];
    for (let i = 0; i < 12_000; i++) {
      const base = PRODUCTS[i % PRODUCTS.length] as Product;
      big.push({ ...base, id: `${base.id}-${i}`, title: `${base.title} ${['Pro', 'Lite', 'Max', 'One'][i % 4]} ${i}`, price: base.price + (i % 7) });
    }
    const assistant = new ShoppingAssistant(catalogData(big), { classifier: shippedIntents() });
    // CPU time, not wall time: the suites share two cores with other work, and what is measured here is
    // the assistant's own work per question.
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(since);
      return (d.user + d.system) / 1000;
    };
    let t = process.cpuUsage();
    const first = (await assistant.ask('red running shoes under 100', { page: page() })).result;
    const firstMs = cpuMs(t);
    t = process.cpuUsage();
    const second = (await assistant.ask('waterproof jacket in size M', { page: page() })).result;
    const secondMs = cpuMs(t);
    expect(first.products.length).toBe(5);
    expect(second.products.length).toBeGreaterThan(0);
    expect(firstMs).toBeLessThan(5000);
    expect(secondMs).toBeLessThan(300);
    console.info(`12k products: first ask (builds index) ${firstMs.toFixed(0)} ms CPU, next ask ${secondMs.toFixed(0)} ms CPU`);
  });
});
