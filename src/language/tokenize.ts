/**
 * Rule-based tokenizer for news English. Produces token offsets (UTF-16) only; the text itself
 * is never copied or altered, so `text.slice(tokStart[i], tokEnd[i])` is always the token and the
 * characters between tokens are always white space. Splits follow UD English conventions
 * (do|n't, Haftar|'s, $|5, 50|%) so the tagger and parser see what they were trained on.
 */
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './en/abbreviations.js';

/** Unicode white space, including non-breaking and zero-width spaces that scrapers leave behind. */
export const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether UTF-16 unit `c` is white space or a line terminator as JavaScript's `\s` reads it. */
export function isJsSpaceCode(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const ZERO_WIDTH_SPACE = 0x200b;

/** Whether UTF-16 unit `c` is one SPACE_RE matches: `\s` and the zero-width space (tested for every unit). */
export function isSpaceCode(c: number): boolean {
  return isJsSpaceCode(c) || c === ZERO_WIDTH_SPACE;
}

const URL_RE = /^(?:https?:\/\/|www\.)[^\s<>"“”]+?(?=[.,;:!?)\]"'”’]*$)/i;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const HASHTAG_RE = /^[#@][\p{L}\p{N}_]+/u;
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th|s)?/;
const DECIMAL_START_RE = /^\.\d+/;
const TIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?/;
const INITIALS_RE = /^(?:\p{Lu}\.){1,4}$|^(?:\p{Ll}\.){2,4}$/u;
const LEADING_PUNCT = /^["'“”‘’«»„‚‹›([{<*_¡¿]/;
const TRAILING_PUNCT = /["'“”‘’«»‹›)\]}>*_,;:!?%]$/;
const DASHES = /[–—―]|--+/;
/** A run of sentence punctuation stays one token, as in EWT: "...", "!!", "?!", "!.". */
const ELLIPSIS_RE = /(?:[.!?]{2,}|…)$/;
/** A chunk made only of one repeated symbol ("***", "----", "===") is one token. */
const SYMBOL_RUN_RE = /^(?:([*_=~+#<>^|-])\1+|[.!?…]+)$/;
/** Runs of these peel off together at a chunk's edges ("**bold**"). */
const RUN_PUNCT = new Set(['*', '_']);
/** Hyphenated words split as in EWT (sky|-|high), except after these prefixes (e-mail, co-workers). */
const KEPT_HYPHEN_PREFIXES = new Set([
  'e',
  'co',
  'pre',
  'post',
  'non',
  're',
  'semi',
  'pro',
  'multi',
  'mid',
  'anti',
  'ex',
  'bi',
  'tri',
  'inter',
  'intra',
  'sub',
  'micro',
  'mini',
  'neo',
  'quasi',
  'ultra',
  'vice',
]);
const HYPHEN_RE = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/u;
const WORD_SLASH_RE = /(?<=\p{L}{2})\/(?=\p{L}{2})/u;
/** Fused forms that EWT splits into two words: cannot → can|not, gonna → gon|na. */
const FUSED_RE = /^(can)(not)$|^(gon|wan)(na)$|^(got)(ta)$/i;
const CONTRACTION_RE = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))$/;
/** An abbreviated decade keeps its apostrophe: '90s. */
const DECADE_RE = /^['’]\d0s\b/;
const CURRENCY_RE = /^(?:US\$|A\$|C\$|[$€£¥₹])/;

export interface Tokens {
  start: number[];
  end: number[];
}

/**
 * Tokenizes `text[from, to)` (the whole text by default), appending to `out` when given (so
 * several ranges' tokens gather in one pair of arrays).
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  out: Tokens = { start: [], end: [] },
): Tokens {
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    const chunk = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i > chunk) splitChunk(text, chunk, i, out);
  }
  return out;
}

function push(out: Tokens, s: number, e: number): void {
  if (e > s) {
    out.start.push(s);
    out.end.push(e);
  }
}

/** Splits one white-space-free chunk into tokens. */
function splitChunk(text: string, s: number, e: number, out: Tokens): void {
  // Most chunks of news text are a plain word, or one before a comma: they need none of the rules.
  const word = text.charCodeAt(e - 1) === COMMA && e - s > 1 ? e - 1 : e;
  if (isAsciiWord(text, s, word)) {
    push(out, s, word);
    push(out, word, e);
    return;
  }
  // The next most common: a plain word ending a sentence ("said."), whose period goes unless it
  // is an abbreviation's; no other rule below can apply to it.
  if (text.charCodeAt(e - 1) === PERIOD && e - s > 1 && isAsciiWord(text, s, e - 1)) {
    const w = text.slice(s, e);
    if (!keepsPeriod(w, w.slice(0, -1))) {
      push(out, s, e - 1);
      push(out, e - 1, e);
      return;
    }
  }
  if (SYMBOL_RUN_RE.test(text.slice(s, e))) {
    push(out, s, e);
    return;
  }
  // Peel leading punctuation one character (or one run of * or _) at a time.
  while (s < e) {
    const w = text.slice(s, e);
    if (URL_RE.test(w) || HASHTAG_RE.test(w) || EMAIL_RE.test(w) || DECADE_RE.test(w)) break;
    if (LEADING_PUNCT.test(w) && w.length > 1) {
      let run = 1;
      if (RUN_PUNCT.has(w[0])) while (run < w.length - 1 && w[run] === w[0]) run++;
      push(out, s, s + run);
      s += run;
      continue;
    }
    break;
  }
  // Peel trailing punctuation into a stack (pushed in order afterwards).
  const tail: [number, number][] = [];
  while (e > s) {
    const w = text.slice(s, e);
    if (URL_RE.test(w) && URL_RE.exec(w)![0].length === w.length) break;
    const ell = ELLIPSIS_RE.exec(w);
    if (ell && ell[0].length < w.length) {
      tail.push([e - ell[0].length, e]);
      e -= ell[0].length;
      continue;
    }
    if (w.length > 1 && TRAILING_PUNCT.test(w)) {
      let run = 1;
      const last = w[w.length - 1];
      if (RUN_PUNCT.has(last)) while (run < w.length - 1 && w[w.length - 1 - run] === last) run++;
      tail.push([e - run, e]);
      e -= run;
      continue;
    }
    if (w.length > 1 && w.endsWith('.')) {
      const core = w.slice(0, -1);
      if (keepsPeriod(w, core)) break;
      tail.push([e - 1, e]);
      e--;
      continue;
    }
    break;
  }
  splitInner(text, s, e, out);
  for (let i = tail.length - 1; i >= 0; i--) push(out, tail[i][0], tail[i][1]);
}

const COMMA = 0x2c;
const PERIOD = 0x2e;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
/** Setting this bit lower-cases an ASCII letter. */
const CASE_BIT = 0x20;
/** The shortest and longest fused forms (FUSED_RE): gonna, cannot. */
const FUSED_MIN = 5;
const FUSED_MAX = 6;

/** Whether text[s, e) is ASCII letters only and not a fused form, so one token. */
function isAsciiWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i) | CASE_BIT;
    if (c < LOWER_A || c > LOWER_Z) return false;
  }
  return e - s < FUSED_MIN || e - s > FUSED_MAX || !FUSED_RE.test(text.slice(s, e));
}

/** Whether a word ending in '.' is an abbreviation that keeps its period. */
function keepsPeriod(word: string, core: string): boolean {
  if (INITIALS_RE.test(word)) return true;
  const lower = core.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower)) return true;
  // U.S., a.m., Ph.D. : letters separated by periods.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(core)) return true;
  return false;
}

