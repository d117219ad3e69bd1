/**
 * Combines the model's PER/ORG/LOC spans with the rule spans into one non-overlapping set:
 * outlet and date patterns first (they are precise and the model was never taught them), then
 * the model's spans, then gazetteer GPE/NORP spans where the model found nothing. Model spans
 * are renamed by the gazetteers: an ORG that is an outlet becomes MEDIA; a LOC that is a
 * country or city becomes GPE; a demonym becomes NORP. Model spans that cannot be names are
 * dropped (see notAName).
 */
import { cityGazetteer } from '../en/gazetteers/cities.js';
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { FLAG_ALL_CAPS, H_PROFILE_CAP } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** "Hong Kong-based", "Turkish-operated": a name turned adjective by a lower-case hyphenated ending. */
const HYPHENATED_ADJECTIVE = /^\p{Lu}.*-\p{Ll}+$/u;
/** Profile buckets (1-based, as stored in the lexicon) of words capitalised under 40% of the time mid-sentence. */
export const MOSTLY_LOWER_BUCKETS = 2;

const MODEL_TO_LABEL: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };

function priority(c: Candidate): number {
  if (c.rule.startsWith('ner-model')) return 1;
  return c.label === 'MEDIA' || c.label === 'DATE' ? 0 : 2;
}

/** Merged spans of one sentence, sorted by start. `model` labels are PER/ORG/LOC. */
export function mergeSpans(v: TokenView, model: Candidate[], rules: Candidate[]): Candidate[] {
  const candidates: Candidate[] = rules.slice();
  for (const m of model) {
    if (notAName(v, m)) continue;
    const c = relabel(v, m, rules);
    // OTH (nationalities, events, products) is kept only when it is a NORP.
    if (c.label !== 'OTH') candidates.push(c);
  }
  candidates.sort(
    (a, b) => priority(a) - priority(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of candidates) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** Model spans that cannot be names: "New York-based", shouted common words ("CRICKET RESULTS"). */
function notAName(v: TokenView, m: Candidate): boolean {
  const last = v.words[m.end - 1];
  if (HYPHENATED_ADJECTIVE.test(last)) return true;
  let shoutedCommon = true;
  for (let i = m.start; i < m.end; i++) {
    const f = v.lexicon.flags[v.ids[i]];
    // An all-caps word that running text writes in lower case ("CRICKET", "LEAGUE") is a heading.
    const cap = v.lexicon.hash(v.ids[i], H_PROFILE_CAP);
    if (!(f & FLAG_ALL_CAPS) || cap === 0 || cap > MOSTLY_LOWER_BUCKETS) shoutedCommon = false;
  }
  return shoutedCommon;
}

function relabel(v: TokenView, m: Candidate, rules: Candidate[]): Candidate {
  const label = MODEL_TO_LABEL[m.label] ?? m.label;
  const same = rules.find((r) => r.start === m.start && r.end === m.end);
  if (same?.label === 'MEDIA') return labelled(m, 'MEDIA', 'ner-model+' + same.rule);
  // A demonym or group word is a NORP whatever type the model gave it ("Chechens", "South Korean").
  if (countryGazetteer().peoples.longestMatch(v.lower, m.start, m.end) === m.end - m.start)
    return labelled(m, 'NORP', 'ner-model+gazetteer:peoples');
  if (label === 'LOC' && (same?.label === 'GPE' || isCity(v, m))) return labelled(m, 'GPE', m.rule);
  return labelled(m, label, m.rule);
}

/**
 * `m` with another label, written out field by field: a spread gives its objects, after the first
 * few, a hidden class each, which leaves every function reading spans megamorphic.
 */
function labelled(m: Candidate, label: string, rule: string): Candidate {
  return { start: m.start, end: m.end, label, rule };
}

function isCity(v: TokenView, m: Candidate): boolean {
  return cityGazetteer().cities.longestMatch(v.lower, m.start, m.end) === m.end - m.start;
}
