/**
 * Relayed reports in the trained extractor's flat output (PolNeAR annotates each token once, so the
 * taggers never nest): "“…,” Col. Qadiri said, reported the Maghreb Herald" and "According to
 * Zawiya Online, the spokesman stated …". The relay's source and content are set to what it relays,
 * and linkChains (chains.ts) then points the inner attribution's `via` at it.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { INVERTIBLE } from '../../language/en/cues/reportingVerbs.js';
import { apposedNames } from './apposedNames.js';
import { pressReleaseQuotes } from './baseline/pressRelease.js';
import { sameSentence, sentenceStart, sourceOf, spanOf } from './build.js';
import { cuesByStart, type StartIndex, sourcesByStart, startingIn } from './byStart.js';
import { addCarriedStatements } from './carriedStatements.js';
import { isRelayCue, numberInOrder } from './chains.js';
import { joinReopenedQuotes } from './quotes.js';
import { relativeRelays } from './relativeRelays.js';
import { attributionStart, lastBefore, lineStart, precededByComma, quoteStart } from './relaySpans.js';
import {
  addUntaggedRelayTails,
  splitParentheticalTags,
  splitRelayTails,
  splitTrailingTags,
} from './relayTags.js';
import { classifySource } from './sourceKind.js';
import {
  accordingToObjects,
  anonymityClauses,
  dropLabels,
  namesEndingInCues,
  namesOpeningCues,
  subjectsInContent,
  withoutDatelines,
} from './sourceRepairs.js';
import { statementCues, statementSources } from './statementSources.js';

/** A name phrase that ends the sentence after an inverted relay cue: " the Maghreb Herald." */
/** A cue that is a participle alone ("saying", "adding"). */
const PARTICIPLE = /^\p{L}+ing$/u;
const TRAILING_NAME = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.\- ]*?)\s*(?:[.!?](?:\s|$)|\n|$)/u;
const REPORT_LEMMAS = new Set(['report', 'write', 'tell', 'say', 'quote', 'according to']);
/** A comma closing a quote right before a cue: "…,” reported". */
const QUOTE_THEN_RELAY = /,[”"]\s*$/;
/** Only "that" between a cue and the speaker of the statement it introduces. */
const COMPLEMENTIZER_ONLY = /^\s*that\s+$/i;
/**
 * A content ending in a joining word before the next speaker ("…, and he"), or in one and the
 * question word of a second clause ("what he says it costs and how experts say …").
 */
const JOINED_CLAUSE =
  /[\s,;—–]*\b(?:and|but|while|though|although|whereas)(?:\s+(?:how|what|why|whether|when|where|who))?\s*$/i;

/** `end` moved back over white space and punctuation, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:—–]/.test(text[e - 1])) e--;
  return e;
}

/** A relayed source is a noun phrase of at most this many words. */
const MAX_RELAYED_SOURCE_WORDS = 8;

export function joinRelays(text: string, attributions: Attribution[]): void {
  withoutDatelines(text, attributions);
  namesOpeningCues(text, attributions);
  namesEndingInCues(text, attributions);
  const labels = dropLabels(text, attributions);
  accordingToObjects(text, attributions);
  const signed = pressReleaseQuotes(text, attributions);
  const named = anonymityClauses(text, attributions);
  subjectsInContent(text, attributions);
  joinReopenedQuotes(text, attributions);
  // Each pass below that looks for the cue before another keeps the cues as they are.
  let cues = cuesByStart(attributions);
  for (const a of attributions) if (isRelayCue(a)) quotedSource(text, a, attributions, cues);
  relativeRelays(text, attributions);
  const tails = splitRelayTails(text, attributions);
  const untagged = addUntaggedRelayTails(text, attributions);
  const carried = addCarriedStatements(text, attributions);
  const trailing = splitTrailingTags(text, attributions);
  const tags = splitParentheticalTags(text, attributions);
  statementSources(text, attributions);
  statementCues(text, attributions);
  apposedNames(text, attributions);
  cues = cuesByStart(attributions);
  for (const outer of attributions) invertedRelays(text, outer, attributions, cues);
  // After the relays: "…, reported Ahram Online. Adding that …" goes on with the relay's source.
  continuedSpeakers(text, attributions, cues);
  if (labels || signed || named || tails || untagged || carried || trailing || tags)
    numberInOrder(attributions);
  relayStatements(text, attributions);
}

/**
 * A report carries the statements whose speakers its content holds after its cue (carryReported);
 * any other content stops before such a speaker (withoutNextSpeaker). Only the attributions whose
 * source starts inside the content are tried, in list order, looked up again whenever the content
 * changes (a carried statement widens it).
 */
function relayStatements(text: string, attributions: Attribution[]): void {
  const index = sourcesByStart(attributions);
  for (const outer of attributions) {
    const report = REPORT_LEMMAS.has(outer.cue.lemma);
    let content = outer.content;
    let last = content[content.length - 1];
    let candidates = speakersInContent(index, outer, report);
    let tried = -1;
    for (let k = 0; k < candidates.length; k++) {
      if (candidates[k] <= tried) continue;
      tried = candidates[k];
      const inner = attributions[tried];
      if (report) carryReported(text, outer, inner);
      else withoutNextSpeaker(text, outer, inner);
      if (outer.content !== content || content[content.length - 1] !== last) {
        content = outer.content;
        last = content[content.length - 1];
        candidates = speakersInContent(index, outer, report);
        k = -1;
      }
    }
  }
}

/**
 * The attributions whose source starts where `outer` could carry it (a report: in its content
 * after its cue) or stop before it (else: inside its last piece).
 */
function speakersInContent(index: StartIndex, outer: Attribution, report: boolean): number[] {
  if (!report) {
    const last = outer.content[outer.content.length - 1];
    return last ? startingIn(index, last.start + 1, last.end) : [];
  }
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const c of outer.content)
    if (c.end > outer.cue.start) {
      from = Math.min(from, c.start);
      to = Math.max(to, c.end);
    }
  return from <= to ? startingIn(index, from, to) : [];
}

