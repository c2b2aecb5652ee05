// Assistant: retrieve and compose for the action `decide` picked. Each branch reads the Understanding and
// the retrievers and returns a Draft: the answer plus what it changes in the conversation state.
import type { Product } from '../../protocol/product.ts';
import type { Action } from './decide/decide.ts';
import { serviceTopic } from './decide/intent-groups.ts';
import { answerNotEnglish } from './compose/answer-language.ts';
import { answerPolicy } from './compose/answer-policy.ts';
import { yesOrNo } from './compose/yes-or-no.ts';
import { answerProductQuestion, type ProductQuestion } from './compose/answer-product.ts';
import { rankAttributes } from './retrieve/rank-attributes.ts';
import { answerRecommendation } from './compose/answer-recommend.ts';
import { answerClarifyProduct, answerHandoff, answerOutOfScope, answerSocial } from './compose/answer-social.ts';
import { effectOf, type Draft, type Tools } from './draft.ts';
import { kindOfWord } from './retrieve/kind-of-word.ts';
import { recommendInChat } from './retrieve/recommend-in-chat.ts';
import { runCompare } from './run-compare.ts';
import { runSearch } from './run-search.ts';
import { answerChoice } from './compose/answer-compare.ts';
import { valueOf } from './retrieve/order-by-superlative.ts';
import { answerRange } from './compose/answer-search.ts';
import { catalogRange } from './retrieve/product-range.ts';
import { canonicalTerms } from './understand/catalog-vocab.ts';
import { statePredicate } from './understand/parse-fact.ts';
import { placesIn } from './understand/places.ts';
import type { Understanding } from './understand/understanding.ts';

/**
 * The attribute ranker's lexical score from which its first attribute is about the question: a shared
 * word or stem ("wide" → fit: wide, 7.2; "waterproof" → water_resistance, 2.2) scores above 2, an attribute
 * that only shares trigrams of question words ("is it vegan?" → fit, 1.4) below.
 */
const CLOSEST_ATTRIBUTE_SCORE = 2;

/** A help-centre section headed with one of these words is the shop's contact page. */
const CONTACT_HEADING = new Set(canonicalTerms('contact reach help support customer service email phone'));

function exampleCategory(tools: Tools): string | undefined {
  const top = Object.entries(tools.catalog.popularity?.scores ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0];
  const p = (top ? tools.catalog.byId.get(top) : undefined) ?? tools.catalog.products[0];
  return p?.categories[p.categories.length - 1];
}

function products(tools: Tools, ids: string[]): Product[] {
  return ids.map((id) => tools.catalog.byId.get(id)).filter((p): p is Product => !!p);
}

/** The help-centre answer; null when the action has an `orElse` and no section holds the message. */
function service(u: Understanding, tools: Tools, action: Extract<Action, { kind: 'service' }>): Draft | null {
  const own = canonicalTerms(u.text);
  const last = action.within ? tools.state.faq : undefined;
  // A follow-up ("and express?") keeps the last question's topic words as hints.
  const previous = last ? last.terms : [];
  const hint = [...canonicalTerms(serviceTopic(action.intent)?.topic ?? ''), ...previous];
  const places = placesIn(u.norm);
  const aboutPlace = places.length > 0;
  // "and Canada?" after "do you ship to the UK?": the same yes/no question about something else, judged
  // first against the sentences that answered it.
  const again = (!!last?.yesNo && u.elliptical) || u.yesNo;
  const repeated = again && !u.yesNo && last?.given?.length ? answerFrom(u, tools, action, last.given) : null;
  if (repeated) return repeated;
  // The last question's words choose among a section's sentences where the message points back at them
  // ("how long does it take to get there?" after "and Canada?"), in its section or a new one.
  const context = tools.state.faq?.terms ?? [];
  const hit = tools.faq.find({ terms: own, hint, aboutPlace, placeTerms: canonicalTerms(places.join(' ')), hintDecides: !serviceTopic(action.intent)?.broad, question: u.norm, context, given: tools.state.faq?.given ?? [], ...(u.embedding ? { embedding: u.embedding } : {}), ...(action.within ? { within: action.within } : {}) });
  if (!hit && action.orElse) return null;
  // Judged sentence by sentence: "and headphones?" is answered by the sentence about headphones.
  const judged = again && hit ? hit.sentences.find((s) => yesOrNo(u.text, [s], hit.headingTerms) !== null) : undefined;
  const shown = hit && judged && !u.yesNo ? { ...hit, sentences: [judged] } : hit;
  const reply = answerPolicy({ text: u.text, yesNo: again, person: action.person }, shown, tools.faq.properWords);
  const effect = effectOf(action.intent);
  if (shown) effect.faq = { entryId: shown.entry.id, terms: action.within ? [...new Set([...own, ...previous])] : own, ...(again ? { yesNo: true } : {}), given: shown.sentences.slice(0, 3) };
  return { intent: action.intent, ...reply, effect };
}

