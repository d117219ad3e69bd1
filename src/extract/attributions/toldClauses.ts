/**
 * "Its director, Dr Moen, told the paper the survey had recommended a scheme that was never built":
 * after a recipient ("the paper") a reported clause with no "that" reads to the role tagger like
 * more of the recipient, and the content it marks starts late, at a clause further in ("that was
 * never built"). The parser still hangs the reported clause off the cue's verb: the content is
 * that whole clause.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DEPREL_ID, UPOS_ID } from '../../language/tagsets.js';
import { spanOf } from './build.js';

const CCOMP = DEPREL_ID.ccomp;
const TELL = /^(?:tell|tells|told|telling)$/i;

/** The first and last token under `root` in the parse, among the tokens from..to (its sentence). */
function subtreeOf(doc: Doc, root: number, from: number, to: number): { first: number; last: number } {
  let first = root;
  let last = root;
  for (let i = from; i < to; i++) {
    let h = i;
    for (let steps = 0; h >= 0 && h !== root && steps < doc.length; steps++) h = doc.head[h];
    if (h !== root) continue;
    if (i < first) first = i;
    if (i > last) last = i;
  }
  return { first, last };
}

/** What opens a reported clause: its "that", its subject. */
const CLAUSE_OPENERS = new Set(['mark', 'nsubj', 'nsubj:pass', 'expl'].map((d) => DEPREL_ID[d]));

/**
 * The reported clause hung off the cue's "tell", from its "that" or subject on, with the offset of
 * its verb. The recipient before it is left out even where the parser hung it inside the clause.
 */
function reportedClause(doc: Doc, a: Attribution): { start: number; end: number; verbStart: number } | null {
  const cue = doc.tokensInRange(a.cue.start, a.cue.end);
  let tell = -1;
  for (let i = cue.start; i < cue.end; i++) if (TELL.test(doc.word(i))) tell = i;
  if (tell < 0) return null;
  const sentence = doc.sentenceOf(tell);
  const from = doc.sentStart[sentence];
  const to = doc.sentEnd[sentence];
  for (let verb = tell + 1; verb < to; verb++) {
    if (doc.head[verb] !== tell || doc.dep[verb] !== CCOMP) continue;
    let open = -1;
    for (let i = tell + 1; i < verb && open < 0; i++)
      if (doc.head[i] === verb && CLAUSE_OPENERS.has(doc.dep[i])) open = subtreeOf(doc, i, from, to).first;
    if (open <= tell) return null;
    let { last } = subtreeOf(doc, verb, from, to);
    while (last > open && doc.upos[last] === UPOS_ID.PUNCT) last--;
    return { start: doc.tokStart[open], end: doc.tokEnd[last], verbStart: doc.tokStart[verb] };
  }
  return null;
}

/** Widens in place each tell-content that starts inside its reported clause to the whole clause. */
export function wholeToldClauses(doc: Doc, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.content.length !== 1) continue;
    const content = a.content[0];
    const clause = reportedClause(doc, a);
    // Only a content that misses the clause's own verb: one that holds it the taggers read right.
    if (!clause || content.start <= clause.verbStart || content.end > clause.end) continue;
    a.content = [spanOf(doc.text, clause.start, Math.max(clause.end, content.end))];
  }
}