/**
 * "Asked whether she would resign, Berg said no.": a content that ends on the speaker of the next
 * statement (whose cue follows it) took in that clause's subject; it stops before it. Reports relay
 * such statements instead (carryReported), and so does any cue whose "that" opens the statement
 * ("Adding that the minister also denied it": what the minister denied is what was added).
 */
function withoutNextSpeaker(text: string, outer: Attribution, inner: Attribution): void {
  const source = inner.source;
  if (inner === outer || !source || inner.cue.start < source.end) return;
  const last = outer.content[outer.content.length - 1];
  if (!last || last.end !== source.end || last.start >= source.start) return;
  if (COMPLEMENTIZER_ONLY.test(text.slice(last.start, source.start))) {
    carryReported(text, outer, inner);
    return;
  }
  const end = trimEnd(text, last.start, source.start);
  if (end > last.start) outer.content[outer.content.length - 1] = spanOf(text, last.start, end);
}

// The steps below are functions of their own, not loops in joinRelays, so that V8 optimises each
// apart: joinRelays once held them all, and whenever one met a new kind of array or object (an
// empty content, say) the whole of it was deoptimised and compiled again, seven times over the
// BBC texts, the costliest recompilation in analyze().

/** The relay patterns a cue after a comma or a closed quote makes ("…, X said, reported the Herald"). */
function invertedRelays(
  text: string,
  outer: Attribution,
  attributions: Attribution[],
  cues: StartIndex,
): void {
  if (
    INVERTIBLE.has(outer.cue.lemma) &&
    QUOTE_THEN_RELAY.test(text.slice(outer.cue.start - 4, outer.cue.start))
  )
    quotedInvertedRelay(text, outer, attributions, cues);
  const trailing = outer.cue.lemma === 'according to' && outer.source && outer.source.start > outer.cue.end;
  if (trailing && QUOTE_THEN_RELAY.test(text.slice(outer.cue.start - 4, outer.cue.start)))
    quotedAccordingTo(text, outer);
  if (!precededByComma(text, outer.cue.start)) return;
  // "…, saying Ann Cole would run": a participle's capitalised object is what it says, no relay's speaker.
  if (PARTICIPLE.test(outer.cue.text)) return;
  if (INVERTIBLE.has(outer.cue.lemma)) {
    invertedRelay(text, outer, attributions, cues);
    if (!outer.source) trailingSpeaker(text, outer);
  } else if (outer.cue.lemma === 'according to' && outer.source && outer.source.start > outer.cue.end)
    trailingAccordingTo(text, outer, attributions, cues);
}