/** The last answer's sentences judged for a follow-up's new words; null when they do not decide it. */
function answerFrom(u: Understanding, tools: Tools, action: Extract<Action, { kind: 'service' }>, given: string[]): Draft | null {
  const hit = tools.faq.section(action.within as string, given);
  if (!hit || yesOrNo(u.text, given, hit.headingTerms) === null) return null;
  const reply = answerPolicy({ text: u.text, yesNo: true, person: action.person }, hit, tools.faq.properWords);
  const effect = effectOf(action.intent);
  // "and Canada?" adds its place to the topic's words: "how long does it take to get there?" means Canada.
  effect.faq = { entryId: hit.entry.id, terms: [...new Set([...(tools.state.faq?.terms ?? []), ...canonicalTerms(u.text)])], yesNo: true, given };
  return { intent: action.intent, ...reply, effect };
}

/** "is it sweat resistant?" right after a list: which of the shown products are, stated per product. */
function answerAcrossResults(items: Product[], question: Parameters<typeof answerProductQuestion>[1], u: Understanding): Draft {
  const answers = items.map((p) => ({ p, text: answerProductQuestion(p, question) }));
  const yes = answers.filter((a) => a.text.startsWith('Yes'));
  const asked = u.fact.featureWords.join(' ') || 'that';
  const effect = effectOf('product-question', yes.length === 1 ? yes.map((a) => a.p) : [], false);
  if (yes.length === 1) effect.focus = (yes[0] as { p: Product }).p.id;
  // "can they go in the dishwasher?" is said back as a clause ("whether any of them can go in ..."); words
  // that make no clause of their own ("go dishwasher") are never put after "listed as".
  // "are they waterproof?" reads well as "listed as waterproof"; other verbs are said as a clause.
  const predicate = u.fact.form === 'is' ? undefined : u.fact.predicate;
  const none = predicate ? `The catalog doesn't say of any of the ${items.length} I showed that ${statePredicate(predicate, 'it')}.` : u.fact.form === 'is' ? `None of the ${items.length} I showed is listed as ${asked}.` : `None of the ${items.length} I showed is listed with “${asked}”.`;
  const some = predicate ? `Of the ${items.length} I showed, the catalog says so of ${yes.length === 1 ? 'one' : yes.length}.` : `Of the ${items.length} I showed, ${yes.length === 1 ? 'one is' : `${yes.length} are`} listed as ${asked}.`;
  // "which of the two is waterproof?" is answered with the product, not with a yes.
  const says = yes.map((a) => (u.choosing ? a.text.replace(/^Yes, (\w)/, (_, c: string) => c.toUpperCase()) : a.text));
  const text = yes.length === 0 ? none : `${some} ${says.join(' ')}`;
  return { intent: 'product-question', text, products: yes.length ? yes.map((a) => a.p) : items, reason: 'The product you asked about', effect };
}

