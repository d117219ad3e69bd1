/**
 * A participle cue after a comma ("…, saying …", "…, adding …") speaks for the clause it hangs
 * from, not for the noun phrase that happens to stand before its comma. The role tagger often takes
 * that phrase (an object, an apposition, the subject of a quoted clause) for the source:
 * "The judge refused the request of two papers, saying …" is the judge's. Token offsets inside,
 * UTF-16 offsets on the attributions.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DEPREL_ID, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { sourceOf, span } from './build.js';
import { isRelayCue } from './chains.js';
import { subtreeOf } from './sharedSubjects.js';
import { classifySource } from './sourceKind.js';

/**
 * "…, the director said, adding …": a tag right before the participle's comma; its speaker is the
 * participle's too.
 */
const TAG_THEN_PARTICIPLE = /^["”’']?\s*,\s*["“]?\s*$/;

/**
 * "The council said it would sell the pier, arguing …": a report whose content, after its cue,
 * ends at the participle's comma. The participle goes on with the reporter's words, whatever verb
 * inside them the parser hangs it on.
 */
function reportEndsAt(text: string, b: Attribution, at: number): boolean {
  const last = b.content[b.content.length - 1];
  return !!last && last.start >= b.cue.end && TAG_THEN_PARTICIPLE.test(text.slice(last.end, at));
}

/** A cue holding a verb: not a noun's ("his criticism of the plan, …"), which ends no clause. */
function verbal(doc: Doc, b: Attribution): boolean {
  // "According to …" opens a phrase, not a clause that a participle goes on from.
  if (/^according\b/i.test(b.cue.text)) return false;
  const { start, end } = doc.tokensInRange(b.cue.start, b.cue.end);
  for (let k = start; k < end; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return true;
  return false;
}

/** Verbs whose object does what the participle says ("left voters wondering", "kept aides guessing"). */
const OBJECT_CONTROL = new Set([
  'leave',
  'keep',
  'have',
  'get',
  'set',
  'send',
  'find',
  'catch',
  'see',
  'hear',
]);

const BEFORE_COMMA = /^[)"”’'\s]*,\s*$/;

/** Whether `outer` holds `inner` and more before it. */
const holdsMore = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start < inner.start && inner.end <= outer.end;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Gives each participle cue after a comma the speaker of the clause it hangs from. */
export function participleSources(doc: Doc, found: Attribution[]): void {
  const text = doc.text;
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    if (!a.source || isRelayCue(a)) continue;
    const first = doc.tokenAtOrAfter(a.cue.start);
    if (doc.xpos[first] !== XPOS_ID.VBG || first === 0 || doc.word(first - 1) !== ',') continue;
    // The source stands before the participle, its comma right after it.
    if (a.source.end > a.cue.start) continue;
    const tag = found.find(
      (b) =>
        b !== a &&
        b.source &&
        b.cue.end <= a.cue.start &&
        (TAG_THEN_PARTICIPLE.test(text.slice(b.cue.end, a.cue.start)) ||
          (reportEndsAt(text, b, a.cue.start) && verbal(doc, b))),
    );
    if (tag?.source) {
      // "…half their savings, Mr Silva estimated, pointing out …": a source that runs back past the
      // tag's own speaker into the words it reports is that speaker too.
      if (!overlaps(tag.source, a.source) || holdsMore(a.source, tag.source))
        a.source = sourceOf(tag.source, tag.source.kind, tag.source.entity);
      continue;
    }
    // Past the tags, only a source the tagger took from right before the participle's comma: one
    // further back is mostly the clause's own subject already (PolNeAR train).
    if (!BEFORE_COMMA.test(text.slice(a.source.end, a.cue.start))) continue;
    // "…, said Ann Cole, the director, adding …": a speaker an earlier cue has already named.
    const source = a.source;
    if (found.some((b) => b !== a && b.source && b.cue.start < a.cue.start && overlaps(b.source, source)))
      continue;
    // "The bank raised its rate on Tuesday, its fourth rise, saying …": the tagger took the whole
    // clause before the comma; its subject is the speaker.
    const clause = openingSubject(doc, a.source);
    if (clause) {
      a.source = sourceOf(span(doc, clause), classifySource(span(doc, clause).text, null));
      continue;
    }
    const subject = governingSubject(doc, first);
    if (!subject) continue;
    const s = span(doc, subject);
    // The subject stands before the phrase the tagger took, which is its object or an aside in it.
    if (s.end <= s.start || s.end > a.source.start) continue;
    a.source = sourceOf(s, classifySource(s.text, null));
  }
}

/**
 * When a source phrase is a clause ("The bank raised its rate …"), the subject that opens it: the
 * first verb in the phrase whose subject starts the phrase. Null when the phrase holds no verb
 * with its subject there, or the subject is the whole phrase.
 */
export function openingSubject(
  doc: Doc,
  source: { start: number; end: number },
): { start: number; end: number } | null {
  const { start, end } = doc.tokensInRange(source.start, source.end);
  for (let v = start + 1; v < end; v++) {
    if (doc.upos[v] !== UPOS_ID.VERB && doc.upos[v] !== UPOS_ID.AUX) continue;
    // A verb after a comma or a relative word is an aside's ("Ann Cole, who runs the firm").
    if (doc.upos[v - 1] === UPOS_ID.PUNCT) return null;
    for (let t = start; t < v; t++) {
      if (doc.head[t] !== v || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
      const subject = subtreeOf(doc, t, start, v);
      if (subject.start !== start) return null;
      for (let k = subject.start; k < subject.end; k++) if (doc.upos[k] === UPOS_ID.PUNCT) return null;
      return subject;
    }
    return null;
  }
  return null;
}

const SUBJECT_RELATIONS = new Set([DEPREL_ID.nsubj, DEPREL_ID['nsubj:pass']]);
const PREDICATES = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.ADJ]);
/** Heads climbed from the participle: past an infinitive, an object noun, an adjective. */
const MAX_CLIMB = 4;

/**
 * The subject of the nearest predicate above the participle at token `k` that has one before it:
 * "The judge refused a request to open the file, saying …" hangs "saying" on "open" (no subject),
 * then on "refused" (the judge). Nouns passed on the way are not asked (the parser gives a noun a
 * "subject" in a compound it misreads). Null when none is found within reach.
 */
export function governingSubject(doc: Doc, k: number): { start: number; end: number } | null {
  const sentence = doc.sentenceOf(k);
  const from = doc.sentStart[sentence];
  for (
    let verb = doc.head[k], steps = 0;
    verb >= from && verb < k && steps < MAX_CLIMB;
    verb = doc.head[verb], steps++
  ) {
    if (!PREDICATES.has(doc.upos[verb])) continue;
    if (OBJECT_CONTROL.has(doc.lemma[verb])) return null;
    for (let t = from; t < verb; t++) {
      if (doc.head[t] !== verb || !SUBJECT_RELATIONS.has(doc.dep[t])) continue;
      const phrase = subtreeOf(doc, t, from, verb);
      while (phrase.start < t && doc.upos[phrase.start] === UPOS_ID.PUNCT) phrase.start++;
      return phrase;
    }
  }
  return null;
}
