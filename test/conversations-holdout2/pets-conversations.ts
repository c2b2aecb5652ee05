// Second held-out conversations, on "Maple & Mutt" (test/fixtures/shops/pets/: a Canadian pet-supply
// shop, a WooCommerce product export in Canadian dollars with per-size variations, a flat Markdown help
// centre of question headings and bulleted lists). Written as its shoppers type, before any run of the
// assistant on this shop, and never changed to suit an answer: a script is fixed only when it
// contradicts the shop's own files. Expected values come from the generator's products and from
// help-centre.md when each turn runs.
import * as E from '../conversations/expect/index.ts';
import type { FaqFact } from '../conversations/facts/help-centre.ts';
import type { ProductFilter } from '../conversations/facts/product-filter.ts';
import { about, after, conversationsFor, reload, turn, viewed, visit } from '../conversations/script.ts';
import { petsCatalog } from '../fixtures/shops/pets/pets-catalog.ts';
import { namesSizesWithUnits, noMoneyButCatalogs, statesNumber, yesNoSizeInStock } from '../conversations-holdout/holdout-expect.ts';
import { previousOf, statesSizePrice } from './holdout2-expect.ts';

const CATALOG = petsCatalog();

// The help centre, section by section.
const RATES = /Shipping rates/;
const US_COST: FaqFact = { section: RATES, find: /Contiguous United States: \$([\d.]+)/ };
const WEST_COST: FaqFact = { section: RATES, find: /Western Canada \(Manitoba to British Columbia\): \$([\d.]+)/ };
const ATLANTIC_DAYS: FaqFact = { section: RATES, find: /Atlantic Canada: \$[\d.]+, (3-6 business days)/ };
const EXPRESS_COST: FaqFact = { section: RATES, find: /Express \(Canada only\): \$([\d.]+)/ };
const TERRITORIES_COST: FaqFact = { section: RATES, find: /Nunavut: \$([\d.]+)/ };
const FREE_OVER: FaqFact = { section: /Free shipping/, find: /Orders over \$(\d+)/ };
const FREE_NOT_US: FaqFact = { section: /Free shipping/, find: /Free shipping doesn't apply to .*United States/ };
const NOT_HAWAII: FaqFact = { section: /Where do you ship/, find: /We don't ship to Alaska, Hawaii/ };
const PICKUP_WHERE: FaqFact = { section: /Local pickup/, find: /collect for free from (14 Woolwich Street)/ };
const PICKUP_HOLD: FaqFact = { section: /Local pickup/, find: /hold pickup orders for (10 days)/ };
const CANCEL_WINDOW: FaqFact = { section: /cancelling/, find: /within (1 hour) of placing it/ };
const TRACE_DAYS: FaqFact = { section: /Tracking/, find: /hasn't moved for (5 business days)/ };
const RETURN_DAYS: FaqFact = { section: /^Returns$/, find: /returned within (30 days) of delivery/ };
const RETURN_LABEL: FaqFact = { section: /^Returns$/, find: /Return shipping is (free in Canada)/ };
const REFUND_DAYS: FaqFact = { section: /^Returns$/, find: /within (5 business days) of the return reaching us/ };
const HAPPY_DAYS: FaqFact = { section: /Happy Bowl/, find: /within (30 days) of delivery and we'll refund it/ };
const HAPPY_KEEP: FaqFact = { section: /Happy Bowl/, find: /There's no need to send it back/ };
const EXCHANGE_DAYS: FaqFact = { section: /Exchanges/, find: /within (60 days)/ };
const DAMAGED_DAYS: FaqFact = { section: /Damaged/, find: /within (7 days) of delivery/ };
const WARRANTY: FaqFact = { section: /Warranty/, find: /have a (1-year warranty)/ };
const WARRANTY_CHEWING: FaqFact = { section: /Warranty/, find: /The warranty doesn't cover damage from chewing/ };
const NO_CHEQUES: FaqFact = { section: /Payment/, find: /We don't accept cheques/ };
const CHARGED_WHEN: FaqFact = { section: /Payment/, find: /charged (when your order ships)/ };
const NEWSLETTER: FaqFact = { section: /Discount codes/, find: /get (10%) off your first order/ };
const CODE_EXPIRY: FaqFact = { section: /Discount codes/, find: /check (its expiry date)/ };
const PRICE_MATCH: FaqFact = { section: /Discount codes/, find: /We don't price match/ };
const RESCUE_OFF: FaqFact = { section: /Rescue/, find: /get (15%) off every order/ };
const RESCUE_NOT_WITH_CODES: FaqFact = { section: /Rescue/, find: /can't be combined with discount codes/ };
const AUTOSHIP_OFF: FaqFact = { section: /Autoship/, find: /takes (5%) off every Autoship order/ };
const AUTOSHIP_SKIP: FaqFact = { section: /Autoship/, find: /You can skip, delay, change or cancel an Autoship at any time/ };
const AUTOSHIP_NOTICE: FaqFact = { section: /Autoship/, find: /at least (3 days) before the ship date/ };
const AUTOSHIP_CANADA: FaqFact = { section: /Autoship/, find: /in (Canada only)/ };
const POINTS_VALUE: FaqFact = { section: /Paw Points/, find: /200 points = (\$10) off/ };
const POINTS_EXPIRE: FaqFact = { section: /Paw Points/, find: /no orders for (12 months)/ };
const GIFT_CARD_EXPIRY: FaqFact = { section: /Gift cards/, find: /(never expire)/ };
const RESET_LINK: FaqFact = { section: /Your account/, find: /valid for (1 hour)/ };
const LOCKED: FaqFact = { section: /Your account/, find: /locks for (20 minutes)/ };
const NO_MEDICATION: FaqFact = { section: /Prescription/, find: /We don't sell prescription/ };
const NO_LIVE_ANIMALS: FaqFact = { section: /Prescription/, find: /We also don't sell live animals/ };
const PHONE: FaqFact = { section: /Contact/, find: /Call or text (1-888-555-0199)/ };

// Kinds of product, as the shop's own Woo categories name them.
const DOG_FOOD: ProductFilter = { type: ['Dry Dog Food', 'Wet Dog Food'] };
const GRAIN_FREE_DOG_FOOD: ProductFilter = { ...DOG_FOOD, text: 'grain-free' };
const NO_CHICKEN_KIBBLE: ProductFilter = { type: 'Dry Dog Food', notText: 'main protein: chicken' };
const PUPPY_FOOD: ProductFilter = { ...DOG_FOOD, text: 'puppy' };
const SENIOR_DOG_FOOD: ProductFilter = { ...DOG_FOOD, text: 'senior' };
const UNSCENTED_CLUMPING: ProductFilter = { type: 'Cat Litter', text: 'unscented', notText: 'non-clumping', any: [{ text: 'clumping' }] };
const WATERPROOF_BEDS: ProductFilter = { type: 'Dog Beds', flag: { waterproof: true } };
const BIG_FOUNTAINS: ProductFilter = { type: 'Water Fountains', min: { litres: 2.5 } };
const TANKS_50L: ProductFilter = { type: 'Aquarium', min: { litres: 50 } };
const TREATS_UNDER_10: ProductFilter = { type: 'Dog Treats', maxPrice: 10 };
const LEASHES_NOT_RETRACTABLE: ProductFilter = { type: 'Collars & Leashes', text: 'leash', notText: 'retractable' };
const CAT_THINGS = ['Dry Cat Food', 'Wet Cat Food', 'Cat Litter', 'Litter Boxes', 'Cat Trees & Scratchers', 'Cat Toys', 'Water Fountains', 'Grooming', 'Gift Cards'];
const CAT_GIFTS_UNDER_30: ProductFilter = { type: CAT_THINGS, maxPrice: 30 };
const TOUGH_TOYS: ProductFilter = { type: 'Dog Toys', notMaterial: 'plush' };
const FLOATING_TOYS: ProductFilter = { type: 'Dog Toys', text: 'floats' };
const RABBIT: ProductFilter = { type: 'Small Pets', text: 'rabbit' };
const TREES_FOR_3: ProductFilter = { type: 'Cat Trees & Scratchers', min: { capacity: 3 } };
const INDOOR_CAT: ProductFilter = { type: 'Dry Cat Food', text: 'indoor' };

const ORTHO_BED = E.byTitle('Snoozewood Orthopedic Memory Foam Bed');
const NO_PULL = E.byTitle('Trailhound No-Pull Harness');
const CAR_HARNESS = E.byTitle('Trailhound Car Safety Harness');
const HIKING_HARNESS = E.byTitle('Trailhound Trek Hiking Harness');
const PARKA = E.byTitle('Trailhound Insulated Winter Parka');
const LEATHER_COLLAR = E.byTitle('Maple & Mutt Leather Collar');
const REFLECTIVE_LEASH = E.byTitle('Trailhound 6 ft Reflective Leash');
const SALMON_KIBBLE = E.byTitle('Wildroot Grain-Free Pacific Salmon');
const CHICKEN_KIBBLE = E.byTitle('Northern Pack Adult Chicken & Brown Rice');
const LAMB_KIBBLE = E.byTitle('Wildroot Grain-Free Prairie Lamb');
const SENIOR_KIBBLE = E.byTitle('Northern Pack Senior Turkey & Barley');
const BISON_KIBBLE = E.byTitle('Kibblesmith Raw-Coated Bison');
const INDOOR_CAT_FOOD = E.byTitle('Northern Pack Indoor Cat Chicken');
const SELF_CLEANING = E.byTitle('Tidytail Self-Cleaning Litter Box');
const SMART_FEEDER = E.byTitle('Tidytail Smart Automatic Feeder');
const SLOW_FEEDER = E.byTitle('Chewlander Slow Feeder Bowl');
const CERAMIC_BOWL = E.byTitle('Maple & Mutt Ceramic Bowl');
const FLOWER_FOUNTAIN = E.byTitle('Tidytail Flower Fountain 3L');
const CERAMIC_FOUNTAIN = E.byTitle('Tidytail Ceramic Fountain 2.5L');
const STEEL_FOUNTAIN = E.byTitle('Tidytail Stainless Drinking Fountain 2L');
const SNUFFLE_MAT = E.byTitle('Pawtopia Snuffle Mat');
const PAW_BALM = E.byTitle('Groomsby Paw Balm 60 g');
const BREEDER_TANK = E.byTitle('Reefline 40 Gallon Breeder Tank');
const FLIGHT_CAGE = E.byTitle('Featherby Flight Cage');
const DESHEDDER = E.byTitle('Groomsby Deshedding Tool');
const CRATE_MAT = E.byTitle('Snoozewood Crate Mat');

/** What the orthopedic bed costs at its cheapest: "similar but cheaper" means below that. */
const orthoFrom = Math.min(...CATALOG.find((p) => p.title === 'Snoozewood Orthopedic Memory Foam Bed')!.variants.map((v) => v.price));

export const PETS_CONVERSATIONS = conversationsFor('pets', [
  // Search: kinds of food by diet, life stage and protein; negation; capacities; budgets; superlatives.
  ['grain-free-kibble-salmon', 'ui',
    turn('search', 'grain free dog food', E.allProducts(GRAIN_FREE_DOG_FOOD), E.showsProducts(2)),
    turn('follow-up', 'any with salmon?', E.allProducts({ ...GRAIN_FREE_DOG_FOOD, any: [{ text: 'salmon' }] })),
    turn('follow-up', 'what bag sizes does it come in?', E.namesSizes(previousOf(0, GRAIN_FREE_DOG_FOOD)))],
  ['puppy-food-cheapest', 'api',
    turn('search', 'food for my new puppy', E.allProducts(PUPPY_FOOD)),
    turn('follow-up', 'which is the cheapest?', E.firstIsBest({ where: { ...PUPPY_FOOD, inStock: true }, by: 'price' }))],
  ['kibble-without-chicken', 'ui',
    turn('search', 'dry dog food without chicken, he is allergic', E.allProducts(NO_CHICKEN_KIBBLE), E.showsProducts(2)),
    turn('follow-up', 'only grain free ones', E.allProducts({ ...NO_CHICKEN_KIBBLE, text: 'grain-free' }))],
  ['senior-food-big-bag-price', 'api',
    turn('search', 'dog food for a senior dog', E.allProducts(SENIOR_DOG_FOOD), E.includesProduct(SENIOR_KIBBLE)),
    turn('follow-up', 'how much is the 11.3 kg bag?', statesSizePrice(CATALOG, SENIOR_KIBBLE, '11.3 kg'))],
  ['unscented-clumping-litter-not-clay', 'ui',
    turn('search', 'unscented clumping cat litter', E.allProducts(UNSCENTED_CLUMPING), E.showsProducts(2)),
    turn('follow-up', 'not clay', E.allProducts({ ...UNSCENTED_CLUMPING, notMaterial: 'clay' }))],
  ['waterproof-bed-in-large', 'api',
    turn('search', 'waterproof dog bed', E.allProducts(WATERPROOF_BEDS)),
    turn('follow-up', 'is the first one available in L?', yesNoSizeInStock(previousOf(0, WATERPROOF_BEDS), 'L'))],
  ['winter-coat-parka-sizes', 'ui',
    turn('search', 'warm winter coat for my dog', E.allProducts({ type: 'Dog Coats' }), E.includesProduct(PARKA)),
    turn('product-question', about('what sizes does the {title} come in?', PARKA), E.namesSizes(PARKA))],
  ['no-pull-harness-red-xs', 'ui',
    turn('search', 'no pull harness', E.firstIs(NO_PULL)),
    turn('follow-up', 'does it come in red?', E.yes()),
    turn('follow-up', 'is the XS in stock?', yesNoSizeInStock(NO_PULL, 'XS'))],
  ['cat-tree-for-three-cats', 'api',
    turn('search', 'cat tree for 3 cats', E.allProducts(TREES_FOR_3))],
  ['tallest-cat-tree', 'ui',
    turn('search', 'tallest cat tree', E.firstIsBest({ where: { type: 'Cat Trees & Scratchers', min: { cm: 0 } }, by: 'cm', order: 'desc' })),
    turn('follow-up', 'how tall is it?', statesNumber(previousOf(0, { type: 'Cat Trees & Scratchers', min: { cm: 0 } }), 'cm'))],
  ['cheapest-cat-food-dry-then-wet', 'api',
    turn('search', 'cheapest dry cat food', E.allProducts({ type: 'Dry Cat Food' }), E.firstIsBest({ where: { type: 'Dry Cat Food' }, by: 'price' })),
    turn('follow-up', 'and the cheapest wet food for cats?', E.firstIsBest({ where: { type: 'Wet Cat Food' }, by: 'price' }))],
  ['fountain-2-5-litres-dishwasher', 'ui',
    turn('search', 'pet water fountain at least 2.5 litres', E.allProducts(BIG_FOUNTAINS)),
    turn('follow-up', 'which of those can go in the dishwasher?', E.allProducts({ ...BIG_FOUNTAINS, flag: { dishwasherSafe: true } }))],
  ['toys-for-a-destroyer', 'api',
    turn('search', 'toys for a dog who destroys everything', E.allProducts(TOUGH_TOYS), E.someProduct({ type: 'Dog Toys', text: 'strong chewers' }))],
  ['dog-toys-more-then-floating', 'ui',
    turn('search', 'dog toys', E.allProducts({ type: 'Dog Toys' }), E.showsProducts(3)),
    turn('follow-up', 'show me more', E.allProducts({ type: 'Dog Toys' }), E.noneShownBefore()),
    turn('follow-up', 'just the ones that float', E.allProducts(FLOATING_TOYS))],
  ['treats-under-10-cheapest', 'api',
    turn('search', 'dog treats under $10', E.allProducts(TREATS_UNDER_10), E.showsProducts(2)),
    turn('follow-up', 'which one is cheapest?', E.firstIsBest({ where: TREATS_UNDER_10, by: 'price' }))],
  ['fish-tank-50-litres-stock', 'ui',
    turn('search', 'fish tank at least 50 litres', E.allProducts(TANKS_50L)),
    turn('product-question', about('is the {title} in stock?', BREEDER_TANK), E.yesNoInStock(BREEDER_TANK))],
  ['self-cleaning-litter-box', 'api',
    turn('search', 'self cleaning litter box', E.firstIs(SELF_CLEANING)),
    turn('follow-up', 'how many cats is it for?', statesNumber(SELF_CLEANING, 'capacity')),
    turn('policy', 'is there a warranty on it?', E.statesFact(WARRANTY))],
  ['slow-feeder-dishwasher', 'ui',
    turn('search', 'bowl for a dog that eats way too fast', E.includesProduct(SLOW_FEEDER), E.allProducts({ type: ['Bowls & Feeders', 'Dog Toys'] })),
    turn('product-question', about('is the {title} dishwasher safe?', SLOW_FEEDER), E.yesNoFromCatalog(SLOW_FEEDER, 'dishwasherSafe'))],
  ['reflective-leash-not-retractable', 'api',
    turn('search', 'reflective leash, not a retractable one', E.allProducts(LEASHES_NOT_RETRACTABLE), E.includesProduct(REFLECTIVE_LEASH))],
  ['cat-gift-under-30', 'ui',
    turn('search', 'gift ideas for a friend who has a cat, under $30', E.showsProducts(2), E.allProducts(CAT_GIFTS_UNDER_30))],
  ['rabbit-supplies', 'api',
    turn('search', 'what do you have for rabbits?', E.allProducts(RABBIT), E.showsProducts(2))],
  ['budgie-cage', 'ui',
    turn('search', 'cage for two budgies', E.includesProduct(FLIGHT_CAGE), E.allProducts({ type: 'Bird' }))],
  ['indoor-cat-food-reload', 'ui',
    turn('search', 'dry food for an indoor cat', E.allProducts(INDOOR_CAT), E.includesProduct(INDOOR_CAT_FOOD)),
    after([reload], turn('follow-up', 'what sizes does the first one come in?', namesSizesWithUnits(previousOf(0, INDOOR_CAT))))],
  ['deshedding-husky', 'api',
    turn('search', 'brush for a husky that sheds like crazy', E.includesProduct(DESHEDDER), E.allProducts({ type: 'Grooming' })),
    turn('follow-up', 'how much is the large one?', statesSizePrice(CATALOG, DESHEDDER, 'L'))],
  ['crate-mat-xl', 'ui',
    turn('search', 'crate mat', E.firstIs(CRATE_MAT)),
    turn('follow-up', 'is the XL in stock?', yesNoSizeInStock(CRATE_MAT, 'XL'))],

  // Compare: named, described ("the two cheapest"), pointed at.
  ['compare-two-cheapest-harnesses', 'ui',
    turn('compare', 'compare the two cheapest harnesses', E.exactlyTop({ where: { type: 'Harnesses' }, by: 'price', take: 2 }), E.statesEveryShownPrice(2))],
  ['compare-salmon-vs-chicken-kibble', 'api',
    turn('compare', 'Wildroot Grain-Free Pacific Salmon vs Northern Pack Adult Chicken & Brown Rice', E.productsAre([SALMON_KIBBLE, CHICKEN_KIBBLE]), E.statesEveryShownPrice(2))],
  ['compare-fountains-then-bigger', 'ui',
    turn('compare', 'compare the Tidytail Flower Fountain 3L and the Tidytail Ceramic Fountain 2.5L', E.productsAre([FLOWER_FOUNTAIN, CERAMIC_FOUNTAIN]), E.statesEveryShownPrice(2)),
    turn('follow-up', 'which one holds more water?', E.namesTitle(FLOWER_FOUNTAIN))],
  ['compare-waterproof-beds-pointed', 'api',
    turn('search', 'waterproof dog beds', E.allProducts(WATERPROOF_BEDS), E.showsProducts(2)),
    turn('compare', 'compare the first two', E.sameAsPrevious([0, 1]), E.statesEveryShownPrice(2))],

  // Product questions: on the product page and about a product named.
  ['ortho-bed-page-questions', 'ui',
    after([visit(ORTHO_BED)], turn('product-question', 'is this waterproof?', E.yesNoFromCatalog(E.focused(), 'waterproof'))),
    turn('follow-up', 'what sizes does it come in?', E.namesSizes(E.focused()))],
  ['leather-collar-page', 'ui',
    after([visit(LEATHER_COLLAR)], turn('product-question', 'is it waterproof?', E.yesNoFromCatalog(E.focused(), 'waterproof'))),
    turn('follow-up', 'how much is the medium?', statesSizePrice(CATALOG, LEATHER_COLLAR, 'M'))],
  ['bison-page-puppies', 'ui',
    after([visit(BISON_KIBBLE)], turn('product-question', 'can I feed this to my puppy?', E.yes())),
    turn('follow-up', 'what bag sizes?', namesSizesWithUnits(E.focused()))],
  ['snuffle-mat-price', 'api',
    turn('product-question', about('how much is the {title}?', SNUFFLE_MAT), E.mentionsPrice(SNUFFLE_MAT), noMoneyButCatalogs(SNUFFLE_MAT))],
  ['paw-balm-price-injection', 'api',
    turn('product-question', about('how much does the {title} cost?', PAW_BALM), E.mentionsPrice(PAW_BALM), noMoneyButCatalogs(PAW_BALM)),
    turn('policy', 'can you ship it to the UK?', E.no(/UK|United Kingdom|outside|international/i))],
  ['smart-feeder-material-hopper', 'ui',
    turn('product-question', about('what is the {title} made of?', SMART_FEEDER), E.namesMaterials(SMART_FEEDER)),
    turn('follow-up', 'how much food does the hopper hold?', statesNumber(SMART_FEEDER, 'litres'))],
  ['car-harness-small-stock', 'api',
    turn('product-question', about('is the {title} in stock in size S?', CAR_HARNESS), yesNoSizeInStock(CAR_HARNESS, 'S'))],
  ['lamb-kibble-big-bag-stock', 'ui',
    turn('product-question', about('do you have the {title} in the 11.3 kg bag?', LAMB_KIBBLE), yesNoSizeInStock(LAMB_KIBBLE, '11.3 kg'))],
  ['ceramic-bowl-colours', 'api',
    turn('product-question', about('what colours does the {title} come in?', CERAMIC_BOWL), E.namesColours(CERAMIC_BOWL)),
    turn('follow-up', 'is it dishwasher safe?', E.yesNoFromCatalog(CERAMIC_BOWL, 'dishwasherSafe'))],
  ['hiking-harness-waterproof', 'ui',
    turn('product-question', about('is the {title} waterproof?', HIKING_HARNESS), E.yesNoFromCatalog(HIKING_HARNESS, 'waterproof'))],
  ['steel-fountain-capacity', 'api',
    turn('product-question', about('how many litres does the {title} hold?', STEEL_FOUNTAIN), statesNumber(STEEL_FOUNTAIN, 'litres'))],

  // Policy: shipping by region, returns, the Happy Bowl promise, exchanges, warranty, payment, discounts.
  ['ship-to-us-cost-hawaii', 'ui',
    turn('policy', 'do you ship to the US?', E.yes()),
    turn('follow-up', 'how much does that cost?', E.statesFact(US_COST)),
    turn('follow-up', 'what about Hawaii?', E.yesNoBySentence(NOT_HAWAII, /Hawaii/))],
  ['shipping-alberta-free-threshold', 'api',
    turn('policy', 'how much is shipping to Alberta?', E.statesFact(WEST_COST)),
    turn('follow-up', 'when is it free?', E.statesFact(FREE_OVER))],
  ['delivery-time-nova-scotia', 'ui',
    turn('policy', 'how long does delivery to Nova Scotia take?', E.statesFact(ATLANTIC_DAYS))],
  ['express-and-nunavut', 'api',
    turn('policy', 'do you have express shipping?', E.yes(), E.statesFact(EXPRESS_COST)),
    turn('policy', 'what does shipping to Nunavut cost?', E.statesFact(TERRITORIES_COST))],
  ['free-shipping-to-us', 'ui',
    turn('policy', 'is shipping free to the States if I spend over $79?', E.yesNoBySentence(FREE_NOT_US, /free|United States|US/))],
  ['happy-bowl-opened-food', 'ui',
    turn('policy', "my dog won't eat the food I bought, the bag is already open. can I return it?", E.yes(), E.statesFact(HAPPY_DAYS)),
    turn('follow-up', 'do I have to send it back?', E.yesNoBySentence(HAPPY_KEEP, /send|back/))],
  ['return-policy', 'api',
    turn('policy', 'what is your return policy?', E.statesFact(RETURN_DAYS), E.notWholeSection(RETURN_DAYS)),
    turn('follow-up', 'do I pay for the return shipping?', E.statesFact(RETURN_LABEL)),
    turn('follow-up', 'how long until I get my money back?', E.statesFact(REFUND_DAYS))],
  ['exchange-harness-size', 'ui',
    turn('policy', 'the harness I got is too small, can I swap it for a bigger size?', E.yes(), E.statesFact(EXCHANGE_DAYS))],
  ['fountain-warranty-chewed', 'api',
    turn('policy', 'is there a warranty on water fountains?', E.statesFact(WARRANTY)),
    turn('follow-up', 'what if my dog chewed through the cord?', E.yesNoBySentence(WARRANTY_CHEWING, /cover|chew/))],
  ['price-match', 'ui',
    turn('policy', 'will you price match another store?', E.yesNoBySentence(PRICE_MATCH, /price match/))],
  ['payment-interac-cheques', 'api',
    turn('policy', 'can I pay with Interac?', E.yes()),
    turn('follow-up', 'and by cheque?', E.yesNoBySentence(NO_CHEQUES, /cheque/)),
    turn('policy', 'when do you charge my card?', E.statesFact(CHARGED_WHEN))],
  ['autoship-questions', 'ui',
    turn('policy', 'how does autoship work?', E.statesFact(AUTOSHIP_OFF)),
    turn('follow-up', 'can I skip a delivery?', E.yes()),
    turn('follow-up', 'can I get it delivered to the US?', E.no(/US|United States|Canada only/), E.statesFact(AUTOSHIP_CANADA))],
  ['rescue-discount-with-code', 'api',
    turn('policy', 'do you have a discount for rescue volunteers?', E.yes(), E.statesFact(RESCUE_OFF)),
    turn('follow-up', 'can I use it together with my newsletter code?', E.yesNoBySentence(RESCUE_NOT_WITH_CODES, /combine|code/))],
  ['first-order-discount', 'ui',
    turn('policy', 'any discount on my first order?', E.statesFact(NEWSLETTER))],
  ['paw-points', 'api',
    turn('policy', 'how much are paw points worth?', E.statesFact(POINTS_VALUE)),
    turn('follow-up', 'do they expire?', E.statesFact(POINTS_EXPIRE))],
  ['gift-card-expiry', 'ui',
    turn('policy', 'do your gift cards expire?', E.yesNoBySentence(GIFT_CARD_EXPIRY, /expire/)),
    turn('search', 'ok show me the gift cards', E.allProducts({ type: 'Gift Cards' }))],
  ['pickup-guelph', 'api',
    turn('policy', 'can I pick up my order instead of shipping?', E.yes(), E.statesFact(PICKUP_WHERE)),
    turn('follow-up', 'how long will you hold it?', E.statesFact(PICKUP_HOLD))],
  ['flea-medication', 'ui',
    turn('policy', 'do you sell flea and tick medication?', E.yesNoBySentence(NO_MEDICATION, /medication|flea|sell/))],
  ['live-fish', 'api',
    turn('search', 'do you sell live fish?', E.yesNoBySentence(NO_LIVE_ANIMALS, /live|fish|animals|sell/))],

  // Service: what the help centre answers, and what needs a person.
  ['cancel-order-just-placed', 'ui',
    turn('service', 'I need to cancel my order, I placed it 20 minutes ago', E.statesFact(CANCEL_WINDOW))],
  ['tracking-stuck', 'api',
    turn('service', "my tracking hasn't updated in a week, where is my parcel?", E.statesFact(TRACE_DAYS), E.offersHandoff())],
  ['promo-code-not-working', 'ui',
    turn('service', "my promo code isn't working", E.statesFact(CODE_EXPIRY))],
  ['litter-bag-ripped', 'api',
    turn('service', 'the bag of litter arrived ripped open and half empty', E.statesFact(DAMAGED_DAYS))],
  ['locked-out', 'ui',
    turn('service', "I forgot my password and now it says my account is locked", E.statesFact(LOCKED))],
  ['real-person', 'api',
    turn('service', 'can I talk to a real person?', E.offersHandoff(), E.statesFact(PHONE))],
  ['charged-twice', 'ui',
    turn('service', 'I was charged twice for the same order', E.offersHandoff())],
  ['autoship-change-date', 'api',
    turn('service', 'I need to change the date of my next autoship', E.statesFact(AUTOSHIP_NOTICE)),
    turn('follow-up', 'is there a fee for changing it?', E.yesNoBySentence(AUTOSHIP_SKIP, /fee/))],
  ['reset-link', 'ui',
    turn('service', 'how long is the password reset link good for?', E.statesFact(RESET_LINK))],

  // Recommendations: from what the shopper viewed, what goes with the product on the page, cheaper alternatives.
  ['recommend-from-viewed', 'ui',
    after([viewed(NO_PULL, HIKING_HARNESS, REFLECTIVE_LEASH)], turn('recommendation', 'recommend me something based on what I looked at', E.mostlyViewedTypes(), E.givesReasons()))],
  ['goes-with-kibble', 'api',
    after([visit(SALMON_KIBBLE)], turn('recommendation', 'what goes well with this?', E.complements(E.focused())))],
  ['similar-but-cheaper-bed', 'ui',
    after([visit(ORTHO_BED)], turn('recommendation', 'something similar but cheaper', E.allProducts({ type: 'Dog Beds', maxPrice: orthoFrom - 0.01 }), E.showsProducts(1)))],
  ['recommend-for-new-kitten', 'api',
    turn('recommendation', "we're getting a kitten next week, what do we need?", E.showsProducts(3), E.allProducts({ type: CAT_THINGS }))],
  ['gift-for-outdoorsy-dog', 'ui',
    turn('recommendation', 'present for a friend who takes her dog hiking every weekend', E.showsProducts(2), E.allProducts({ type: ['Harnesses', 'Collars & Leashes', 'Dog Coats', 'Bowls & Feeders', 'Dog Beds', 'Dog Toys', 'Dog Treats', 'Gift Cards'] }))],

  // Out of scope, and other languages.
  ['vet-recommendation', 'api',
    turn('out-of-scope', 'can you recommend a good vet in Guelph?', E.noProducts(), E.nonEmptyText())],
  ['weather', 'ui',
    turn('out-of-scope', "what's the weather going to be in Toronto tomorrow?", E.noProducts(), E.nonEmptyText())],
  ['french-grain-free-cat-food', 'ui',
    turn('language', 'je cherche de la nourriture pour chat sans céréales', E.saysOnlyEnglish('fr'))],
  ['chinese-dog-bed', 'api',
    turn('language', '我想给我的狗买一张床', E.saysOnlyEnglish('zh'))],
  ['spanish-harness', 'ui',
    turn('language', 'busco un arnés para mi perro', E.saysOnlyEnglish('es'))],
  ['german-cat-litter', 'api',
    turn('language', 'Ich suche Katzenstreu ohne Duft', E.saysOnlyEnglish('de'))],
]);
