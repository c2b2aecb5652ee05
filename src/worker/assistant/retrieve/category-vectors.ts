// Assistant, retrieval: the catalog's category names embedded once per encoder, so "do you sell kayaks?"
// can offer the category nearest by meaning when the shop has none.
import type { KnownVector } from '../../../shared/text-vectors.ts';
import { dot, type EmbedFn } from './embed-scorer.ts';
import { embedInBackground } from './embed-in-background.ts';

type Category = { name: string; path: string[] };

export class CategoryVectors {
  private ready: { embed: EmbedFn; categories: Category[]; vectors: Float32Array[] } | null = null;
  private warming: { embed: EmbedFn; done: Promise<void> } | null = null;

  constructor(private readonly list: () => Category[]) {}

  /** Like FaqSearch.warm: names the build did not embed go to the encoder one at a time, each after `idle`. */
  warm(embed: EmbedFn, idle: () => Promise<void> = () => Promise.resolve(), known?: KnownVector): Promise<void> {
    if (this.warming?.embed === embed) return this.warming.done;
    // Started after this.warming is set (a microtask later): with every vector known it finishes at once.
    const done = Promise.resolve().then(async () => {
      await idle();
      const categories = this.list();
      const vectors = await embedInBackground(categories.map((c) => c.path.join(' ')), embed, idle, known);
      if (this.warming?.embed === embed) this.ready = { embed, categories, vectors };
    }).catch(() => {
      if (this.warming?.embed === embed) this.warming = null;
    });
    this.warming = { embed, done };
    return done;
  }

  /** Categories by cosine to the vector, best first; empty until the encoder has embedded them. */
  nearest(vector: Float32Array): Array<Category & { cosine: number }> {
    if (!this.ready) return [];
    const { categories, vectors } = this.ready;
    return categories.map((c, i) => ({ ...c, cosine: dot(vector, vectors[i] as Float32Array) })).sort((a, b) => b.cosine - a.cosine);
  }
}
