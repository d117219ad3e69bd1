/**
 * Speech tags the tagger left inside a content: a relay tail after the statement's own tag
 * (", reported the Maghreb Herald") and a parenthetical tag set off by commas (", the officials
 * said,"). Each becomes an attribution of its own. Offsets are UTF-16.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { INVERTIBLE, SPEECH_LEMMAS } from '../../language/en/cues/reportingVerbs.js';
import { cueOf, sentenceStart, sourceOf, spanOf } from './build.js';
import { attributionStart, precededByComma, quoteStart } from './relaySpans.js';
import { classifySource } from './sourceKind.js';

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
  heard: 'hear',
  learned: 'learn',
};
/** The name of a relay tail is short: a longer run is a clause, not a source. */
const MAX_TAIL_WORDS = 6;

/**
 * Takes each relay tail out of the content it was tagged into and adds it as the outer attribution
 * (linkChains then sets the inner one's `via`). Returns whether any was added.
 */
export function splitRelayTails(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  for (const inner of attributions) {
    const at = inner.content.findIndex(
      (c) =>
        c.start > inner.cue.end &&
        precededByComma(text, c.start) &&
        (isRelayTail(c.text) || speakerFirstTail(text, c) !== null),
    );
    if (at < 0 || inner.content.length < 2) continue;
    const tail = inner.content[at];
    const m = RELAY_TAIL.exec(tail.text);
    // "“…,” Roche said, the Brennock Post reported. “…”": the name, then the verb left out of the content.
    const verb = m ? m[1] : speakerFirstTail(text, tail)!;
    const verbStart = m ? tail.start : text.indexOf(verb, tail.end);
    const nameStart = m ? tail.start + tail.text.indexOf(m[2], verb.length) : tail.start;
    const name = spanOf(text, nameStart, m ? nameStart + m[2].length : tail.end);
    inner.content = inner.content.filter((_, k) => k !== at);
    const comma = text.lastIndexOf(',', tail.start);
    const start = quoteStart(text, attributionStart(inner));
    added.push(relayTail(text, name, verbStart, verb, start, comma, inner.confidence));
  }
  attributions.push(...added);
  return added.length > 0;
}

