// UI text: English defaults keyed by name. The merchant overrides any key with `config.strings`
// (data-strings or Aisle.configure); `{name}` placeholders are filled by `format`.

export const STRINGS = {
  launcherLabel: 'Open shopping assistant',
  launcherText: 'Ask us',
  panelTitle: 'Shopping assistant',
  close: 'Close assistant',
  tabForYou: 'For you',
  tabChat: 'Chat',
  tabData: 'Your data',
  forYouEmpty: 'Browse a few products and recommendations will appear here.',
  loading: 'Loading…',
  loadFailed: 'Recommendations are unavailable right now.',
  retry: 'Try again',
  dismiss: 'Not interested in {title}',
  dismissed: '{title} removed. You will see less like it.',
  why: 'Why am I seeing this?',
  whyDetail: 'Worked out on this device from what you did in this shop. Nothing leaves your browser.',
  whySimilar: 'It is like a product you looked at: close in its title, category and description. Worked out on this device; nothing leaves your browser.',
  whyLooksSimilar: 'Its picture looks like a product you looked at. Worked out on this device; nothing leaves your browser.',
  whyBoughtWith: 'Customers of this shop often buy it in the same order as a product you looked at or have in your cart. Worked out on this device from the shop’s order statistics.',
  whyWentOnToBuy: 'Customers who bought a product you looked at often bought this one next. Worked out on this device from the shop’s order statistics.',
  whyAlsoBought: 'Customers who bought a product you looked at also bought this. Worked out on this device from the shop’s order statistics.',
  whyComplement: 'Customers often buy products of this kind together with the one you are looking at. It is one of this shop’s best sellers among them.',
  whySearch: 'Its name or description matches a search of yours. Worked out on this device; nothing leaves your browser.',
  whyCategory: 'You have been looking at this category. Worked out on this device; nothing leaves your browser.',
  whyBrand: 'You have been looking at this brand. Worked out on this device; nothing leaves your browser.',
  whyTrending: 'One of this shop’s best sellers lately. It is not based on anything you did.',
  whyRecentlyViewed: 'You looked at it earlier. Your history stays on this device.',
  whyShop: 'The shop chose to show it here.',
  addToCart: 'Add to cart',
  // Accessible names start with the visible words (WCAG 2.5.3, axe label-content-name-mismatch).
  addToCartLabel: 'Add to cart: {title}',
  added: 'Added',
  addedLabel: 'Added: {title}',
  view: 'View',
  viewLabel: 'View {title}',
  outOfStock: 'Out of stock',
  chatWelcome: 'Hi! Ask about products, sizes, shipping or returns.',
  chatPlaceholder: 'Ask about a product…',
  chatInputLabel: 'Your question',
  send: 'Send',
  you: 'You',
  assistant: 'Assistant',
  thinking: 'Thinking…',
  chatFailed: 'Sorry, something went wrong. Please try again.',
  contactHuman: 'Talk to a person',
  answerSource: 'From: {section}',
  seeWholeSection: 'See the whole section',
  comparison: 'Comparison',
  warming: 'Preparing smart search… {percent}',
  warmFailed: 'Smart search is off; answers use keywords.',
  dataIntro: 'Everything below is stored only in this browser and used only for your recommendations.',
  dataStorageDevice: 'Stored on this device (IndexedDB).',
  dataStorageMemory: 'Kept in memory only: gone when you leave.',
  dataEvents: 'Activity',
  dataCategories: 'Categories you like',
  dataBrands: 'Brands you like',
  dataSearches: 'Searches',
  dataCart: 'Cart',
  dataDismissed: 'Not interested',
  dataChat: 'Chat messages',
  dataNone: 'Nothing yet.',
  erase: 'Erase my data',
  erased: 'Your data was erased.',
  eventView: 'Viewed',
  eventClick: 'Opened',
  eventCart: 'Added to cart',
  eventPurchase: 'Bought',
  eventSearch: 'Searched',
  eventDismiss: 'Dismissed',
  slotFor: 'Recommended for you',
  slotPopular: 'Popular right now',
  slotPopularIn: 'Popular in {category}',
  forYouPopular: 'Nothing of yours to go on yet: these are popular right now.',
  slotSimilar: 'Similar items',
  slotBoughtTogether: 'Frequently bought together',
  slotTrending: 'Trending now',
  slotRecentlyViewed: 'Recently viewed',
  slotCart: 'Goes well with your cart',
  attachPhoto: 'Search with a photo',
  photoSent: 'Photo',
  photoLoading: 'Preparing photo search… {percent}',
  photoReading: 'Looking at your photo…',
  photoFailed: 'Sorry, I could not look at that photo. Please try another one.',
  photoDrop: 'Drop a photo to search the shop',
  photoAlt: 'Your photo',
  photoPrivate: 'Your photo stays on this device.',
  previous: 'Previous products',
  next: 'Next products',
} as const;

export type StringKey = keyof typeof STRINGS;
export type Strings = Record<StringKey, string>;

/** Defaults with the merchant's overrides; unknown override keys are ignored (they may target a newer widget). */
export function resolveStrings(overrides: Record<string, string>): Strings {
  const out: Strings = { ...STRINGS };
  for (const key of Object.keys(STRINGS) as StringKey[]) {
    const value = overrides[key];
    if (typeof value === 'string' && value.trim()) out[key] = value;
  }
  return out;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder out rather than printing "undefined". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : ''));
}
