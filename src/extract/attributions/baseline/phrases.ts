/**
 * Noun-phrase boundaries from words alone (the baseline runs without a tagger): a phrase grows
 * from the cue outward until punctuation, a clause word or a sentence edge.
 */
import type { Doc } from '../../../language/doc.js';
import type { TokenSpan } from '../build.js';

/** Words that end a phrase when walking away from the cue. */
const CLAUSE_WORDS = new Set([
  'that',
  'and',
  'but',
  'or',
  'nor',
  'yet',
  'so',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'while',
  'because',
  'since',
  'if',
  'although',
  'though',
  'as',
  'than',
  'then',
  'in',
  'on',
  'after',
  'before',
  'during',
  'until',
  'to',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'it',
]);

/** Words that attach to the cue in PolNeAR ("also said", "has long argued", "did not say"). */
export const CUE_MODIFIERS = new Set([
  'also',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'never',
  'later',
  'previously',
  'repeatedly',
  'often',
  'again',
  'recently',
  'once',
  'long',
  'since',
  'now',
  'then',
  'further',
  'publicly',
  'privately',
  'reportedly',
  'separately',
  'initially',
  'first',
  'already',
  'still',
  'just',
  'always',
  'is',
  'was',
  'were',
  'are',
  'been',
]);

const PUNCT = /^[\p{P}\p{S}]+$/u;
const MAX_PHRASE = 12;

export function lower(doc: Doc, i: number): string {
  return doc.lowerWord(i);
}

export function isPunct(doc: Doc, i: number): boolean {
  return PUNCT.test(doc.word(i)) && doc.word(i) !== '%' && doc.word(i) !== '$';
}

export function isCapitalized(doc: Doc, i: number): boolean {
  return /^\p{Lu}/u.test(doc.word(i));
}

/** Extends a cue leftward over auxiliaries, negation and adverbs. */
export function extendCueLeft(doc: Doc, cue: number, floor: number): number {
  let s = cue;
  while (s - 1 >= floor && s - cue > -4 && CUE_MODIFIERS.has(lower(doc, s - 1))) s--;
  return s;
}

/** The phrase ending just before `end` (exclusive), with an appositive when one is set off by commas. */
export function phraseBefore(doc: Doc, end: number, floor: number): TokenSpan | null {
  let j = end - 1;
  if (j < floor) return null;
  if (doc.word(j) === ',') return appositiveBefore(doc, j, floor);
  let s = end;
  while (s - 1 >= floor && end - s < MAX_PHRASE) {
    const k = s - 1;
    const w = lower(doc, k);
    if (w === ')') {
      const open = matchingParen(doc, k, floor);
      if (open < 0) break;
      s = open;
      continue;
    }
    if (isPunct(doc, k) && !/^[’']s?$/.test(w) && w !== '.' && w !== '-') break;
    if (CLAUSE_WORDS.has(w) && s !== end) break;
    if (CLAUSE_WORDS.has(w)) return null;
    s = k;
  }
  j = s;
  // A lower-case verb-like word inside a long stretch means we crossed a clause: keep the tail.
  return s < end ? trimPhraseStart(doc, { start: s, end }) : null;
}

/** "Rep. Ann Lee (D-Ohio)": the opening bracket of a closing one, within a few tokens. */
function matchingParen(doc: Doc, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 8; k--) if (doc.word(k) === '(') return k;
  return -1;
}

/** "Hugh Hill, a doctor at the hospital," before the cue: name plus appositive. */
function appositiveBefore(doc: Doc, comma: number, floor: number): TokenSpan | null {
  let k = comma - 1;
  while (k >= floor && doc.word(k) !== ',' && comma - k < MAX_PHRASE && !isQuote(doc, k)) k--;
  if (k < floor || doc.word(k) !== ',') return null;
  const name = phraseBefore(doc, k, floor);
  if (!name || !isCapitalized(doc, name.end - 1)) return null;
  return { start: name.start, end: comma };
}

/** The phrase starting at `start`, up to punctuation or a clause word; an appositive after a comma joins it. */
export function phraseAfter(
  doc: Doc,
  start: number,
  ceiling: number,
  withAppositive = false,
): TokenSpan | null {
  let e = start;
  while (e < ceiling && e - start < MAX_PHRASE) {
    const w = lower(doc, e);
    if (isPunct(doc, e) && !/^[’']s?$/.test(w) && w !== '-') break;
    if (CLAUSE_WORDS.has(w) && e > start && w !== 'to') break;
    if (CLAUSE_WORDS.has(w) && e === start) return null;
    e++;
  }
  if (e === start) return null;
  // "said Hugh Hill, a doctor at the hospital."
  if (withAppositive && e < ceiling && doc.word(e) === ',' && isCapitalized(doc, e - 1)) {
    let f = e + 1;
    while (f < ceiling && !isPunct(doc, f)) f++;
    if (
      f > e + 1 &&
      f - e < MAX_PHRASE &&
      /^(?:a|an|the)$/.test(lower(doc, e + 1)) &&
      (f >= ceiling || doc.word(f) !== ',')
    )
      e = f;
  }
  return { start, end: e };
}

function trimPhraseStart(doc: Doc, p: TokenSpan): TokenSpan | null {
  let s = p.start;
  // Drop leading lower-case words before a capitalized name ("yesterday Smith said" → "Smith").
  const firstCap = firstCapitalized(doc, p);
  if (
    firstCap > s &&
    !/^(?:the|a|an|his|her|their|its|two|three|several|some|many|one|another)$/.test(lower(doc, s))
  )
    s = firstCap;
  return s < p.end ? { start: s, end: p.end } : null;
}

function firstCapitalized(doc: Doc, p: TokenSpan): number {
  for (let i = p.start; i < p.end; i++) if (isCapitalized(doc, i)) return i;
  return p.start;
}

export function isQuote(doc: Doc, i: number): boolean {
  return /^["“”„«»‘’']$/.test(doc.word(i));
}

/** First token of sentence content after leading punctuation. */
export function skipPunct(doc: Doc, i: number, ceiling: number): number {
  while (i < ceiling && isPunct(doc, i)) i++;
  return i;
}

/** End (exclusive) of a sentence's content, before trailing punctuation and marks. */
export function trimPunctEnd(doc: Doc, start: number, end: number): number {
  while (end > start && isPunct(doc, end - 1)) end--;
  return end;
}
