// CLI build: re-ranks TF-IDF neighbour candidates by the mean of their TF-IDF cosine and the cosine of
// the products' encoder vectors, so `similar` gets meaning ("sneaker" ~ "trainer") and exact terms.
import { cosine } from './quantize-vectors.ts';

export const VECTOR_WEIGHT = 0.5;

export function blendNeighbours(candidates: Array<Array<[number, number]>>, rows: Float32Array[], k: number): Array<Array<[number, number]>> {
  return candidates.map((list, d) =>
    list
      .map(([o, tfidf]): [number, number] => [o, (1 - VECTOR_WEIGHT) * tfidf + VECTOR_WEIGHT * Math.max(0, cosine(rows[d], rows[o]))])
      .sort((a, b) => b[1] - a[1])
      .slice(0, k),
  );
}
