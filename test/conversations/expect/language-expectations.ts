// Conversation checks: a message in another language is not a search or a greeting: the answer shows
// no products and says that only English is understood, in the shopper's language where required.
import type { Expectation } from '../conversation.ts';
import { expectation } from './expectation.ts';

const ENGLISH: Record<string, { language: string; word: RegExp; inLanguageOnly: boolean }> = {
  fr: { language: 'French', word: /\banglais\b/i, inLanguageOnly: true },
  zh: { language: 'Chinese', word: /英文|英语/, inLanguageOnly: true },
  es: { language: 'Spanish', word: /\bingl[eé]s\b/i, inLanguageOnly: false },
  de: { language: 'German', word: /\benglisch\b/i, inLanguageOnly: false },
};

export function saysOnlyEnglish(lang: keyof typeof ENGLISH): Expectation {
  const l = ENGLISH[lang]!;
  return expectation(
    () => `no products, and the text says only English is understood${l.inLanguageOnly ? `, in ${l.language} (${l.word})` : ` (in ${l.language} or English)`}`,
    (a) => {
      if (a.productIds.length) return `${a.productIds.length} products: it searched`;
      const named = l.word.test(a.text) || (!l.inLanguageOnly && /\benglish\b/i.test(a.text));
      return named ? null : JSON.stringify(a.text);
    },
  );
}
