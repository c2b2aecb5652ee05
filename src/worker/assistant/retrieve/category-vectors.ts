// Assistant, retrieval: the catalog's category names embedded once per encoder, so "do you sell kayaks?"
// can offer the category nearest by meaning when the shop has none.

type EmbedFn = (texts: string[]) => Promise<Float32Array[]>;
type Category = { name: string; path: string[] };

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

export class CategoryVectors {
  private ready: { embed: EmbedFn; categories: Category[]; vectors: Float32Array[] } | null = null;
  private warming: { embed: EmbedFn; done: Promise<void> } | null = null;

  constructor(private readonly list: () => Category[]) {}

  warm(embed: EmbedFn): Promise<void> {
    if (this.warming?.embed === embed) return this.warming.done;
    const categories = this.list();
    const done = (async () => {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < categories.length; i += 32) vectors.push(...(await embed(categories.slice(i, i + 32).map((c) => c.path.join(' ')))));
      if (this.warming?.embed === embed) this.ready = { embed, categories, vectors };
    })().catch(() => {
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
