/**
 * "She said a ruling | was expected by March": an agentless passive whose content is only its
 * subject, and that subject the outer content's last piece.
 */
function passiveOnContent(inner: Attribution, last: { start: number; end: number }): boolean {
  const only = inner.content.length === 1 ? inner.content[0] : null;
  return inner.source === null && only !== null && only.start === last.start && only.end === last.end;
}

/**
 * The end of the clause going on after `from`: the sentence's end, a second clause joined to it,
 * or the start of the next attribution's tag.
 */
function clauseEnd(text: string, from: number, next: Attribution | undefined): number {
  let end = sentenceEnd(text, from);
  // ", and the jury agreed": a second clause after a comma and a conjunction is the writer's.
  const joined = /,\s+(?:and|but|while)\s|;/.exec(text.slice(from, end));
  if (joined) end = from + joined.index;
  if (next)
    end = Math.min(end, Math.max(from, Math.min(next.cue.start, next.source?.start ?? next.cue.start)));
  while (end > from && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return end;
}

/**
 * "It was reported last week that scientists at the institute | had urged a cut": the taggers stop
 * a content where the next cue starts. When that cue has no source and follows the content with
 * nothing between, in the same sentence, the content runs on over it to its end ("… lawmakers are
 * expected to consider", "a memoir entitled …"), and the inner statement is reported inside it
 * (subjectsAfterThat then finds its subject).
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { sentenceEnd, sourceOf, spanOf } from './build.js';
import { isRelayCue } from './chains.js';
import { classifySource } from './sourceKind.js';

/** Words a subject phrase taken from the content may have. */
const MAX_SUBJECT_WORDS = 8;
/** A content that is only a question word or phrase ("how much", "whether"). */
const WH_OPENER = /^(?:how(?:\s+(?:much|many|long|far|often))?|what|why|whether|if|when|where|who|which)$/i;

/**
 * A content ending inside a relative clause set off after its subject ("the buyer, whom it did not
 * name"): the comma after it closes the clause, and the subject's verb follows.
 */
const OPEN_RELATIVE = /,\s+(?:who|whom|whose|which)\b[^,;:"“”]*$/i;
/**
 * A cue that opens on a finite verb, the one the subject before the relative clause takes ("had
 * promised", "vowed"); a participle or an adverb ("…, now known as") hangs from the clause instead.
 */
const FINITE_START =
  /^(?:had|has|have|was|were|is|are|will|would|can|could|may|might|must|shall|should|did|does|do|\p{L}+ed|\p{L}+s)\b/iu;

/** Extends in place each content cut short by a sourceless cue right after it (attributions in cue order). */
export function runContentsOn(text: string, found: Attribution[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const outer = found[k];
    const inner = found[k + 1];
    const last = outer.content[outer.content.length - 1];
    if (!last || isRelayCue(inner) || inner.content.length === 0) continue;
    // "declined to say how much | the company expected to earn": a question word alone opens the
    // clause the next statement, subject and all, completes.
    const source = inner.source;
    // The tagger may have run the content on over the next statement's subject.
    const holdsSource = source !== null && last.start < source.start && last.end === source.end;
    const lead = holdsSource ? text.slice(last.start, source.start).trim() : last.text;
    const opener = source !== null && source.end <= inner.cue.start && WH_OPENER.test(lead);
    // "She said the council had | had known about …" with "She" for the inner cue's source too: a
    // source before the outer cue is the outer speaker, shared by mistake; the inner subject is the
    // content's. Only where the content ends on the inner cue's auxiliary, after a short plain
    // subject: an adjacent cue sharing the outer source is as often that speaker's second verb.
    const borrowed =
      source !== null &&
      outer.source !== null &&
      source.start === outer.source.start &&
      last.start > outer.cue.start &&
      last.start < inner.cue.start &&
      inner.cue.start < last.end &&
      last.end <= inner.cue.end &&
      subjectBefore(text, last.start, inner.cue.start) !== null;
    if (source && !opener && !borrowed) continue;
    const next = opener && !holdsSource ? source!.start : inner.cue.start;
    const between = text.slice(last.end, Math.max(last.end, next));
    const adjacent =
      /^[ \t]*$/.test(between) ||
      (/^,[ \t]*$/.test(between) && OPEN_RELATIVE.test(last.text) && FINITE_START.test(inner.cue.text));
    if (!borrowed && (last.end > next || !adjacent)) continue;
    const innerEnd = passiveOnContent(inner, last)
      ? clauseEnd(text, inner.cue.end, found[k + 2])
      : inner.content[inner.content.length - 1].end;
    if (
      innerEnd <= inner.cue.end ||
      /[.!?]["”’]?$/.test(last.text) ||
      /[.!?]["”’]?\s/.test(text.slice(last.end, innerEnd))
    )
      continue;
    outer.content[outer.content.length - 1] = spanOf(text, last.start, innerEnd);
    if (borrowed) inner.source = subjectBefore(text, last.start, inner.cue.start);
  }
}

/** The subject phrase between `start` and the cue at `cue` ("the council"), or null when it is no short plain phrase. */
function subjectBefore(text: string, start: number, cue: number) {
  const phrase = text.slice(start, cue).replace(/\s+$/, '');
  if (
    !phrase ||
    /[,;:"“”]|\b(?:and|but|or|that)\b/i.test(phrase) ||
    // "perhaps by | insisting": a phrase opened by a preposition or an adverb is no subject.
    /^(?:by|to|in|for|with|from|on|at|perhaps|also|then|not|even)\b/i.test(phrase) ||
    phrase.split(/\s+/).length > MAX_SUBJECT_WORDS
  )
    return null;
  return sourceOf(spanOf(text, start, start + phrase.length), classifySource(phrase));
}

/**
 * "It was reported last week that scientists at the institute had urged a cut": a sourceless cue
 * inside another attribution's content, right after that content's "that" and a short phrase, has
 * that phrase as its subject (the statement is reported inside the other, so it folds into it).
 */
export function subjectsAfterThat(text: string, found: Attribution[]): void {
  for (const inner of found) {
    if (inner.source || isRelayCue(inner)) continue;
    const piece = pieceHolding(found, inner);
    if (!piece) continue;
    const m = /\bthat\s+([^,;:"“”]+?)\s*$/di.exec(text.slice(piece.start, inner.cue.start));
    if (!m?.indices?.[1] || m[1].split(/\s+/).length > MAX_SUBJECT_WORDS) continue;
    const start = piece.start + m.indices[1][0];
    inner.source = sourceOf(spanOf(text, start, start + m[1].length), classifySource(m[1]));
  }
}

/** The first piece of another attribution's content that holds `inner`'s cue. */
function pieceHolding(found: Attribution[], inner: Attribution): Span | undefined {
  // Two loops, no list of every piece: a long page has thousands of sourceless cues to place.
  for (const outer of found)
    if (outer !== inner)
      for (const c of outer.content) if (c.start <= inner.cue.start && inner.cue.end <= c.end) return c;
  return undefined;
}

/** ", and that …" opening a second clause of the same content; not "and that is …" (a pronoun). */
const PARALLEL_THAT = /^,?\s+and\s+that\s+(?!(?:is|was|has|had|will|would|could|can|may|might|does|did)\b)/i;

/**
 * "The minister said that fares would rise, and that the ferry would run less often": the second
 * "that" clause is the same speaker's, and the taggers stop the content before it. A content whose
 * last piece, after its cue, ends right before ", and that" runs on to the end of the sentence.
 */
export function runOnParallelThat(text: string, found: Attribution[]): void {
  for (const a of found) {
    const last = a.content[a.content.length - 1];
    if (!last || last.start < a.cue.end || !PARALLEL_THAT.test(text.slice(last.end, last.end + 20))) continue;
    let end = sentenceEnd(text, last.end);
    // A dash or semicolon ends the clause: "…, and that it recovered - though others doubt it".
    const stop = /\s[-—–]\s|;/.exec(text.slice(last.end, end));
    if (stop) end = last.end + stop.index;
    // "…, and that the plan, as she later put it, …": a tag of its own inside stays one.
    const tagged = found.some(
      (b) =>
        b !== a &&
        b.source !== null &&
        b.cue.start >= last.end &&
        b.cue.end <= end &&
        /^\s*$/.test(text.slice(b.source.end, b.cue.start)) &&
        text[b.cue.end] === ',',
    );
    if (end > last.end && !tagged) a.content[a.content.length - 1] = spanOf(text, last.start, end);
  }
}

/** A content's last words joining a second verb: "and", "but", maybe with that verb's auxiliary. */
const DANGLING_JOINER = /[\s,]+(?:and|but)(?:\s+(?:had|has|have|did|does|was|were|is|are|would|could))?$/i;

/** A clause's end and the conjunction that joins the next speaker's clause to it ("…, but | most …"). */
const JOINER_BEFORE_SUBJECT = /\S[\s,]+(?:and|but)\s+$/i;

/**
 * "She said she was sorry and | had asked the commission to look into it": the taggers may stop a
 * content on the "and" (and the auxiliary) joining the next cue's verb, which PolNeAR train gold
 * reads as a cue of its own; the joining words belong to neither content, and are cut.
 */
export function cutDanglingJoiners(text: string, found: Attribution[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const outer = found[k];
    let last = outer.content[outer.content.length - 1];
    if (!last) continue;
    const next = found[k + 1].cue;
    // "…, but most of those asked | said": the content ran on over the joiner and the next
    // statement's subject; a subject inside the clause ("… after the mayor | said") stays in it.
    const subject = found[k + 1].source;
    const over =
      subject !== null &&
      last.start < subject.start &&
      subject.start < last.end &&
      last.end <= subject.end &&
      /^\s*$/.test(text.slice(subject.end, next.start)) &&
      JOINER_BEFORE_SUBJECT.test(text.slice(last.start, subject.start));
    if (over) {
      last = spanOf(text, last.start, last.start + text.slice(last.start, subject.start).trimEnd().length);
      outer.content[outer.content.length - 1] = last;
    }
    const stop = over ? subject.start : next.start;
    if (last.end > next.end || !/^\s*$/.test(text.slice(last.end, Math.max(last.end, stop)))) continue;
    const m = DANGLING_JOINER.exec(last.text);
    if (!m || m.index === 0) continue;
    outer.content[outer.content.length - 1] = spanOf(text, last.start, last.start + m.index);
  }
}
