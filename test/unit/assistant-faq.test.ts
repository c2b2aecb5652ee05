// Unit: help-centre retrieval and policy answers on the demo shop's help centre, read by the CLI's own
// reader: the sentence that holds the fact, yes or no only when the text decides it, the section named
// (never the document's title), follow-ups inside the section they continue.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFaq } from '../../src/cli/build/read-faq.ts';
import { Problems } from '../../src/cli/build/problems.ts';
import { answerPolicy } from '../../src/worker/assistant/compose/answer-policy.ts';
import { yesOrNo } from '../../src/worker/assistant/compose/yes-or-no.ts';
import { serviceTopic } from '../../src/worker/assistant/decide/intent-groups.ts';
import { FaqSearch } from '../../src/worker/assistant/retrieve/faq-search.ts';
import { canonicalTerms } from '../../src/worker/assistant/understand/catalog-vocab.ts';
import type { IntentId } from '../../src/worker/assistant/understand/intent-taxonomy.ts';
import { placesIn } from '../../src/worker/assistant/understand/places.ts';
import { normalizeText } from '../../src/worker/assistant/understand/tokenize.ts';

const entries = readFaq(join(import.meta.dirname, '../../demo/content/policies.md'), new Problems());
const faq = new FaqSearch(entries);

function answer(text: string, intent: IntentId, within?: string, person = false) {
  const hit = faq.find({ terms: canonicalTerms(text), hint: canonicalTerms(serviceTopic(intent)?.topic ?? ''), hintDecides: !serviceTopic(intent)?.broad, aboutPlace: placesIn(normalizeText(text)).length > 0, ...(within ? { within } : {}) });
  return { hit, reply: answerPolicy({ text, yesNo: /^(do|does|is|are|can|will)\b/i.test(text), person }, hit, faq.properWords) };
}

describe('help-centre answers', () => {
  it('never names the document title as a source, and keeps its welcome text out', () => {
    expect(entries[0]?.question).toBe('Aisle Outfitters — help centre');
    expect(faq.sections.names).not.toContain('Aisle Outfitters — help centre');
    for (const name of faq.sections.names) expect(name).not.toContain('help centre');
  });

  it('says no to "do you ship to the UK?" and yes to France, from the one sentence that lists the places', () => {
    expect(answer('Do you ship to the UK?', 'international-shipping').reply.text).toBe('No, we ship to the United States, Canada and the European Union only.');
    expect(answer('do you ship to France?', 'international-shipping').reply.text).toMatch(/^Yes, we ship to the United States, Canada and the European Union only\./);
  });

  it('picks the sentence for the question and follows up inside the same section', () => {
    const standard = answer('how long does standard shipping take?', 'delivery-period');
    expect(standard.reply.text).toBe('Standard shipping (3-5 working days) is free on orders over $75 and $6.95 below that.');
    expect(standard.reply.source).toMatchObject({ entryId: standard.hit?.entry.id, section: 'Shipping and delivery' });
    expect(standard.reply.source?.text).toContain('Same-day delivery is not available.');
    const express = answer('and express?', 'delivery-period', standard.hit?.entry.id);
    expect(express.reply.text).toBe('Express shipping (1-2 working days) costs $14.95.');
    expect(answer('I want to send back a jacket I never wore', 'return-item').reply.text).toContain('within 30 days of delivery');
    expect(answer("I want to return my jeans, they don't fit", 'return-item').hit?.entry.question).toBe('Returns');
  });

  it('answers every service intent the help centre covers from its own section, and offers a person for order problems', () => {
    const cases: Array<[string, IntentId, string]> = [
      ['do you have a student discount?', 'discount', 'Student discount'],
      ['will you match a lower price?', 'price-match', 'Price match'],
      ['my promo code is not working', 'promo-code', 'Promo codes'],
      ['where is my order?', 'track-order', 'Order tracking'],
      ['can I cancel my order?', 'cancel-order', 'Order changes and cancellations'],
      ['when will I get my refund?', 'track-refund', 'Refunds'],
      ['do gift cards expire?', 'gift-card', 'Gift cards'],
      ['what payment methods do you accept?', 'check-payment-methods', 'Payment methods'],
      ['is there a warranty on headphones?', 'warranty', 'Warranty and repairs'],
      ['I forgot my password', 'recover-password', 'Your account'],
    ];
    for (const [text, intent, section] of cases) expect(answer(text, intent).hit?.entry.question, text).toBe(section);
    const promo = answer('my promo code is not working', 'promo-code', undefined, true).reply;
    expect(promo.actions).toEqual([{ kind: 'contact-human', label: 'Talk to a person' }]);
    expect(answer('do you have a student discount?', 'discount').reply.text).toMatch(/^Yes, students get 15% off full-price items\./);
  });

  it('offers a person instead of guessing when the help centre has nothing on the topic', () => {
    const none = answer('do you offer gift wrapping?', 'store-info');
    expect(none.hit).toBeNull();
    expect(none.reply.actions?.[0]?.kind).toBe('contact-human');
    expect(none.reply.source).toBeUndefined();
  });
});

describe('yesOrNo', () => {
  it('says yes only when the text holds every asked word, no when it negates them, and nothing otherwise', () => {
    expect(yesOrNo('Do you accept PayPal?', ['We accept Visa, Mastercard, PayPal and Apple Pay.', 'Prices include no hidden fees.'], ['payment', 'method'])).toBe('yes');
    expect(yesOrNo('Can I return opened coffee beans?', ['Opened coffee beans cannot be returned for hygiene reasons.'], ['return'])).toBe('no');
    expect(yesOrNo('Is express shipping free?', ['Express shipping (1-2 working days) costs $14.95.'], ['ship'])).toBeNull();
    expect(yesOrNo('Do you ship to Australia?', ['International delivery takes 5-10 working days.'], ['ship'])).toBeNull();
    expect(yesOrNo('Do you ship to Australia?', ['We ship to the United States, Canada and the European Union only.'], ['ship'])).toBe('no');
    // A negation in a list's clause ("... don't count") is about that list, not about the rest.
    const match = ['We match the price of an identical item within 14 days of your purchase.', 'Marketplace sellers, auction sites and clearance prices don\'t count.'];
    expect(yesOrNo('do you match prices?', match, ['price', 'match'])).toBe('yes');
    expect(yesOrNo('what about marketplace sellers?', match, ['price', 'match'])).toBe('no');
  });
});
