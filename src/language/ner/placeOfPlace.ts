/**
 * "Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz": a place named after another place. The
 * tagger often tags the two halves as two places; two place spans joined by "of" are one place.
 * It as often tags only the second half: a capitalised geographic head word outside every span
 * ("Strait", "Valley", "Kingdom") before "of <place>" starts the place too (UNER train has 11 such
 * heads before "of" and a place, every one inside the place's span).
 */
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);
/** Head words of places named "<head> of <place>"; not "City" ("the City of X" is its council). */
const GEOGRAPHIC_HEADS = new Set([
  'strait',
  'straits',
  'bay',
  'gulf',
  'sea',
  'valley',
  'kingdom',
  'republic',
  'isle',
  'isles',
  'island',
  'islands',
  'lake',
  'mount',
  'cape',
  'cliffs',
  'coast',
]);

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
    } else if (PLACE_LABELS.has(a.label) && headBefore(v, a, k > 0 ? out[out.length - 1] : null))
      out.push({
        start: a.start - 2,
        end: a.end,
        label: stateHead(v, a.start - 2),
        rule: `${a.rule}+of-place`,
      });
    else out.push(a);
  }
  return out;
}

/** Whether "<Head> of" stands right before `place`, its head outside the span before it. */
function headBefore(v: TokenView, place: Candidate, previous: Candidate | null): boolean {
  const h = place.start - 2;
  if (h < 0 || v.lower[h + 1] !== 'of' || (previous !== null && previous.end > h)) return false;
  return isCapitalised(v, h) && GEOGRAPHIC_HEADS.has(v.lower[h]);
}

/** "Kingdom of …", "Republic of …" name a state (GPE); straits, bays and valleys are places (LOC). */
const stateHead = (v: TokenView, h: number): string =>
  v.lower[h] === 'kingdom' || v.lower[h] === 'republic' ? 'GPE' : 'LOC';
