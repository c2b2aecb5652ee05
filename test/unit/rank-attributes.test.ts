// Unit: the attribute ranker picks the product field a question is about, from words alone and with the
// real encoder (which also finds a field the question never names), and ranks help-centre sentences.
import { describe, expect, it } from 'vitest';
import { humaniseName, rankAttributes, rankPassages } from '../../src/worker/assistant/retrieve/rank-attributes.ts';
import { useNodeEncoder } from '../support/node-encoder.ts';

const KETTLE = [
  { name: 'brand', value: 'Oakline' },
  { name: 'color', value: 'brushed steel' },
  { name: 'capacity', value: '1.7 litres' },
  { name: 'item_weight', value: '1.2 kg' },
  { name: 'auto_shutoff', value: 'yes' },
  { name: 'material', value: 'stainless steel' },
  { name: 'warranty_description', value: '2 years' },
];

describe('rankAttributes', () => {
  it('humanises field names', () => {
    expect(humaniseName('age_range_description')).toBe('age range description');
    expect(humaniseName('itemWeight')).toBe('item weight');
  });

  it('without an encoder, ranks the field the question names first', async () => {
    expect((await rankAttributes('what colour is it?', KETTLE))[0]?.name).toBe('color');
    expect((await rankAttributes('how much does it weigh, what is the weight', KETTLE))[0]?.name).toBe('item_weight');
    expect((await rankAttributes('is it made of stainless steel', KETTLE))[0]?.name).toBe('material');
    const ranked = await rankAttributes('what is the warranty', KETTLE);
    expect(ranked).toHaveLength(KETTLE.length);
    expect(ranked[0]?.name).toBe('warranty_description');
    expect(ranked.every((r, i) => i === 0 || r.score <= (ranked[i - 1] as { score: number }).score)).toBe(true);
  });

  describe('with the encoder', () => {
    const encoderOf = useNodeEncoder();

    // Known misses (RESULTS-nlu.md): "how much water does it hold?" → item_weight, "who makes this kettle?" → material.
    it('finds the field from what the question means, not only from its name', async () => {
      const embed = (t: string[]) => encoderOf().embed(t);
      expect((await rankAttributes('what is it made from?', KETTLE, embed))[0]?.name).toBe('material');
      expect((await rankAttributes('does it turn itself off?', KETTLE, embed))[0]?.name).toBe('auto_shutoff');
      expect((await rankAttributes('how long is the guarantee?', KETTLE, embed))[0]?.name).toBe('warranty_description');
      expect((await rankAttributes('is it heavy?', KETTLE, embed))[0]?.name).toBe('item_weight');
    });

    it('ranks the help-centre sentence that answers the question first', async () => {
      const embed = (t: string[]) => encoderOf().embed(t);
      const sentences = [
        { heading: 'Shipping', text: 'Standard shipping takes 3 to 5 business days.' },
        { heading: 'Shipping', text: 'We ship to the United States and Canada only.' },
        { heading: 'Returns', text: 'You can return unworn items within 60 days.' },
        { heading: 'Returns', text: 'Refunds go back to the original payment method.' },
      ];
      expect((await rankPassages('do you ship to the UK?', sentences, embed))[0]?.index).toBe(1);
      expect((await rankPassages('can I return a jacket I never wore?', sentences, embed))[0]?.index).toBe(2);
      expect((await rankPassages('when will I get my money back?', sentences, embed))[0]?.index).toBe(3);
      expect((await rankPassages('how fast is delivery?', sentences, embed))[0]?.index).toBe(0);
    });
  });
});
