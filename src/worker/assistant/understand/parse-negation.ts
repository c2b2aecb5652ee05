// Assistant, understanding: which words of a request the shopper rules out ("running shoes but not pink",
// "no leather", "a jacket without a hood", "anything except red"). English grammar only: the cue words
// and where their scope ends; what a ruled-out word means (colour, material, brand) is the parser's job.

/** Cues that open a negated span, longest first so "other than" wins over "other". */
const CUES = ['anything but', 'other than', 'rather than', 'instead of', 'except for', 'dont want', 'do not want', 'not', 'no', 'without', 'except', 'excluding', 'non', 'nothing', 'avoid', 'minus'];
/** Price phrases that start with a cue word but are limits, not exclusions ("no more than $50"). */
const PRICE_PHRASES = /^(?:no|not) (?:more|higher|over|above|less|lower|under|below)\b/;
/** Words that end a negated span: the request goes on with something else. */
const SCOPE_END = new Set(['and', 'but', 'or', 'for', 'to', 'that', 'which', 'who', 'under', 'over', 'below', 'above', 'between', 'around', 'about', 'with', 'in', 'from', 'by', 'please', 'size', 'than', 'at']);
/** Words inside a span that carry no content ("not a hood", "no real leather"). */
const SKIP = new Set(['a', 'an', 'the', 'any', 'too', 'very', 'real', 'genuine', 'made', 'of', 'colored', 'coloured', 'color', 'colour', 'more', 'is', 'be', 'it', 'one', 'ones']);
/** A span is one or two content words: "without a hood", "not light pink". */
const MAX_SPAN = 2;

export interface NegationParse {
  /** Ruled-out words, normalised, unstemmed ("pink", "leather", "hood"). */
  negated: string[];
  /** The words with the cues and their spans removed, for everything else the parser reads. */
  rest: string[];
}

function cueAt(ws: string[], i: number): number {
  const rest = ws.slice(i).join(' ');
  if (PRICE_PHRASES.test(rest)) return 0;
  for (const cue of CUES) if (rest === cue || rest.startsWith(`${cue} `)) return cue.split(' ').length;
  return 0;
}

/** `ws`: the message's normalised words (tokenize.words). */
export function parseNegation(ws: string[]): NegationParse {
  const negated: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const length = cueAt(ws, i);
    if (length === 0) {
      rest.push(ws[i] as string);
      continue;
    }
    let j = i + length;
    let taken = 0;
    // "not pink or purple": a list of values stays in scope through "or" / commas after a first value.
    while (j < ws.length && taken < MAX_SPAN + 2) {
      const w = ws[j] as string;
      if (w === 'or' && taken > 0) {
        j++;
        continue;
      }
      if (SCOPE_END.has(w)) break;
      if (!SKIP.has(w)) {
        negated.push(w);
        taken++;
      }
      j++;
      if (taken >= MAX_SPAN && ws[j] !== 'or') break;
    }
    i = j - 1;
  }
  return { negated, rest };
}
