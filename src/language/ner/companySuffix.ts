/**
 * A company's legal form belongs to its name: "Quillcorp, Inc." is one ORG, though the tagger
 * often stops before the comma or reads "Inc." as a name of its own. A name span followed by a
 * legal-form word, with or without a comma between, is extended over it and becomes ORG.
 */
import { COMPANY_SUFFIXES } from '../en/gazetteers/companySuffixes.js';
import type { Candidate, TokenView } from './tokens.js';

const SUFFIXES = new Set(COMPANY_SUFFIXES);
/** Labels a name the legal form may attach to (a company named after a person or a place too). */
const NAME_LABELS = new Set(['ORG', 'PERSON', 'LOC', 'GPE', 'MEDIA']);

/** Returns the spans of sentence [start, end) with legal forms joined to their names; `spans` sorted. */
export function joinCompanySuffixes(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!NAME_LABELS.has(s.label)) {
      out.push(s);
      continue;
    }
    let j = s.end;
    if (j < end && v.words[j] === ',') j++;
    if (j >= end || !SUFFIXES.has(v.lower[j]) || !/^\p{Lu}/u.test(v.words[j])) {
      out.push(s);
      continue;
    }
    // The suffix may already be a span of its own ("Inc." tagged alone): it is absorbed.
    while (k + 1 < spans.length && spans[k + 1].start <= j) {
      if (spans[k + 1].end > j + 1) break;
      k++;
    }
    if (k + 1 < spans.length && spans[k + 1].start <= j) {
      out.push(s);
      continue;
    }
    out.push({
      start: s.start,
      end: j + 1,
      label: s.label === 'MEDIA' ? 'MEDIA' : 'ORG',
      rule: `${s.rule}+legal-form`,
    });
  }
  return out;
}