/**
 * "Debates rarely move the polls, noted Dana Cole.": with no source, the taggers may take the name
 * ending the sentence after a cue for its content. The name is who spoke, the clause before the
 * comma what was said.
 */
function trailingSpeaker(text: string, a: Attribution): void {
  const only = a.content.length === 1 ? a.content[0] : null;
  const m = only ? TRAILING_NAME.exec(text.slice(a.cue.end, a.cue.end + 80)) : null;
  if (!only || !m) return;
  const sourceStart = a.cue.end + m[0].indexOf(m[1]);
  const name = m[1].trim();
  if (sourceStart !== only.start || name.split(/\s+/).length > MAX_RELAYED_SOURCE_WORDS) return;
  const comma = text.lastIndexOf(',', a.cue.start);
  const start = quoteStart(text, sentenceStart(text, comma));
  if (comma <= start) return;
  a.source = sourceOf(spanOf(text, sourceStart, sourceStart + name.length), classifySource(name));
  a.content = [spanOf(text, start, trimEnd(text, start, comma))];
}

/**
 * A report (`outer`) whose content after its cue holds the source of a later statement (`inner`)
 * carries that statement. Only what the relay reports after its cue is carried on: a piece before
 * the cue (the first half of a quote split by "she told reporters", a passive subject) stays a
 * piece of its own, so the carried statement never runs over the relay's own cue.
 */
function carryReported(text: string, outer: Attribution, inner: Attribution): void {
  const source = inner.source;
  if (inner === outer || !source || inner.cue.start < outer.cue.start) return;
  const cueStart = outer.cue.start;
  let holds = false;
  let start = Number.POSITIVE_INFINITY;
  for (const c of outer.content)
    if (c.end > cueStart) {
      if (c.start <= source.start && source.end <= c.end) holds = true;
      start = Math.min(start, c.start);
    }
  if (!holds) return;
  const before: Span[] = [];
  const after: Span[] = [];
  for (const c of outer.content) (c.end <= cueStart ? before : after).push(c);
  const joined = JOINED_CLAUSE.exec(text.slice(start, source.start));
  if (joined) {
    // "said A, and he urged B": a second statement, not one the first relays.
    const cut = trimEnd(text, start, start + joined.index);
    for (const c of after) if (c.start < cut) before.push(spanOf(text, c.start, Math.min(c.end, cut)));
    outer.content = before;
    return;
  }
  // The relay carries the whole inner statement, not just its speaker, and keeps its own words
  // past it ("told Fox that “they said he was soft. … They are gaming it.”").
  let end = inner.cue.end;
  for (const c of inner.content) end = Math.max(end, c.end);
  for (const c of after) end = Math.max(end, c.end);
  if (end > start) {
    before.push(spanOf(text, start, end));
    outer.content = before;
  }
}

/**
 * "X made a statement saying that the fleet would sail to “secure the strait,” reported the
 * Herald": the comma closes a quote inside the content of the statement before it, so the report
 * relays that statement. Only when the quote opens inside that statement's content, in the same
 * sentence: "“We will win,” said Hill." relays nothing.
 */
function quotedInvertedRelay(text: string, outer: Attribution, all: Attribution[], cues: StartIndex): void {
  const comma = text.lastIndexOf(',', outer.cue.start);
  // The mark that opened the quote this comma closes: a straight one pairs with the straight one before.
  const open = text.lastIndexOf(text[comma + 1] === '"' ? '"' : '“', comma);
  const inner = lastBefore(all, cues, outer, comma, text);
  if (!inner || open < inner.cue.end || !sameSentence(text, inner.cue.start, outer.cue.start)) return;
  if (!inner.content.some((c) => c.start <= open && open < c.end)) return;
  invertedRelay(text, outer, all, cues, inner);
}

