/**
 * Splits a person's name as written in the news into titles, given names, particles and surname:
 * "Maj. Gen. Khalifa Haftar" → titles [Maj., Gen.], given [Khalifa], surname Haftar;
 * "Libyan army spokesman Ahmed al-Mismari" → titles [Libyan, army, spokesman], given [Ahmed],
 * particles [al], surname Mismari. Whatever follows a comma is an appositive and is dropped.
 */
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  OFFICE_MODIFIERS,
  OFFICES,
} from '../en/gazetteers/titles.js';
import { remembered } from './remembered.js';

/** Shared between callers (parses are kept): read only. */
export interface ParsedName {
  /** Honorifics, offices and their modifiers before the name, as written. */
  readonly titles: readonly string[];
  readonly given: readonly string[];
  /** Particles before or attached to the surname, lower-cased without hyphens ("al", "bin"). */
  readonly particles: readonly string[];
  /** The family name without its particles; '' when the text is only titles ("the general"). */
  readonly surname: string;
  readonly suffixes: readonly string[];
}

/** Longest office or honorific, in words. */
const MAX_TITLE_WORDS = 3;

/**
 * Titles as written abbreviated in British news ("Cllr Ann Bell"); kept here, not among the
 * recognizer's honorifics, whose features its trained weights were fitted to.
 */
const WRITTEN_ABBREVIATIONS = ['cllr'];
const titleKeys = new Set([...HONORIFICS, ...OFFICES, ...WRITTEN_ABBREVIATIONS]);
const modifierKeys = new Set([...OFFICE_MODIFIERS, 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
/** Doubled letters written once ("commissioner" → "comisioner"): how a long title is most often misspelt. */
const singled = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');
/** Shorter words misspelt so may be names ("Mayer"), and are left alone. */
const MISSPELT_TITLE_LETTERS = 8;
const singledTitleKeys = new Set(
  [...titleKeys].filter((t) => !t.includes(' ') && t.length >= MISSPELT_TITLE_LETTERS).map(singled),
);
const particleKeys = new Set(NAME_PARTICLES.map((p) => p.replace(/-$/, '')));
const suffixKeys = new Set(NAME_SUFFIXES);

const key = (word: string): string => word.toLowerCase().replace(/\.$/, '');
const isLowerInitial = (word: string): boolean => /^\p{Ll}/u.test(word);
/** "Libyan", "U.S." and other capitalised words that qualify an office but are not names. */
const looksLikeQualifier = (word: string): boolean => /^(?:\p{Lu}\.)+$|(?:an|ian|ese|ish|i)$/u.test(word);

/** Clustering and speaker resolution parse the same few names again and again: parses are kept. */
export const parseName: (text: string) => ParsedName = remembered(parse);

function parse(text: string): ParsedName {
  const comma = text.search(/[,;(]/);
  const words = (comma >= 0 ? text.slice(0, comma) : text).split(/\s+/).filter((w) => w !== '');
  const titleEnd = leadingTitleLength(words);
  const titles = words.slice(0, titleEnd);
  let rest = words.slice(titleEnd);
  const suffixes: string[] = [];
  while (rest.length > 1 && suffixKeys.has(key(rest[rest.length - 1]))) suffixes.unshift(rest.pop()!);
  // A possessive never belongs to the name ("Haftar's").
  rest = rest.map((w) => w.replace(/['’]s$/, ''));

  const particles: string[] = [];
  const cores: string[] = [];
  for (const word of rest) {
    const parts = word.split(/[-‐‑]/);
    // "al-Mismari", "el-Sisi": a particle fused to the next part by a hyphen.
    while (parts.length > 1 && particleKeys.has(parts[0].toLowerCase()))
      particles.push(parts.shift()!.toLowerCase());
    const joined = parts.join('-');
    if (particleKeys.has(joined.toLowerCase()) && cores.length > 0) particles.push(joined.toLowerCase());
    else cores.push(joined);
  }
  const surname = cores.length > 0 ? cores[cores.length - 1] : '';
  return { titles, given: cores.slice(0, -1), particles, surname, suffixes };
}

/**
 * How many leading words are titles: a run of offices, honorifics and their qualifiers that
 * ends with an office or honorific ("Foreign Minister", "Libyan army spokesman", "Maj. Gen.").
 */
function leadingTitleLength(words: string[]): number {
  let end = 0;
  let i = 0;
  while (i < words.length) {
    const n = titleAt(words, i);
    if (n > 0) {
      i += n;
      end = i;
    } else if (modifierKeys.has(key(words[i])) || isLowerInitial(words[i]) || looksLikeQualifier(words[i]))
      i++;
    else break;
  }
  return end;
}

function titleAt(words: string[], i: number): number {
  for (let n = Math.min(MAX_TITLE_WORDS, words.length - i); n >= 1; n--) {
    const phrase = words
      .slice(i, i + n)
      .map(key)
      .join(' ');
    if (titleKeys.has(phrase)) return n;
  }
  // "Commisioner Arevalo": a long title with a doubled letter written once, or a letter doubled.
  const word = key(words[i]);
  return /^\p{Lu}/u.test(words[i]) &&
    word.length >= MISSPELT_TITLE_LETTERS &&
    singledTitleKeys.has(singled(word))
    ? 1
    : 0;
}

/** The name without titles, suffixes or appositives ("Maj. Gen. Khalifa Haftar" → "Khalifa Haftar"). */
export const stripTitles: (text: string) => string = remembered(strip);

function strip(text: string): string {
  const comma = text.search(/[,;(]/);
  const words = (comma >= 0 ? text.slice(0, comma) : text).split(/\s+/).filter((w) => w !== '');
  return words.slice(leadingTitleLength(words)).join(' ');
}
