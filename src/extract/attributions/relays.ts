/**
 * Relayed reports in the trained extractor's flat output (PolNeAR annotates each token once, so the
 * taggers never nest): "“…,” Col. Qadiri said, reported the Maghreb Herald" and "According to
 * Zawiya Online, the spokesman stated …". The relay's source and content are set to what it relays,
 * and linkChains (chains.ts) then points the inner attribution's `via` at it.
 */
import type { Attribution, Source } from '../../analysis/types.js';
import {
  INVERTIBLE,
  RELAYED_BY,
  SPEECH_LEMMAS,
  TITLE_INTRODUCERS,
  TITLE_ONLY_INTRODUCERS,
} from '../../language/en/cues/reportingVerbs.js';
import { LABEL_WORDS } from '../../language/en/cues/sourceWords.js';
import { pressReleaseQuotes } from './baseline/pressRelease.js';
import { sameSentence, sentenceEnd, sentenceStart, spanOf } from './build.js';
import { numberInOrder } from './chains.js';
import { joinReopenedQuotes } from './quotes.js';
import { classifySource } from './sourceKind.js';

/** A name phrase that ends the sentence after an inverted relay cue: " the Maghreb Herald." */
const TRAILING_NAME = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.\- ]*?)\s*(?:[.!?](?:\s|$)|\n|$)/u;
const REPORT_LEMMAS = new Set(['report', 'write', 'tell', 'say', 'quote', 'according to']);
/** A content ending in a joining word before the next speaker ("…, and he"). */
const JOINED_CLAUSE = /[\s,;—–]*\b(?:and|but|while|though|although|whereas)\s*$/i;

/** `end` moved back over white space and punctuation, not before `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:—–]/.test(text[e - 1])) e--;
  return e;
}

/**
 * A relay tag the tagger left inside a content, after the statement's own tag: ", reported the
 * Maghreb Herald", ", according to its report", ", wrote the Courier".
 */
