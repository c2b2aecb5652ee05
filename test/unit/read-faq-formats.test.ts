// Unit: the CLI's help-centre reader on formats the project's own help centres do not use: Markdown and
// HTML tables (one line per row, named by its columns), numbered and decorated headings read as their
// words by the assistant (the index keeps them as written), Setext headings and bold question lines as
// headings; the document title stays a title.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanHeading, numberedHeadings } from '../../src/worker/assistant/retrieve/faq-headings.ts';
import { htmlTables, markdownTables, rowSentences } from '../../src/cli/build/faq-tables.ts';
import { Problems } from '../../src/cli/build/problems.ts';
import { readFaq } from '../../src/cli/build/read-faq.ts';
import { buildFaqSections } from '../../src/worker/assistant/retrieve/faq-sentences.ts';

const dir = mkdtempSync(join(tmpdir(), 'aisle-faq-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return readFaq(path, new Problems());
}

const SHOP = `# Hob & Pan — customer service

Welcome to our help pages.

## 1. Delivery

We deliver to the UK mainland.

| Service | Delivery time | Cost |
|---|:---:|---:|
| Standard | 3-5 working days | £3.95, free over £40 |
| Next day | Order by 2pm. Arrives the next working day | £6.95 |
| Click & collect | — | Free |

### 1.1 Highlands and islands
Allow 2 extra working days.

Section 2 - Returns
-------------------

You have 30 days to return unused items.

**Can I return sale items?**
Yes, sale items can be returned within 14 days.

## FAQ: Gift cards

<table><caption>Card values</caption><tr><th>Card</th><th>Value</th><th>Expires</th></tr><tr><td>Small</td><td>&pound;10</td><td>after 2 years</td></tr><tr><td>Large</td><td>&pound;50</td><td>never</td></tr></table>
`;

describe('help-centre tables', () => {
  it('turns each Markdown row into a line that names its columns, the heading staying the section', () => {
    const delivery = read('shop.md', SHOP).find((e) => e.question === '1. Delivery');
    expect(delivery?.answer.split('\n')).toEqual([
      'We deliver to the UK mainland.',
      '- Standard: delivery time 3-5 working days; cost £3.95, free over £40',
      '- Next day: delivery time Order by 2pm; Arrives the next working day; cost £6.95',
      '- Click & collect: cost Free',
    ]);
  });

  it('makes each row its own sentence for the assistant, none of them a pipe table', () => {
    const sections = buildFaqSections(read('shop.md', SHOP));
    const rows = sections.sentences.filter((s) => sections.names[s.entry] === 'Delivery').map((s) => s.text);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows).toContain('Standard: delivery time 3-5 working days; cost £3.95, free over £40');
    expect(rows).toContain('Next day: delivery time Order by 2pm; Arrives the next working day; cost £6.95');
    for (const s of sections.sentences) expect(s.text).not.toContain('|');
  });

  it('reads HTML tables (header row of <th>, caption, entities) in Markdown and in JSON answers', () => {
    const gift = read('shop.md', SHOP).find((e) => e.question === 'FAQ: Gift cards');
    expect(gift?.answer.split('\n')).toEqual(['Card values:', 'Small: value £10; expires after 2 years', 'Large: value £50; expires never']);
    const json = read('faq.json', JSON.stringify([{ question: 'What does delivery cost?', answer: '<p>Our rates:</p><table><tr><td>Standard</td><td>$4.99</td></tr><tr><td>Express</td><td>$14.99</td></tr></table>' }]));
    expect(json[0]?.answer.split('\n')).toEqual(['Our rates:', 'Standard: $4.99', 'Express: $14.99']);
  });

  it('keeps escaped pipes inside a cell, skips empty cells and reads ticks as yes/no', () => {
    expect(markdownTables(['| Plan | Perks | Free returns |', '| --- | --- | --- |', '| Gold | Early sales \\| events | ✓ |', '| Silver | | ✗ |'])).toEqual([
      '',
      '- Gold: perks Early sales | events; free returns yes',
      '- Silver: free returns no',
      '',
    ]);
    expect(rowSentences(null, [['Standard', '3 days'], ['Express', '1 day']])).toEqual(['Standard: 3 days', 'Express: 1 day']);
    expect(htmlTables('<table><thead><tr><td>Zone</td><td>Days</td></tr></thead><tr><td>EU</td><td>5</td></tr></table>')).toContain('EU: days 5');
  });

  it('leaves text that only looks like a table alone (no delimiter row)', () => {
    expect(markdownTables(['Pay by card | PayPal | gift card.'])).toEqual(['Pay by card | PayPal | gift card.']);
  });
});

