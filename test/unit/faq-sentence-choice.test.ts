// Unit: which sentence of a help-centre section answers: the kind of value asked (an amount, a duration),
// the lead sentence of a section whose heading the question asks, a table row by its name, the last
// question's place for "there", a name left out of a list of names as a no; and, with the real encoder,
// a follow-up whose word is not the sentence's ("and boots?" → the footwear sentence).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problems } from '../../src/cli/build/problems.ts';
import { readFaq } from '../../src/cli/build/read-faq.ts';
import { loadNodeEmbedder } from '../../src/cli/models/node-embedder.ts';
import { yesOrNo } from '../../src/worker/assistant/compose/yes-or-no.ts';
import { serviceTopic } from '../../src/worker/assistant/decide/intent-groups.ts';
import { askedAnswerType, holdsAnswerType } from '../../src/worker/assistant/retrieve/faq-answer-type.ts';
import { FaqSearch, type FaqQuery } from '../../src/worker/assistant/retrieve/faq-search.ts';
import { canonicalTerms } from '../../src/worker/assistant/understand/catalog-vocab.ts';
import { placesIn } from '../../src/worker/assistant/understand/places.ts';
import { normalizeText } from '../../src/worker/assistant/understand/tokenize.ts';
import type { Embedder } from '../../src/worker/models/embedder.ts';

