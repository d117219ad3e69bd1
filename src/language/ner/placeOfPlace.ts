/**
 * "Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz": a place named after another place. The
 * tagger often tags the two halves as two places; two place spans joined by "of" are one place.
 */
import type { Candidate, TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);

/** Returns the spans of one sentence with "<place> of <place>" joined into one; `spans` sorted. */
export function joinPlaceOfPlace(v: TokenView, spans: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = k + 1 < spans.length ? spans[k + 1] : null;
    if (
      b !== null &&
      PLACE_LABELS.has(a.label) &&
      PLACE_LABELS.has(b.label) &&
      b.start === a.end + 1 &&
      v.lower[a.end] === 'of'
    ) {
      out.push({ start: a.start, end: b.end, label: a.label, rule: `${a.rule}+of-place` });
      k++;
    } else out.push(a);
  }
  return out;
}
