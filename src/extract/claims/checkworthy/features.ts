/**
 * Features of one sentence for the check-worthiness model. They read the raw string, not a Doc,
 * so training on ClaimBuster lines and predicting on article sentences see exactly the same thing.
 * What tends to make a claim worth checking: numbers, amounts, dates, named actors doing things,
 * comparative facts; what tends not to: questions, first-person opinion, greetings, hedges.
 */
import { FNV_PRIME, featureSeed, hashFeature, hashFeatureJoined, hashString } from '../../../learn/hash.js';

/** Bumped whenever the features change, so an old model file refuses to load. */
export const FEATURE_VERSION = 1;

const WORD_RE = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*%?|[$€£%?!]/gu;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
/** Money mentioned: a dollar sign or the word. */
const MONEY_RE = /\$|\bdollars?\b/i;
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'percent',
  'half',
  'dozen',
  'dozens',
  'twice',
  'double',
  'tripled',
  'doubled',
  'quarter',
]);

enum T {
  Bias,
  Word,
  Bigram,
  Trigram,
  Shape,
  First,
  FirstTwo,
  Length,
  Flag,
  Capitalized,
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `/^\p{Lu}/u`, answered without the pattern for the ASCII words most are. */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
}

/** Lower-cased word with digits folded into a shape, so "1975" and "1982" share a feature. */
function normalize(token: string): string {
  if (isDigit(token.charCodeAt(0))) {
    if (YEAR_RE.test(token)) return '<year>';
    if (token.endsWith('%')) return '<pct>';
    return token.length <= 2 ? '<num1>' : '<num>';
  }
  return token.toLowerCase();
}

const SPACE = 0x20;
const WORD_SEED = featureSeed(T.Word);
const BIGRAM_SEED = featureSeed(T.Bigram);
const TRIGRAM_SEED = featureSeed(T.Trigram);

/** The state after `word` and a space, from `seed`: the prefix of every joined feature. */
const joinedPrefix = (seed: number, word: string) => hashString(' ', hashString(word, seed));
const SENTENCE_START = '<s>';
/**
 * Arrays of strings, so this function sees one elements kind: an empty `[]` or map() of one has
 * another (small integers), and code optimised for strings deoptimised on a sentence without words.
 * The normalized words go into one array reused from call to call.
 */
const NO_WORDS: readonly string[] = [''].slice(1);
const normalizedWords: string[] = [''];

// The features whose values are few, hashed once: no strings built per sentence, and no call site
// this function first reaches in the hundredth sentence (the first question, say) to deoptimise it.
const MAX_LENGTH_BUCKET = 8;
const MAX_COUNT = 3;
const BIAS_FEATURE = hashFeature(T.Bias, '');
const LENGTH_FEATURES = Array.from({ length: MAX_LENGTH_BUCKET + 1 }, (_, n) =>
  hashFeature(T.Length, String(n)),
);
const NUMBERS_FEATURES = Array.from({ length: MAX_COUNT + 1 }, (_, n) =>
  hashFeature(T.Shape, `numbers:${n}`),
);
const CAPITALIZED_FEATURES = Array.from({ length: MAX_COUNT + 1 }, (_, n) =>
  hashFeature(T.Capitalized, String(n)),
);
/** The flags, in the order they are added (bit f of a sentence's flags for FLAG_FEATURES[f]). */
const FLAG_FEATURES = ['question', 'money', 'number+name'].map((flag) => hashFeature(T.Flag, flag));

/**
 * Hashed features of `sentence`, written into `out`; returns how many. Each is
 * hashFeature(template, value) or hashFeatureJoined(template, …words) of learn/hash.ts. The
 * per-word ones (the word, its bigram and trigram, and the prefixes the next word's start from)
 * are six FNV-1a states advanced together over the word's characters: one chain after another
 * waited on each multiplication, side by side they overlap.
 */
export function sentenceFeatures(sentence: string, out: number[] = []): number[] {
  out.length = 0;
  const raw = sentence.match(WORD_RE) ?? NO_WORDS;
  const words = normalizedWords;
  words.length = 0;
  for (const w of raw) words.push(normalize(w));
  out.push(BIAS_FEATURE);
  let numbers = 0;
  let capitalized = 0;
  // The states after "previous word " (bigram), "word before it, previous word " (trigram), and
  // "previous word " under the trigram's seed (the next trigram's start).
  let bigramPrefix = joinedPrefix(BIGRAM_SEED, SENTENCE_START);
  let trigramPrefix = 0;
  let trigramStart = joinedPrefix(TRIGRAM_SEED, SENTENCE_START);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let word = WORD_SEED;
    let bigram = bigramPrefix;
    let trigram = trigramPrefix;
    let nextBigram = BIGRAM_SEED;
    let nextTrigram = trigramStart;
    let nextStart = TRIGRAM_SEED;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      word = Math.imul(word ^ c, FNV_PRIME);
      bigram = Math.imul(bigram ^ c, FNV_PRIME);
      trigram = Math.imul(trigram ^ c, FNV_PRIME);
      nextBigram = Math.imul(nextBigram ^ c, FNV_PRIME);
      nextTrigram = Math.imul(nextTrigram ^ c, FNV_PRIME);
      nextStart = Math.imul(nextStart ^ c, FNV_PRIME);
    }
    out.push(word >>> 0);
    out.push(bigram >>> 0);
    if (i > 1) out.push(trigram >>> 0);
    bigramPrefix = Math.imul(nextBigram ^ SPACE, FNV_PRIME);
    trigramPrefix = Math.imul(nextTrigram ^ SPACE, FNV_PRIME);
    trigramStart = Math.imul(nextStart ^ SPACE, FNV_PRIME);
    if (w[0] === '<' || NUMBER_WORDS.has(w)) numbers++;
    if (i > 0 && startsUpperCase(raw[i]) && raw[i] !== 'I') capitalized++;
  }
  if (words.length > 0) {
    out.push(hashFeatureJoined(T.Bigram, words[words.length - 1], '</s>'));
    out.push(hashFeature(T.First, words[0]));
    out.push(
      words.length > 1
        ? hashFeatureJoined(T.FirstTwo, words[0], words[1])
        : hashFeature(T.FirstTwo, words[0]),
    );
  }
  out.push(LENGTH_FEATURES[Math.min(MAX_LENGTH_BUCKET, Math.floor(words.length / 4))]);
  out.push(NUMBERS_FEATURES[Math.min(MAX_COUNT, numbers)]);
  out.push(CAPITALIZED_FEATURES[Math.min(MAX_COUNT, capitalized)]);
  const flags =
    (sentence.includes('?') ? 1 : 0) |
    (MONEY_RE.test(sentence) ? 2 : 0) |
    (numbers > 0 && capitalized > 0 ? 4 : 0);
  for (let f = 0; f < FLAG_FEATURES.length; f++) if (flags & (1 << f)) out.push(FLAG_FEATURES[f]);
  return out;
}
