/**
 * Claim units: each body sentence, with run-on sentences split into clauses at "; " and, when the
 * tagger has run, at ", and" / ", but" / ", while" between two full clauses (each with a verb,
 * the second with its own subject). Without tags, only a subject pronoun after the conjunction
 * ("…, but they held the airport") shows a new clause.
 */
import type { Doc } from '../../language/doc.js';
import { UPOS_ID } from '../../language/tagsets.js';

/** A clause shorter than this many tokens stays with its neighbour. */
export const MIN_CLAUSE_TOKENS = 4;

/** Token range [start, end) of one claim unit. */
export interface UnitTokens {
  start: number;
  end: number;
}

const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'yet', 'whereas']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'that']);
const VERB = UPOS_ID.VERB;
const AUX = UPOS_ID.AUX;
const SUBJECT_TAGS = new Set([UPOS_ID.PRON, UPOS_ID.PROPN, UPOS_ID.NOUN, UPOS_ID.NUM]);

function isTagged(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.upos[i] !== 0) return true;
  return false;
}

function hasVerb(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (doc.upos[i] === VERB || doc.upos[i] === AUX) return true;
  return false;
}

/** Does a full clause start at `start` (a subject, then its verb)? */
function clauseStarts(doc: Doc, start: number, end: number, tagged: boolean): boolean {
  if (!tagged) return start < end && SUBJECT_PRONOUNS.has(doc.word(start).toLowerCase());
  for (let i = start; i < end; i++) {
    if (doc.upos[i] === VERB || doc.upos[i] === AUX) return i > start;
    if (!SUBJECT_TAGS.has(doc.upos[i]) && doc.upos[i] !== UPOS_ID.DET && doc.upos[i] !== UPOS_ID.ADJ)
      return false;
  }
  return false;
}

/** Splits tokens [start, end) of one sentence into clause units, in order. */
export function splitSentence(doc: Doc, start: number, end: number): UnitTokens[] {
  const tagged = isTagged(doc, start, end);
  const units: UnitTokens[] = [];
  let from = start;
  for (let i = start + MIN_CLAUSE_TOKENS; i < end - MIN_CLAUSE_TOKENS; i++) {
    const w = doc.word(i);
    let nextFrom = -1;
    if (w === ';') nextFrom = i + 1;
    else if (w === ',' && CLAUSE_CONJUNCTIONS.has(doc.word(i + 1).toLowerCase())) {
      const clause = i + 2;
      if (clauseStarts(doc, clause, end, tagged) && (!tagged || hasVerb(doc, from, i))) nextFrom = i + 1;
    }
    if (nextFrom < 0 || i - from < MIN_CLAUSE_TOKENS || end - nextFrom < MIN_CLAUSE_TOKENS) continue;
    units.push({ start: from, end: i });
    from = nextFrom;
  }
  units.push({ start: from, end });
  return units;
}

/** Every claim unit of the Doc's sentences, in text order. */
export function claimUnits(doc: Doc): UnitTokens[] {
  const out: UnitTokens[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (doc.sentEnd[s] <= doc.sentStart[s]) continue;
    for (const u of splitSentence(doc, doc.sentStart[s], doc.sentEnd[s])) out.push(u);
  }
  return out;
}
