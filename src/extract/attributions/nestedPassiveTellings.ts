/**
 * "Her brother said the family had been told by a porter that no beds were free": a telling in the
 * passive inside another's content, its teller named by the "by" phrase and a clause after it, is
 * a statement of its own, relayed by the outer source (linkChains sets its `via`). PolNeAR's one
 * such passive ("being warned by the Russian government that he was a threat", train) takes the
 * agent for source and the participle alone for cue; as nestedSpeech's, the report never shows in
 * its flat scores, which fold it back into the outer content.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution } from './build.js';
import { isDeadline } from './clauseSubject.js';
import { innerContentEnd, opensClause } from './nestedSpeech.js';

export const NESTED_PASSIVE_TELLING_RULE = 'nested-passive-telling';

/** Participles of telling whose passive subject is the one told, by the lemma each stands for. */
const TELLING = new Map([
  ['told', 'tell'],
  ['warned', 'warn'],
  ['assured', 'assure'],
  ['informed', 'inform'],
]);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const AGENT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART'].map((t) => UPOS_ID[t]));
const HEADS = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN, UPOS_ID.PRON]);
/** Longest teller's phrase ("the county's harbour authority"), in tokens. */
const MAX_AGENT = 6;

/** The attributions of the passive tellings inside the contents of `found` that none has for a cue. */
export function nestedPassiveTellings(doc: Doc, found: Attribution[], confidence: number): Attribution[] {
  const cues = found.map((a) => doc.tokensInRange(a.cue.start, a.cue.end));
  const isCue = (k: number) => cues.some((c) => c.start <= k && k < c.end);
  const added: Attribution[] = [];
  const done = new Set<number>();
  for (const outer of found)
    for (const piece of outer.content) {
      const { start: from, end: to } = doc.tokensInRange(piece.start, piece.end);
      for (let k = from + 1; k + 2 < to; k++) {
        const lemma = TELLING.get(doc.lowerWord(k));
        if (!lemma || done.has(k) || isCue(k) || doc.xpos[k] !== XPOS_ID.VBN) continue;
        if (!BE_FORMS.has(doc.lowerWord(k - 1)) || doc.lowerWord(k + 1) !== 'by') continue;
        let last = k + 2;
        while (last < to && last - k - 2 < MAX_AGENT && AGENT_WORDS.has(doc.upos[last])) last++;
        const agent = { start: k + 2, end: last };
        if (last === k + 2 || !HEADS.has(doc.upos[last - 1]) || isDeadline(doc, agent)) continue;
        // The teller's clause: after a "that", or right after the teller; "to stay" is an order.
        const clause = doc.lowerWord(last) === 'that' ? last + 1 : last;
        if (!opensClause(doc, clause, to)) continue;
        const end = innerContentEnd(doc, k, clause, to);
        done.add(k);
        added.push(
          buildAttribution(doc, {
            source: agent,
            cue: { start: k, end: k + 1 },
            content: [{ start: clause, end }],
            lemma,
            rule: NESTED_PASSIVE_TELLING_RULE,
            confidence,
          }),
        );
      }
    }
  return added;
}
