/**
 * Cues with no subject of their own that speak for another clause's subject: an opening participle
 * for the subject of the clause it leads into ("Citing the report, the mayor said …"), a verb
 * joined to an earlier one for that verb's subject ("… agreed, but also contended that …"). Counted
 * on PolNeAR train's gold sources. Token offsets.
 */
import type { Doc } from '../../language/doc.js';
import { DEPREL_ID, FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import type { TokenSpan } from './build.js';
import { QUOTE_MARK, RELATIVE_PRONOUNS, withoutTimeTail } from './sourceExtent.js';

const SUBJECT_RELATIONS = new Set([DEPREL_ID.nsubj, DEPREL_ID['nsubj:pass']]);

/**
 * "Citing the report, the mayor said …": a participle opening the sentence speaks for the subject
 * of the clause it leads into (PolNeAR train: of such cues with a source, it is that subject).
 * Returns the subject's tokens, or null when the parse gives none after the participle's phrase.
 */
export function openingParticipleSubject(doc: Doc, cue: TokenSpan): TokenSpan | null {
  const k = cue.start;
  const sentence = doc.sentenceOf(k);
  if (!opensSentence(doc, k) || doc.xpos[k] !== XPOS_ID.VBG || doc.lowerWord(k) === 'according') return null;
  const end = doc.sentEnd[sentence];
  // Up the verbs the participle hangs from: the parser may hang it on a verb inside its own
  // phrase ("Claiming the plan is [designed] to fail, the mayor said …"), and take the clause for
  // a loose part of it ("Lamenting their luck, Mexicans say …").
  const verbs: number[] = [];
  for (let verb = doc.head[k], steps = 0; verb > k && steps < MAX_CLIMB; verb = doc.head[verb], steps++)
    verbs.push(verb);
  for (const from of [k, ...verbs])
    for (let t = from + 1; t < end; t++)
      if (doc.head[t] === from && doc.dep[t] === DEPREL_ID.parataxis) verbs.push(t);
  for (const verb of verbs) {
    for (let t = k + 1; t < verb; t++) {
      if (doc.head[t] !== verb || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
      const phrase = subtreeOf(doc, t, k + 1, end);
      // The parser hangs the comma before a subject on it.
      while (phrase.start < t && doc.upos[phrase.start] === UPOS_ID.PUNCT) phrase.start++;
      // The participle's own phrase ends at a comma before the subject.
      let comma = false;
      for (let u = cue.end; u < phrase.start; u++) comma ||= doc.word(u) === ',';
      if (comma) return phrase;
      break;
    }
  }
  return null;
}

/** Verbs climbed from an opening participle to the clause it leads into. */
const MAX_CLIMB = 3;

/**
 * Whether token `k` opens its sentence, or follows the quotation marks that close the sentence
 * before, which the splitter may leave attached (".'' Lamenting …").
 */
function opensSentence(doc: Doc, k: number): boolean {
  let j = k - 1;
  const from = doc.sentStart[doc.sentenceOf(k)];
  while (j >= from && QUOTE_MARK.test(doc.word(j))) j--;
  return j < from || (j < k - 1 && /^[.!?]$/.test(doc.word(j)));
}

/** The tokens from the first to the last that descend from `root`, looked for in [from, to). */
export function subtreeOf(doc: Doc, root: number, from: number, to: number): TokenSpan {
  let start = root;
  let end = root + 1;
  for (let t = from; t < to; t++) {
    let h = t;
    for (let steps = 0; h >= 0 && h !== root && steps < to - from; steps++) h = doc.head[h];
    if (h !== root) continue;
    start = Math.min(start, t);
    end = Math.max(end, t + 1);
  }
  return { start, end };
}

/**
 * "His sister agreed, but also contended that …", "The aides were upbeat, perhaps hoping that …":
 * a cue verb with no subject of its own, joined to an earlier verb or hanging from it as a
 * participle, speaks for that verb's subject (PolNeAR train, the parser's reading: of such cues,
 * 758 have that subject as gold source, 61 none, the rest mostly another mention of the same
 * speaker). Returns the subject's tokens, or null.
 */
export function sharedSubject(doc: Doc, cue: TokenSpan): TokenSpan | null {
  let verb = -1;
  for (let k = cue.start; k < cue.end && verb < 0; k++) if (doc.upos[k] === UPOS_ID.VERB) verb = k;
  if (verb < 0) return null;
  const first = doc.head[verb];
  const joined = doc.dep[verb] === DEPREL_ID.conj;
  const participle = doc.dep[verb] === DEPREL_ID.advcl && doc.xpos[verb] === XPOS_ID.VBG;
  if (first < 0 || first > verb || !(joined || participle)) return null;
  const sentence = doc.sentenceOf(verb);
  if (invertedTag(doc, cue, doc.sentEnd[sentence])) return null;
  const from = doc.sentStart[sentence];
  let subject = -1;
  for (let t = from; t < doc.sentEnd[sentence]; t++) {
    if (doc.head[t] !== verb || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
    return null; // a subject of its own
  }
  for (let t = from; t < first; t++)
    if (doc.head[t] === first && SUBJECT_RELATIONS.has(doc.dep[t])) subject = t;
  if (subject < 0) return null;
  const phrase = subtreeOf(doc, subject, from, first);
  while (phrase.start < subject && doc.upos[phrase.start] === UPOS_ID.PUNCT) phrase.start++;
  // A subject inside the cue (a verb the cue holds joined to another it holds) is none.
  if (phrase.end > cue.start || holdsClause(doc, phrase)) return null;
  // "Dock workers on Monday accused …, and called on …": the parser may hang the first verb's
  // time phrase on its subject.
  const shared = phrase.end === first ? withoutTimeTail(doc, phrase) : phrase;
  // The comma closing a relative clause hangs on the subject ("Mrs Ray, who …, said").
  while (shared.end > subject + 1 && doc.word(shared.end - 1) === ',') shared.end--;
  return shared;
}

/**
 * "Harbour police announced on Monday the seizure of a boat … and said patrols would double": the subject
 * the parse gives the cue's own verb, when it stands before the cue in the sentence and holds no
 * verb; null otherwise.
 */
export function parsedSubject(doc: Doc, cue: TokenSpan): TokenSpan | null {
  let verb = -1;
  for (let k = cue.start; k < cue.end && verb < 0; k++) if (doc.upos[k] === UPOS_ID.VERB) verb = k;
  if (verb < 0) return null;
  const from = doc.sentStart[doc.sentenceOf(verb)];
  for (let t = from; t < cue.start; t++) {
    if (doc.head[t] !== verb || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
    // The parser may hang the first predicate on the subject: the phrase stops at a verb after it.
    const phrase = subtreeOf(doc, t, from, cue.start);
    for (let k = phrase.start; k < phrase.end; k++) {
      if (doc.upos[k] !== UPOS_ID.VERB && doc.upos[k] !== UPOS_ID.AUX) continue;
      if (k <= t) return null;
      phrase.end = k;
    }
    return phrase;
  }
  return null;
}

/** Words of a speaker named after an inverted tag, up to the sentence end. */
const MAX_INVERTED_SPEAKER_TOKENS = 12;

/**
 * "…, say the Lib Dems.", "…, claimed Mr Brown.": a tag whose speaker follows it and ends the
 * sentence (the parser may join such a verb to the clause before). The tag stands after a comma or
 * a quote: after "but" or "and" the words that follow are the verb's object ("… but rejected any
 * suggestion of neglect.").
 */
function invertedTag(doc: Doc, cue: TokenSpan, sentenceEnd: number): boolean {
  if (cue.start === 0 || doc.upos[cue.start - 1] !== UPOS_ID.PUNCT) return false;
  let end = sentenceEnd;
  while (end > cue.end && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
  if (end === cue.end || end - cue.end > MAX_INVERTED_SPEAKER_TOKENS) return false;
  if (doc.upos[cue.end] !== UPOS_ID.DET && doc.upos[cue.end] !== UPOS_ID.PROPN) return false;
  for (let k = cue.end; k < end; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return false;
  return true;
}

/** Whether a finite verb stands in a phrase outside a relative clause ("He admitted interest in …"). */
function holdsClause(doc: Doc, phrase: TokenSpan): boolean {
  for (let k = phrase.start; k < phrase.end; k++) {
    if (RELATIVE_PRONOUNS.has(doc.lowerWord(k))) return false;
    if (FINITE_XPOS.has(doc.xpos[k])) return true;
  }
  return false;
}
