/**
 * A name does not end in an ordinary lower-case word: when the tagger runs on past a name
 * ("Florida Keys islands", "Gaza Strip after"), the lower-case tail is cut off, and so is a
 * possessive after a person's name ("al-Sadr 's movement"). Nor does a name run through an
 * ordinary word: "The Dunmoor Trust to Quillcorp" is two names either side of "to". Spans that
 * start in lower case ("google", "mexico") are left as they are.
 */
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { FLAG_LOWER, FLAG_NAME_CONNECTOR, H_PROFILE_CAP } from './lexicon.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const LOWER_WORD = /^\p{Ll}+$/u;
const POSSESSIVE = /^['’]s$/;
/** The word-profile bucket (as the lexicon stores it) of words almost never capitalised mid-sentence. */
const NEVER_CAPITALISED = 1;

const trimmable = (v: TokenView, s: Candidate): boolean =>
  // Only the tagger's spans: rule spans such as DATE ("Tuesday night") end in lower case by design.
  s.rule.startsWith('ner-model') && isCapitalised(v, s.start);

/**
 * Cuts lower-case words (and a person's possessive) off the end of the tagger's capitalised spans,
 * in place; a span cut down to a demonym becomes a NORP, as merge.ts labels an uncut one.
 */
export function trimLowerTails(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (!trimmable(v, s)) continue;
    let end = s.end;
    while (
      end - 1 > s.start &&
      (LOWER_WORD.test(v.words[end - 1]) || (s.label === 'PERSON' && POSSESSIVE.test(v.words[end - 1])))
    )
      end--;
    if (end < s.end) {
      s.end = end;
      s.rule += '+trimmed';
      // What is left may be a demonym or group word, a NORP whatever the tagger said ("[Islamic state]/ORG").
      if (countryGazetteer().peoples.longestMatch(v.lower, s.start, end) === end - s.start) s.label = 'NORP';
    }
  }
}

/**
 * Splits the tagger's capitalised spans at lower-case words that unlabeled text almost never
 * capitalises and that do not join names ("of", "al"); each side keeps the label. `spans` sorted.
 */
export function splitAtOrdinaryWords(v: TokenView, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of spans) {
    if (!trimmable(v, s)) {
      out.push(s);
      continue;
    }
    let from = s.start;
    for (let i = s.start + 1; i < s.end - 1; i++) {
      if (!isOrdinaryWord(v, i)) continue;
      if (i > from) out.push({ start: from, end: i, label: s.label, rule: `${s.rule}+split` });
      from = i + 1;
    }
    if (from === s.start) out.push(s);
    else out.push({ start: from, end: s.end, label: s.label, rule: `${s.rule}+split` });
  }
  return out;
}

function isOrdinaryWord(v: TokenView, i: number): boolean {
  const id = v.ids[i];
  const f = v.lexicon.flags[id];
  return (
    (f & FLAG_LOWER) !== 0 &&
    (f & FLAG_NAME_CONNECTOR) === 0 &&
    LOWER_WORD.test(v.words[i]) &&
    v.lexicon.hash(id, H_PROFILE_CAP) === NEVER_CAPITALISED
  );
}
