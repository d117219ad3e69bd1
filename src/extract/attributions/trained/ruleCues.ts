/**
 * Two layouts the taggers rarely see in training, handled by rule beside them:
 * a quote signed with a dash (`“…” ― Ana Ruiz`, press releases and reader comments) and a
 * transcript or headline speaker (`PENCE: …`, `Ana Ruiz: …` at the start of a paragraph), and a
 * statement disputed in the passive (`That account was challenged by the pilots' union.`).
 */
import { DEPREL_ID, XPOS_ID } from '../../../language/tagsets.js';
import type { TokenSpan } from '../build.js';
import { afterListener, opensClause } from '../nestedSpeech.js';
import { closesDoubleQuote } from '../quotes.js';
import type { PredictedAttribution } from './model.js';
import type { DocView } from './view.js';

const DASHES = new Set(['―', '—', '–', '--']);
const MAX_NAME = 6;
/** Fewest tokens of a signed quote whose marks did not pair (a stray mark signs nothing). */
const MIN_SIGNED_WORDS = 3;
/** Rule attributions carry no tagger margin: their confidence is the rule's measured precision. */
const RULE_MARGIN = 0;

export function ruleAttributions(v: DocView, taken: Uint8Array): PredictedAttribution[] {
  const out: PredictedAttribution[] = [];
  // Lines led by an outlet or organisation ("Coastline Review: …"): an interviewer's questions when
  // people speak in lines of the same layout (a Q&A), else headline labels.
  const interviewer: PredictedAttribution[] = [];
  const n = v.doc.length;
  for (let i = 1; i + 1 < n; i++) {
    if (taken[i]) continue;
    if (DASHES.has(v.lower[i])) {
      const name = capitalizedRun(v, i + 1);
      const content = name && endsLine(v, name.end) ? signedQuote(v, i - 1) : null;
      if (name && content) {
        out.push({
          cue: { start: i, end: i + 1 },
          source: withoutFinalStop(v, name),
          content,
          margin: RULE_MARGIN,
          rule: 'signed-quote',
        });
      }
      continue;
    }
    const disputed = passiveDispute(v, i, taken) ?? deniedAct(v, i, taken) ?? toldClause(v, i, taken);
    if (disputed) {
      out.push(disputed);
      continue;
    }
    if (v.lower[i] !== ':') continue;
    const lineStart = paragraphStart(v, i);
    let s = lineStart;
    while (s < i && v.shape[s] === 'q') s++;
    if (s >= i || i - s > MAX_NAME) continue;
    let allNames = true;
    for (let k = s; k < i; k++) if (!/^X/.test(v.shape[k]) && v.lower[k] !== '.') allNames = false;
    const end = paragraphEnd(v, i + 1);
    if (!allNames || end - (i + 1) < 3) continue;
    const person = namesPerson(v, s, i);
    if (!person && !namesOutlet(v, s, i)) continue;
    (person ? out : interviewer).push({
      cue: { start: i, end: i + 1 },
      source: { start: s, end: i },
      content: [{ start: i + 1, end }],
      margin: RULE_MARGIN,
      rule: 'speaker-line',
    });
  }
  if (interviewer.length > 0 && out.some((a) => a.rule === 'speaker-line')) {
    out.push(...interviewer);
    out.sort((a, b) => a.cue.start - b.cue.start);
  }
  return out;
}

const DISPUTING_LEMMAS = new Set([
  'challenge',
  'dispute',
  'contradict',
  'question',
  'refute',
  'deny',
  'reject',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'being', 'be']);
/** Longest subject and agent of a passive dispute, in tokens. */
const MAX_DISPUTE_PHRASE = 8;

/**
 * "That account was challenged by the pilots' union.": at a form of "be" opening a passive of a
 * disputing verb with a "by" agent, the agent is the source, the subject (from the sentence start)
 * the content. Null elsewhere, or when the taggers took any of it.
 */
