// Assistant, retrieval: the shop's own texts (help-centre sentences and headings, category paths) turned
// into vectors once per encoder, in the background. Texts `aisle build` already embedded (the index's
// text-vectors chunk) are taken as they are; the rest go to the encoder one at a time, each after `idle`,
// so a question or a slot refresh waits for one sentence at most.
import type { KnownVector } from '../../../shared/text-vectors.ts';
import type { EmbedFn } from './embed-scorer.ts';

export async function embedInBackground(texts: readonly string[], embed: EmbedFn, idle: () => Promise<void>, known?: KnownVector): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const text of texts) {
    const stored = known?.(text);
    if (stored) {
      out.push(stored);
      continue;
    }
    await idle();
    out.push(...(await embed([text])));
  }
  return out;
}
