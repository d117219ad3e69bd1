/**
 * Seas, oceans and mountain ranges that English names with "the" and one word: "the Gulf", "the
 * Pacific", "the Alps". They are places (UNER train: "Gulf" is inside a LOC span 24 times of 27, "Rockies" 4 of 4),
 * but an article that talks about one repeats the bare word, and a tagger that never saw it reads it
 * as nothing. After a lower-case "the", such a word that no span covers, not followed by a capitalised
 * word ("the Gulf War", "the Pacific Fleet" are other names), is a LOC. Linear in the sentence.
 */
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const FEATURES = new Set([
  'Gulf',
  'Pacific',
  'Atlantic',
  'Mediterranean',
  'Med',
  'Caribbean',
  'Adriatic',
  'Aegean',
  'Baltic',
  'Arctic',
  'Antarctic',
  'Alps',
  'Andes',
  'Himalayas',
  'Pyrenees',
  'Rockies',
  'Urals',
  'Balkans',
  'Sahara',
  'Sahel',
]);
export const GEOGRAPHIC_RULE = 'geographic-feature';

/** Returns the spans of sentence [start, end) with such places added; `spans` sorted. */
export function addGeographicFeatures(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  let added: Candidate[] | null = null;
  let k = 0;
  for (let i = start + 1; i < end; i++) {
    // The capital flag first: an integer test at every token, the string tests only on capitals.
    if (!isCapitalised(v, i) || !FEATURES.has(v.words[i]) || v.lower[i - 1] !== 'the') continue;
    if (i + 1 < end && isCapitalised(v, i + 1)) continue;
    while (k < spans.length && spans[k].end <= i) k++;
    if (k < spans.length && spans[k].start <= i) continue;
    (added ??= []).push({ start: i, end: i + 1, label: 'LOC', rule: GEOGRAPHIC_RULE });
  }
  return added ? spans.concat(added).sort((a, b) => a.start - b.start) : spans;
}
