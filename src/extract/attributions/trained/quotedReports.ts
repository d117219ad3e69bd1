/**
 * A quotation that itself reports speech: 'AP said, stating, “The two envoys, who saw the plans,
 * said the strike was part of a wider campaign.”'. The words are the outlet's and the envoys speak
 * through it, a chain whosaid keeps whole. The cue tagger learned from PolNeAR that a word inside
 * quotation marks is seldom a cue and leaves the inner "said" untagged, so the quoted report lost
 * its speaker. Here a finite reporting verb inside a quote that another attribution's content
 * holds becomes a cue candidate, and the role tagger reads its source and content like any other's.
 */
import { PHRASE_CUES, SPEECH_LEMMAS } from '../../../language/en/cues/reportingVerbs.js';
import { UPOS_ID, XPOS_ID } from '../../../language/tagsets.js';
import type { TokenSpan } from '../build.js';
import type { DocView } from './view.js';

export const QUOTED_REPORT_RULE = 'quoted-report';

/** A that-clause subject longer than this is not a speaker (participleClauses.ts reads it so too). */
const MAX_SUBJECT_WORDS = 12;
/** Past and present finite verb tags: "said", "says", "tell". */
const FINITE = new Set([XPOS_ID.VBD, XPOS_ID.VBZ, XPOS_ID.VBP]);
const VBN = XPOS_ID.VBN;
/** Tags that keep a phrase from being a subject: verbs, and words opening a clause ("No matter what anyone says"). */
const NOT_SUBJECT_UPOS = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.SCONJ]);
const NOT_SUBJECT_XPOS = new Set([XPOS_ID.WP, XPOS_ID.WDT, XPOS_ID.WRB]);
/** Words that open an aside set off by commas after a subject ("The aides, who spoke …, said"). */
const ASIDE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'the', 'a', 'an']);

/** Holder of a content: only the spans matter here. */
interface Held {
  cue: TokenSpan;
  content: TokenSpan[];
}

/** A cue candidate and the content span of the attribution that holds it. */
export interface QuotedCue {
  cue: TokenSpan;
  holder: TokenSpan;
}

/**
 * Cue candidates inside quotes held by the content of `found` attributions, in text order,
 * skipping tokens that `cueMask` already marks as cues: a finite reporting verb anywhere in the
 * quote, or any reporting verb or phrase the quote opens on ('adding that the general “called on
 * residents to …”': the outlet quotes the predicate, its subject stands just before the mark).
 */
