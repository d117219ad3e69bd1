/**
 * A name the organisation list holds word for word ("EU", "Downing Street", "Kremlin") that the
 * tagger labelled a place is the organisation: UNER's annotators wrote "EU" as a place three times
 * in four, and the tagger learnt it, but news quotes the EU, the Kremlin and Downing Street as
 * bodies that speak (the list reads them so, organisations.ts). Only place labels change: a
 * person or outlet the tagger found is its own call ("Apple" may be a surname).
 */
import { organisationGazetteer } from '../en/gazetteers/organisations.js';
import type { Candidate, TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);

/** Relabels as ORG, in place, the place spans that are exactly a listed organisation's name. */
export function retypeListedOrganisations(v: TokenView, spans: Candidate[]): void {
  const listed = organisationGazetteer();
  for (const s of spans)
    if (PLACE_LABELS.has(s.label) && listed.longestMatch(v.lower, s.start, s.end) === s.end - s.start) {
      s.label = 'ORG';
      s.rule += '+listed-organisation';
    }
}