export async function runAction(action: Action, u: Understanding, tools: Tools): Promise<Draft> {
  switch (action.kind) {
    case 'not-english':
      return { intent: 'not-english', text: answerNotEnglish(action.language), language: action.language, effect: effectOf('not-english') };
    case 'social':
      return { intent: action.intent, ...answerSocial(action.intent, exampleCategory(tools)), effect: effectOf(action.intent) };
    case 'handoff': {
      // "how do I contact you?": the help centre's way to reach the shop, with the handoff; its section
      // is the topic "on which days can I reach them?" continues.
      const hit = tools.faq.find({ terms: canonicalTerms(u.text), hint: canonicalTerms(serviceTopic('contact-customer-service')?.topic ?? ''), hintDecides: true, ...(u.embedding ? { embedding: u.embedding } : {}) });
      const contact = hit && hit.headingTerms.some((t) => CONTACT_HEADING.has(t)) ? hit : null;
      const lead = contact ? tools.faq.leadSentence(contact.entry.id) : undefined;
      const effect = effectOf('contact-human');
      if (contact) effect.faq = { entryId: contact.entry.id, terms: canonicalTerms(u.text), ...(lead ? { given: [lead] } : {}) };
      return { intent: 'contact-human', ...answerHandoff(lead), ...(contact ? { source: { entryId: contact.entry.id, section: contact.name, text: contact.entry.answer } } : {}), effect };
    }
    case 'out-of-scope':
      return { intent: 'out-of-scope', ...answerOutOfScope(exampleCategory(tools)), effect: effectOf('out-of-scope') };
    case 'clarify-product':
      return { intent: 'product-question', ...answerClarifyProduct(), effect: effectOf('product-question') };
    case 'service':
      // "in red?" after a shipping answer: no help-centre section holds it, so it is about the products.
      return service(u, tools, action) ?? runAction(action.orElse as Action, u, tools);
    case 'product-question': {
      const items = products(tools, action.productIds);
      const question: ProductQuestion = { fact: u.fact, query: u.request.query, yesNo: u.yesNo };
      if (items.length > 1 && (u.yesNo || u.choosing) && !u.fact.field) return answerAcrossResults(items, { ...question, yesNo: true }, u);
      // A feature the parse cannot place ("how waterproof is it?" → "water resistance: IPX7"): the attribute
      // ranker (lexical weights: no extra encoder calls per question) names the nearest attribute.
      const one = items.length === 1 ? (items[0] as Product) : undefined;
      const attributes = one ? Object.entries(one.attributes).map(([name, value]) => ({ name, value })) : [];
      if (one && !u.fact.field && !u.fact.attributeKey && u.fact.featureTerms.length > 0 && attributes.length > 0) {
        // Ranked against what is asked, not the product's name: "cast iron" in "can the Cast Iron Skillet go in
        // the dishwasher?" is no reason to name its material.
        const [top] = await rankAttributes(u.fact.asked || u.text, attributes);
        if (top && top.score >= CLOSEST_ATTRIBUTE_SCORE) question.closest = { name: top.name, value: top.value };
      }
      const text = items.map((p) => answerProductQuestion(p, question)).join(' ');
      const effect = { ...effectOf('product-question', items, false), ...(items.length === 1 ? { focus: (items[0] as Product).id } : {}) };
      return { intent: 'product-question', text, products: items, reason: 'The product you asked about', effect };
    }
    case 'choose': {
      const items = products(tools, action.productIds);
      const popularity = tools.catalog.popularity?.scores ?? {};
      const sign = action.by.direction === 'asc' ? 1 : -1;
      const ranked = items.map((p) => ({ p, v: valueOf(p, action.by.measure, popularity) })).filter((r): r is { p: Product; v: number } => r.v !== undefined).sort((a, b) => sign * (a.v - b.v));
      const best = ranked.length > 1 ? ranked[0]?.p : undefined;
      const effect = { ...effectOf('product-question', best ? [best] : [], false), ...(best ? { focus: best.id } : {}) };
      return { intent: 'product-question', text: answerChoice(ranked, items, action.by), products: best ? [best] : items, reason: `The ${action.by.word} of those shown`, effect };
    }
    case 'range': {
      const range = catalogRange(tools.catalog);
      const shown = range.slice(0, 5).map((r) => r.top);
      return { intent: 'product-search', text: answerRange(range, tools.search.vocab), products: shown, reason: 'Popular in its category', effect: effectOf('product-search', shown) };
    }
    case 'compare':
      return runCompare(u, tools, action.productIds, action.query);
    case 'recommend': {
      const anchor = action.anchor ? tools.catalog.byId.get(action.anchor) : undefined;
      // "a pot to go with it": a product noun that is no category word names a kind all the same.
      const head = action.query.head;
      const kind = head && action.query.categoryTerms.length === 0 && action.relation !== 'personal' ? await kindOfWord(head, { products: tools.catalog.products, nearestCategories: tools.nearestCategories, ...(tools.embed ? { embed: tools.embed } : {}) }) : undefined;
      const rec = tools.recommend ? recommendInChat(tools.recommend, tools.catalog, tools.search.vocab, action.relation, action.query, anchor, kind, action.than) : { products: [], reasons: new Map<string, string>() };
      const text = answerRecommendation(action.relation, anchor, rec, tools.page.recentlyViewed.length > 0);
      const effect = effectOf('recommend', rec.products);
      // "something similar but cheaper" → "in black": the follow-up refines products of the anchor's kind,
      // below its price, as the active search.
      if (anchor && action.relation === 'similar' && rec.products.length > 0) {
        const kind = canonicalTerms(anchor.categories[anchor.categories.length - 1] ?? '').filter((t) => tools.search.vocab.kindTerms.has(t));
        const price = rec.cheaperThan !== undefined ? { max: rec.cheaperThan - 0.01 } : action.query.price;
        // The request's own words ("something similar") are the relation, not what to search for.
        const { head: _head, price: _price, ...rest } = action.query;
        if (kind.length > 0) effect.search = { query: { ...rest, categoryTerms: kind, terms: [], softTerms: [], ...(price ? { price } : {}) }, more: false };
      }
      return { intent: 'recommend', text, products: rec.products, reason: rec.reasons, effect };
    }
    case 'search':
      return runSearch(u, tools, action.query, action.open, action.more);
  }
}