/** "…, X said, reported the Herald": the relay's source is the name after the cue. */
function invertedRelay(
  text: string,
  outer: Attribution,
  all: Attribution[],
  cues: StartIndex,
  known?: Attribution,
): void {
  // "A source, however, told the Record that …": a speaker before the cue makes it no relay tail,
  // unless another cue stands between them ("…,” Mayor Diaz said, reported the Herald").
  const source = outer.source;
  const own =
    source &&
    source.end <= outer.cue.start &&
    sameSentence(text, source.start, outer.cue.start) &&
    !startingIn(cues, source.end, outer.cue.start).some(
      (k) => all[k] !== outer && all[k].cue.end <= outer.cue.start,
    );
  if (!known && own) return;
  const m = TRAILING_NAME.exec(text.slice(outer.cue.end, outer.cue.end + 80));
  if (!m) return;
  const sourceStart = outer.cue.end + m[0].indexOf(m[1]);
  const name = m[1].trim();
  const comma = text.lastIndexOf(',', outer.cue.start);
  const inner = known ?? lastBefore(all, cues, outer, comma, text);
  if (!inner) return;
  // "Lee wants a vote. Few agree, said Ana Ruiz.": a cue in an earlier sentence is no statement
  // the tag relays, and the tag keeps its tagged roles (PolNeAR train: whole overlap +10 for 6
  // more; giving it the sentence before the comma instead scored 5 fewer, the name after
  // "said Mr." cut short).
  if (!known && !sameSentence(text, inner.cue.end, comma)) return;
  const start = attributionStart(inner);
  const contentStart = text.lastIndexOf('\n', start) + 1 <= start ? quoteStart(text, start) : start;
  outer.source = {
    start: sourceStart,
    end: sourceStart + name.length,
    text: name,
    entity: null,
    kind: classifySource(name),
  };
  outer.content = [spanOf(text, contentStart, comma)];
}

/**
 * "… reported Ahram Online. Adding that the spokesman also denied …": a sentence opened by a
 * participle cue goes on with the speaker of the attribution just before it.
 */
