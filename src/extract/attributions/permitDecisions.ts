/**
 * "The council refused permission for the mast": granting or withholding a permit is an act of
 * office, not a stance on what anyone said or believes. PolNeAR train marks refusals and vetoes of
 * bills and requests as attributions ("vetoed the bill", "refused requests to stop …"), but has no
 * cue before a permit (permission, bail, a licence …), so the rule drops these alone.
 */
import type { Attribution, Range } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { ContentEnds, contentCutAt, giveBackWords } from './cutContents.js';

/** Verbs that give or withhold a permit. */
const DECIDING_LEMMAS = new Set(['refuse', 'deny', 'grant', 'withhold', 'revoke', 'award', 'issue']);

/** What an office grants or refuses, not a claim about the world. */
const PERMITS = new Set([
  'permission',
  'consent',
  'licence',
  'license',
  'bail',
  'visa',
  'visas',
  'permit',
  'permits',
  'clearance',
  'exemption',
]);

/** Words of the content looked at for the permit ("refused the firm a drinks licence"). */
const REACH = 6;

/** Words that may stand before the permit: its determiner, its holder, a modifier. */
const BEFORE_PERMIT = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM'].map((t) => UPOS_ID[t]));

/** Whether a cue of giving or withholding has a permit for its object, which no clause follows. */
export function permitDecision(doc: Doc, a: { cue: Range; content: Range[] }): boolean {
  const cue = doc.tokensInRange(a.cue.start, a.cue.end);
  let deciding = false;
  for (let k = cue.start; k < cue.end; k++) deciding ||= DECIDING_LEMMAS.has(doc.lemma[k]);
  if (!deciding || a.content.length === 0) return false;
  const content = doc.tokensInRange(a.content[0].start, a.content[0].end);
  for (let k = content.start; k < content.end && k < content.start + REACH; k++) {
    if (PERMITS.has(doc.lowerWord(k))) {
      // "denied permission had been sought": a clause with the permit for its subject is a claim.
      const next = k + 1 < doc.length ? doc.upos[k + 1] : -1;
      return next !== UPOS_ID.VERB && next !== UPOS_ID.AUX;
    }
    // "planning permission", "a driving licence": a gerund naming the permit's kind.
    const kind = doc.xpos[k] === XPOS_ID.VBG && k + 1 < doc.length && PERMITS.has(doc.lowerWord(k + 1));
    if (!kind && !BEFORE_PERMIT.has(doc.upos[k])) return false;
  }
  return false;
}

/** The attributions less permit decisions, their words given back to the report they were cut from. */
export function withoutPermitDecisions(doc: Doc, found: Attribution[]): Attribution[] {
  const decisions = found.filter((a) => permitDecision(doc, a));
  if (decisions.length === 0) return found;
  const ends = new ContentEnds(found);
  for (const d of decisions) {
    const outer = contentCutAt(doc, ends, d);
    if (outer) giveBackWords(doc, ends, outer, d);
  }
  return found.filter((a) => !decisions.includes(a));
}
