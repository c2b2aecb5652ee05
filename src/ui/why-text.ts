// UI: the "Why am I seeing this?" text for a card, following the kind of evidence its reason names (a
// best seller never claims to come from what the shopper did). Chat answers have no kind: the plain text.
import type { ReasonKind } from '../protocol/recommend.ts';
import type { StringKey, Strings } from './strings.ts';

const WHY: Record<ReasonKind, StringKey> = {
  similar: 'whySimilar',
  'looks-similar': 'whyLooksSimilar',
  'bought-with': 'whyBoughtWith',
  'went-on-to-buy': 'whyWentOnToBuy',
  'also-bought': 'whyAlsoBought',
  complement: 'whyComplement',
  search: 'whySearch',
  category: 'whyCategory',
  brand: 'whyBrand',
  trending: 'whyTrending',
  'recently-viewed': 'whyRecentlyViewed',
  shop: 'whyShop',
};

export function whyText(t: Strings, why: ReasonKind | undefined): string {
  return why && WHY[why] ? t[WHY[why]] : t.whyDetail;
}
