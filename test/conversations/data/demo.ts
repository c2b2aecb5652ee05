// Conversations on the demo shop (demo/dist/data/products.json, demo/content/policies.md). Every expected
// value is computed from those files when the turn runs; the FAQ facts below say where a sentence is.
import * as E from '../expect/index.ts';
import type { FaqFact } from '../facts/help-centre.ts';
import { about, after, conversationsFor, reload, turn, viewed, visit } from '../script.ts';

// Each fact is looked for first in the section named, then anywhere in the help centre (see FaqFact).
const SHIPPING = /^Shipping/;
const RETURNS = /^Return/;
const SHIP_TO: FaqFact = { section: SHIPPING, find: /We ship to (.+?)\./ };
const STANDARD_DAYS: FaqFact = { section: SHIPPING, find: /Standard shipping \((\d+-\d+) working days\)/ };
const EXPRESS_DAYS: FaqFact = { section: SHIPPING, find: /Express shipping \((\d+-\d+) working days\)/ };
const EXPRESS_COST: FaqFact = { section: SHIPPING, find: /Express shipping[^$]*\$(\d+(?:\.\d+)?)/ };
const FREE_OVER: FaqFact = { section: SHIPPING, find: /free on orders over \$(\d+)/ };
const BELOW_FREE: FaqFact = { section: SHIPPING, find: /and \$(\d+\.\d+) below that/ };
const INTERNATIONAL_DAYS: FaqFact = { section: /International|Shipping/, find: /International delivery takes (\d+-\d+) working days/ };
const DUTIES: FaqFact = { section: /International|Shipping/, find: /(?:duties|taxes)[^.]*?(shown at checkout)/i };
const TRACKING: FaqFact = { section: /[Tt]racking|Shipping/, find: /(tracking number)/ };
const RETURN_DAYS: FaqFact = { section: RETURNS, find: /within (\d+ days)/ };
const COFFEE_RETURN: FaqFact = { section: RETURNS, find: /opened coffee beans cannot be returned/i };
const HEADPHONES_RETURN: FaqFact = { section: RETURNS, find: /headphones can be returned/i };
const CARD_REFUND_DAYS: FaqFact = { section: /^Refund/, find: /within (\d+-\d+) working days/ };
const EXCHANGE_HOW: FaqFact = { section: /^Exchanges/, find: /(prepaid label)/ };
const EXCHANGE_HOLD: FaqFact = { section: /^Exchanges/, find: /for (\d+ days)/ };
const HEADPHONES_WARRANTY: FaqFact = { section: /^Warranty/, find: /Headphones[^.]*?(\d+-year)/ };
const FOOTWEAR_WARRANTY: FaqFact = { section: /^Warranty/, find: /Footwear[^.]*?(\d+-year)/ };
const PAYMENT: FaqFact = { section: /^Payment/, find: /We accept (.+?)\./ };
const INSTALMENTS: FaqFact = { section: /^Payment/, find: /in (\d+) interest-free instalments/ };
const GIFT_EXPIRY: FaqFact = { section: /^Gift cards/, find: /never expire/ };
const GIFT_MIN: FaqFact = { section: /^Gift cards/, find: /from \$(\d+)/ };
const GIFT_MAX: FaqFact = { section: /^Gift cards/, find: /to \$(\d+)/ };
const CONTACT_EMAIL: FaqFact = { section: /^Contact/, find: /(\S+@\S+\.\w+)/ };
const CONTACT_DAYS: FaqFact = { section: /^Contact/, find: /\((Monday to Friday)/ };
const SIZING_INSEAM: FaqFact = { section: /^Sizing/, find: /(\d+ in) inseam/ };
// Policies the demo's help centre may or may not have: the answer is checked against whichever it is.
const STUDENT: FaqFact = { section: /[Ss]tudent/, find: /Students get (\d+%) off/ };
const PRICE_MATCH: FaqFact = { section: /[Pp]rice match/, find: /\bmatch (?:a lower|the) price/i };

// The demo generator reuses titles across colours: a product named in a message has a title of its own.
const PRICIEST_COFFEE_MAKER = E.pick({ where: { type: 'Coffee Makers', inStock: true }, by: 'price', order: 'desc', uniqueTitle: true });
const SOLD_OUT_BOOT = E.pick({ where: { type: 'Boots', inStock: false }, uniqueTitle: true });

export const DEMO_CONVERSATIONS = conversationsFor('demo', [
  // Negation, and negation that persists into a follow-up.
  ['not-pink-then-cheaper', 'ui',
    turn('search', 'running shoes but not pink', E.allProducts({ type: 'Running Shoes' }), E.noProduct({ colour: 'pink' })),
    turn('follow-up', 'cheaper', E.cheaperThanPrevious(), E.allProducts({ type: 'Running Shoes' }), E.noProduct({ colour: 'pink' }))],
  ['boots-no-leather', 'api',
    turn('search', 'boots, no leather please', E.allProducts({ type: 'Boots' }), E.noProduct({ material: 'leather' })),
    turn('follow-up', 'in black', E.allProducts({ type: 'Boots', colour: 'black' }), E.noProduct({ material: 'leather' }))],
  // Follow-ups that point at an earlier answer.
  ['boots-sizes-of-second', 'ui',
    turn('search', 'hiking boots', E.allProducts({ type: 'Boots' })),
    turn('follow-up', 'what sizes does the second one come in?', E.namesSizes(E.previous(1)), E.staysOn(E.previous(1))),
    turn('product-question', 'is it waterproof?', E.yesNoFromCatalog(E.previous(1, 2), 'waterproof'), E.staysOn(E.previous(1, 2)))],
  ['headphones-sweat-resistant', 'ui',
    turn('search', 'wireless headphones for running', E.allProducts({ type: 'Headphones' })),
    turn('product-question', 'is the first one sweat resistant?', E.yesNoFromCatalog(E.previous(0), 'sweatResistant'), E.staysOn(E.previous(0))),
    turn('follow-up', 'does it have noise cancelling?', E.yesNoFromCatalog(E.previous(0, 2), 'noiseCancelling'), E.staysOn(E.previous(0, 2)))],
  ['sport-earbuds-is-it-sweat-resistant', 'api',
    turn('search', 'sport earbuds', E.allProducts({ type: 'Headphones' })),
    turn('follow-up', 'is it sweat resistant?', E.withinPrevious(), E.includesText(/sweat/i, 'answers about sweat resistance'))],
  ['running-shoes-second-in-a-10', 'api',
    turn('search', 'running shoes', E.allProducts({ type: 'Running Shoes' })),
    turn('follow-up', 'is the second one available in a 10?', E.yesNoSizeInStock(E.previous(1), '10')),
    turn('follow-up', 'and in size 12?', E.yesNoSizeInStock(E.previous(1, 2), '12'))],
  ['hoodies-which-of-the-first-two-is-cheaper', 'ui',
    turn('search', 'hoodies', E.allProducts({ type: 'Hoodies' })),
    turn('follow-up', 'which of the first two is cheaper?', E.namesTitle(E.cheaperOf(E.previous(0), E.previous(1))), E.withinPrevious())],
  ['jackets-the-other-one', 'api',
    turn('search', 'jackets under $100', E.allProducts({ type: 'Jackets', maxPrice: 100 })),
    turn('follow-up', 'tell me about the first one', E.onlyProduct(E.previous(0))),
    turn('follow-up', 'is that one in stock?', E.yesNoInStock(E.previous(0, 2))),
    turn('follow-up', 'what about the second one?', E.onlyProduct(E.previous(1, 3)))],
  ['show-me-the-second-one', 'api',
    turn('search', 'black jeans', E.allProducts({ type: 'Jeans', colour: 'black' })),
    turn('follow-up', 'show me the second one', E.onlyProduct(E.previous(1))),
    turn('follow-up', 'how much is it?', E.mentionsPrice(E.previous(1, 2)))],
  ['tees-green-under-30', 'ui',
    turn('search', 't-shirts', E.allProducts({ type: 'T-Shirts' })),
    turn('follow-up', 'in green?', E.allProducts({ type: 'T-Shirts', colour: 'green' })),
    turn('follow-up', 'under $30', E.allProducts({ type: 'T-Shirts', colour: 'green', maxPrice: 30 }))],
  ['socks-show-more', 'api',
    turn('search', 'socks', E.allProducts({ type: 'Socks' })),
    turn('follow-up', 'show me more', E.allProducts({ type: 'Socks' }), E.noneShownBefore())],
  ['reload-keeps-the-conversation', 'ui',
    turn('search', 'sneakers', E.allProducts({ type: 'Sneakers' })),
    after([reload], turn('follow-up', 'how much is the second one?', E.mentionsPrice(E.previous(1))))],
  // Policy answers that state the fact, and follow-ups on the last topic.
  ['standard-then-express', 'ui',
    turn('policy', 'how long does standard shipping take?', E.statesFact(STANDARD_DAYS), E.notWholeSection(STANDARD_DAYS)),
    turn('follow-up', 'and express?', E.statesFact(EXPRESS_DAYS), E.notWholeSection(EXPRESS_DAYS)),
    turn('follow-up', 'how much does that cost?', E.statesFact(EXPRESS_COST))],
  ['ship-to-uk-then-germany', 'ui',
    turn('policy', 'do you ship to the UK?', E.yesNoByList(SHIP_TO, 'United Kingdom'), E.namesEveryListed(SHIP_TO), E.notWholeSection(SHIP_TO)),
    turn('follow-up', 'what about Germany?', E.yesNoByList(SHIP_TO, 'Germany'))],
  ['return-jeans-that-do-not-fit', 'api',
    turn('policy', "I want to return my jeans, they don't fit", E.statesFact(RETURN_DAYS), E.omitsFact(SIZING_INSEAM, 'the sizing section does not answer a return'), E.notWholeSection(RETURN_DAYS)),
    turn('follow-up', 'how long until I get my money back?', E.statesFact(CARD_REFUND_DAYS), E.notWholeSection(CARD_REFUND_DAYS))],
  ['coffee-beans-then-headphones-return', 'ui',
    turn('policy', 'can I return opened coffee beans?', E.yesNoBySentence(COFFEE_RETURN, /coffee/i), E.notWholeSection(COFFEE_RETURN)),
    turn('follow-up', 'and headphones?', E.yesNoBySentence(HEADPHONES_RETURN, /headphone/i), E.notWholeSection(HEADPHONES_RETURN))],
  ['payment-and-instalments', 'api',
    turn('policy', 'what payment methods do you accept?', E.namesEveryListed(PAYMENT), E.notWholeSection(PAYMENT)),
    turn('follow-up', 'can I pay in instalments?', E.yes(), E.statesFact(INSTALMENTS))],
  ['gift-cards-expire', 'ui',
    turn('policy', 'do gift cards expire?', E.yesNoBySentence(GIFT_EXPIRY, /expire/i)),
    turn('follow-up', 'how much can I put on one?', E.statesFact(GIFT_MIN), E.statesFact(GIFT_MAX))],
  ['warranty-headphones-then-boots', 'api',
    turn('policy', 'what warranty do headphones have?', E.statesFact(HEADPHONES_WARRANTY), E.notWholeSection(HEADPHONES_WARRANTY)),
    turn('follow-up', 'and boots?', E.statesFact(FOOTWEAR_WARRANTY))],
  ['international-delivery', 'api',
    turn('policy', 'how long does international delivery take?', E.statesFact(INTERNATIONAL_DAYS), E.notWholeSection(INTERNATIONAL_DAYS)),
    turn('follow-up', 'who pays the import duties?', E.statesFact(DUTIES))],
  ['is-shipping-free', 'ui',
    turn('policy', 'is shipping free?', E.statesFact(FREE_OVER), E.notWholeSection(FREE_OVER)),
    turn('follow-up', 'and how much is it below that?', E.statesFact(BELOW_FREE))],
  ['student-discount-and-price-match', 'api',
    turn('policy', 'do you have a student discount?', E.dependingOnHelpCentre(STUDENT, [E.yes(), E.statesFact(STUDENT)], [E.notYes(), E.offersHandoff()])),
    turn('policy', 'will you match a lower price?', E.dependingOnHelpCentre(PRICE_MATCH, [E.yes()], [E.notYes(), E.offersHandoff()]))],
  // Service problems: answered from the FAQ where it covers them, handed to a person where it does not.
  ['promo-code-not-working', 'ui',
    turn('service', 'my promo code is not working', E.offersHandoff()),
    turn('service', 'how do I reach you?', E.statesFact(CONTACT_EMAIL))],
  ['cancel-my-order', 'ui',
    turn('service', 'I need to cancel my order', E.offersHandoff()),
    turn('service', 'it is order 10452, I placed it this morning', E.offersHandoff())],
  ['where-is-my-order', 'api',
    turn('service', "where is my order? it's been a week", E.statesFact(TRACKING), E.offersHandoff(), E.notWholeSection(TRACKING)),
    turn('service', 'how do I contact you?', E.statesFact(CONTACT_EMAIL))],
  ['exchange-for-bigger-size', 'ui',
    turn('service', 'can I exchange my hoodie for a bigger size?', E.statesFact(EXCHANGE_HOW)),
    turn('follow-up', 'will you hold the new size for me?', E.statesFact(EXCHANGE_HOLD))],
  ['change-delivery-address', 'ui',
    turn('service', 'I need to change the delivery address on my order', E.offersHandoff()),
    turn('policy', 'how long does standard shipping take?', E.statesFact(STANDARD_DAYS), E.notWholeSection(STANDARD_DAYS))],
  ['order-arrived-damaged', 'api',
    turn('service', 'my order arrived damaged', E.offersHandoff()),
    turn('policy', 'the zip on my boots broke, is that covered?', E.yes(), E.statesFact(FOOTWEAR_WARRANTY))],
  ['talk-to-a-person', 'ui',
    turn('service', 'can I talk to a real person?', E.offersHandoff()),
    turn('follow-up', 'on which days can I reach them?', E.statesFact(CONTACT_DAYS))],
  // Superlatives, counts, budgets and recipients.
  ['cheapest-then-dearest-coffee-maker', 'ui',
    turn('search', 'what is your cheapest coffee maker?', E.allProducts({ type: 'Coffee Makers' }), E.firstIsBest({ where: { type: 'Coffee Makers' }, by: 'price' })),
    turn('follow-up', 'and the most expensive one?', E.firstIsBest({ where: { type: 'Coffee Makers' }, by: 'price', order: 'desc' }))],
  ['three-cheapest-headphones', 'api',
    turn('search', 'show me the three cheapest headphones', E.exactlyTop({ where: { type: 'Headphones' }, by: 'price', take: 3 })),
    turn('follow-up', 'and the most expensive one?', E.firstIsBest({ where: { type: 'Headphones' }, by: 'price', order: 'desc' }))],
  ['hoodie-around-60', 'api',
    turn('search', 'a hoodie around $60', E.allProducts({ type: 'Hoodies', minPrice: 45, maxPrice: 75 })),
    turn('follow-up', 'in grey', E.allProducts({ type: 'Hoodies', colour: 'grey', minPrice: 45, maxPrice: 75 }))],
  ['gift-for-dad-who-loves-coffee', 'ui',
    turn('search', 'a gift for my dad who loves coffee, under $40', E.allProducts({ any: [{ type: 'Coffee Makers' }, { type: 'Coffee Beans' }], maxPrice: 40 })),
    turn('follow-up', 'something under $20 instead', E.allProducts({ any: [{ type: 'Coffee Makers' }, { type: 'Coffee Beans' }], maxPrice: 20 }))],
  // Compare: named by brand, described, pointed at.
  ['compare-brands', 'ui',
    turn('compare', 'Stridewell vs Northpace running shoes', E.showsProducts(2, 3), E.allProducts({ type: 'Running Shoes', brand: ['Stridewell', 'Northpace'] }), E.someProduct({ brand: 'Stridewell' }), E.someProduct({ brand: 'Northpace' }), E.statesEveryShownPrice()),
    turn('follow-up', 'show me more Northpace running shoes', E.allProducts({ type: 'Running Shoes', brand: 'Northpace' }))],
  ['compare-two-cheapest-backpacks', 'api',
    turn('compare', 'compare the two cheapest backpacks', E.exactlyTop({ where: { type: 'Backpacks' }, by: 'price', take: 2 }), E.statesEveryShownPrice()),
    turn('compare', 'now the two most expensive', E.exactlyTop({ where: { type: 'Backpacks' }, by: 'price', order: 'desc', take: 2 }), E.statesEveryShownPrice())],
  ['compare-the-first-two', 'ui',
    turn('search', 'waterproof boots under $150', E.allProducts({ type: 'Boots', flag: { waterproof: true }, maxPrice: 150 })),
    turn('compare', 'compare the first two', E.sameAsPrevious([0, 1]), E.statesEveryShownPrice())],
  // Recommendations from what the shopper did.
  ['recommend-from-history', 'ui',
    after([viewed(E.pick({ where: { type: 'Jackets' } }, 0), E.pick({ where: { type: 'Jackets' } }, 1), E.pick({ where: { type: 'Jackets' } }, 2))],
      turn('recommendation', 'recommend me something based on what I looked at', E.mostlyViewedTypes(0.5), E.givesReasons())),
    turn('follow-up', 'cheaper ones', E.cheaperThanPrevious())],
  ['what-goes-with-this', 'ui',
    after([visit(E.pick({ where: { type: 'Running Shoes', inStock: true }, by: 'price' }, 3))],
      turn('recommendation', 'what goes with this?', E.complements(E.focused()), E.givesReasons())),
    turn('search', 'socks to wear with them', E.allProducts({ type: 'Socks' }))],
  ['similar-but-cheaper', 'api',
    after([visit(E.pick({ where: { type: 'Jackets', inStock: true }, by: 'price', order: 'desc' }, 2))],
      turn('recommendation', 'something similar but cheaper', E.allProducts((ctx) => ({ type: ctx.focus!.type, maxPrice: ctx.focus!.price - 0.01 })), E.givesReasons())),
    turn('follow-up', 'in black', E.allProducts((ctx) => ({ type: ctx.focus!.type, colour: 'black', maxPrice: ctx.focus!.price - 0.01 })))],
  // Catalog absence, yes/no about the catalog, product questions from the fields.
  ['do-you-sell-laptops', 'ui',
    turn('search', 'do you sell laptops?', E.no(/laptop/i), E.includesText(/laptop/i, 'names what was asked for (laptops)')),
    turn('search', 'ok, then a backpack for my laptop', E.allProducts({ type: 'Backpacks' }))],
  ['do-you-sell-bikes', 'api',
    turn('search', 'do you sell bikes?', E.no(/bike|bicycle/i), E.includesText(/bike|bicycle/i, 'names what was asked for (bikes)')),
    turn('search', 'what do you sell then?', E.namesKinds(3))],
  ['do-you-sell-headphones', 'api',
    turn('search', 'do you sell headphones?', E.yes(), E.allProducts({ type: 'Headphones' })),
    turn('follow-up', 'wireless ones under $100', E.allProducts({ type: 'Headphones', maxPrice: 100 }))],
  ['price-of-a-named-product', 'ui',
    turn('product-question', about('how much is the {title}?', PRICIEST_COFFEE_MAKER), E.mentionsPrice(PRICIEST_COFFEE_MAKER), E.staysOn(PRICIEST_COFFEE_MAKER)),
    turn('follow-up', 'what colour is it?', E.namesColours(PRICIEST_COFFEE_MAKER))],
  ['stock-and-material-of-a-named-product', 'api',
    turn('product-question', about('is the {title} in stock?', SOLD_OUT_BOOT), E.yesNoInStock(SOLD_OUT_BOOT), E.staysOn(SOLD_OUT_BOOT)),
    turn('follow-up', 'what is it made of?', E.namesMaterials(SOLD_OUT_BOOT))],
  // Other languages, out of scope.
  ['chinese-then-english', 'ui',
    turn('language', '我想买一双跑步鞋', E.saysOnlyEnglish('zh')),
    turn('search', 'running shoes', E.allProducts({ type: 'Running Shoes' }))],
  ['french', 'api',
    turn('language', 'je cherche une veste imperméable', E.saysOnlyEnglish('fr')),
    turn('search', 'sorry: a waterproof jacket', E.allProducts({ type: 'Jackets', flag: { waterproof: true } }))],
  ['spanish', 'api',
    turn('language', '¿tienen zapatillas para correr?', E.saysOnlyEnglish('es')),
    turn('search', 'running shoes then', E.allProducts({ type: 'Running Shoes' }))],
  ['weather-capital-then-jackets', 'ui',
    turn('out-of-scope', "what's the weather like tomorrow?", E.noProducts(), E.nonEmptyText()),
    turn('out-of-scope', 'what is the capital of France?', E.noProducts(), E.excludesText(/paris/i, 'does not answer general knowledge (no "Paris")')),
    turn('search', 'ok, show me rain jackets', E.allProducts({ type: 'Jackets' }))],
  ['tell-me-a-joke', 'api',
    turn('out-of-scope', 'tell me a joke', E.noProducts(), E.nonEmptyText()),
    turn('search', 'ok, show me coffee beans', E.allProducts({ type: 'Coffee Beans' }))],
]);
