/**
 * "Some studies found that …, he said, while others recorded …": "others" set against documents
 * that report are other documents of the kind, and what a document does to a clause or an object
 * is a finding, so the contrasted clause is a report too (a group of people may do anything:
 * "Some residents said …, while others packed their cars" is no report). The cue tagger, which
 * has seen "recorded" as a cue in 2.5% of its training uses, misses it. Token offsets inside.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution, type TokenSpan } from './build.js';

/** Words that set a clause against the one before wherever they stand. */
const CONTRAST_WORDS = new Set(['while', 'whereas']);
/** Words that do so only after a comma (", but others …"; "A and others" is one subject). */
const COMMA_CONTRASTS = new Set(['but']);
/** Subjects that stand for more of the group before ("others", "other polls", "some", "most"). */
const GROUP_REST = new Set(['others', 'other', 'some', 'many', 'most']);
/** The subject is "others" or a short noun phrase opened by one of GROUP_REST. */
const MAX_SUBJECT_WORDS = 3;
const FINITE_VERBS = new Set([XPOS_ID.VBD, XPOS_ID.VBZ, XPOS_ID.VBP]);
const NOT_IN_SUBJECT = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.PUNCT, UPOS_ID.SCONJ, UPOS_ID.CCONJ]);

export const CONTRAST_CLAUSE_RULE = 'contrast-clause';

/** The reports of contrasted clauses the taggers missed, built with `confidence`. */
export function contrastClauses(doc: Doc, found: Attribution[], confidence: number): Attribution[] {
  const out: Attribution[] = [];
  const taken = (i: number) =>
    found.some((a) => [a.cue, ...(a.source ? [a.source] : [])].some((s) => within(doc, s, i)));
  for (const a of found) {
    if (a.source?.kind !== 'document' || a.source.end > a.cue.start) continue;
    const cueEnd = doc.tokenAtOrAfter(a.cue.end - 1) + 1;
    const sentence = doc.sentenceOf(cueEnd - 1);
    const end = doc.sentEnd[sentence];
    for (let j = cueEnd; j + 2 < end; j++) {
      const word = doc.lowerWord(j);
      const contrast = CONTRAST_WORDS.has(word) || (COMMA_CONTRASTS.has(word) && doc.word(j - 1) === ',');
      if (!contrast || !GROUP_REST.has(doc.lowerWord(j + 1))) continue;
      const verb = subjectEnd(doc, j + 1, end);
      if (verb < 0) break;
      if (taken(verb)) {
        // The tagger found this report itself: "others" are still more of the documents.
        const own = found.find((b) => within(doc, b.cue, verb));
        if (own?.source && verb - (j + 1) === 1 && within(doc, own.source, j + 1))
          own.source.kind = a.source.kind;
        break;
      }
      const content = contentAfter(doc, verb + 1, end, taken);
      if (!content) break;
      const built = buildAttribution(doc, {
        source: { start: j + 1, end: verb },
        cue: { start: verb, end: verb + 1 },
        content: [content],
        lemma: doc.lemma[verb] || doc.lowerWord(verb),
        rule: CONTRAST_CLAUSE_RULE,
        confidence,
      });
      // "others" are more of the documents set against them.
      if (built.source && verb - (j + 1) === 1) built.source.kind = a.source.kind;
      out.push(built);
      break;
    }
  }
  return out;
}

/**
 * The finite verb ending a short subject that starts at `start`, or -1. A past participle counts
 * when no verb follows it in its clause: the tagger reads "while others recorded …" as a reduced
 * relative ("others recorded there"), but then a main verb would have to come.
 */
function subjectEnd(doc: Doc, start: number, end: number): number {
  for (let k = start + 1; k < end && k <= start + MAX_SUBJECT_WORDS; k++) {
    if (doc.upos[k] === UPOS_ID.VERB) {
      if (FINITE_VERBS.has(doc.xpos[k])) return k;
      return doc.xpos[k] === XPOS_ID.VBN && !verbAfter(doc, k + 1, end) ? k : -1;
    }
    if (NOT_IN_SUBJECT.has(doc.upos[k])) return -1;
  }
  return -1;
}

/** Whether a finite verb or an auxiliary stands in tokens [start, end) before a punctuation mark. */
function verbAfter(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end && doc.upos[k] !== UPOS_ID.PUNCT; k++)
    if (doc.upos[k] === UPOS_ID.AUX || (doc.upos[k] === UPOS_ID.VERB && FINITE_VERBS.has(doc.xpos[k])))
      return true;
  return false;
}

/** The tokens after the verb to the sentence's end, or to the next attribution's words; null when no word. */
function contentAfter(doc: Doc, start: number, end: number, taken: (i: number) => boolean): TokenSpan | null {
  let e = start;
  while (e < end && !taken(e)) e++;
  while (e > start && doc.upos[e - 1] === UPOS_ID.PUNCT) e--;
  return e > start ? { start, end: e } : null;
}

/** Whether token `i` lies inside the character span `s`. */
function within(doc: Doc, s: { start: number; end: number }, i: number): boolean {
  return doc.tokStart[i] >= s.start && doc.tokEnd[i] <= s.end;
}
