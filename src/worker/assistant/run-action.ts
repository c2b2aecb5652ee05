// Assistant: retrieve and compose for the action `decide` picked. Each branch reads the Understanding and
// the retrievers and returns a Draft: the answer plus what it changes in the conversation state.
import type { Product } from '../../protocol/product.ts';
import type { Action } from './decide/decide.ts';
import { serviceTopic } from './decide/intent-groups.ts';
import { answerNotEnglish } from './compose/answer-language.ts';
import { answerPolicy } from './compose/answer-policy.ts';
import { answerProductQuestion } from './compose/answer-product.ts';
import { answerRecommendation } from './compose/answer-recommend.ts';
import { answerClarifyProduct, answerHandoff, answerOutOfScope, answerSocial } from './compose/answer-social.ts';
import { effectOf, type Draft, type Tools } from './draft.ts';
import { recommendInChat } from './retrieve/recommend-in-chat.ts';
import { runCompare } from './run-compare.ts';
import { runSearch } from './run-search.ts';
import { canonicalTerms } from './understand/catalog-vocab.ts';
import { placesIn } from './understand/places.ts';
import type { Understanding } from './understand/understanding.ts';

function exampleCategory(tools: Tools): string | undefined {
  const top = Object.entries(tools.catalog.popularity?.scores ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
  const p = (top ? tools.catalog.byId.get(top) : undefined) ?? tools.catalog.products[0];
  return p?.categories[p.categories.length - 1];
}

function products(tools: Tools, ids: string[]): Product[] {
  return ids.map((id) => tools.catalog.byId.get(id)).filter((p): p is Product => !!p);
}

function service(u: Understanding, tools: Tools, action: Extract<Action, { kind: 'service' }>): Draft {
  const own = canonicalTerms(u.text);
  // A follow-up ("and express?") keeps the last question's topic words as hints.
  const previous = action.within && tools.state.faq ? tools.state.faq.terms : [];
  const hint = [...canonicalTerms(serviceTopic(action.intent)?.topic ?? ''), ...previous];
  const aboutPlace = placesIn(u.norm).length > 0;
  const hit = tools.faq.find({ terms: own, hint, aboutPlace, hintDecides: !serviceTopic(action.intent)?.broad, ...(u.embedding ? { embedding: u.embedding } : {}), ...(action.within ? { within: action.within } : {}) });
  const reply = answerPolicy({ text: u.text, yesNo: u.yesNo, person: action.person }, hit, tools.faq.properWords);
  const effect = effectOf(action.intent);
  if (hit) effect.faq = { entryId: hit.entry.id, terms: action.within ? [...new Set([...own, ...previous])] : own };
  return { intent: action.intent, ...reply, effect };
}

/** "is it sweat resistant?" right after a list: which of the shown products are, stated per product. */
function answerAcrossResults(items: Product[], question: Parameters<typeof answerProductQuestion>[1], u: Understanding): Draft {
  const answers = items.map((p) => ({ p, text: answerProductQuestion(p, question) }));
  const yes = answers.filter((a) => a.text.startsWith('Yes'));
  const asked = u.fact.featureWords.join(' ') || 'that';
  const effect = effectOf('product-question', yes.length === 1 ? yes.map((a) => a.p) : [], false);
  if (yes.length === 1) effect.focus = (yes[0] as { p: Product }).p.id;
  const text =
    yes.length === 0
      ? `None of the ${items.length} I showed is listed as ${asked}.`
      : `Of the ${items.length} I showed, ${yes.length === 1 ? 'one is' : `${yes.length} are`} listed as ${asked}. ${yes.map((a) => a.text).join(' ')}`;
  return { intent: 'product-question', text, products: yes.length ? yes.map((a) => a.p) : items, reason: 'The product you asked about', effect };
}

export async function runAction(action: Action, u: Understanding, tools: Tools): Promise<Draft> {
  switch (action.kind) {
    case 'not-english':
      return { intent: 'not-english', text: answerNotEnglish(action.language), language: action.language, effect: effectOf('not-english') };
    case 'social':
      return { intent: action.intent, ...answerSocial(action.intent, exampleCategory(tools)), effect: effectOf(action.intent) };
    case 'handoff':
      return { intent: 'contact-human', ...answerHandoff(), effect: effectOf('contact-human') };
    case 'out-of-scope':
      return { intent: 'out-of-scope', ...answerOutOfScope(exampleCategory(tools)), effect: effectOf('out-of-scope') };
    case 'clarify-product':
      return { intent: 'product-question', ...answerClarifyProduct(), effect: effectOf('product-question') };
    case 'service':
      return service(u, tools, action);
    case 'product-question': {
      const items = products(tools, action.productIds);
      const question = { fact: u.fact, query: u.request.query, yesNo: u.yesNo };
      if (items.length > 1 && u.yesNo && !u.fact.field) return answerAcrossResults(items, question, u);
      const text = items.map((p) => answerProductQuestion(p, question)).join(' ');
      const effect = { ...effectOf('product-question', items, false), ...(items.length === 1 ? { focus: (items[0] as Product).id } : {}) };
      return { intent: 'product-question', text, products: items, reason: 'The product you asked about', effect };
    }
    case 'compare':
      return runCompare(u, tools, action.productIds);
    case 'recommend': {
      const anchor = action.anchor ? tools.catalog.byId.get(action.anchor) : undefined;
      const rec = tools.recommend ? recommendInChat(tools.recommend, tools.catalog, tools.search.vocab, action.relation, action.query, anchor) : { products: [], reasons: new Map<string, string>() };
      const text = answerRecommendation(action.relation, anchor, rec, tools.page.recentlyViewed.length > 0);
      return { intent: 'recommend', text, products: rec.products, reason: rec.reasons, effect: effectOf('recommend', rec.products) };
    }
    case 'search':
      return runSearch(u, tools, action.query, action.open, action.more);
  }
}
