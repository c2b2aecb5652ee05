// CLI build: the active ISO 4217 currency codes (feeds are checked against them) and the symbols
// that shop feeds write in front of prices.

const CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XCD XCG XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL';

export const ISO_4217 = new Set(CODES.split(' '));

/** Symbols mapped to the currency a shop most likely means by them. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  'US$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  'zł': 'PLN',
  'kr': 'SEK',
  'CHF': 'CHF',
  'A$': 'AUD',
  'C$': 'CAD',
  'R$': 'BRL',
};

export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}