/** Whether the hyphen at `at` stays inside the word: after a prefix, or between digits (555-0199). */
function keepsHyphen(word: string, at: number): boolean {
  if (KEPT_HYPHEN_PREFIXES.has(word.slice(0, at).toLowerCase())) return true;
  return /\d/.test(word[at - 1]) && /\d/.test(word[at + 1]);
}

/** Splits the inside of a chunk: dashes, currency, numbers with units, contractions, slashes. */
function splitInner(text: string, s: number, e: number, out: Tokens): void {
  if (e <= s) return;
  // What is left of most chunks once their punctuation is peeled: a plain word, which no rule splits.
  if (isAsciiWord(text, s, e)) {
    push(out, s, e);
    return;
  }
  const w = text.slice(s, e);
  if (URL_RE.test(w) || EMAIL_RE.test(w)) {
    push(out, s, e);
    return;
  }
  const hashtag = HASHTAG_RE.exec(w);
  if (hashtag && hashtag[0].length === w.length) {
    push(out, s, e);
    return;
  }

  const dash = DASHES.exec(w);
  if (dash && w.length > dash[0].length) {
    splitInner(text, s, s + dash.index, out);
    push(out, s + dash.index, s + dash.index + dash[0].length);
    splitInner(text, s + dash.index + dash[0].length, e, out);
    return;
  }
  const ell = /\.{3,}|…/.exec(w);
  if (ell && w.length > ell[0].length) {
    splitInner(text, s, s + ell.index, out);
    push(out, s + ell.index, s + ell.index + ell[0].length);
    splitInner(text, s + ell.index + ell[0].length, e, out);
    return;
  }
  const hyphen = HYPHEN_RE.exec(w);
  if (hyphen && !keepsHyphen(w, hyphen.index)) {
    splitInner(text, s, s + hyphen.index, out);
    push(out, s + hyphen.index, s + hyphen.index + 1);
    splitInner(text, s + hyphen.index + 1, e, out);
    return;
  }
  const currency = CURRENCY_RE.exec(w);
  if (currency && currency[0].length < w.length && /\d|\./.test(w[currency[0].length])) {
    push(out, s, s + currency[0].length);
    splitInner(text, s + currency[0].length, e, out);
    return;
  }
  if (/^\d/.test(w) || DECIMAL_START_RE.test(w)) {
    const num = TIME_RE.exec(w) ?? NUMBER_RE.exec(w) ?? DECIMAL_START_RE.exec(w);
    if (num && num[0].length < w.length) {
      const rest = w.slice(num[0].length);
      // 50% → 50 | % ; 10m / 3bn / 5km stay whole ; 1990s stays whole
      if (/^[%‰]/.test(rest) || /^[-–](?!\d)/.test(rest)) {
        push(out, s, s + num[0].length);
        splitInner(text, s + num[0].length, e, out);
        return;
      }
    }
    push(out, s, e);
    return;
  }
  const slash = WORD_SLASH_RE.exec(w);
  if (slash) {
    splitInner(text, s, s + slash.index, out);
    push(out, s + slash.index, s + slash.index + 1);
    splitInner(text, s + slash.index + 1, e, out);
    return;
  }
  const fused = FUSED_RE.exec(w);
  if (fused) {
    const cut = (fused[1] ?? fused[3] ?? fused[5]).length;
    push(out, s, s + cut);
    push(out, s + cut, e);
    return;
  }
  const contraction = CONTRACTION_RE.exec(w);
  if (contraction && /\p{L}/u.test(contraction[1])) {
    // can't → ca|n't and won't → wo|n't, as UD does; o'clock and O'Neill never match the pattern
    const cut = w.length - contraction[2].length;
    splitInner(text, s, s + cut, out);
    push(out, s + cut, e);
    return;
  }
  // Quotes glued inside a chunk after other punctuation: ,” or .” already peeled; handle word“word
  const innerQuote = /["“”]/.exec(w);
  if (innerQuote && w.length > 1) {
    splitInner(text, s, s + innerQuote.index, out);
    push(out, s + innerQuote.index, s + innerQuote.index + 1);
    splitInner(text, s + innerQuote.index + 1, e, out);
    return;
  }
  // A period inside glued sentences ("end.Next") or leftover trailing comma pairs.
  const glued = /^(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)$/u.exec(w);
  if (glued) {
    push(out, s, s + glued[1].length);
    push(out, s + glued[1].length, s + glued[1].length + 1);
    push(out, s + glued[1].length + 1, e);
    return;
  }
  push(out, s, e);
}
