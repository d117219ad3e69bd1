/**
 * "According to the Ellery Post, which cited the agency Westwire, the firm owed …": a relative
 * clause on a report's source that names where the report came from. The taggers read "which" as
 * the source of "cited" and the cited name as its content, and the report's content opens on the
 * relative clause. The cited name is the relay's source, the report's content is what follows the
 * clause, and both share it, so that linkChains makes the cited source speak via the report.
 */
import type { Attribution } from '../../analysis/types.js';
import { sourceOf, spanOf } from './build.js';
import { classifySource } from './sourceKind.js';

/** Cues of a relative clause that names a report's own source. */
export const RELATIVE_RELAY_CUES = new Set(['cited', 'quoted']);
/** ", which " or ", who " right before the cue. */
const RELATIVE_BEFORE = /,\s*(which|who)\s+$/i;
/** A cited source is a noun phrase of at most this many words. */
const MAX_CITED_WORDS = 8;

export function relativeRelays(text: string, attributions: Attribution[]): void {
  for (const relay of attributions) {
    if (!RELATIVE_RELAY_CUES.has(relay.cue.text.toLowerCase()) || relay.content.length !== 1) continue;
    const before = RELATIVE_BEFORE.exec(text.slice(Math.max(0, relay.cue.start - 12), relay.cue.start));
    if (!before) continue;
    const pronoun = relay.cue.start - before[0].length + before[0].indexOf(before[1]);
    const cited = relay.content[0];
    if (!/^\s?$/.test(text.slice(relay.cue.end, cited.start))) continue;
    if (cited.text.split(/\s+/).length > MAX_CITED_WORDS) continue;
    const close = /^\s*,\s*/.exec(text.slice(cited.end));
    if (!close) continue;
    const rest = cited.end + close[0].length;
    const report = attributions.find(
      (b) =>
        b !== relay &&
        b.source &&
        b.content.length > 0 &&
        b.content[0].start === pronoun &&
        b.content[0].end > rest,
    );
    if (!report) continue;
    report.content[0] = spanOf(text, rest, report.content[0].end);
    relay.source = sourceOf(cited, classifySource(cited.text));
    // Copies written out field by field: a spread copy would get a hidden class of its own (see build.ts).
    relay.content = [];
    for (const c of report.content) relay.content.push({ start: c.start, end: c.end, text: c.text });
  }
}
