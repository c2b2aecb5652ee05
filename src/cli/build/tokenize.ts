// CLI build: the word splitter behind the TF-IDF neighbours: lower case, accents folded, stop words
// dropped, a light plural fold ("shoes" → "shoe") so titles and categories meet.

const STOP = new Set(
  'a an and are as at be by for from has have in is it its of on or our that the this to was were will with your you we can all more most very also into than then them they their these those which while who how what when where why not no yes new'.split(' '),
);

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const folded = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.push(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}
