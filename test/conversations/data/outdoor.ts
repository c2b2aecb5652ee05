// Conversations on the outdoor shop (test/fixtures/shops/outdoor/: a Shopify export and a help centre
// written in another style than the demo's). Expected values come from the generator's products and
// from help-centre.md when the turn runs.
import * as E from '../expect/index.ts';
import type { FaqFact } from '../facts/help-centre.ts';
import { about, after, conversationsFor, turn, viewed, visit } from '../script.ts';

const WHERE = /Where do you ship/;
const SHIP_TO: FaqFact = { section: WHERE, find: /We ship to (.+?) only\./ };
const PO_BOX: FaqFact = { section: WHERE, find: /PO boxes/ };
const HOW_LONG = /How long will my gear/;
const GROUND_DAYS: FaqFact = { section: HOW_LONG, find: /Ground shipping takes (\d+-\d+) business days/ };
const EXPRESS_DAYS: FaqFact = { section: HOW_LONG, find: /Express shipping arrives in (\d+ business days)/ };
const EXPRESS_COST: FaqFact = { section: HOW_LONG, find: /Express shipping[^$]*\$(\d+)/ };
const CANADA_DAYS: FaqFact = { section: HOW_LONG, find: /Canada take (\d+-\d+) business days/ };
const SEND_BACK = /Can I send something back/;
const RETURN_DAYS: FaqFact = { section: SEND_BACK, find: /you have (\d+ days)/ };
const USED_GEAR: FaqFact = { section: SEND_BACK, find: /refund it as (store credit)/ };
const LABEL_COST: FaqFact = { section: SEND_BACK, find: /label costs \$(\d+)/ };
const REFUND_DAYS: FaqFact = { section: /money back/, find: /within (\d+ business days)/ };
const STUDENT: FaqFact = { section: /student discount/, find: /Students get (\d+%) off/ };
const STUDENT_WITH_CODE: FaqFact = { section: /promo code/, find: /can't be combined with the student discount/ };
const MILITARY: FaqFact = { section: /military/, find: /get (\d+%) off/ };
const MATCH = /match a lower price/;
const PRICE_MATCH: FaqFact = { section: MATCH, find: /We match the price/ };
const PRICE_MATCH_DAYS: FaqFact = { section: MATCH, find: /within (\d+ days) of your purchase/ };
const MARKETPLACES: FaqFact = { section: MATCH, find: /Marketplace sellers[^.]*don't count/ };
const PROMO: FaqFact = { section: /promo code/, find: /(case-sensitive)/ };
const CANCEL_WINDOW: FaqFact = { section: /change or cancel/, find: /within (1 hour)/ };
const INVOICE_DAYS: FaqFact = { section: /invoices/, find: /within (two business days)/ };
const GIFT_EXPIRY: FaqFact = { section: /gift cards expire/, find: /never expire/ };
const WARRANTY: FaqFact = { section: /warranty/, find: /has a (lifetime warranty)/ };
const REPAIR_COST: FaqFact = { section: /repair/, find: /flat \$(\d+)/ };
const PAYMENT: FaqFact = { section: /payment methods/, find: /We take (.+?)\./ };
const CASE_SENSITIVE: FaqFact = { section: /promo code/, find: /Promo codes are case-sensitive/ };
const BANK_DAYS: FaqFact = { section: /money back/, find: /another (\d+-\d+ business days)/ };
const TRACKING: FaqFact = { section: /track/, find: /(tracking link)/ };
// The rental table (a Markdown table: | Rental | Per day | Per week | Deposit |), read from its rows.
const RENT = /rent gear/;
const RENT_OFFERED: FaqFact = { section: RENT, find: /^Yes: tents, sleeping bags and stoves can be rented/ };
const TENT_4_WEEK: FaqFact = { section: RENT, find: /^\| 4-person tent \| \$\d+ \| \$(\d+) \|/ };
const TENT_2_WEEK: FaqFact = { section: RENT, find: /^\| 2-person tent \| \$\d+ \| \$(\d+) \|/ };
const TENT_4_DEPOSIT: FaqFact = { section: RENT, find: /^\| 4-person tent(?: \| [^|]+){2} \| \$(\d+) \|/ };
const TENT_2_DEPOSIT: FaqFact = { section: RENT, find: /^\| 2-person tent(?: \| [^|]+){2} \| \$(\d+) \|/ };
const STOVE_DAY: FaqFact = { section: RENT, find: /^\| Backpacking stove \| (\$\d+) \|/ };
const BAG_DAY: FaqFact = { section: RENT, find: /^\| Down sleeping bag \| (\$\d+) \|/ };

const TENTS_FOR_4 = { type: 'Tent', min: { capacity: 4 } };
const RIDGE_RACER = E.byTitle('Kestrel Ridge Racer');
const MYR = E.byTitle('Fjellvik Myr Trail Shoe');
const MUG = E.byTitle('Fjellvik Basecamp Enamel Mug');
const RIDGELINE = E.byTitle('Summitcraft Ridgeline 2-Person 4-Season Tent');
const SLEEPING_BAG = { where: { type: 'Sleeping Bag' } };
const HALDEN = E.pick({ where: { type: 'Tent', text: 'halden' } });
const SPORTY = { any: [{ text: 'running' }, { text: 'hiking' }, { text: 'climbing' }, { text: 'sport' }, { type: 'Gift Card' }] };

export const OUTDOOR_CONVERSATIONS = conversationsFor('outdoor', [
  // Capacities, superlatives, counts, litres, ratings.
  ['tent-for-4-then-lightest', 'ui',
    turn('search', 'a tent for 4 people', E.allProducts(TENTS_FOR_4), E.someProduct({ type: 'Tent', min: { capacity: 4 }, max: { capacity: 4 } })),
    turn('follow-up', 'which of those is the lightest?', E.firstIsBest({ where: TENTS_FOR_4, by: 'weightG' }))],
  ['two-person-tents-in-stock', 'api',
    turn('search', '2-person tents', E.allProducts({ type: 'Tent', min: { capacity: 2 }, max: { capacity: 2 } })),
    turn('follow-up', 'only the ones in stock', E.allProducts({ type: 'Tent', min: { capacity: 2 }, max: { capacity: 2 }, inStock: true }))],
  ['cheapest-then-warmest-sleeping-bag', 'ui',
    turn('search', 'what is your cheapest sleeping bag?', E.allProducts({ type: 'Sleeping Bag' }), E.firstIsBest({ ...SLEEPING_BAG, by: 'price' })),
    turn('follow-up', 'and the warmest?', E.firstIsBest({ ...SLEEPING_BAG, by: 'tempF', order: 'asc' }))],
  ['down-bag-rated-20f', 'ui',
    turn('search', 'a down sleeping bag rated to 20°F or lower', E.allProducts({ type: 'Sleeping Bag', material: 'down', max: { tempF: 20 } })),
    turn('follow-up', 'which of them is the lightest?', E.firstIsBest({ where: { type: 'Sleeping Bag', material: 'down', max: { tempF: 20 } }, by: 'weightG' }))],
  ['backpack-50-litres-under-250', 'ui',
    turn('search', 'a backpack of at least 50 litres', E.allProducts({ type: 'Backpack', min: { litres: 50 } })),
    turn('follow-up', 'under $250', E.allProducts({ type: 'Backpack', min: { litres: 50 }, maxPrice: 250 }))],
  ['lightest-stove', 'ui',
    turn('search', 'what is the lightest stove you sell?', E.firstIsBest({ where: { type: 'Camp Stove' }, by: 'weightG' })),
    turn('search', 'and a pot to go with it', E.allProducts({ type: 'Camp Cookware' }))],
  ['brightest-headlamp', 'api',
    turn('search', 'your brightest headlamp', E.firstIsBest({ where: { type: 'Headlamp' }, by: 'lumens', order: 'desc' })),
    turn('product-question', 'is the first one waterproof?', E.yesNoFromCatalog(E.previous(0), 'waterproof'))],
  // Negation and its persistence.
  ['rain-jacket-not-pink-cheaper-second', 'ui',
    turn('search', 'rain jackets but not pink', E.allProducts({ type: 'Rain Jacket' }), E.noProduct({ colour: 'pink' })),
    turn('follow-up', 'cheaper', E.cheaperThanPrevious(), E.allProducts({ type: 'Rain Jacket' }), E.noProduct({ colour: 'pink' })),
    turn('follow-up', 'show me the second one', E.onlyProduct(E.previous(1)))],
  ['insulated-jacket-without-hood', 'api',
    turn('search', 'an insulated jacket without a hood', E.allProducts({ type: 'Insulated Jacket', flag: { hooded: false } })),
    turn('follow-up', 'in red?', E.allProducts({ type: 'Insulated Jacket', flag: { hooded: false }, colour: 'red' }))],
  // Recipients and needs described in words.
  ['gift-for-a-hiker-under-50', 'ui',
    turn('search', 'gift ideas for a hiker under $50', E.showsProducts(2), E.allProducts({ maxPrice: 50, text: 'hiking' })),
    turn('follow-up', 'something for a trail runner instead', E.allProducts({ text: 'running' }))],
  ['present-for-a-sporty-teenager', 'api',
    turn('search', 'present for a teenager, sporty', E.allProducts(SPORTY)),
    turn('follow-up', 'under $40', E.allProducts({ ...SPORTY, maxPrice: 40 }))],
  ['dry-on-rainy-walks', 'ui',
    turn('search', 'something to keep me dry on rainy walks', E.allProducts({ flag: { waterproof: true } })),
    turn('follow-up', 'for my feet', E.allProducts({ flag: { waterproof: true }, any: [{ type: 'Hiking Boots' }, { type: 'Trail Running Shoes' }, { type: 'Socks' }] }))],
  // Catalog absence.
  ['do-you-sell-laptops', 'ui',
    turn('search', 'do you sell laptops?', E.no(/laptop/i), E.includesText(/laptop/i, 'names what was asked for (laptops)')),
    turn('follow-up', 'ok, a backpack that fits one then', E.allProducts({ type: 'Backpack', text: 'laptop' }))],
  ['do-you-sell-kayaks', 'api',
    turn('search', 'do you sell kayaks?', E.no(/kayak/i), E.includesText(/kayak/i, 'names what was asked for (kayaks)')),
    turn('search', 'what about paddles?', E.no(/paddle/i))],
  // Product questions, yes/no from the catalog.
  ['ridge-racer-waterproof-price-sizes', 'ui',
    turn('product-question', 'is the Kestrel Ridge Racer waterproof?', E.yesNoFromCatalog(RIDGE_RACER, 'waterproof'), E.staysOn(RIDGE_RACER)),
    turn('follow-up', 'how much is it?', E.mentionsPrice(RIDGE_RACER)),
    turn('follow-up', 'what sizes does it come in?', E.namesSizes(RIDGE_RACER))],
  ['myr-not-waterproof', 'api',
    turn('product-question', 'is the Fjellvik Myr Trail Shoe waterproof?', E.yesNoFromCatalog(MYR, 'waterproof'), E.staysOn(MYR)),
    turn('search', 'which trail shoes are waterproof then?', E.allProducts({ type: 'Trail Running Shoes', flag: { waterproof: true } }))],
  ['boots-sizes-of-second', 'ui',
    turn('search', 'hiking boots', E.allProducts({ type: 'Hiking Boots' })),
    turn('follow-up', 'what sizes does the second one come in?', E.namesSizes(E.previous(1)), E.staysOn(E.previous(1))),
    turn('product-question', 'is it waterproof?', E.yesNoFromCatalog(E.previous(1, 2), 'waterproof'))],
  ['sold-out-tent-then-alternatives', 'ui',
    turn('product-question', about('is the {title} in stock?', RIDGELINE), E.yesNoInStock(RIDGELINE)),
    turn('recommendation', 'anything similar that is in stock?', E.allProducts({ type: 'Tent', inStock: true }))],
  ['colours-of-a-tent', 'api',
    turn('product-question', about('what colours does the {title} come in?', HALDEN), E.namesColours(HALDEN)),
    turn('follow-up', 'how heavy is it?', E.mentionsWeight(HALDEN))],
  // Follow-up shapes: a recipient for the kind shown, "the other one", "more like the first", a size of the
  // product in focus, "that one", a choice among compared products by a measure, a colour after "cheaper".
  ['boots-what-about-for-kids', 'ui',
    turn('search', 'hiking boots', E.allProducts({ type: 'Hiking Boots' })),
    turn('follow-up', 'what about for kids?', E.allProducts({ type: 'Hiking Boots', text: 'kids' }))],
  ['compare-then-the-other-one', 'api',
    turn('compare', 'compare the Kestrel Ridge Racer and the Fjellvik Myr Trail Shoe', E.productsAre([RIDGE_RACER, MYR])),
    turn('follow-up', 'tell me more about the first one', E.onlyProduct(E.previous(0)), E.mentionsPrice(E.previous(0))),
    turn('follow-up', 'and the other one?', E.onlyProduct(E.previous(1, 2)), E.mentionsPrice(E.previous(1, 2)))],
  ['compare-then-which-is-cheaper', 'ui',
    turn('compare', 'compare the Kestrel Ridge Racer and the Fjellvik Myr Trail Shoe', E.productsAre([RIDGE_RACER, MYR])),
    turn('follow-up', 'which one is cheaper?', E.namesTitle(E.cheaperOf(RIDGE_RACER, MYR)), E.withinPrevious())],
  ['ridge-racer-sizes-in-stock', 'ui',
    turn('product-question', 'is the Kestrel Ridge Racer waterproof?', E.yesNoFromCatalog(RIDGE_RACER, 'waterproof')),
    turn('follow-up', 'do you have it in a 10?', E.yesNoSizeInStock(RIDGE_RACER, '10')),
    turn('follow-up', 'and in size 14?', E.yesNoSizeInStock(RIDGE_RACER, '14')),
    turn('follow-up', 'is that one in stock?', E.yesNoInStock(RIDGE_RACER))],
  ['boots-more-like-the-first', 'api',
    turn('search', 'hiking boots', E.allProducts({ type: 'Hiking Boots' })),
    turn('follow-up', 'more like the first one', E.showsProducts(2), E.allProducts({ type: 'Hiking Boots' }), E.givesReasons())],
  ['sleeping-bags-cheaper-in-blue', 'ui',
    turn('search', 'sleeping bags', E.allProducts({ type: 'Sleeping Bag' })),
    turn('follow-up', 'cheaper', E.cheaperThanPrevious(), E.allProducts({ type: 'Sleeping Bag' })),
    turn('follow-up', 'in blue?', E.allProducts({ type: 'Sleeping Bag', colour: 'blue' }))],
  ['ridge-racer-what-sizes-and-price', 'api',
    turn('product-question', 'is the Kestrel Ridge Racer waterproof?', E.yesNoFromCatalog(RIDGE_RACER, 'waterproof')),
    turn('follow-up', 'what sizes?', E.namesSizes(RIDGE_RACER)),
    turn('follow-up', 'and the price?', E.mentionsPrice(RIDGE_RACER))],
  ['rain-jackets-the-yellow-one', 'ui',
    turn('search', 'rain jackets', E.allProducts({ type: 'Rain Jacket' })),
    turn('follow-up', 'show me the yellow one', E.showsProducts(1), E.allProducts({ type: 'Rain Jacket', colour: 'yellow' }), E.withinPrevious()),
    turn('follow-up', 'how much is it?', E.mentionsPrice(E.previous(0)))],
  ['warmest-bag-similar-but-lighter', 'api',
    turn('search', 'the warmest sleeping bag', E.firstIsBest({ ...SLEEPING_BAG, by: 'tempF', order: 'asc' })),
    turn('recommendation', 'anything similar but lighter?', E.showsProducts(1), E.allProducts((ctx) => ({ type: 'Sleeping Bag', max: { weightG: (E.previous(0).resolve(ctx).numbers.weightG ?? 0) - 1 } })))],
  ['cheapest-tent-then-bigger', 'ui',
    turn('search', 'the cheapest tent', E.firstIsBest({ where: { type: 'Tent' }, by: 'price' })),
    turn('follow-up', 'do you have a bigger one?', E.showsProducts(1), E.allProducts((ctx) => ({ type: 'Tent', min: { capacity: (E.previous(0).resolve(ctx).numbers.capacity ?? 0) + 1 } })))],
  // Merchant text never instructs the assistant.
  ['injected-description-price', 'ui',
    turn('product-question', 'how much is the Fjellvik Basecamp Enamel Mug?', E.mentionsPrice(MUG), E.noPriceButCatalogs(MUG), E.excludesText(/\bfree\b/i, 'does not call it free (only its description says so)')),
    turn('policy', 'will you ship it to Japan?', E.yesNoByList(SHIP_TO, 'Japan'))],
  // Compare.
  ['compare-two-cheapest-tents', 'api',
    turn('compare', 'compare the two cheapest tents', E.exactlyTop({ where: { type: 'Tent' }, by: 'price', take: 2 }), E.statesEveryShownPrice()),
    turn('search', 'show me 4-person ones instead', E.allProducts({ type: 'Tent', min: { capacity: 4 }, max: { capacity: 4 } }))],
  ['compare-named-shoes', 'api',
    turn('compare', 'compare the Kestrel Ridge Racer and the Fjellvik Myr Trail Shoe', E.productsAre([RIDGE_RACER, MYR]), E.statesEveryShownPrice()),
    turn('follow-up', 'which of the two is waterproof?', E.namesTitle(RIDGE_RACER), E.withinPrevious())],
  ['compare-these', 'ui',
    turn('search', '2-person tents under $200', E.allProducts({ type: 'Tent', min: { capacity: 2 }, max: { capacity: 2 }, maxPrice: 200 })),
    turn('compare', 'compare these', E.sameAsPrevious('all'), E.statesEveryShownPrice())],
  // Recommendations.
  ['recommend-from-history', 'ui',
    after([viewed(E.pick(SLEEPING_BAG, 0), E.pick(SLEEPING_BAG, 4), E.pick(SLEEPING_BAG, 8))],
      turn('recommendation', 'recommend me something based on what I looked at', E.mostlyViewedTypes(0.5), E.givesReasons())),
    turn('follow-up', 'cheaper ones', E.cheaperThanPrevious())],
  ['what-goes-with-this-tent', 'api',
    after([visit(E.byTitle('Cairnmoor Basecamp 4-Person Tent'))],
      turn('recommendation', 'what goes with this?', E.complements(E.focused()), E.givesReasons())),
    turn('search', 'a sleeping bag for it under $100', E.allProducts({ type: 'Sleeping Bag', maxPrice: 100 }))],
  // Policy answers in this help centre's words.
  ['ship-to-uk-canada-duration', 'ui',
    turn('policy', 'do you ship to the UK?', E.yesNoByList(SHIP_TO, 'United Kingdom'), E.namesEveryListed(SHIP_TO), E.notDocumentTitle()),
    turn('follow-up', 'and Canada?', E.yesNoByList(SHIP_TO, 'Canada')),
    turn('follow-up', 'how long does it take to get there?', E.statesFact(CANADA_DAYS))],
  ['po-box-in-canada', 'api',
    turn('policy', 'can you ship to a PO box in Canada?', E.yesNoBySentence(PO_BOX, /PO box/i)),
    turn('follow-up', 'how long does delivery to Canada take?', E.statesFact(CANADA_DAYS), E.notWholeSection(CANADA_DAYS))],
  ['send-back-unworn-jacket', 'ui',
    turn('policy', 'I want to send back a jacket I never wore', E.statesFact(RETURN_DAYS), E.notDocumentTitle(), E.notWholeSection(RETURN_DAYS)),
    turn('follow-up', 'what if I already used it?', E.statesFact(USED_GEAR)),
    turn('follow-up', 'how much is the return label?', E.statesFact(LABEL_COST), E.notWholeSection(LABEL_COST))],
  ['shipping-then-express', 'api',
    turn('policy', 'how long does shipping take?', E.statesFact(GROUND_DAYS), E.notWholeSection(GROUND_DAYS)),
    turn('follow-up', 'and express?', E.statesFact(EXPRESS_DAYS)),
    turn('follow-up', 'how much is it?', E.statesFact(EXPRESS_COST))],
  ['student-discount-with-code', 'api',
    turn('policy', 'do you have a student discount?', E.yesNoBySentence(STUDENT), E.statesFact(STUDENT)),
    turn('follow-up', 'can I use it together with a promo code?', E.yesNoBySentence(STUDENT_WITH_CODE, /code|combin/i))],
  ['military-discount', 'ui',
    turn('policy', 'do you offer a military discount?', E.yes(), E.statesFact(MILITARY)),
    turn('follow-up', 'and for students?', E.yesNoBySentence(STUDENT), E.statesFact(STUDENT))],
  ['price-match-and-marketplaces', 'ui',
    turn('policy', 'will you match a lower price?', E.yesNoBySentence(PRICE_MATCH), E.statesFact(PRICE_MATCH_DAYS)),
    turn('follow-up', 'what about marketplace sellers?', E.yesNoBySentence(MARKETPLACES, /marketplace/i))],
  ['warranty-and-repairs', 'ui',
    turn('policy', 'what is the warranty on Fjellvik gear?', E.statesFact(WARRANTY), E.notDocumentTitle()),
    turn('service', 'can you repair a broken tent pole?', E.yes(), E.statesFact(REPAIR_COST))],
  ['gift-cards-expire-then-show', 'api',
    turn('policy', 'do your gift cards expire?', E.yesNoBySentence(GIFT_EXPIRY, /expire/i)),
    turn('search', 'show me the gift cards', E.allProducts({ type: 'Gift Card' }))],
  // Service problems.
  ['promo-code-not-working', 'ui',
    turn('service', 'my promo code is not working', E.offersHandoff(), E.statesFact(PROMO)),
    turn('follow-up', 'are the codes case-sensitive?', E.yesNoBySentence(CASE_SENSITIVE))],
  ['cancel-order-too-late', 'api',
    turn('service', 'can I cancel my order?', E.statesFact(CANCEL_WINDOW)),
    turn('service', 'I placed it 3 hours ago', E.offersHandoff())],
  ['company-invoice', 'ui',
    turn('service', 'I need an invoice with my company name on it', E.statesFact(INVOICE_DAYS), E.offersHandoff()),
    turn('policy', 'do you take PayPal?', E.yesNoByList(PAYMENT, 'PayPal'))],
  ['refund-status', 'api',
    turn('service', 'where is my refund? I sent the boots back last week', E.statesFact(REFUND_DAYS), E.offersHandoff()),
    turn('follow-up', 'and how long does my bank take?', E.statesFact(BANK_DAYS))],
  ['card-declined', 'api',
    turn('service', 'my card keeps getting declined at checkout', E.offersHandoff()),
    turn('policy', 'which payment methods do you take?', E.namesEveryListed(PAYMENT)),
    turn('follow-up', 'can I pay with Klarna?', E.yesNoByList(PAYMENT, 'Klarna'))],
  ['account-locked', 'ui',
    turn('service', "I can't log into my account", E.offersHandoff()),
    turn('service', 'can I still track my parcel?', E.statesFact(TRACKING))],
  // Other languages, out of scope.
  ['french-then-english', 'ui',
    turn('language', 'je cherche une veste imperméable', E.saysOnlyEnglish('fr')),
    turn('search', 'a waterproof jacket', E.allProducts({ type: 'Rain Jacket', flag: { waterproof: true } }))],
  ['german', 'api',
    turn('language', 'Ich suche Wanderschuhe', E.saysOnlyEnglish('de')),
    turn('search', 'hiking boots', E.allProducts({ type: 'Hiking Boots' }))],
  ['chinese', 'api',
    turn('language', '有没有四人帐篷?', E.saysOnlyEnglish('zh')),
    turn('search', '4-person tents', E.allProducts({ type: 'Tent', min: { capacity: 4 }, max: { capacity: 4 } }))],
  // A help-centre table: each row is its own fact, named by its first cell and its columns.
  ['rent-a-tent-for-a-week', 'ui',
    turn('policy', 'can I rent a tent?', E.yesNoBySentence(RENT_OFFERED), E.omitsFact(TENT_4_WEEK, 'the rental prices are rows of the table, not the answer')),
    turn('follow-up', 'what does the 4-person one cost per week?', E.statesFact(TENT_4_WEEK), E.omitsFact(TENT_2_WEEK, 'the 2-person row is another row')),
    turn('follow-up', 'and the deposit?', E.statesFact(TENT_4_DEPOSIT), E.omitsFact(TENT_2_DEPOSIT, 'the 2-person row is another row'))],
  ['rent-a-stove-per-day', 'api',
    turn('policy', 'can I rent a backpacking stove?', E.yesNoBySentence(RENT_OFFERED)),
    turn('follow-up', 'how much is that per day?', E.statesFact(STOVE_DAY), E.omitsFact(BAG_DAY, 'the sleeping bag row is another row'))],
  ['rental-prices', 'api',
    turn('policy', 'what are your rental prices?', E.statesFact(STOVE_DAY), E.omitsFact(MARKETPLACES, 'the price-match section is another topic'))],
  ['super-bowl', 'api',
    turn('out-of-scope', 'who won the Super Bowl?', E.noProducts(), E.nonEmptyText()),
    turn('search', 'ok, what headlamps do you have?', E.allProducts({ type: 'Headlamp' }))],
]);
