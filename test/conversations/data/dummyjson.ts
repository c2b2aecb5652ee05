// Conversations on the DummyJSON catalog (../shared/data/catalog-dummyjson, a public export nobody on the
// project wrote; run only where it is present) with the help centre this project wrote for it
// (test/fixtures/shops/dummyjson/help-centre.json, the JSON FAQ format).
import * as E from '../expect/index.ts';
import type { FaqFact } from '../facts/help-centre.ts';
import { about, after, conversationsFor, turn, viewed } from '../script.ts';

const DELIVER_TO: FaqFact = { section: /Where do you deliver/, find: /We deliver to (.+?)\./ };
const NEXT_DAY: FaqFact = { section: /How fast/, find: /Next-day delivery costs \$(\d+\.\d+)/ };
const FRAGRANCE_RETURN: FaqFact = { section: /return policy/, find: /fragrances[^.]*cannot be returned/ };
const LAPTOP_WARRANTY: FaqFact = { section: /warranty/, find: /(1-year)/ };
const STORE_PICKUP: FaqFact = { section: /pick up/, find: /no store to collect from/ };
const ACCIDENTS: FaqFact = { section: /warranty/, find: /Accidental damage is not covered/ };
const PAYMENT: FaqFact = { section: /How can I pay/, find: /We accept (.+?)\./ };
// The tiers table (an HTML <table> inside the JSON answer), read from its cells.
const TIERS = /Rewards tiers/;
const GOLD_PERKS: FaqFact = { section: TIERS, find: /<td>Gold<\/td>(?:<td>[^<]*<\/td>){2}<td>([^<]+)<\/td>/ };
const SILVER_PERKS: FaqFact = { section: TIERS, find: /<td>Silver<\/td>(?:<td>[^<]*<\/td>){2}<td>([^<]+)<\/td>/ };
const SILVER_SPEND: FaqFact = { section: TIERS, find: /<td>Silver<\/td><td>from \$([\d,]+)<\/td>/ };
const GOLD_SPEND: FaqFact = { section: TIERS, find: /<td>Gold<\/td><td>from \$([\d,]+)<\/td>/ };

const LAPTOPS = { where: { type: 'laptops' } };
const SOLD_OUT_PHONE = E.pick({ where: { type: 'smartphones', inStock: false }, uniqueTitle: true });
const PRICIEST_FURNITURE = E.pick({ where: { type: 'furniture' }, by: 'price', order: 'desc', uniqueTitle: true });

export const DUMMYJSON_CONVERSATIONS = conversationsFor('dummyjson', [
  ['cheapest-laptop-then-compare', 'ui',
    turn('search', 'what is your cheapest laptop?', E.allProducts({ type: 'laptops' }), E.firstIsBest({ ...LAPTOPS, by: 'price' })),
    turn('compare', 'compare it with the most expensive one', E.productsAre([E.pick({ ...LAPTOPS, by: 'price' }), E.pick({ ...LAPTOPS, by: 'price', order: 'desc' })]), E.statesEveryShownPrice())],
  ['phones-under-300-best-rated', 'api',
    turn('search', 'smartphones under $300', E.allProducts({ type: 'smartphones', maxPrice: 300 })),
    turn('follow-up', 'which of them is the best rated?', E.firstIsBest({ where: { type: 'smartphones', maxPrice: 300 }, by: 'rating', order: 'desc' }))],
  ['perfume-for-my-wife', 'ui',
    turn('search', 'a perfume for my wife', E.allProducts({ type: 'fragrances' })),
    turn('follow-up', 'under $80', E.allProducts({ type: 'fragrances', maxPrice: 80 }))],
  ['kitchen-under-10-second', 'ui',
    turn('search', 'kitchen accessories under $10', E.allProducts({ type: 'kitchen-accessories', maxPrice: 10 })),
    turn('follow-up', 'show me the second one', E.onlyProduct(E.previous(1)))],
  ['price-of-named-furniture', 'api',
    turn('product-question', about('how much is the {title}?', PRICIEST_FURNITURE), E.mentionsPrice(PRICIEST_FURNITURE), E.staysOn(PRICIEST_FURNITURE))],
  ['sold-out-phone', 'ui',
    turn('product-question', about('is the {title} in stock?', SOLD_OUT_PHONE), E.yesNoInStock(SOLD_OUT_PHONE)),
    turn('follow-up', 'other phones by the same brand?', E.allProducts((ctx) => ({ type: 'smartphones', brand: SOLD_OUT_PHONE.resolve(ctx).brand })))],
  ['do-you-sell-bicycles', 'api',
    turn('search', 'do you sell bicycles?', E.no(/bicycle|bike/i), E.includesText(/bicycle|bike/i, 'names what was asked for (bicycles)')),
    turn('search', 'motorcycles?', E.allProducts({ type: 'motorcycle' }))],
  ['deliver-to-mexico-and-pickup', 'ui',
    turn('policy', 'do you deliver to Mexico?', E.yesNoByList(DELIVER_TO, 'Mexico'), E.namesEveryListed(DELIVER_TO)),
    turn('policy', 'can I pick up my order in a store instead?', E.yesNoBySentence(STORE_PICKUP, /store|pick/i))],
  ['return-opened-perfume', 'api',
    turn('policy', 'can I return a perfume I opened?', E.yesNoBySentence(FRAGRANCE_RETURN, /perfume|fragrance/i), E.notWholeSection(FRAGRANCE_RETURN))],
  ['next-day-delivery-cost', 'api',
    turn('policy', 'how much is next-day delivery?', E.statesFact(NEXT_DAY))],
  ['laptop-warranty', 'ui',
    turn('policy', 'is there a warranty on laptops?', E.yes(), E.statesFact(LAPTOP_WARRANTY)),
    turn('follow-up', 'does it cover accidental damage?', E.yesNoBySentence(ACCIDENTS, /accident|damage/i))],
  ['charged-twice', 'ui',
    turn('service', 'I was charged twice for my order', E.offersHandoff()),
    turn('policy', 'which ways can I pay?', E.namesEveryListed(PAYMENT))],
  ['recommend-from-groceries', 'ui',
    after([viewed(E.pick({ where: { type: 'groceries' } }, 0), E.pick({ where: { type: 'groceries' } }, 3), E.pick({ where: { type: 'groceries' } }, 6))],
      turn('recommendation', 'recommend something based on what I looked at', E.mostlyViewedTypes(0.5), E.givesReasons()))],
  // A help-centre table in HTML: each row is its own fact.
  ['rewards-gold-then-silver', 'api',
    turn('policy', 'what do I get as a Gold Rewards member?', E.statesFact(GOLD_PERKS), E.omitsFact(SILVER_PERKS, 'the Silver row is another row')),
    turn('follow-up', 'and Silver?', E.statesFact(SILVER_SPEND), E.omitsFact(GOLD_SPEND, 'the Gold row is another row'))],
  ['rewards-tiers', 'ui',
    turn('policy', 'what are the Rewards tiers?', E.statesFact(SILVER_SPEND), E.statesFact(GOLD_SPEND))],
  ['french-phone', 'api',
    turn('language', 'je cherche un téléphone pas cher', E.saysOnlyEnglish('fr'))],
]);