const dir = mkdtempSync(join(tmpdir(), 'aisle-faq-choice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HELP = `# Fernhill Garden Supply — help centre

## 3. Delivery

We deliver Monday to Saturday. Orders to Canada take 8-12 working days.

| Service | Delivery time | Cost |
|---|---|---|
| Standard | 3-5 working days | $4.95, free over $50 |
| Express | next working day | $12.95 |
| Pallet (sheds, greenhouses) | 7-10 working days | $45 |

## 4. Where do you ship?

We ship to the United States and Canada only.

## 5. Gift cards

Gift cards are sold from $10 to $200. The balance is shown at checkout.

## 6. Which payment methods do you take?

We take Visa, Mastercard, American Express and PayPal. Orders over $500 can be paid in 3 instalments.

## 7. Tool hire

Ladders are hired for 1 day at least and collected from your door.

| Ladder | Per day | Deposit |
|---|---|---|
| 2 metre ladder | $8 | $30 |
| 4 metre ladder | $12 | $50 |
`;

const path = join(dir, 'help.md');
writeFileSync(path, HELP);
const faq = new FaqSearch(readFaq(path, new Problems()));

function find(text: string, extra: Partial<FaqQuery> = {}) {
  const norm = normalizeText(text);
  const places = placesIn(norm);
  return faq.find({ terms: canonicalTerms(text), hint: [], question: norm, aboutPlace: places.length > 0, placeTerms: canonicalTerms(places.join(' ')), ...extra });
}

describe('the kind of value a question asks for', () => {
  it('reads amounts, durations, hours and counts from the wording', () => {
    expect(askedAnswerType('how much can i put on one')).toBe('amount');
    expect(askedAnswerType('what does express cost')).toBe('amount');
    expect(askedAnswerType('how long does shipping take')).toBe('duration');
    expect(askedAnswerType('how long until i get my money back')).toBe('duration');
    expect(askedAnswerType('which days do you deliver')).toBe('time');
    expect(askedAnswerType('how many codes can i use')).toBe('count');
    expect(askedAnswerType('do you ship to canada')).toBeNull();
  });

  it('finds the value in a sentence, and not where there is none', () => {
    expect(holdsAnswerType('Gift cards are sold from $10 to $200.', 'amount')).toBe(true);
    expect(holdsAnswerType('The balance is shown at checkout.', 'amount')).toBe(false);
    expect(holdsAnswerType('Express: delivery time next working day; cost $12.95', 'duration')).toBe(false);
    expect(holdsAnswerType('Standard: delivery time 3-5 working days', 'duration')).toBe(true);
    expect(holdsAnswerType('Orders to Canada take 8-12 working days.', 'duration')).toBe(true);
    expect(holdsAnswerType('We deliver Monday to Saturday.', 'time')).toBe(true);
  });
});

describe('the sentence that answers, inside a section', () => {
  it('answers from the table row the question names, never the whole table', () => {
    const hit = find('how much is express delivery?');
    expect(hit?.name).toBe('Delivery');
    expect(hit?.sentences).toEqual(['Express: delivery time next working day; cost $12.95']);
    expect(find('what does it cost to deliver a shed?')?.sentences[0]).toBe('Pallet (sheds, greenhouses): delivery time 7-10 working days; cost $45');
  });

  it('reads a number with its word as a row\'s name, and a number alone as no name', () => {
    expect(find('how much is the 4 metre ladder per day?')?.sentences).toEqual(['4 metre ladder: per day $12; deposit $50']);
    expect(find('what is the deposit on the 2-metre ladder?')?.sentences).toEqual(['2 metre ladder: per day $8; deposit $30']);
    expect(find('how long can I hire a ladder for? 4 days?')?.sentences[0]).toBe('Ladders are hired for 1 day at least and collected from your door.');
  });

  it('prefers the sentence that holds the kind of value asked', () => {
    expect(find('how much can I put on a gift card?')?.sentences[0]).toBe('Gift cards are sold from $10 to $200.');
    expect(find('on which days do you deliver?')?.sentences[0]).toBe('We deliver Monday to Saturday.');
  });

  it('answers a question its heading asks with the lead sentence, not a neighbour sharing a word', () => {
    expect(find('which payment methods do you take?')?.sentences[0]).toBe('We take Visa, Mastercard, American Express and PayPal.');
  });

  it('reads "there" as the last question\'s place', () => {
    const entry = find('do you ship to Canada?');
    expect(entry?.name).toBe('Where do you ship?');
    // A new section (delivery times, by the intent's topic words), the last topic's words as context.
    const hit = find('how long does it take to get there?', { hint: canonicalTerms('delivery days time'), context: canonicalTerms('do you ship to the UK? and Canada?') });
    expect(hit?.name).toBe('Delivery');
    expect(hit?.sentences).toEqual(['Orders to Canada take 8-12 working days.']);
    expect(find('how long does it take?', { hint: canonicalTerms('delivery days time') })?.sentences[0]).not.toMatch(/Canada/);
  });

  it('says no to a name a list of names leaves out, yes to one it holds, nothing to a common noun', () => {
    const list = ['We take Visa, Mastercard, American Express and PayPal.'];
    expect(yesOrNo('can I pay with Klarna?', list, [])).toBe('no');
    expect(yesOrNo('do you accept Apple Pay?', list, [])).toBe('no');
    expect(yesOrNo('do you take PayPal?', list, [])).toBe('yes');
    expect(yesOrNo('can I pay by card?', list, [])).toBeNull();
    expect(yesOrNo('can I pay with Klarna?', ['Orders over $500 can be paid in 3 instalments.'], [])).toBeNull();
  });
});

describe('the sentence that answers, by meaning (USE-Lite)', () => {
  let encoder: Embedder;
  let demo: FaqSearch;
  beforeAll(async () => {
    encoder = await loadNodeEmbedder();
    demo = new FaqSearch(readFaq(join(import.meta.dirname, '../../demo/content/policies.md'), new Problems()));
    await demo.warm((texts) => encoder.embed(texts));
  });
  afterAll(async () => {
    await encoder?.dispose();
  });

  it('follows "and boots?" after a headphones warranty question to the footwear sentence', async () => {
    const first = demo.find({ terms: canonicalTerms('what warranty do headphones have?'), hint: [], question: 'what warranty do headphones have', embedding: (await encoder.embed(['what warranty do headphones have?']))[0] });
    expect(first?.sentences[0]).toMatch(/^Headphones/);
    const [v] = await encoder.embed(['and boots?']);
    // As run-action asks it: the intent's topic words and the last question's as hints.
    const hint = canonicalTerms(`${serviceTopic('warranty')?.topic} what warranty do headphones have?`);
    const next = demo.find({ terms: canonicalTerms('and boots?'), hint, question: 'and boots', context: canonicalTerms('what warranty do headphones have?'), within: first?.entry.id, ...(v ? { embedding: v } : {}) });
    expect(next?.sentences[0]).toMatch(/^Footwear/);
  });
});
