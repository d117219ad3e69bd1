/**
 * Relayed reports in the trained extractor's flat output (PolNeAR annotates each token once, so the
 * taggers never nest): "“…,” Col. Qadiri said, reported the Maghreb Herald" and "According to
 * Zawiya Online, the spokesman stated …". The relay's source and content are set to what it relays,
 * and linkChains (chains.ts) then points the inner attribution's `via` at it.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { INVERTIBLE } from '../../language/en/cues/reportingVerbs.js';
import { classifySource } from './sourceKind.js';

/** A name phrase that ends the sentence after an inverted relay cue: " the Maghreb Herald." */
const TRAILING_NAME = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.\- ]*?)\s*(?:[.!?](?:\s|$)|\n|$)/u;
const REPORT_LEMMAS = new Set(['report', 'write', 'tell', 'say', 'quote', 'according to']);

export function joinRelays(text: string, attributions: Attribution[]): void {
  for (const outer of attributions) {
    if (
      INVERTIBLE.has(outer.cue.lemma) &&
      /,\s*$/.test(text.slice(Math.max(0, outer.cue.start - 3), outer.cue.start))
    )
      invertedRelay(text, outer, attributions);
  }
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
  const inner = all.find((a) => a !== outer && a.cue.end <= comma && a.cue.start >= lineStart(text, comma));
  if (!inner) return;
  const start = Math.min(
    inner.cue.start,
    inner.source?.start ?? inner.cue.start,
    ...inner.content.map((c) => c.start),
  );
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
