/**
 * Agreement self-training (after Søgaard & Rishøj 2010's tri-training; Weiss et al. 2015): a
 * second parser, built differently (reading the sentence right to left), parses unlabeled text
 * along with the first; the sentences on which the two agree on every head are trusted as
 * silver trees for training the moves of the shipped parser. Both parsers are dropped after
 * training, so this costs nothing at run time.
 */
import type { Parser } from './parser.js';
import type { ParserExample } from './train.js';

/** Sentences shorter or longer than this are not used as silver trees. */
export const SILVER_MIN_WORDS = 3;
export const SILVER_MAX_WORDS = 60;

/** The same sentence read from its last word to its first (heads renumbered, -1 stays the root). */
export function reverseExample(e: ParserExample): ParserExample {
  const n = e.words.length;
  const heads = new Int32Array(n);
  for (let i = 0; i < n; i++) heads[n - 1 - i] = e.heads[i] < 0 ? e.heads[i] : n - 1 - e.heads[i];
  return {
    words: e.words.slice().reverse(),
    tags: e.tags.slice().reverse(),
    heads,
    labels: e.labels.slice().reverse(),
  };
}

/**
 * The unlabeled `sentences` (heads and labels ignored) on which `forward` and `backward` (trained
 * on reversed sentences) build the same tree, carrying that tree.
 */
export function agreedTrees(forward: Parser, backward: Parser, sentences: ParserExample[]): ParserExample[] {
  const out: ParserExample[] = [];
  let heads = new Int32Array(64);
  let reversedHeads = new Int32Array(64);
  let labels = new Uint8Array(64);
  for (const e of sentences) {
    const n = e.words.length;
    if (n < SILVER_MIN_WORDS || n > SILVER_MAX_WORDS) continue;
    if (heads.length < n)
      [heads, reversedHeads, labels] = [new Int32Array(n), new Int32Array(n), new Uint8Array(n)];
    forward.parse(e.words, e.tags, n, heads, labels);
    const reversed = reverseExample(e);
    backward.parse(reversed.words, reversed.tags, n, reversedHeads, labels);
    let same = true;
    for (let i = 0; i < n && same; i++) {
      const h = reversedHeads[n - 1 - i];
      same = heads[i] === (h < 0 ? h : n - 1 - h);
    }
    if (same) out.push({ ...e, heads: heads.slice(0, n), labels: new Uint8Array(n) });
  }
  return out;
}
