/**
 * Feature ids by integer mixing instead of string building: each token's word, shape, lemma and
 * tags are hashed once per document, and a feature is a template id mixed with a few of those
 * hashes or small numbers (murmur3's finalizer), one mixing step per value. Ten times cheaper than
 * joining strings.
 */
import { hashString } from '../../../learn/hash.js';

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0xcc9e2d51), 0x1b873593) ^ (a >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A template's seed: distinct per template and arity, so f1(t, a) never meets f2(t, a, b). */
const seed = (t: number, arity: number) => Math.imul(t * 4 + arity, 0x9e3779b1) ^ 0x51ed27;

// f1, f2 and f3 repeat mix's steps rather than call it: cueFeatures calls them 56 times a token,
// far more than V8 inlines, and each then made one to three more calls (cueSequence 7-13% faster
// so, in-process A/B over every 7th BBC text; the same values).
export function f1(t: number, a: number): number {
  let h = seed(t, 1);
  h = Math.imul(h ^ Math.imul(a, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  return h | 0;
}

export function f2(t: number, a: number, b: number): number {
  let h = seed(t, 2);
  h = Math.imul(h ^ Math.imul(a, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  h = Math.imul(h ^ Math.imul(b, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  return h | 0;
}

export function f3(t: number, a: number, b: number, c: number): number {
  let h = seed(t, 3);
  h = Math.imul(h ^ Math.imul(a, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  h = Math.imul(h ^ Math.imul(b, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  h = Math.imul(h ^ Math.imul(c, 0xcc9e2d51), 0x1b873593) ^ (h >>> 16);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h = h ^ (h >>> 16);
  return h | 0;
}

/** Hash of a string value (computed once per token and attribute). */
export const hs = (s: string) => hashString(s) | 0;

export const NONE = hs('<none>');
