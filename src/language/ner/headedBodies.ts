/**
 * "Dunvane Rugby Club", "University of Northmere": a span the tagger called a place whose head is a
 * word only bodies are named by, its last word or the word before "of", is an organisation. Heads
 * that also name buildings and grounds ("Hospital", "School", "Centre", "Museum", "Church", "Court")
 * are left alone: there the place reading is as good as the other.
 */
import type { Candidate, TokenView } from './tokens.js';

/** Last words (or words before "of") of bodies' names that name no building. */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'association',
  'council',
  'committee',
  'commission',
  'ministry',
  'department',
  'university',
  'institute',
  'foundation',
  'party',
  'union',
  'league',
  'corporation',
  'company',
  'agency',
  'authority',
  'board',
  'bureau',
  'police',
  'society',
  'club',
  'trust',
  'fund',
  'alliance',
  'coalition',
  'network',
  'partnership',
  'ltd',
  'plc',
  'inc',
]);
/** A GPE is a state or a city the gazetteers know ("Russian Federation", "Soviet Union"): not retyped. */
const PLACE_LABELS = new Set(['LOC']);
export const HEADED_BODY_RULE = 'body-head';

/** Retypes, in place, place spans of sentence [start, end) that are headed by a body's word. */
export function retypeHeadedBodies(v: TokenView, spans: Candidate[]): void {
  for (const s of spans) {
    if (!PLACE_LABELS.has(s.label) || s.end - s.start < 2) continue;
    const last = v.lower[s.end - 1];
    const of = v.lower.indexOf('of', s.start);
    const beforeOf = of > s.start && of < s.end - 1 ? v.lower[of - 1] : '';
    if (!BODY_HEADS.has(last) && !BODY_HEADS.has(beforeOf)) continue;
    if (!/^\p{Lu}/u.test(v.words[s.end - 1])) continue;
    s.label = 'ORG';
    s.rule = `${s.rule}+${HEADED_BODY_RULE}`;
  }
}
