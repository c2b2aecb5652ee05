// Shared: FNV-1a, 32 bits, over UTF-16 code units: a tiny, stable string hash for bucketing features and
// for deterministic per-text choices (same text, same choice, on every machine).

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
