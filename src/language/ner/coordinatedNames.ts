/**
 * "the University and College Staff Union", "the Health and Safety Executive": a body's name may
 * join two words with "and", and the tagger then often tags only what follows it. After "the", a
 * capitalised word no span covers, then "and" or "&", then an organisation span: the word and the
 * "and" are the name's first words. ("the BBC and Channel 4": a span covers the first name, so two
 * names stay two.) Public bodies named after two places ("Harrowmere and Stoke Abbas NHS Trust",
 * "Kelbrook and Dunmore Council") join with no "the", over a place the tagger took for one too.
 */
import { firstNames } from '../en/gazetteers/firstNames.js';
import { FLAG_ALL_CAPS, FLAG_CAPITALISED } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

const JOINERS = new Set(['and', '&']);
/** Heads of public bodies that serve two places and are named after both ("… and … Council"). */
const PLACE_PAIR_HEADS = new Set(['trust', 'council', 'police', 'constabulary']);

/** Extends, in place, organisation spans of sentence [start, end) over a coordinated first word. */
export function joinCoordinatedNames(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const first = s.start - 2;
    if (s.label !== 'ORG' || first < start || !JOINERS.has(v.lower[s.start - 1])) continue;
    const f = v.lexicon.flags[v.ids[first]];
    if ((f & FLAG_CAPITALISED) === 0 || (f & FLAG_ALL_CAPS) !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(v.words[first]))
      continue;
    const before = k > 0 ? spans[k - 1] : undefined;
    const place = before !== undefined && before.end > first;
    // The tagger may stop before the head ("Stoke Abbas NHS" | "Trust"): the name takes it in.
    const headAfter =
      !PLACE_PAIR_HEADS.has(v.lower[s.end - 1]) &&
      s.end < v.words.length &&
      /^\p{Lu}/u.test(v.words[s.end]) &&
      PLACE_PAIR_HEADS.has(v.lower[s.end]) &&
      !spans.some((x) => x.start === s.end);
    const head = headAfter || PLACE_PAIR_HEADS.has(v.lower[s.end - 1]);
    const placePair = v.lower[s.start - 1] === 'and' && head;
    if (!placePair && (first - 1 < start || v.lower[first - 1] !== 'the' || place)) continue;
    if (
      place &&
      !(
        before.start === first &&
        before.end === first + 1 &&
        (PLACE_LABELS.has(before.label) ||
          (placePair && placeReadAsPerson(v, before, s.end + (headAfter ? 1 : 0))))
      )
    )
      continue;
    s.start = first;
    if (placePair && headAfter) s.end++;
    s.rule = `${s.rule}+coordinated`;
    if (place) {
      spans.splice(k - 1, 1);
      k--;
    }
  }
}

const PLACE_LABELS = new Set(['LOC', 'GPE']);

/**
 * "The trust that runs the hospital, Dunlow and Ferris Hospitals Trust, said": a pair set off by
 * commas after a description is one name, so a first word the tagger read as a person's, with no
 * given name, is a place of it ("Kestor and Vale Police said" stays two, as does "Peter and …").
 */
function placeReadAsPerson(v: TokenView, word: Candidate, end: number): boolean {
  return (
    word.label === 'PERSON' &&
    word.start > 0 &&
    v.words[word.start - 1] === ',' &&
    v.words[end] === ',' &&
    !firstNames().has(v.lower[word.start])
  );
}
