// Worker recommender: lower-case word split for matching searches against titles (no stemming: a
// search for "runner" should not pull in every "run").
const STOP = new Set(['the', 'and', 'for', 'with', 'a', 'an', 'of', 'in', 'on', 'to', 'my', 'me', 'i', 'some', 'show']);

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}