const RELAY_TAIL =
  /^(reported|according to|wrote|stated|said)\s+((?:the|its|their|his|her)?\s*[\p{L}\p{N}'’&.\- ]+?)\s*[.!?]?$/iu;
const TAIL_LEMMA: Record<string, string> = {
  reported: 'report',
  'according to': 'according to',
  wrote: 'write',
  stated: 'state',
  said: 'say',
};
/** A relayed source is a noun phrase of at most this many words. */
const MAX_RELAYED_SOURCE_WORDS = 8;
/** The name of a relay tail is short: a longer run is a clause, not a source. */
const MAX_TAIL_WORDS = 6;

export function joinRelays(text: string, attributions: Attribution[]): void {
  const labels = dropLabels(text, attributions);
  const signed = pressReleaseQuotes(text, attributions);
  const named = anonymityClauses(text, attributions);
  joinReopenedQuotes(text, attributions);
  for (const a of attributions)
    if (RELAYED_BY.has(a.cue.text.toLowerCase())) quotedSource(text, a, attributions);
  const tails = splitRelayTails(text, attributions);
  const tags = splitParentheticalTags(text, attributions);
  for (const outer of attributions) {
    if (!precededByComma(text, outer.cue.start)) continue;
    if (INVERTIBLE.has(outer.cue.lemma)) invertedRelay(text, outer, attributions);
    else if (outer.cue.lemma === 'according to' && outer.source && outer.source.start > outer.cue.end)
      trailingAccordingTo(text, outer, attributions);
  }
  // After the relays: "…, reported Ahram Online. Adding that …" goes on with the relay's source.
  continuedSpeakers(text, attributions);
  if (labels || signed || named || tails || tags) numberInOrder(attributions);
  for (const outer of attributions) {
    if (!REPORT_LEMMAS.has(outer.cue.lemma)) continue;
    for (const inner of attributions) {
      if (inner === outer || !inner.source || inner.cue.start < outer.cue.start) continue;
      const holds = outer.content.some((c) => c.start <= inner.source!.start && inner.source!.end <= c.end);
      if (!holds) continue;
      const start = Math.min(...outer.content.map((c) => c.start));
      const joined = JOINED_CLAUSE.exec(text.slice(start, inner.source.start));
      if (joined) {
        // "said A, and he urged B": a second statement, not one the first relays.
        const cut = trimEnd(text, start, start + joined.index);
        outer.content = outer.content
          .filter((c) => c.start < cut)
          .map((c) => spanOf(text, c.start, Math.min(c.end, cut)));
        continue;
      }
      // The relay carries the whole inner statement, not just its speaker.
      const end = Math.max(...inner.content.map((c) => c.end), inner.cue.end);
      if (end > start) outer.content = [spanOf(text, start, end)];
    }
  }
}

/** "…, X said, reported the Herald": the relay's source is the name after the cue. */
function invertedRelay(text: string, outer: Attribution, all: Attribution[]): void {
  const m = TRAILING_NAME.exec(text.slice(outer.cue.end, outer.cue.end + 80));
  if (!m) return;
  const sourceStart = outer.cue.end + m[0].indexOf(m[1]);
  const name = m[1].trim();
  const comma = text.lastIndexOf(',', outer.cue.start);
  const inner = lastBefore(all, outer, comma, text);
  if (!inner) return;
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
 * Drops what only looks like a speaker and a cue: "Note: …" before a colon, a document
 * introducing its quoted title ("a study called “…”"), which the real source keeps instead
 * ("A survey titled “…” found"), and any cue ending in "titled" before a quote ("members released
 * a paper titled “…”"): a title is not speech. Returns whether any was dropped.
 */
function dropLabels(text: string, attributions: Attribution[]): boolean {
  const before = attributions.length;
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k];
    if (a.source) anonymousAppositive(text, a.source);
    const note = a.cue.text === ':' && a.source && LABEL_WORDS.has(a.source.text.toLowerCase());
    const cue = a.cue.text.toLowerCase();
    const introducer =
      ((!a.source || a.source.kind === 'document') && TITLE_INTRODUCERS.has(cue)) ||
      TITLE_ONLY_INTRODUCERS.has(cue.slice(cue.lastIndexOf(' ') + 1));
    const title = introducer && /^\s*["“‘]/.test(text.slice(a.cue.end, a.cue.end + 3));
    if (note || title) attributions.splice(k, 1);
    else if (a.source && withQuotedTitle(text, a.source)) contentAfterSource(text, a);
  }
  return attributions.length < before;
}

/** "A spokeswoman for the department" followed by ", who declined to be named": an anonymous source. */
function anonymousAppositive(text: string, source: Source): void {
  const m = /^,\s*who\s+(?:declined|asked not|refused|requested not)\s+to\s+be\s+(?:named|identified)\b/.exec(
    text.slice(source.end, source.end + 60),
  );
  if (m) Object.assign(source, spanOf(text, source.start, source.end + m[0].length), { kind: 'anonymous' });
}

/**
 * "A survey" followed by ` titled “Crossing Lines”`: the source keeps the title that names it.
 * Returns whether it did.
 */
function withQuotedTitle(text: string, source: Source): boolean {
  const m = /^\s+(\p{Ll}+)\s+["“]([^"”\n]{1,200})["”]/u.exec(text.slice(source.end, source.end + 220));
  if (!m || !TITLE_INTRODUCERS.has(m[1])) return false;
  const end = source.end + m[0].length;
  Object.assign(source, spanOf(text, source.start, end), { kind: 'document' });
  return true;
}

/**
 * "According to a study called “Dry Wells”, farms …": the tagger may have begun the content at
 * "called"; once the source holds the title, the content starts after it (and its comma).
 */
function contentAfterSource(text: string, a: Attribution): void {
  const { start: sourceStart, end: sourceEnd } = a.source!;
  let after = sourceEnd;
  while (after < text.length && /[\s,;:]/.test(text[after])) after++;
  // Only a content running on past the title is cut; one inside it is left as the tagger gave it.
  a.content = a.content.map((c) =>
    c.start >= sourceStart && c.start < sourceEnd && after < c.end ? spanOf(text, after, c.end) : c,
  );
}

/**
 * "A county official who asked not to be named … said the board had …": the tagger takes "who"
 * for a speaker and "asked" for a cue. The anonymity clause belongs to the source of the verb
 * after it; without such a verb it is no attribution at all. Returns whether any changed.
 */
function anonymityClauses(text: string, attributions: Attribution[]): boolean {
  let changed = false;
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k];
    if (!a.source || !/^(?:who|that)$/i.test(a.source.text)) continue;
    const clause = ANONYMITY_CLAUSE.exec(text.slice(a.cue.start, a.cue.start + 40));
    if (!clause) continue;
    changed = true;
    // The verb may lie past what the tagger gave the clause, up to the sentence end.
    const contentEnd = Math.max(a.cue.end, sentenceEnd(text, a.cue.end), ...a.content.map((c) => c.end));
    const rest = text.slice(a.cue.start + clause[0].length, contentEnd);
    const verb = /\s(said|says|added)\s/.exec(rest);
    const start = sentenceStart(text, a.source.start);
    if (!verb || start >= a.source.start) {
      attributions.splice(k, 1);
      continue;
    }
    const cueStart = a.cue.start + clause[0].length + verb.index + 1;
    const cueEnd = cueStart + verb[1].length;
    const end = sentenceEnd(text, cueEnd);
    const source = spanOf(text, start, cueStart - 1);
    a.source = { ...source, entity: null, kind: classifySource(source.text) };
    a.cue = { ...spanOf(text, cueStart, cueEnd), lemma: TAG_LEMMA[verb[1]] ?? 'say', stance: 'assert' };
    a.content = [spanOf(text, cueEnd + 1, end)];
    // What the tagger saw as cues inside the statement ("had quietly considered") are not speech,
    // and a second attribution of the same verb ("talks said …") is this one seen wrongly.
    for (let j = attributions.length - 1; j >= 0; j--) {
      const b = attributions[j];
      const inside = b.cue.start >= cueEnd && b.cue.end <= end && !SPEECH_LEMMAS.has(b.cue.lemma);
      const sameVerb = b.cue.start < cueEnd && cueStart < b.cue.end;
      if (b !== a && (inside || sameVerb)) {
        attributions.splice(j, 1);
        if (j < k) k--;
      }
    }
  }
  return changed;
}

const ANONYMITY_CLAUSE =
  /^(?:asked|declined|refused|requested|agreed to speak on condition)(?: not)? to be (?:named|identified)\b/i;

/**
 * "… reported Ahram Online. Adding that the spokesman also denied …": a sentence opened by a
 * participle cue goes on with the speaker of the attribution just before it.
 */
function continuedSpeakers(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (
      a.source ||
      !/^\p{Lu}\p{Ll}+ing$/u.test(a.cue.text) ||
      sentenceStart(text, a.cue.start) !== a.cue.start
    )
      continue;
    // "Citing a theory, Trump accused …" has its own subject after the phrase; "Adding that …" has none.
    if (!/^\s*(?:that\b|[:"“])/.test(text.slice(a.cue.end, a.cue.end + 6))) continue;
    const previous = lastBefore(attributions, a, a.cue.start, text);
    if (previous?.source && previous.source.kind !== 'anonymous') a.source = { ...previous.source };
  }
}

/**
 * "AP reported that …, quoting two unnamed officials": the officials are the source (a tagger that
 * gives "quoting" no source takes them for its content), the content is the report's in the same
 * sentence, and linkChains makes them speak via the report.
 */
function quotedSource(text: string, a: Attribution, all: Attribution[]): void {
  const phrase = a.source ?? a.content[0];
  if (!phrase || phrase.start < a.cue.end || phrase.start - a.cue.end > 2) return;
  if (!a.source && (a.content.length !== 1 || phrase.text.split(/\s+/).length > MAX_RELAYED_SOURCE_WORDS))
    return;
  const report = lastBefore(all, a, a.cue.start, text);
  if (!report?.source || !REPORT_LEMMAS.has(report.cue.lemma)) return;
  if (!sameSentence(text, report.cue.end, a.cue.start)) return;
  if (!a.source) a.source = { ...phrase, entity: null, kind: classifySource(phrase.text) };
  // The report's content stops where the quoting starts.
  report.content = report.content.flatMap((c) => {
    if (c.end <= a.cue.start) return [c];
    if (c.start >= a.cue.start) return c.start >= phrase.end ? [c] : [];
    let end = a.cue.start;
    while (end > c.start && /[\s,;]/.test(text[end - 1])) end--;
    return end > c.start ? [spanOf(text, c.start, end)] : [];
  });
  a.content = report.content.map((c) => ({ ...c }));
}

/**
 * Takes each relay tail out of the content it was tagged into and adds it as the outer attribution
 * (linkChains then sets the inner one's `via`). Returns whether any was added.
 */
function splitRelayTails(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  for (const inner of attributions) {
    const at = inner.content.findIndex(
      (c) => c.start > inner.cue.end && precededByComma(text, c.start) && isRelayTail(c.text),
    );
    if (at < 0 || inner.content.length < 2) continue;
    const tail = inner.content[at];
    const m = RELAY_TAIL.exec(tail.text)!;
    const verb = m[1];
    const nameStart = tail.start + tail.text.indexOf(m[2], verb.length);
    const name = spanOf(text, nameStart, nameStart + m[2].length);
    inner.content = inner.content.filter((_, k) => k !== at);
    const comma = text.lastIndexOf(',', tail.start);
    const start = quoteStart(text, attributionStart(inner));
    added.push({
      id: '',
      source: { ...name, entity: null, kind: classifySource(name.text) },
      cue: {
        ...spanOf(text, tail.start, tail.start + verb.length),
        lemma: TAIL_LEMMA[verb.toLowerCase()],
        stance: 'assert',
      },
      content: [spanOf(text, start, comma)],
      form: 'indirect',
      via: null,
      confidence: inner.confidence,
      rule: 'relay-tail',
    });
  }
  attributions.push(...added);
  return added.length > 0;
}

/**
 * A speech tag set off by commas inside a sentence: "Qadiri ordered the transfers, the officials
 * said, and signed …"; "Some studies found that …, he said, while others …". What comes before
 * the tag is what the speaker said. Returns whether attributions were added or dropped.
 */
const PARENTHETICAL_TAG =
  /,\s+((?:he|she|they|it|the\s+[\p{Ll}-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))\s+(said|says|added|adds)\s*,\s*/gu;
const TAG_LEMMA: Record<string, string> = { said: 'say', says: 'say', added: 'add', adds: 'add' };

function splitParentheticalTags(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  const dropped = new Set<Attribution>();
  for (const a of attributions) {
    // The tagger's own attribution of the tag, with the words before it left out.
    if (a.source && INVERTIBLE.has(a.cue.lemma) && isParentheticalTag(text, a)) {
      const start = sentenceStart(text, a.source.start);
      const comma = text.lastIndexOf(',', a.source.start);
      if (comma <= start || a.content.some((c) => c.start < comma)) continue;
      const before = spanOf(text, start, comma);
      a.content = [before, ...a.content];
      // A "cue" the tagger saw in those words ("Qadiri ordered") that is no speech verb is noise.
      for (const b of attributions)
        if (b !== a && b.cue.start >= start && b.cue.end <= comma && !SPEECH_LEMMAS.has(b.cue.lemma))
          dropped.add(b);
      continue;
    }
    // A tag the tagger swallowed into a content.
    for (const [k, c] of a.content.entries()) {
      PARENTHETICAL_TAG.lastIndex = 0;
      const m = PARENTHETICAL_TAG.exec(c.text);
      if (!m || m.index === 0) continue;
      const at = c.start + m.index;
      // Inside a quotation the tag belongs to the quoted speaker's own story, not to this report.
      if (/["“”]/.test(text.slice(sentenceStart(text, at), at))) continue;
      const sourceStart = at + m[0].indexOf(m[1]);
      const cueStart = sourceStart + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
      const rest = text.slice(c.start + m.index + m[0].length, c.end);
      const pieces = [spanOf(text, c.start, at)];
      if (rest && !/^(?:while|whereas|but|and)\b/i.test(rest))
        pieces.push(spanOf(text, c.end - rest.length, c.end));
      a.content.splice(k, 1, ...pieces);
      const source = spanOf(text, sourceStart, sourceStart + m[1].length);
      added.push({
        id: '',
        source: { ...source, entity: null, kind: classifySource(source.text) },
        cue: { ...spanOf(text, cueStart, cueStart + m[2].length), lemma: TAG_LEMMA[m[2]], stance: 'assert' },
        content: [spanOf(text, sentenceStart(text, at), at)],
        form: 'indirect',
        via: null,
        confidence: a.confidence,
        rule: 'parenthetical-tag',
      });
      break;
    }
  }
  for (let k = attributions.length - 1; k >= 0; k--)
    if (dropped.has(attributions[k])) attributions.splice(k, 1);
  attributions.push(...added);
  return added.length > 0 || dropped.size > 0;
}

/** ", the officials said," inside a sentence, with words before it. */
function isParentheticalTag(text: string, a: Attribution): boolean {
  const source = a.source!;
  if (source.text.split(/\s+/).length > 3 || source.start >= a.cue.start) return false;
  if (!/,\s*$/.test(text.slice(Math.max(0, source.start - 3), source.start))) return false;
  if (!/^\s*,/.test(text.slice(a.cue.end, a.cue.end + 2))) return false;
  // What the tagger gave the tag must continue the statement ("…, and signed …"); a quote or clause
  // of its own after the tag means the words before it only set the scene ("As the phone rang, …").
  if (a.content.length > 0 && !/^(?:and|but|or)\s/i.test(a.content[0].text)) return false;
  const start = sentenceStart(text, source.start);
  return !/["“”]/.test(text.slice(start, source.start)) && source.start - start > MIN_TAGGED_CHARS;
}

/** Fewer characters than this before a tag are an introductory phrase, not a statement. */
const MIN_TAGGED_CHARS = 12;

function isRelayTail(s: string): boolean {
  const m = RELAY_TAIL.exec(s);
  return (
    !!m && m[2].split(/\s+/).length <= MAX_TAIL_WORDS && /^(?:(?:the|its|their|his|her)\s+)?\S/iu.test(m[2])
  );
}

/** "“…,” one of the officials told the agency, according to its report.": the report relays the statement. */
function trailingAccordingTo(text: string, outer: Attribution, all: Attribution[]): void {
  const comma = text.lastIndexOf(',', outer.cue.start);
  const inner = lastBefore(all, outer, comma, text);
  if (!inner) return;
  outer.content = [spanOf(text, quoteStart(text, attributionStart(inner)), comma)];
}

/** The attribution whose cue ends last before `comma` on the same line. */
function lastBefore(all: Attribution[], outer: Attribution, comma: number, text: string): Attribution | null {
  let best: Attribution | null = null;
  for (const a of all)
    if (
      a !== outer &&
      a.cue.end <= comma &&
      a.cue.start >= lineStart(text, comma) &&
      (!best || a.cue.start > best.cue.start)
    )
      best = a;
  return best;
}

function attributionStart(a: Attribution): number {
  return Math.min(a.cue.start, a.source?.start ?? a.cue.start, ...a.content.map((c) => c.start));
}

function precededByComma(text: string, at: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

/** Widens a start back over an opening quote mark right before it. */
function quoteStart(text: string, start: number): number {
  return start > 0 && /["“]/.test(text[start - 1]) ? start - 1 : start;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at) + 1;
}
