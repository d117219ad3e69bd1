/**
 * Features of one sentence for the check-worthiness model. They read the raw string, not a Doc,
 * so training on ClaimBuster lines and predicting on article sentences see exactly the same thing.
 * What tends to make a claim worth checking: numbers, amounts, dates, named actors doing things,
 * comparative facts; what tends not to: questions, first-person opinion, greetings, hedges.
 */
import { hashFeature, hashFeatureJoined } from '../../../learn/hash.js';

/** Bumped whenever the features change, so an old model file refuses to load. */
export const FEATURE_VERSION = 1;

const WORD_RE = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*%?|[$€£%?!]/gu;
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
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

/** Hashed features of `sentence`, written into `out`; returns how many. */
export function sentenceFeatures(sentence: string, out: number[] = []): number[] {
  out.length = 0;
  const raw = sentence.match(WORD_RE) ?? [];
  const words = raw.map(normalize);
  out.push(hashFeature(T.Bias, ''));
  let numbers = 0;
  let capitalized = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push(hashFeature(T.Word, w));
    const prev = i > 0 ? words[i - 1] : '<s>';
    out.push(hashFeatureJoined(T.Bigram, prev, w));
    if (i > 1) out.push(hashFeatureJoined(T.Trigram, words[i - 2], prev, w));
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
  out.push(hashFeature(T.Length, String(Math.min(8, Math.floor(words.length / 4)))));
  out.push(hashFeature(T.Shape, 'numbers:' + Math.min(3, numbers)));
  out.push(hashFeature(T.Capitalized, String(Math.min(3, capitalized))));
  if (sentence.includes('?')) out.push(hashFeature(T.Flag, 'question'));
  if (/\$|\bdollars?\b/i.test(sentence)) out.push(hashFeature(T.Flag, 'money'));
  if (numbers > 0 && capitalized > 0) out.push(hashFeature(T.Flag, 'number+name'));
  return out;
}