function continuedSpeakers(text: string, attributions: Attribution[], cues: StartIndex): void {
  for (const a of attributions) {
    if (
      a.source ||
      !/^\p{Lu}\p{Ll}+ing$/u.test(a.cue.text) ||
      sentenceStart(text, a.cue.start) !== a.cue.start
    )
      continue;
    // "Citing a theory, Trump accused …" has its own subject after the phrase; "Adding that …" has none.
    if (!/^\s*(?:that\b|[:"“])/.test(text.slice(a.cue.end, a.cue.end + 6))) continue;
    const previous = lastBefore(attributions, cues, a, a.cue.start, text);
    if (previous?.source && previous.source.kind !== 'anonymous')
      a.source = sourceOf(previous.source, previous.source.kind, previous.source.entity);
  }
}

/**
 * "AP reported that …, quoting two unnamed officials": the officials are the source (a tagger that
 * gives "quoting" no source after it takes them for its content, and may give it the report's
 * source before it), the content is the report's in the same sentence, and linkChains makes them
 * speak via the report.
 */
function quotedSource(text: string, a: Attribution, all: Attribution[], cues: StartIndex): void {
  const sourceAfter = a.source && a.source.start >= a.cue.end ? a.source : null;
  const phrase = sourceAfter ?? a.content[0];
  if (!phrase || phrase.start < a.cue.end || phrase.start - a.cue.end > 2) return;
  if (!sourceAfter && (a.content.length !== 1 || nounPhraseWords(phrase.text) > MAX_RELAYED_SOURCE_WORDS))
    return;
  const before = lastBefore(all, cues, a, a.cue.start, text);
  const reportsBefore =
    !!before?.source &&
    REPORT_LEMMAS.has(before.cue.lemma) &&
    sameSentence(text, before.cue.end, a.cue.start);
  const report = reportsBefore ? before : reportAfter(text, a, phrase, all);
  if (!report) return;
  if (!sourceAfter) a.source = sourceOf(phrase, classifySource(phrase.text));
  // The report's content stops where the quoting starts.
  report.content = report.content.flatMap((c) => {
    if (c.end <= a.cue.start) return [c];
    if (c.start >= a.cue.start) return c.start >= phrase.end ? [c] : [];
    let end = a.cue.start;
    while (end > c.start && /[\s,;]/.test(text[end - 1])) end--;
    return end > c.start ? [spanOf(text, c.start, end)] : [];
  });
  // Copies written out field by field: a spread copy would get a hidden class of its own, and every
  // function reading contents would meet one more (see build.ts).
  a.content = [];
  for (const c of report.content) a.content.push({ start: c.start, end: c.end, text: c.text });
}

/**
 * "AP, quoting two unnamed officials, reported that …": the report whose cue follows the quoted
 * source's phrase and its closing comma, in the same sentence, with its source before the
 * participle; else null.
 */
function reportAfter(text: string, a: Attribution, phrase: Span, all: Attribution[]): Attribution | null {
  if (!/^\s*,/.test(text.slice(phrase.end, phrase.end + 3))) return null;
  for (const b of all) {
    if (b === a || !b.source || b.source.end > a.cue.start || b.cue.start < phrase.end) continue;
    if (!REPORT_LEMMAS.has(b.cue.lemma) || !/^[\s,]*$/.test(text.slice(phrase.end, b.cue.start))) continue;
    return sameSentence(text, b.source.end, b.cue.start) ? b : null;
  }
  return null;
}

/**
 * Words of a relayed source before any relative clause: "two engineers who asked not to be named
 * because …" is two words of name and a clause that says why they are unnamed.
 */
function nounPhraseWords(phrase: string): number {
  const words = phrase.split(/\s+/);
  const relative = words.findIndex((w, i) => i > 0 && /^(?:who|whom|whose)$/i.test(w));
  return relative > 0 ? relative : words.length;
}

/**
 * "“…Hafter said that it had secured a “safe haven” … . The army stands apart, he stressed,”
 * according to the Herald": a trailing "according to" right after a closing mark relays the whole
 * quotation, from the mark that opened it in the same paragraph (quotes nested in it with the same
 * marks are passed over) or the start of the sentence holding that mark, whatever statements
 * inside it were tagged.
 */
function quotedAccordingTo(text: string, outer: Attribution): void {
  const comma = text.lastIndexOf(',', outer.cue.start);
  const close = text[comma + 1];
  const opening = close === '"' ? '"' : '“';
  const from = lineStart(text, comma);
  let depth = 1;
  for (let k = comma - 1; k >= from; k--) {
    // A straight mark opens or closes by what stands beside it; curly ones say which they are.
    const opens =
      opening === '"' ? text[k] === '"' && !/[\p{L}\p{N}.,!?]/u.test(text[k - 1] ?? ' ') : text[k] === '“';
    const closes = opening === '"' ? text[k] === '"' && !opens : text[k] === '”';
    if (closes) depth++;
    else if (opens && --depth === 0) {
      // A quote inside a sentence ("rose to the top for its “… scripts,” according to …") is
      // relayed with the sentence that holds it.
      const line = lineStart(text, k);
      const ended = /^.*[.!?]["”’]?\s+/su.exec(text.slice(line, k));
      outer.content = [spanOf(text, line + (ended ? ended[0].length : 0), comma)];
      return;
    }
  }
}

/** "“…,” one of the officials told the agency, according to its report.": the report relays the statement. */
function trailingAccordingTo(text: string, outer: Attribution, all: Attribution[], cues: StartIndex): void {
  const comma = text.lastIndexOf(',', outer.cue.start);
  const inner = lastBefore(all, cues, outer, comma, text);
  // "Lee said the dam held. Roads stayed shut, according to the police.": a report in an earlier
  // sentence of the paragraph is its own, not what "according to" relays (PolNeAR train: whole
  // overlap +47 for 58 more attributions, the inner reports no longer folded into the relay).
  if (!inner || !sameSentence(text, inner.cue.end, comma)) return;
  outer.content = [spanOf(text, quoteStart(text, attributionStart(inner)), comma)];
}