/** A relay verb right after a content piece that names an outlet or a source, or null. */
function speakerFirstTail(text: string, piece: Span): string | null {
  const verb = /^\s+(reported|wrote)(?=[\s.,;!?]|$)/.exec(text.slice(piece.end, piece.end + 12));
  if (!verb || piece.text.split(/\s+/).length > MAX_TAIL_WORDS) return null;
  return /^(?:(?:the|its|their)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{Lu}&][\p{L}'’.&-]*)*$/u.test(piece.text)
    ? verb[1]
    : null;
}

/** The outer attribution of a relay tail: `name` reported (cue `verb` at `verbStart`) the text [from, to). */
function relayTail(
  text: string,
  name: Span,
  verbStart: number,
  verb: string,
  from: number,
  to: number,
  confidence: number,
): Attribution {
  return {
    id: '',
    source: sourceOf(name, classifySource(name.text)),
    cue: cueOf(spanOf(text, verbStart, verbStart + verb.length), TAIL_LEMMA[verb.toLowerCase()], 'assert'),
    content: [spanOf(text, from, to)],
    form: 'indirect',
    via: null,
    confidence,
    rule: 'relay-tail',
  };
}

/**
 * A relay tag that ends a statement with its own cue, written speaker first: "Pilots told the port
 * that the channel was silting, an inquiry heard on Wednesday"; "…, the Gazette reported." The tag
 * is a noun phrase (an article or a capital first, no clause in it) and a past-tense relay verb,
 * maybe a day, at the content's end.
 */
const TRAILING_TAG =
  /,\s+((?:(?:the|a|an|its|their)\s+|\p{Lu})[^,;:!?"“”\n]{0,60}?)\s+(reported|heard|learned|wrote)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+(?:week|month|year)))?$/du;
/** Words of a trailing tag's speaker. */
const MAX_TRAILING_SPEAKER_WORDS = 10;

/**
 * Takes a trailing relay tag out of the content it ends and makes it the outer attribution,
 * carrying the statement before it (linkChains then makes the statement speak via it); a cue the
 * tagger already gave the tag's verb becomes that attribution. Returns whether any was added.
 */
export function splitTrailingTags(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  const cueAt = cuesByStart(attributions);
  for (const inner of attributions) {
    let last = inner.content[inner.content.length - 1];
    if (!last || last.start < inner.cue.end) continue;
    // The tagger may stop the content right before the tag's verb, which it made a cue.
    const next = cueAfterSpace(text, last.end, cueAt, inner);
    if (next) last = spanOf(text, last.start, next.cue.end);
    const m = TRAILING_TAG.exec(last.text);
    if (!m || m[1].split(/\s+/).length > MAX_TRAILING_SPEAKER_WORDS || /\b(?:that|who|which)\b/i.test(m[1]))
      continue;
    const comma = last.start + m.index;
    const nameStart = last.start + m.indices![1][0];
    const name = spanOf(text, nameStart, nameStart + m[1].length);
    const verbStart = last.start + m.indices![2][0];
    const from = quoteStart(text, attributionStart(inner));
    inner.content[inner.content.length - 1] = spanOf(text, last.start, comma);
    const tagged = attributions.find((b) => b !== inner && b.cue.start === verbStart);
    if (tagged) {
      tagged.source = sourceOf(name, classifySource(name.text));
      tagged.content = [spanOf(text, from, comma)];
    } else added.push(relayTail(text, name, verbStart, m[2], from, comma, inner.confidence));
  }
  attributions.push(...added);
  return added.length > 0;
}

/** Each cue start with the attributions whose cue starts there, with their places in the list. */
function cuesByStart(attributions: Attribution[]): Map<number, { a: Attribution; rank: number }[]> {
  const at = new Map<number, { a: Attribution; rank: number }[]>();
  attributions.forEach((a, rank) => {
    const list = at.get(a.cue.start);
    if (list) list.push({ a, rank });
    else at.set(a.cue.start, [{ a, rank }]);
  });
  return at;
}

/** The first attribution in list order, other than `self`, whose cue follows `end` past white space only. */
function cueAfterSpace(
  text: string,
  end: number,
  cueAt: Map<number, { a: Attribution; rank: number }[]>,
  self: Attribution,
): Attribution | undefined {
  let best: { a: Attribution; rank: number } | undefined;
  for (let k = end; k < text.length && /\s/.test(text[k]); k++)
    for (const b of cueAt.get(k + 1) ?? []) if (b.a !== self && (!best || b.rank < best.rank)) best = b;
  return best?.a;
}

/** How far past a speech tag a relay tail ending its sentence is looked for. */
const RELAY_TAG_WINDOW = 80;
/** ", reported Valley Radio." right after a speech tag, up to the end of the sentence. */
const AFTER_TAG = /^,\s+([^\n]*?)(?:[.!?](?=\s)|\n)/u;
/**
 * A tail that relays: a report or a piece of writing, by a name or a described outlet ("Valley
 * Radio", "the local radio station"). A second "said" after a tag ("…, said Ken Ito, said last
 * year") is a slip, not a relay.
 */
const UNTAGGED_RELAY = /^(?:reported|wrote)\s+(?:(?:the|its|their|his|her)\s|\p{Lu})/u;

/**
 * "“…,” the mayor said, reported Valley Radio.": a relay tail right after a speech tag that the
 * cue tagger never marked (it does after a named speaker, not always after a description) is added
 * as the outer attribution, carrying the tagged statement, as splitRelayTails does for a tail left
 * inside a content. Returns whether any was added.
 */
export function addUntaggedRelayTails(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  for (const inner of attributions) {
    if (!INVERTIBLE.has(inner.cue.lemma) || inner.content.length === 0) continue;
    // Only a tag after the statement it tags ("“…,” the mayor said") can be relayed whole by a tail.
    const tagStart = Math.min(inner.cue.start, inner.source?.start ?? inner.cue.start);
    if (inner.content.some((c) => c.end > tagStart)) continue;
    const tagEnd = tagEndOf(
      text,
      inner.source && inner.source.start > inner.cue.end ? inner.source.end : inner.cue.end,
    );
    // The text's end ends a sentence too; a window that stops short of it ends none.
    const after =
      text.slice(tagEnd, tagEnd + RELAY_TAG_WINDOW) + (tagEnd + RELAY_TAG_WINDOW >= text.length ? '\n' : '');
    const m = AFTER_TAG.exec(after);
    if (!m || !UNTAGGED_RELAY.test(m[1]) || !isRelayTail(m[1])) continue;
    const tailStart = tagEnd + m[0].indexOf(m[1]);
    const tail = RELAY_TAIL.exec(m[1])!;
    const verbEnd = tailStart + tail[1].length;
    if (attributions.some((b) => b.cue.start < verbEnd && tailStart < b.cue.end)) continue;
    const nameStart = tailStart + m[1].indexOf(tail[2], tail[1].length);
    const name = spanOf(text, nameStart, nameStart + tail[2].length);
    const contentStart = quoteStart(text, attributionStart(inner));
    added.push(relayTail(text, name, tailStart, tail[1], contentStart, tagEnd, inner.confidence));
  }
  attributions.push(...added);
  return added.length > 0;
}

/** A tag's own object or phrase before the comma that opens a tail ("told reporters", "said on Monday"). */
const TAG_COMPLEMENT = /^(?:\s+[^\s,.;:!?"“”]+){1,6}(?=,)/u;

/** Where a speech tag ends: past the short object or phrase that may follow its cue or source. */
function tagEndOf(text: string, end: number): number {
  const m = TAG_COMPLEMENT.exec(text.slice(end, end + RELAY_TAG_WINDOW));
  return m ? end + m[0].length : end;
}

/**
 * A speech tag set off by commas inside a sentence: "Qadiri ordered the transfers, the officials
 * said, and signed …"; "Some studies found that …, he said, while others …". What comes before
 * the tag is what the speaker said. Returns whether attributions were added or dropped.
 */
const PARENTHETICAL_TAG =
  /,\s+((?:he|she|they|it|the\s+[\p{Ll}-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))\s+(said|says|added|adds)\s*,\s*/gu;
export const TAG_LEMMA: Record<string, string> = { said: 'say', says: 'say', added: 'add', adds: 'add' };

export function splitParentheticalTags(text: string, attributions: Attribution[]): boolean {
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
      // A "cue" the tagger saw in the words the tag reports, before it or after ("Qadiri ordered …,
      // the officials said, and signed …"), that is no speech verb is noise.
      const reported = (b: Attribution) =>
        a.content.some((c) => c.start <= b.cue.start && b.cue.end <= c.end);
      for (const b of attributions)
        if (b !== a && reported(b) && !SPEECH_LEMMAS.has(b.cue.lemma)) dropped.add(b);
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
      // The tagger's own reading of the same tag, with the content it took past it, gives way.
      for (const b of attributions) if (b !== a && b.cue.start === cueStart) dropped.add(b);
      added.push({
        id: '',
        source: sourceOf(source, classifySource(source.text)),
        cue: cueOf(spanOf(text, cueStart, cueStart + m[2].length), TAG_LEMMA[m[2]], 'assert'),
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
export function isParentheticalTag(text: string, a: Attribution): boolean {
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

export function isRelayTail(s: string): boolean {
  const m = RELAY_TAIL.exec(s);
  return (
    !!m && m[2].split(/\s+/).length <= MAX_TAIL_WORDS && /^(?:(?:the|its|their|his|her)\s+)?\S/iu.test(m[2])
  );
}
