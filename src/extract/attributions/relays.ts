/**
 * Relayed reports in the trained extractor's flat output (PolNeAR annotates each token once, so the
 * taggers never nest): "“…,” Col. Qadiri said, reported the Maghreb Herald" and "According to
 * Zawiya Online, the spokesman stated …". The relay's source and content are set to what it relays,
 * and linkChains (chains.ts) then points the inner attribution's `via` at it.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { INVERTIBLE } from '../../language/en/cues/reportingVerbs.js';
import { numberInOrder } from './chains.js';
import { classifySource } from './sourceKind.js';

/** A name phrase that ends the sentence after an inverted relay cue: " the Maghreb Herald." */
const TRAILING_NAME = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.\- ]*?)\s*(?:[.!?](?:\s|$)|\n|$)/u;
const REPORT_LEMMAS = new Set(['report', 'write', 'tell', 'say', 'quote', 'according to']);

/**
 * A relay tag the tagger left inside a content, after the statement's own tag: ", reported the
 * Maghreb Herald", ", according to its report", ", wrote the Courier".
 */
const RELAY_TAIL =
  /^(reported|according to|wrote)\s+((?:the|its|their|his|her)?\s*[\p{L}\p{N}'’&.\- ]+?)\s*[.!?]?$/iu;
const TAIL_LEMMA: Record<string, string> = {
  reported: 'report',
  'according to': 'according to',
  wrote: 'write',
};
/** The name of a relay tail is short: a longer run is a clause, not a source. */
const MAX_TAIL_WORDS = 6;

export function joinRelays(text: string, attributions: Attribution[]): void {
  const split = splitRelayTails(text, attributions);
  for (const outer of attributions) {
    if (!precededByComma(text, outer.cue.start)) continue;
    if (INVERTIBLE.has(outer.cue.lemma)) invertedRelay(text, outer, attributions);
    else if (outer.cue.lemma === 'according to' && outer.source && outer.source.start > outer.cue.end)
      trailingAccordingTo(text, outer, attributions);
  }
  if (split) numberInOrder(attributions);
  for (const outer of attributions) {
    if (!REPORT_LEMMAS.has(outer.cue.lemma)) continue;
    for (const inner of attributions) {
      if (inner === outer || !inner.source || inner.cue.start < outer.cue.start) continue;
      const holds = outer.content.some((c) => c.start <= inner.source!.start && inner.source!.end <= c.end);
      if (!holds) continue;
      // The relay carries the whole inner statement, not just its speaker.
      const end = Math.max(...inner.content.map((c) => c.end), inner.cue.end);
      const start = Math.min(...outer.content.map((c) => c.start));
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

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
