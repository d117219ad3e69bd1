/**
 * Spelling-insensitive forms of names. Transliterated names (Arabic, Russian, Chinese into Latin
 * script) vary in their vowels, in doubled letters and in how one sound is spelled
 * (q/k/g/gh, dh/d/th, ph/f, j/dj): `phoneticKey` keeps only what survives those choices.
 */
import { remembered } from './remembered.js';

/** Lower-cases, strips diacritics and apostrophes, and turns hyphens and dots into spaces. */
export const foldName: (s: string) => string = remembered(fold);

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʻʼ]/g, '')
    .replace(/[-‐‑–—.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sound spellings that transliterations use interchangeably, longest first. */
const SOUND_CLASSES: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'k'],
  [/sch/g, 's'],
  [/tch/g, 's'],
  [/sh/g, 's'],
  [/ch/g, 's'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/g/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/v/g, 'f'],
  [/dj/g, 'j'],
  [/z/g, 's'],
  [/w/g, 'u'],
  [/([aeiou])h$/, '$1'],
  // "Lisle", "Carlisle": a final "-isle" is said "-ile" (the s is heard in "Paisley", "Presley").
  [/(?<=[iy])sle$/, 'le'],
];

/**
 * A consonant skeleton: sound classes merged, doubled letters collapsed, and each run of vowels
 * written as one "V" (so Mohammed/Muhammad share "mVhVmVd" while Mahmoud is "mVhmVd").
 * Qadhafi, Gaddafi, Kadhafi and Gadhafi all give "kVdVfV"; Haftar and Hafter give "hVftVr".
 */
export const phoneticKey: (word: string) => string = remembered(computeKey);

function computeKey(word: string): string {
  let s = foldName(word).replace(/[^a-z]/g, '');
  if (s === '') return '';
  for (const [re, to] of SOUND_CLASSES) s = s.replace(re, to);
  // A y between vowels or at the start is a consonant (Yusuf, Bayan); elsewhere a vowel.
  s = s.replace(/^y/, 'J').replace(/(?<=[aeiou])y(?=[aeiou])/g, 'J');
  return s
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouy]+/g, 'V')
    .replace(/J/g, 'y');
}
