/**
 * "She said Molloy had told her the card was a loser", "…, and that he had said the estate would
 * look at it", "A clerk told buyers their tickets had lost, a court heard": a speaker telling or
 * saying a clause inside another's content is a statement of its own, relayed by the outer source
 * (linkChains sets its `via`). PolNeAR nests no cue, so the taggers never mark these; its flat
 * scores fold them back into the outer content (score.ts flatten).
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DEPREL_ID, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { buildAttribution, type TokenSpan } from './build.js';
import { subtreeOf } from './sharedSubjects.js';

export const NESTED_SPEECH_RULE = 'nested-speech';

const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);
/** "he had said …" may be parsed as a passive: only perfects and past tenses come here, so it is none. */
const SUBJECT_RELATIONS = new Set([DEPREL_ID.nsubj, DEPREL_ID['nsubj:outer'], DEPREL_ID['nsubj:pass']]);
/** Longest noun run of a listener ("the Marl Gazette"), and longest subject before a clause's verb. */
const MAX_LISTENER_NOUNS = 4;
const MAX_CLAUSE_SUBJECT = 6;
/** Longest subject opening a content that the parse did not link to its verb. */
const MAX_OPENING_SUBJECT = 6;
const CLAUSE_OPENERS = new Set([UPOS_ID.DET, UPOS_ID.PRON, UPOS_ID.PROPN, UPOS_ID.NOUN, UPOS_ID.NUM]);
const CLAUSE_SUBJECT_TAGS = new Set([...CLAUSE_OPENERS, UPOS_ID.ADJ, UPOS_ID.PART]);
const FINITE_OR_MODAL = new Set([XPOS_ID.VBD, XPOS_ID.VBZ, XPOS_ID.VBP, XPOS_ID.MD]);
const END_MARKS = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”']);

/** Where the words after a listener start (an object pronoun, or an optional article and a noun run), or -1. */
export function afterListener(doc: Doc, start: number, end: number): number {
  if (start < end && OBJECT_PRONOUNS.has(doc.lowerWord(start))) return start + 1;
  let k = start;
  if (k < end && doc.upos[k] === UPOS_ID.DET) k++;
  while (k < end && doc.upos[k] === UPOS_ID.ADJ) k++;
  const nouns = k;
  while (
    k < end &&
    (doc.upos[k] === UPOS_ID.NOUN || doc.upos[k] === UPOS_ID.PROPN) &&
    k - nouns < MAX_LISTENER_NOUNS
  )
    k++;
  return k > nouns ? k : -1;
}

/**
 * Whether a clause with no "that" opens at `start`: a subject (not an object pronoun, which would
 * be a second listener) and a finite verb a few words on. "the whole story" or "to leave" is none.
 */
export function opensClause(doc: Doc, start: number, end: number): boolean {
  if (start >= end || !CLAUSE_OPENERS.has(doc.upos[start])) return false;
  if (doc.lowerWord(start) === 'that' || OBJECT_PRONOUNS.has(doc.lowerWord(start))) return false;
  let verb = start + 1;
  while (verb < end && verb - start <= MAX_CLAUSE_SUBJECT && CLAUSE_SUBJECT_TAGS.has(doc.upos[verb])) verb++;
  return verb < end && FINITE_OR_MODAL.has(doc.xpos[verb]);
}

/**
 * Where an inner speaker's clause (opening at token `clause`, its cue at `cue`) ends inside an outer
 * content ending at `to`: a quoted content may go on for sentences, but what the inner speaker said
 * ends with its own sentence, before the marks that close it.
 */
export function innerContentEnd(doc: Doc, cue: number, clause: number, to: number): number {
  let end = Math.min(to, doc.sentEnd[doc.sentenceOf(cue)]);
  while (end > clause && END_MARKS.has(doc.word(end - 1))) end--;
  return end;
}

/** The attributions of the speech verbs inside the contents of `found` that none has for a cue. */
export function nestedSpeech(doc: Doc, found: Attribution[], confidence: number): Attribution[] {
  // The tokens of every cue marked once, not every cue asked about each "said" of a long page.
  const cueTokens = new Uint8Array(doc.length);
  for (const a of found) {
    const c = doc.tokensInRange(a.cue.start, a.cue.end);
    cueTokens.fill(1, c.start, c.end);
  }
  const isCue = (k: number) => cueTokens[k] === 1;
  const added: Attribution[] = [];
  const done = new Set<number>();
  for (const outer of found)
    for (const piece of outer.content) {
      const { start: from, end: to } = doc.tokensInRange(piece.start, piece.end);
      for (let k = from + 1; k < to; k++) {
        const word = doc.lowerWord(k);
        if ((word !== 'told' && word !== 'said') || done.has(k) || isCue(k)) continue;
        const perfect = doc.xpos[k] === XPOS_ID.VBN && PERFECT_AUXILIARIES.has(doc.lowerWord(k - 1));
        if (doc.xpos[k] !== XPOS_ID.VBD && !perfect) continue;
        const cue = { start: perfect ? k - 1 : k, end: k + 1 };
        const source = subjectWithin(doc, k, from, cue.start);
        let clause = word === 'told' ? afterListener(doc, k + 1, to) : k + 1;
        if (!source || clause < 0 || !opensContentClause(doc, source.start, from)) continue;
        if (perfect && counterfactual(doc, k - 1)) continue;
        if (doc.lowerWord(clause) === 'that') clause++;
        if (!opensClause(doc, clause, to)) continue;
        const end = innerContentEnd(doc, k, clause, to);
        done.add(k);
        added.push(
          buildAttribution(doc, {
            source,
            cue,
            content: [{ start: clause, end }],
            lemma: word === 'told' ? 'tell' : 'say',
            rule: NESTED_SPEECH_RULE,
            confidence,
          }),
        );
      }
    }
  return added;
}

/** Words a reported speaker's clause may follow inside a content ("…, and that he had said …"). */
const CLAUSE_BOUNDARIES = new Set(['that', 'and', 'but', ',', ';', '"', '“']);

/**
 * Whether the speaker opens a clause of the content: at its start or after a boundary. After "if",
 * "what" or a preposition ("if you had said", "what I have said", "a poll for Intervoice said")
 * the verb is a condition's, a relative clause's, or the parse's mistake.
 */
function opensContentClause(doc: Doc, start: number, from: number): boolean {
  return start === from || CLAUSE_BOUNDARIES.has(doc.lowerWord(start - 1));
}

/** "shouldn't have said", "would have told": a perfect after a modal tells what was not said. */
function counterfactual(doc: Doc, auxiliary: number): boolean {
  const before = doc.lowerWord(auxiliary - 1);
  return (
    doc.xpos[auxiliary - 1] === XPOS_ID.MD ||
    before === 'not' ||
    before === "n't" ||
    before === 'n’t' ||
    doc.xpos[auxiliary - 2] === XPOS_ID.MD
  );
}

/** The parse's subject of `verb` in [from, to) with its dependents there, or a short verbless run; else null. */
function subjectWithin(doc: Doc, verb: number, from: number, to: number): TokenSpan | null {
  for (let t = from; t < to; t++) {
    if (doc.head[t] !== verb || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
    // Only [from, to) is searched, so a dependent before the content (a relative clause's antecedent) stays out.
    return subtreeOf(doc, t, from, to);
  }
  // No subject in the parse ("told" hung on the noun before it): a short run opening the content,
  // with no verb in it, is the subject.
  if (to - from < 1 || to - from > MAX_OPENING_SUBJECT) return null;
  for (let k = from; k < to; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return null;
  return { start: from, end: to };
}
