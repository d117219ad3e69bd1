import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_FIRST_NAME, FLAG_ORG_HEAD, FLAG_PUNCT } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const QUOTES = new Set(['"', '“', '”']);

/**
 * A name written surname first between quotes, as e-mail headers do ('" Pellworth , Daniel "'), is
 * one person, not two (UNER train: both such quoted pairs ending in a first name are one PER span).
 * Spans lying inside the three words give way; one crossing their edge leaves them alone.
 */
export function joinInvertedNames(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let i = start + 1; i + 3 < end; i++) {
    if ((v.lexicon.flags[v.ids[i - 1]] & FLAG_PUNCT) === 0) continue;
    if (!QUOTES.has(v.words[i - 1]) || v.words[i + 1] !== ',' || !QUOTES.has(v.words[i + 3])) continue;
    const surname = v.lexicon.flags[v.ids[i]];
    const first = v.lexicon.flags[v.ids[i + 2]];
    if ((surname & FLAG_CAPITALISED) === 0 || (surname & FLAG_ALL_CAPS) !== 0) continue;
    if ((first & FLAG_CAPITALISED) === 0 || (first & FLAG_FIRST_NAME) === 0) continue;
    const crossing = out.some((s) => s.start < i + 3 && s.end > i && (s.start < i || s.end > i + 3));
    if (crossing) continue;
    out = out.filter((s) => s.end <= i || s.start >= i + 3);
    out.push({ start: i, end: i + 3, label: 'PERSON', rule: 'surname-comma-first-name' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Longest sender's name, in tokens, read between the quotes. */
const MAX_SENDER_TOKENS = 4;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The display name an e-mail header quotes before the address ('" Tamsin Orrell " < tor@… >', '" TJO "
 * < … >') is the sender, a person: UNER train and dev have 16 quoted names right before "<" of 18 as
 * one PER span (the others a lower-case handle and a title, "The …"). The quoted words become one
 * person, spans inside them giving way; a name with an organisation head word ("Quill Holdings
 * Inc") is left alone, as is a span crossing the quotes.
 */
export function nameQuotedSenders(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let q = start; q + 3 < end; q++) {
    // The punctuation flag first: an integer test, cheaper than a set lookup at every token.
    if ((v.lexicon.flags[v.ids[q]] & FLAG_PUNCT) === 0 || !QUOTES.has(v.words[q])) continue;
    let c = q + 1;
    while (c < end && c - q - 1 <= MAX_SENDER_TOKENS && !QUOTES.has(v.words[c])) c++;
    if (c >= end - 1 || !QUOTES.has(v.words[c]) || c === q + 1 || c - q - 1 > MAX_SENDER_TOKENS) continue;
    if (v.words[c + 1] !== '<') continue;
    const a = q + 1;
    if (!senderName(v, a, c)) {
      q = c - 1;
      continue;
    }
    const crossing = out.some((s) => s.start < c && s.end > a && (s.start < a || s.end > c));
    if (!crossing && !out.some((s) => s.start === a && s.end === c && s.label === 'PERSON')) {
      out = out.filter((s) => s.end <= a || s.start >= c);
      out.push({ start: a, end: c, label: 'PERSON', rule: 'quoted-sender' });
      out.sort((x, y) => x.start - y.start);
    }
    q = c;
  }
  return out;
}

/** Whether tokens [a, c) read as a person's name: capitalised words, initials and commas only. */
function senderName(v: TokenView, a: number, c: number): boolean {
  if (ARTICLES.has(v.lower[a])) return false;
  for (let i = a; i < c; i++) {
    if (v.words[i] === ',' && i > a && i < c - 1) continue;
    const f = v.lexicon.flags[v.ids[i]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_ORG_HEAD) !== 0) return false;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(v.words[i])) return false;
  }
  return true;
}