export function quotedReportCues(v: DocView, found: Held[], cueMask: Uint8Array): QuotedCue[] {
  if (!v.tagged) return [];
  const { doc, quotes } = v;
  const out: QuotedCue[] = [];
  for (const outer of found) {
    for (const c of outer.content) {
      for (let i = c.start; i < c.end; i++) {
        const quote = quotes.inside[i];
        // The outer cue speaks the quote from outside it; a cue inside the same quote is its own.
        if (quote < 0 || cueMask[i] || quotes.inside[outer.cue.start] === quote) continue;
        const opens = opensQuote(v, i);
        // A verb the quote opens on may be tagged as a participle ("the general “called on …”").
        if (!(FINITE.has(doc.xpos[i]) || (opens && doc.xpos[i] === VBN))) continue;
        if (out.some((q) => q.cue.start === i)) continue;
        const phrase = opens ? PHRASE_CUES.find((p) => p.every((w, k) => v.lower[i + k] === w)) : undefined;
        const length = phrase?.length ?? (SPEECH_LEMMAS.has(v.lexicon[i]) || (opens && v.lexicon[i]) ? 1 : 0);
        if (length > 0 && i + length <= c.end) out.push({ cue: { start: i, end: i + length }, holder: c });
      }
    }
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

/** Whether token `i` is the first word of its quote. */
function opensQuote(v: DocView, i: number): boolean {
  const quote = v.quotes.inside[i];
  return quote >= 0 && v.quotes.quotes[quote].fragments[0].start === i;
}

/** A cue's roles as the role tagger read them: every source span it marked, and the content. */
interface Roles {
  cue: TokenSpan;
  sources: TokenSpan[];
  content: TokenSpan[];
}

/**
 * The report as the role tagger read it, kept when one of its sources stands before the cue inside
 * the same quote and sentence (the quoted sentence names its own speaker; a source outside is the
 * quote's own speaker, whom the tagger may mark as well), with its content cut to that quote and
 * to the content holding it: what the quoted speaker reports ends where the quotation does, and
 * the chain stays inside its holder. Null otherwise.
 */
export function reportInQuote(
  v: DocView,
  roles: Roles,
  holder: TokenSpan,
): { cue: TokenSpan; source: TokenSpan; content: TokenSpan[] } | null {
  const { cue } = roles;
  const quote = v.quotes.inside[cue.start];
  const sentence = v.sentence[cue.start];
  const within = (k: number) =>
    k >= holder.start && k < holder.end && v.quotes.inside[k] === quote && v.sentence[k] === sentence;
  // A quote that opens on its cue takes the subject standing just before its opening mark.
  const open = opensQuote(v, cue.start) ? v.quotes.quotes[quote].open : -1;
  const before = (k: number) =>
    k >= holder.start && k < open && v.quotes.inside[k] < 0 && v.sentence[k] === sentence;
  const inside = (s: TokenSpan) => {
    if (s.end <= s.start || s.end > cue.start) return false;
    if (s.end === open) {
      for (let k = s.start; k < s.end; k++) if (!before(k)) return false;
      return true;
    }
    for (let k = s.start; k < s.end; k++) if (!within(k)) return false;
    return true;
  };
  const source =
    roles.sources.filter(inside).pop() ?? clauseSubject(v, holder, open) ?? quotedSubject(v, holder, cue);
  if (!source || endsOnVerb(v, source) || performative(v, source, cue)) return null;
  // A quote that opens on its cue quotes the predicate: what follows the verb inside it is what was
  // said, whatever words of it the role tagger left out ("“urged sailors to return …”").
  const tagged = open >= 0 ? [{ start: cue.end, end: holder.end }] : roles.content;
  const content: TokenSpan[] = [];
  for (const c of tagged) {
    let start = c.start;
    while (start < c.end) {
      while (start < c.end && !within(start)) start++;
      let end = start;
      while (end < c.end && within(end)) end++;
      if (end > start && !beforeSpeaker(v, { start, end }, source)) content.push({ start, end });
      start = end;
    }
  }
  if (content.length > 0) content[0].end = nestedQuoteEnd(v, content[0].start, content[0].end);
  return content.length > 0 ? { cue, source, content } : null;
}

/**
 * “Nobody told us anything”, “Every time they told us …”: a span the tagger marked before the cue
 * that runs into the speaker, or stands against it with no comma between, is the subject itself or
 * an adverbial opening the clause; what was said before its speaker is set off by a comma
 * (“The dam will hold, the wardens said”).
 */
function beforeSpeaker(v: DocView, span: TokenSpan, source: TokenSpan): boolean {
  if (span.start >= source.end) return false;
  if (span.end > source.start) return true;
  return span.end === source.start && v.lower[source.start - 1] !== ',';
}

/**
 * "that the board had “found cash …”": a subject ending on an auxiliary or a verb is no subject
 * before its cue; the quote goes on the clause's own verb phrase.
 */
function endsOnVerb(v: DocView, source: TokenSpan): boolean {
  return NOT_SUBJECT_UPOS.has(v.doc.upos[source.end - 1]);
}

/** First-person subjects: the quoted speaker's own voice. */
const FIRST_PERSON = new Set(['i', 'we']);

/**
 * “We ask the workers to return”, “I urge everyone to …”: a first-person subject with a present
 * tense verb is the quoted speaker asking or urging as they speak, a part of their own words, not a
 * report of someone's speech.
 */
function performative(v: DocView, source: TokenSpan, cue: TokenSpan): boolean {
  return (
    source.end - source.start === 1 &&
    FIRST_PERSON.has(v.lower[source.start]) &&
    (v.doc.xpos[cue.start] === XPOS_ID.VBP || v.doc.xpos[cue.start] === XPOS_ID.VB)
  );
}

/** Single marks that open and close a quotation nested in a double-quoted one. */
const NESTED_PAIRS: ReadonlyMap<string, string> = new Map([
  ['‘', '’'],
  ["'", "'"],
]);

/**
 * “A man told me, ‘Your nets won’t change,’ and I believed him”: a content that opens a quotation
 * nested in the outer one is that quotation, and ends at its closing mark (a token of its own; an
 * apostrophe inside a word is part of the word).
 */
function nestedQuoteEnd(v: DocView, start: number, end: number): number {
  const open = NESTED_PAIRS.has(v.lower[start]) ? start : start - 1;
  const close = NESTED_PAIRS.get(v.lower[open]);
  if (!close) return end;
  for (let k = open + 1; k < end; k++) if (v.lower[k] === close) return k;
  return end;
}

/**
 * "that the general “called on …”": the words between a that-clause's complementizer and the
 * quote that opens on its verb are the clause's subject, when the role tagger marked none.
 */
function clauseSubject(v: DocView, holder: TokenSpan, open: number): TokenSpan | null {
  const start = holder.start + 1;
  if (open < start + 1 || open - start > MAX_SUBJECT_WORDS || v.lower[holder.start] !== 'that') return null;
  for (let k = start; k < open; k++)
    if (v.quotes.inside[k] >= 0 || !/[\p{L}\p{N}]/u.test(v.lower[k])) return null;
  return { start, end: open };
}

/**
 * “The aides, who spoke on condition of anonymity, said …”: when the role tagger marked no source
 * inside the quote, the words that open the quoted sentence up to the cue are its subject, if they
 * read as one: a phrase without a verb or a clause-opening word, maybe followed by an aside set
 * off by commas.
 */
function quotedSubject(v: DocView, holder: TokenSpan, cue: TokenSpan): TokenSpan | null {
  const quote = v.quotes.quotes[v.quotes.inside[cue.start]];
  const fragment = quote?.fragments.find((f) => f.start <= cue.start && cue.start < f.end);
  if (!fragment) return null;
  let start = Math.max(fragment.start, holder.start);
  while (start < cue.start && v.sentence[start] !== v.sentence[cue.start]) start++;
  let end = cue.start;
  while (end > start && v.lower[end - 1] === ',') end--;
  if (end <= start || end - start > MAX_SUBJECT_WORDS || !/[\p{L}\p{N}]/u.test(v.lower[start])) return null;
  let k = start;
  for (; k < end && v.lower[k] !== ','; k++)
    if (NOT_SUBJECT_UPOS.has(v.doc.upos[k]) || NOT_SUBJECT_XPOS.has(v.doc.xpos[k])) return null;
  return k === end || ASIDE_OPENERS.has(v.lower[k + 1]) ? { start, end } : null;
}
