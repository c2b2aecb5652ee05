// aisle describe: drafts only for missing or thin descriptions, marked draft, and every word of every
// sentence traces to one of the product's fields or image tags (or the few template words).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../src/cli/commands/describe.ts';
import { TEMPLATE_WORDS, draftDescription, singular, type ImageTags } from '../../src/cli/describe/draft-description.ts';
import type { Product } from '../../src/protocol/product.ts';

const words = (text: string): string[] => text.toLowerCase().normalize('NFKD').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Every word of the draft is in a field or tag of this product, or is a template word. */
function untraced(p: Product, tags: ImageTags | null, text: string): string[] {
  const facts = new Set(words([p.title, p.brand ?? '', p.categories.join(' '), Object.values(p.attributes).join(' '), (p.variants ?? []).map((v) => Object.values(v.attributes).join(' ')).join(' '), tags?.colours.join(' ') ?? '', tags?.text ?? ''].join(' ')));
  for (const f of [...facts]) facts.add(singular(f));
  return words(text).filter((w) => !facts.has(w) && !TEMPLATE_WORDS.includes(w));
}

const base: Product = { id: 'p', title: 'Trail Pack 20', price: 59, currency: 'EUR', categories: ['Bags', 'Backpacks'], inStock: true, tags: ['hiking'], attributes: {} };

const cases: Array<[Product, ImageTags | null]> = [
  [{ ...base, brand: 'Northline', attributes: { material: 'Recycled nylon', size: 'One size' } }, { colours: ['black'], text: 'NORTHLINE 20L' }],
  [{ ...base, id: 'q', title: 'Oat Drink', categories: ['Drinks'], attributes: {} }, { colours: ['blue', 'white'], text: 'Oatly' }],
  [{ ...base, id: 'r', title: 'Wool Socks', categories: ['Apparel', 'Socks'], attributes: { colour: 'Navy' }, variants: [{ id: 'r1', attributes: { size: 'M', colour: 'Navy' }, inStock: true }, { id: 'r2', attributes: { size: 'L', colour: 'Grey' }, inStock: true }] }, { colours: ['blue'] }],
  [{ ...base, id: 's', title: 'Mystery Box', categories: [], attributes: {} }, null],
];

describe('description drafts', () => {
  it('say only what the fields and image tags say: every word traces to one of them', () => {
    for (const [p, tags] of cases) {
      const d = draftDescription(p, tags);
      for (const s of d.sentences) {
        expect(untraced(p, tags, s.text), `${p.id}: "${s.text}"`).toEqual([]);
        expect(s.sources.length).toBeGreaterThan(0);
      }
    }
    const [p, tags] = cases[0];
    const d = draftDescription(p, tags);
    expect(d.text).toContain('Trail Pack 20 is a black backpack by Northline.');
    expect(d.text).toContain('“NORTHLINE 20L”');
    expect(d.text).toContain('recycled nylon');
    expect(d.sentences.flatMap((s) => s.sources)).toEqual(expect.arrayContaining(['image.colours', 'image.text', 'attributes.material', 'brand']));
    // The feed's own colour wins over the picture's.
    expect(draftDescription(cases[2][0], cases[2][1]).text).toContain('Wool Socks is navy.');
    expect(draftDescription(cases[3][0], null).text).toBe('');
    // The name already says what it is: only the colour is added.
    expect(draftDescription({ ...base, title: 'Aubergine', categories: ['Grocery', 'Aubergine'] }, { colours: ['purple'] }).sentences[0]?.text).toBe('Aubergine is purple.');
  });

  it('the trace check catches an invented word', () => {
    expect(untraced(base, null, 'Trail Pack 20 is waterproof.')).toEqual(['waterproof']);
  });

  it('aisle describe writes drafts for thin descriptions only, marked draft, as CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aisle-describe-'));
    const feed = join(dir, 'feed.json');
    writeFileSync(feed, JSON.stringify([
      { id: 'a1', title: 'Trail Pack 20', price: 59, currency: 'EUR', category: 'Bags > Backpacks', brand: 'Northline', material: 'Nylon', description: 'Light.' },
      { id: 'a2', title: 'City Tote', price: 39, currency: 'EUR', category: 'Bags > Totes', description: 'A roomy canvas tote with inner pocket, long handles and a zip top, made for daily errands in town.' },
      { id: 'a3', title: 'Hip Bag, "Mini"', price: 25, currency: 'EUR', category: 'Bags > Hip bags' },
    ]));
    const out = join(dir, 'drafts.csv');
    expect(await describeCommand(['--feed', feed, '--out', out])).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,title,current_description,draft_description,sources,status');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^a1,Trail Pack 20,Light\.,Trail Pack 20 is a backpack by Northline\. .*Made of nylon\.,.*,draft: review before publishing$/);
    expect(lines[2]).toMatch(/^a3,"Hip Bag, ""Mini""",,/);
    expect(lines.some((l) => l.startsWith('a2,'))).toBe(false);
  });
});
