/**
 * Combines the model's PER/ORG/LOC spans with the rule spans into one non-overlapping set:
 * outlet and date patterns first (they are precise and the model was never taught them), then
 * the model's spans, then gazetteer GPE/NORP spans where the model found nothing. Model spans
 * are renamed by the gazetteers: an ORG that is an outlet becomes MEDIA; a LOC that is a
 * country or city becomes GPE.
 */
import { cityGazetteer } from '../en/gazetteers/cities.js';
import type { Candidate, TokenView } from './tokens.js';

const MODEL_TO_LABEL: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };

function priority(c: Candidate): number {
  if (c.rule.startsWith('ner-model')) return 1;
  return c.label === 'MEDIA' || c.label === 'DATE' ? 0 : 2;
}

/** Merged spans of one sentence, sorted by start. `model` labels are PER/ORG/LOC. */
export function mergeSpans(v: TokenView, model: Candidate[], rules: Candidate[]): Candidate[] {
  const candidates: Candidate[] = rules.slice();
  for (const m of model) candidates.push(relabel(v, m, rules));
  candidates.sort(
    (a, b) => priority(a) - priority(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of candidates) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

function relabel(v: TokenView, m: Candidate, rules: Candidate[]): Candidate {
  const label = MODEL_TO_LABEL[m.label] ?? m.label;
  const same = rules.find((r) => r.start === m.start && r.end === m.end);
  if (same?.label === 'MEDIA') return { ...m, label: 'MEDIA', rule: 'ner-model+' + same.rule };
  if (label === 'LOC' && (same?.label === 'GPE' || isCity(v, m))) return { ...m, label: 'GPE' };
  return { ...m, label };
}

function isCity(v: TokenView, m: Candidate): boolean {
  return cityGazetteer().cities.longestMatch(v.lower, m.start, m.end) === m.end - m.start;
}