function passiveDispute(v: DocView, i: number, taken: Uint8Array): PredictedAttribution | null {
  const { doc } = v;
  if (!BE.has(v.lower[i]) || !DISPUTING_LEMMAS.has(doc.lemma[i + 1]) || v.lower[i + 2] !== 'by') return null;
  const sentence = doc.sentenceOf(i);
  const from = doc.sentStart[sentence];
  let end = i + 3;
  while (end < doc.sentEnd[sentence] && !/^[.,;:!?"“”]$/.test(v.lower[end])) end++;
  if (
    i - from < 1 ||
    i - from > MAX_DISPUTE_PHRASE ||
    end - (i + 3) < 1 ||
    end - (i + 3) > MAX_DISPUTE_PHRASE
  )
    return null;
  for (let k = from; k < end; k++) if (taken[k]) return null;
  return {
    cue: { start: i, end: i + 2 },
    source: { start: i + 3, end },
    content: [{ start: from, end: i }],
    margin: RULE_MARGIN,
    rule: 'passive-dispute',
  };
}

const DENIALS = new Set(['denied', 'denies', 'deny']);
const FINITE = new Set([XPOS_ID.VBD, XPOS_ID.VBZ, XPOS_ID.VBP]);
/** Tokens that end what a denial's object clause holds ("… taking the drug and said …"). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”']);
const JOINERS = new Set(['and', 'but']);
/** What a denied act or charge opens with: a gerund, a determiner or a noun ("denies child molestation"). */
const DENIED_OBJECT_OPENERS = new Set([XPOS_ID.VBG, XPOS_ID.DT, XPOS_ID.NN, XPOS_ID.NNS]);
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had']);
const OPENING_WORDS = new Set([DEPREL_ID.mark, DEPREL_ID.case, DEPREL_ID.cc, DEPREL_ID.punct]);
const SUBJECT_RELATIONS = new Set([DEPREL_ID.nsubj, DEPREL_ID['nsubj:outer']]);

/**
 * "Maren, 27, denied knowingly taking the drug and said …": a finite "denied" the taggers left
 * alone, with a gerund or a noun phrase (maybe after an adverb) as its object, denies that act or
 * charge: the parse's subject of the verb is the source, the object's clause (up to a joined clause
 * or the sentence's end) the content. Null without a parse, or when the taggers took any of it.
 */
function deniedAct(v: DocView, i: number, taken: Uint8Array): PredictedAttribution | null {
  const { doc } = v;
  if (!v.parsed || !DENIALS.has(v.lower[i]) || taken[i]) return null;
  // "Maren, 27, denied …" may be parsed as a reduced relative on the subject: with no "was" or
  // "had" before it, a participle "denied" hanging from a subject is that subject's finite verb.
  const reduced =
    doc.xpos[i] === XPOS_ID.VBN &&
    doc.head[i] >= 0 &&
    doc.head[i] < i &&
    SUBJECT_RELATIONS.has(doc.dep[doc.head[i]]) &&
    !AUXILIARIES.has(v.lower[i - 1]);
  if (!FINITE.has(doc.xpos[i]) && !reduced) return null;
  const sentence = doc.sentenceOf(i);
  const end = doc.sentEnd[sentence];
  let from = i + 1;
  if (from < end && doc.xpos[from] === XPOS_ID.RB) from++;
  if (from >= end || !DENIED_OBJECT_OPENERS.has(doc.xpos[from])) return null;
  let to = from + 1;
  while (
    to < end &&
    !taken[to] &&
    !CLAUSE_BREAKS.has(v.lower[to]) &&
    !(JOINERS.has(v.lower[to]) && to + 1 < end && FINITE.has(doc.xpos[to + 1]))
  )
    to++;
  const source = reduced ? subtreeBefore(v, doc.head[i], i) : subjectOf(v, i);
  if (!source) return null;
  for (let k = source.start; k < to; k++) if (taken[k]) return null;
  return {
    cue: { start: i, end: i + 1 },
    source,
    content: [{ start: i + 1, end: to }],
    margin: RULE_MARGIN,
    rule: 'denied-act',
  };
}

/**
 * "Dr Holt told the paper the county had approved a plan": a past "told" the taggers left alone,
 * with a listener (an object pronoun or a short noun phrase) and then a clause with no "that"
 * (opening on a determiner or a pronoun, its finite verb a few words on), reports that clause: the
 * parse's subject of "told" is the source, the clause up to the sentence's end the content.
 */
function toldClause(v: DocView, i: number, taken: Uint8Array): PredictedAttribution | null {
  const { doc } = v;
  if (!v.parsed || v.lower[i] !== 'told' || taken[i] || doc.xpos[i] !== XPOS_ID.VBD) return null;
  const end = doc.sentEnd[doc.sentenceOf(i)];
  const clause = afterListener(doc, i + 1, end);
  if (clause < 0 || (v.upos[clause] !== 'DET' && v.upos[clause] !== 'PRON') || !opensClause(doc, clause, end))
    return null;
  let to = end;
  while (to > clause && CLAUSE_BREAKS.has(v.lower[to - 1])) to--;
  const source = subjectOf(v, i);
  if (!source) return null;
  for (let k = source.start; k < to; k++) if (taken[k]) return null;
  return {
    cue: { start: i, end: i + 1 },
    source,
    content: [{ start: clause, end: to }],
    margin: RULE_MARGIN,
    rule: 'told-clause',
  };
}

/** The span of the parse's subject of verb `verb`, its dependents included, before the verb; null when none. */
function subjectOf(v: DocView, verb: number): TokenSpan | null {
  const { doc } = v;
  const sentence = doc.sentenceOf(verb);
  const start = doc.sentStart[sentence];
  let subject = -1;
  for (let k = start; k < verb; k++)
    if (doc.head[k] === verb && SUBJECT_RELATIONS.has(doc.dep[k])) subject = k;
  if (subject >= 0) return subtreeBefore(v, subject, verb);
  // No subject in the parse ("The landlord" read as a modifier): a short run opening the sentence,
  // with no verb in it, is the subject.
  if (verb - start < 1 || verb - start > MAX_DISPUTE_PHRASE) return null;
  for (let k = start; k < verb; k++) if (v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return null;
  return { start, end: verb };
}

/**
 * Token `head` with its dependents before `verb` ("Maren, 27"), not through the verb, in a span
 * without trailing punctuation; null when longer than a subject may be.
 */
function subtreeBefore(v: DocView, head: number, verb: number): TokenSpan | null {
  const { doc } = v;
  const start = doc.sentStart[doc.sentenceOf(verb)];
  let first = head;
  let last = head;
  for (let k = start; k < verb; k++) {
    let h = k;
    for (let step = 0; step < 8 && h >= 0 && h !== head && h !== verb; step++) h = doc.head[h];
    if (h !== head) continue;
    first = Math.min(first, k);
    last = Math.max(last, k);
  }
  while (last > first && CLAUSE_BREAKS.has(v.lower[last])) last--;
  // "a week after it first denied …": the clause's "after" is no part of its subject, wherever the parse hung it.
  while (first < last && OPENING_WORDS.has(doc.dep[first])) first++;
  return last - first < MAX_DISPUTE_PHRASE ? { start: first, end: last + 1 } : null;
}

/**
 * The quote a dash signs, given the token of its closing mark: the paired quote, or, when the
 * marks did not pair (a paragraph opened with a closing mark, `”Fear. …” ― Ana Ruiz`), the
 * paragraph up to that mark, past the marks that open it.
 */
function signedQuote(v: DocView, close: number): TokenSpan[] | null {
  const quote = v.quotes.closing.get(close);
  if (quote) return quote.fragments;
  if (close < 0 || v.shape[close] !== 'q' || !closesDoubleQuote(v.lower[close])) return null;
  let start = paragraphStart(v, close);
  if (v.shape[start] !== 'q') return null;
  while (start < close && v.shape[start] === 'q') start++;
  return close - start >= MIN_SIGNED_WORDS ? [{ start, end: close }] : null;
}

/** A run of capitalised words (initials' full stops included) on one line. */
/**
 * Whether the recognizer found a person in tokens [start, end): headline labels ("The Latest:",
 * "STAT OF THE WEEK:") and places open a paragraph with a colon too, and on PolNeAR train a line
 * led by anything but a person's name was a speaker 20 times in 127 (a person's name: 11 in 25).
 */
function namesPerson(v: DocView, start: number, end: number): boolean {
  return v.doc.ents.some((e) => e.label === 'PERSON' && e.start < end && start < e.end);
}

/** Whether tokens [start, end) spell an outlet or organisation the recognizer found anywhere in the article. */
function namesOutlet(v: DocView, start: number, end: number): boolean {
  const words = v.doc.spanText(start, end);
  return v.doc.ents.some(
    (e) => (e.label === 'MEDIA' || e.label === 'ORG') && v.doc.spanText(e.start, e.end) === words,
  );
}

function capitalizedRun(v: DocView, start: number): TokenSpan | null {
  let e = start;
  while (
    e < v.doc.length &&
    e - start < MAX_NAME &&
    (e === start || !lineBreakBetween(v, e - 1, e)) &&
    (/^X/.test(v.shape[e]) || v.lower[e] === '.')
  )
    e++;
  return e > start && /^X/.test(v.shape[start]) ? { start, end: e } : null;
}

/** "― Carla Sanchez." signs as Carla Sanchez. */
function withoutFinalStop(v: DocView, name: TokenSpan): TokenSpan {
  return v.lower[name.end - 1] === '.' && name.end - 1 > name.start ? { ...name, end: name.end - 1 } : name;
}

function lineBreakBetween(v: DocView, a: number, b: number): boolean {
  return v.doc.text.slice(v.doc.tokEnd[a], v.doc.tokStart[b]).includes('\n');
}

function endsLine(v: DocView, end: number): boolean {
  return (
    end >= v.doc.length ||
    lineBreakBetween(v, end - 1, end) ||
    (v.lower[end] === '.' && (end + 1 >= v.doc.length || lineBreakBetween(v, end, end + 1)))
  );
}

function paragraphStart(v: DocView, i: number): number {
  let s = i;
  while (s > 0 && !lineBreakBetween(v, s - 1, s)) s--;
  return s;
}

function paragraphEnd(v: DocView, i: number): number {
  let e = i;
  while (e < v.doc.length && (e === i || !lineBreakBetween(v, e - 1, e))) e++;
  return e;
}
