/**
 * "The rescue service said about 3,000 tonnes of mud had come down": the cue tagger may take the
 * "about" of an approximate number into the cue, as it rightly does in "spoke about the storm".
 * When the content right after the cue opens on a count, the "about" is the count's: PolNeAR
 * train gold keeps it in the content ("said about half of …", "has deemed about 1,500 of those
 * pages …"), and a reader reads the statement from it.
 */
import type { Attribution } from '../../analysis/types.js';
import { cueOf, spanOf } from './build.js';

/** A cue ending on a word that makes a number approximate, with the words before it. */
const APPROXIMATING_TAIL = /^(.*\S)\s+(about|around)$/i;
/**
 * A count: figures ("3,000", "£40m", "12.5"), "half", or a hyphenated fraction. Not a bare year
 * ("a prediction about 2030 elections", gold's cue ends on "about" there), nor a number word, which
 * as often counts the topic ("spoke about one thing").
 */
const COUNT_START = /^(?:[$£€]?\d|half\b|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)\b)/i;
const YEAR = /^(?:1[89]|20)\d\d(?![\d,.])/;

/** Moves in place an approximating "about" from the end of a cue to the start of the content it counts. */
export function approximateCountsToContent(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const m = APPROXIMATING_TAIL.exec(a.cue.text);
    const first = a.content[0];
    if (!m || !first || first.start < a.cue.end || !/^\s*$/.test(text.slice(a.cue.end, first.start)))
      continue;
    const opening = text.slice(first.start, first.end);
    if (!COUNT_START.test(opening) || YEAR.test(opening)) continue;
    const aboutStart = a.cue.end - m[2].length;
    a.content[0] = spanOf(text, aboutStart, first.end);
    a.cue = cueOf(spanOf(text, a.cue.start, a.cue.start + m[1].length), a.cue.lemma, a.cue.stance);
  }
}
