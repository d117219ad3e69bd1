/**
 * Sentence splitter over tokens. A line break always ends a sentence (scraped articles put one
 * paragraph per line). Otherwise a sentence ends after . ! ? or … (plus any closing quotes and
 * brackets), unless the next word starts in lower case ("'Is it over?' he asked") or the period
 * belongs to a title abbreviation ("Gen. Haftar").
 */
import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './en/abbreviations.js';
import { MONTH_ABBREVIATIONS } from './en/gazetteers/dateWords.js';

/** Abbreviations that stand before a number ("Sept. 5", "No. 10"): they never end a sentence. */
const BEFORE_NUMBERS = new Set([
  ...Object.keys(MONTH_ABBREVIATIONS),
  ...['no', 'nos', 'p', 'pp', 'vol', 'fig', 'ch', 'v', 'vs'],
]);
/** The last character of every TERMINAL token and of every abbreviation: . ! ? … */
const ENDS_SENTENCE_CHAR = new Set([0x2e, 0x21, 0x3f, 0x2026]);
const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

/** Returns [sentStart[], sentEnd[]] as token indices, half-open, covering every token. */
export function splitSentences(
  text: string,
  start: ArrayLike<number>,
  end: ArrayLike<number>,
): [number[], number[]] {
  const n = start.length;
  const ss: number[] = [];
  const se: number[] = [];
  let begin = 0;
  const close = (at: number) => {
    if (at > begin) {
      ss.push(begin);
      se.push(at);
      begin = at;
    }
  };
  const word = (i: number) => text.slice(start[i], end[i]);
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && hasLineBreak(text, end[i], start[i + 1])) {
      close(i + 1);
      continue;
    }
    // Only a token ending in . ! ? or … can end a sentence here: skip the others without slicing them.
    if (!ENDS_SENTENCE_CHAR.has(text.charCodeAt(end[i] - 1))) continue;
    const w = word(i);
    const isTerminal = TERMINAL.has(w) || /^[.!?]+$/.test(w);
    const isAbbrev = !isTerminal && w.length > 1 && w.endsWith('.');
    if (!isTerminal && !isAbbrev) continue;
    // Swallow closing quotes and brackets that belong to this sentence.
    let j = i + 1;
    // A straight quote is ambiguous: it closes only when glued to what precedes it.
    while (j < n && CLOSERS.has(word(j)) && start[j] === end[j - 1]) j++;
    if (j >= n) break;
    if (hasLineBreak(text, end[j - 1], start[j])) {
      close(j);
      i = j - 1;
      continue;
    }
    const next = word(j);
    if (isAbbrev && !abbreviationEnds(w, next)) continue;
    if (startsSentence(next)) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
  return [ss, se];
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2029) return true;
  }
  return false;
}

function startsSentence(next: string): boolean {
  const c = next[0];
  if (/\p{Lu}|\d/u.test(c)) return true;
  return /^["“‘'([«—–-]/.test(next);
}

/** Whether an abbreviation token (ending in a period) also ends the sentence before `next`. */
function abbreviationEnds(abbrev: string, next: string): boolean {
  const core = abbrev.slice(0, -1).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(core)) return false;
  if (/^\p{Lu}\.$/u.test(abbrev)) return false; // an initial: "John F. Kennedy"
  if (!startsSentence(next)) return false;
  if (OTHER_ABBREVIATIONS.has(core) && BEFORE_NUMBERS.has(core)) return false;
  // U.S. Army, U.N. Security Council: a capitalised word may continue the name; only clear starters break.
  return SENTENCE_STARTERS.has(next.toLowerCase()) || /^["“‘(]/.test(next);
}
