// Shared (CLI + worker): text → USE-Lite token ids. A SentencePiece unigram tokenizer (Viterbi) that keeps
// the exact behaviour of the JS tokenizer the TF.js model was published with, quirks included, so the
// ONNX rebuild sees the very ids the original saw. Input: the pieces of models/generated/*/tokenizer.json.

/** One vocabulary entry as stored: [piece, log-probability]; a null score (':' and friends) counts as 0. */
export type VocabEntry = [string, number | null];

/** tokenizer.json as written by build-models.ts. */
export interface TokenizerData {
  type: 'sentencepiece-unigram';
  /** Ids below this are reserved (unknown, control, user-defined) and never produced except 0. */
  reserved: number;
  pieces: VocabEntry[];
}

const SPACE = '\u2581';
export const UNKNOWN_ID = 0;

interface Piece {
  id: number;
  score: number;
}

export class SentencePieceTokenizer {
  private readonly pieces = new Map<string, Piece>();
  private readonly firstSymbols = new Set<string>();
  /** UTF-16 length of each piece string: the original walks back by it (not by code points). */
  private readonly utf16Length: number[];
  private readonly maxSymbols: number;

  constructor(data: TokenizerData) {
    if (data.type !== 'sentencepiece-unigram' || !Array.isArray(data.pieces)) {
      throw new Error(`tokenizer.json: type '${String(data.type)}' is not 'sentencepiece-unigram'; rebuild it with \`npm run models\``);
    }
    let maxSymbols = 1;
    // Later duplicates win, as in the original trie, whose insert overwrites.
    for (let id = data.reserved; id < data.pieces.length; id++) {
      const [piece, score] = data.pieces[id];
      const symbols = [...piece];
      if (symbols.length === 0) continue;
      this.pieces.set(piece, { id, score: score ?? 0 });
      this.firstSymbols.add(symbols[0]);
      maxSymbols = Math.max(maxSymbols, symbols.length);
    }
    this.utf16Length = data.pieces.map(([piece]) => piece.length);
    this.maxSymbols = maxSymbols;
  }

  /** All ids of `text` (no length limit: the encoder keeps the first maxTokens). */
  encode(text: string): number[] {
    const symbols = [...(SPACE + text.normalize('NFKC').replace(/ /g, SPACE))];
    const n = symbols.length;
    // Candidates ending at each position, in increasing start order (the original's iteration order).
    const ending: Array<Array<{ start: number; id: number; score: number; keyLength: number }>> = [];
    for (let i = 0; i <= n; i++) ending.push([]);
    for (let start = 0; start < n; start++) {
      if (!this.firstSymbols.has(symbols[start])) {
        // Unknown symbol: the original's key is the raw string, so an astral symbol counts 2 here.
        ending[start + 1].push({ start, id: UNKNOWN_ID, score: 0, keyLength: symbols[start].length });
        continue;
      }
      let piece = '';
      for (let end = start + 1; end <= Math.min(n, start + this.maxSymbols); end++) {
        piece += symbols[end - 1];
        const hit = this.pieces.get(piece);
        if (hit) ending[end].push({ start, id: hit.id, score: hit.score, keyLength: end - start });
      }
    }
    // Viterbi with the original's rules: 0 means "unset", ties go to the later candidate, and an index
    // before 0 (an astral unknown at the start) yields NaN, which then never improves.
    const best: number[] = new Array<number>(n + 1).fill(0);
    const words: number[] = new Array<number>(n + 1).fill(-1);
    for (let end = 0; end <= n; end++) {
      for (const c of ending[end]) {
        const prev = end - c.keyLength;
        const score = c.score + (prev >= 0 ? best[prev] : NaN);
        if (best[end] === 0 || score >= best[end]) {
          best[end] = score;
          words[end] = c.id;
        }
      }
    }
    const reversed: number[] = [];
    for (let at = n; at > 0; ) {
      const id = words[at];
      if (id < 0) throw new Error(`tokenizer: no piece ends at symbol ${at} of ${JSON.stringify(text)}; the vocabulary lacks single symbols`);
      reversed.push(id);
      at -= this.utf16Length[id];
    }
    // A run of unknown symbols becomes one id 0.
    const ids: number[] = [];
    for (let i = reversed.length - 1; i >= 0; i--) {
      if (reversed[i] === UNKNOWN_ID && i + 1 < reversed.length && reversed[i + 1] === UNKNOWN_ID) continue;
      ids.push(reversed[i]);
    }
    return ids;
  }
}
