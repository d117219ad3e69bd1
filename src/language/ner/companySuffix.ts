/**
 * A company's legal form belongs to its name: "Quillcorp, Inc." is one ORG, though the tagger
 * often stops before the comma or reads "Inc." as a name of its own. A name span followed by a
 * legal-form word, with or without a comma between, is extended over it and becomes ORG. Where the
 * tagger found only part of the name ("[Trace] Products Inc", common in wire copy), the whole
 * capitalised run before the legal form is the name.
 */
import { COMPANY_SUFFIXES } from '../en/gazetteers/companySuffixes.js';
import { type Candidate, isCapitalised, type TokenView } from './tokens.js';

const SUFFIXES = new Set(COMPANY_SUFFIXES);
/** Labels a name the legal form may attach to (a company named after a person or a place too). */
const NAME_LABELS = new Set(['ORG', 'PERSON', 'LOC', 'GPE', 'MEDIA']);

/** Longest capitalised run, in words, taken for a company name before its legal form. */
const MAX_NAME_WORDS = 6;

/** Returns the spans of sentence [start, end) with legal forms joined to their names; `spans` sorted. */
export function joinCompanySuffixes(
  v: TokenView,
  spans: Candidate[],
  start: number,
  end: number,
): Candidate[] {
  return namesBeforeLegalForms(v, joinTaggedNames(v, spans, end), start, end);
}

function joinTaggedNames(v: TokenView, spans: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!NAME_LABELS.has(s.label)) {
      out.push(s);
      continue;
    }
    let j = s.end;
    if (j < end && v.words[j] === ',') j++;
    if (j >= end || !isLegalForm(v, j)) {
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

const isLegalForm = (v: TokenView, j: number) => isCapitalised(v, j) && SUFFIXES.has(v.lower[j]);
const isNameWord = (v: TokenView, j: number) =>
  /^[\p{Lu}&]/u.test(v.words[j]) && !isLegalForm(v, j) && v.lower[j] !== 'the';

/**
 * "Trace Products Inc" or "Trace Products, Inc." with only "Trace" (or nothing) tagged: the
 * capitalised run and its legal form are one ORG.
 */
function namesBeforeLegalForms(v: TokenView, spans: Candidate[], start: number, end: number): Candidate[] {
  let out = spans;
  for (let j = start + 1; j < end; j++) {
    if (!isLegalForm(v, j)) continue;
    // "CCNG, Inc.": a comma may stand before the legal form.
    const last = v.words[j - 1] === ',' ? j - 2 : j - 1;
    if (last < start || !isNameWord(v, last)) continue;
    // A legal form tagged on its own ("[Inc]/ORG") is absorbed; one inside a longer span is that span's.
    if (out.some((s) => s.start <= j && j < s.end && s.end - s.start > 1)) continue;
    let first = last;
    while (first > start && j - first < MAX_NAME_WORDS && isNameWord(v, first - 1)) first--;
    // A span that begins before the run and reaches into it is part of the name.
    for (const s of out) if (s.start < first && s.end > first) first = s.start;
    const name: Candidate = { start: first, end: j + 1, label: 'ORG', rule: 'capitalised-run+legal-form' };
    out = [...out.filter((s) => s.end <= first || s.start > j), name].sort((a, b) => a.start - b.start);
  }
  return out;
}
