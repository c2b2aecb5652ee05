// Assistant, understanding: is the message English (the encoder and the catalog are), and if not, which
// language? Non-Latin scripts are told by their Unicode script alone. Latin-script text made mostly of the
// shop's own words or English function words is English; the rest goes to eld (a maintained n-gram
// detector, accurate on short sentences), loaded as its own chunk only when a message needs it, so
// English-speaking shoppers never download it.

export interface LanguageGuess {
  /** ISO 639-1 code ('en' when English or when too short to tell). */
  code: string;
  english: boolean;
}

const ENGLISH = { code: 'en', english: true } as const;

/** Common English words, so that a question full of words the shop never uses still reads as English. */
const FUNCTION_WORDS = new Set(
  ('a an the and or but if of to in on at by for from with without about into over under than then so as is are was were be been am ' +
    'do does did done have has had can could will would should may might must shall i me my mine we us our you your he she it its they them their ' +
    'this that these those there here what which who whom whose where when why how much many some any no not yes please thanks thank hi hello hey ' +
    'want need like love looking look show find get buy order send ship return pay use make give tell help know think keep go come take try ' +
    'good best better cheap more less most least new other another same one two three something anything everything nothing ok okay also just only ' +
    'very really too still again already up down out off back all each every both either neither own such way time day week year')
    .split(' '),
);

/** Scripts other than Latin that name their language on their own (Han is Chinese unless kana appear). */
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
];

type Detector = { detect: (text: string) => { language: string; isReliable: () => boolean; getScores: () => Record<string, number> } };
let detector: Promise<Detector | null> | null = null;

function loadDetector(): Promise<Detector | null> {
  // A failed load (offline, blocked chunk) is forgotten so a later message can retry; meanwhile English.
  detector ??= import('eld/extrasmall').then(
    (m) => m.eld as Detector,
    () => ((detector = null), null),
  );
  return detector;
}

export async function detectLanguage(text: string, knownWords: ReadonlySet<string>): Promise<LanguageGuess> {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length === 0) return ENGLISH;
  if (latin * 2 < letters.length) {
    const nonLatin = letters.join('');
    for (const [script, code] of SCRIPTS) {
      if (!script.test(nonLatin)) continue;
      // Cyrillic is shared by several languages: the detector tells them apart when it can.
      const refined = code === 'ru' ? await detectLatinOrOther(text) : null;
      return { code: refined ?? code, english: false };
    }
    return { code: (await detectLatinOrOther(text)) ?? 'und', english: false };
  }
  const ws = text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const known = ws.filter((w) => FUNCTION_WORDS.has(w) || knownWords.has(w.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))).length;
  const accented = /[\u00c0-\u024f]/.test(text.normalize('NFC'));
  // Two plain words ("espresso machine", "hola") are too few to tell a language by; most known words is English.
  if ((ws.length <= 2 && !accented) || known * 2 >= ws.length) return ENGLISH;
  const code = await detectLatinOrOther(text);
  return code && code !== 'en' ? { code, english: false } : ENGLISH;
}

/** English's score this close to the winner's is a shop query with rare words ("bear canister rental"). */
const ENGLISH_CLOSE = 0.7;

async function detectLatinOrOther(text: string): Promise<string | null> {
  const d = await loadDetector();
  if (!d) return null;
  const result = d.detect(text);
  if (!result.language || !result.isReliable()) return null;
  const scores = result.getScores();
  const top = Math.max(0, ...Object.values(scores));
  return top > 0 && (scores.en ?? 0) / top >= ENGLISH_CLOSE ? 'en' : result.language;
}