describe('help-centre headings', () => {
  it('reads numbered and decorated headings as their words', () => {
    expect(cleanHeading('4.1 Our returns policy')).toBe('Our returns policy');
    expect(cleanHeading('Section 3 - Delivery')).toBe('Delivery');
    expect(cleanHeading('Part II: Returns')).toBe('Returns');
    expect(cleanHeading('FAQ: Gift cards')).toBe('Gift cards');
    expect(cleanHeading('Q2. Can I pay later?')).toBe('Can I pay later?');
    expect(cleanHeading('📦 Delivery')).toBe('Delivery');
    expect(cleanHeading('(2) Payment')).toBe('Payment');
    expect(cleanHeading('Returns:')).toBe('Returns');
  });

  it('keeps words that only look like numbering, and bare numbers unless the document numbers its headings', () => {
    expect(cleanHeading('Parts and repairs')).toBe('Parts and repairs');
    expect(cleanHeading('24 hour delivery')).toBe('24 hour delivery');
    expect(cleanHeading('-20°F sleeping bags')).toBe('-20°F sleeping bags');
    expect(cleanHeading('Section 3')).toBe('Section 3');
    expect(numberedHeadings(['24 hour delivery', 'Returns'])).toBe(false);
    expect(numberedHeadings(['1 Delivery', '2 Returns'])).toBe(true);
    const entries = read('bare.md', '# 1 Delivery\nWe ship daily.\n# 2 Returns\nWithin 30 days.\n');
    // The index keeps the heading as written; the assistant names it by its words.
    expect(entries.map((e) => e.question)).toEqual(['1 Delivery', '2 Returns']);
    expect(buildFaqSections(entries).names).toEqual(['Delivery', 'Returns']);
    expect(buildFaqSections(read('hour.md', '# 24 hour delivery\nOrder by noon.\n# Returns\nWithin 30 days.\n')).names).toEqual(['24 hour delivery', 'Returns']);
  });

  it('reads Setext headings and bold question lines as headings, with their section', () => {
    const entries = read('shop.md', SHOP);
    expect(entries.map((e) => [...e.section, e.question].join(' › '))).toEqual([
      'Hob & Pan — customer service',
      'Hob & Pan — customer service › 1. Delivery',
      'Hob & Pan — customer service › 1. Delivery › 1.1 Highlands and islands',
      'Hob & Pan — customer service › Section 2 - Returns',
      'Hob & Pan — customer service › Section 2 - Returns › Can I return sale items?',
      'Hob & Pan — customer service › FAQ: Gift cards',
    ]);
    expect(entries.find((e) => e.question === 'Can I return sale items?')?.answer).toBe('Yes, sale items can be returned within 14 days.');
  });

  it('never makes the document title a source, numbered sections or not', () => {
    const sections = buildFaqSections(read('shop.md', SHOP));
    expect(sections.names).toEqual(['Delivery', 'Delivery › Highlands and islands', 'Returns', 'Returns › Can I return sale items?', 'Gift cards']);
    expect(sections.sentences.map((s) => s.text)).not.toContain('Welcome to our help pages.');
  });

  it('keeps a bold sentence or lead-in as text, and a thematic break out of the answer', () => {
    const entries = read('bold.md', '## Delivery\n\n**Prices include VAT.**\n\nWe ship daily.\n\n---\n\n**Note:** allow a day more in winter.\n');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.answer).toBe('Prices include VAT.\nWe ship daily.\nNote: allow a day more in winter.');
  });
});
