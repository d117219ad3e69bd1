/**
 * "The new pier, the mayor said, will open in May.": a report tag set off by commas inside the
 * sentence it reports; PolNeAR's content is the sentence around it, both sides of the tag. The
 * role tagger often keeps only one side, and a cue in the other ("…, the mayor said, he decided
 * to act") then passes for a statement of its own.
 */
import type { Attribution } from '../../analysis/types.js';
import { sentenceEnd, sentenceStart, spanOf } from './build.js';

/** Longest source of such a tag, in words ("the head of the harbour board"). */
const MAX_SOURCE_WORDS = 6;
/** Fewest words on each side of the tag. */
const MIN_SIDE_WORDS = 2;
const QUOTE = /["“”‘’]|''/;

/** Gives each such tag the whole sentence around it, in place. */
export function surroundMidTags(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    if (!source || source.end > a.cue.start || !/^\s+$/.test(text.slice(source.end, a.cue.start))) continue;
    if (source.text.split(/\s+/).length > MAX_SOURCE_WORDS) continue;
    const comma = /,\s*$/.exec(text.slice(Math.max(0, source.start - 4), source.start));
    if (!comma || !/^,\s/.test(text.slice(a.cue.end, a.cue.end + 2))) continue;
    const beforeEnd = source.start - comma[0].length + comma[0].indexOf(',');
    const from = sentenceStart(text, beforeEnd);
    const afterStart = a.cue.end + 1 + (/^\s+/.exec(text.slice(a.cue.end + 1))?.[0].length ?? 0);
    const end = sentenceEnd(text, afterStart);
    const before = text.slice(from, beforeEnd);
    const after = text.slice(afterStart, end);
    if (QUOTE.test(before) || QUOTE.test(after)) continue;
    if (words(before) < MIN_SIDE_WORDS || words(after) < MIN_SIDE_WORDS) continue;
    const hasBefore = a.content.some((c) => c.end <= source.start);
    const hasAfter = a.content.some((c) => c.start >= a.cue.end);
    if (hasBefore && hasAfter) continue;
    // A statement of its own inside the sentence stays one: the tag may report only part of it.
    const holds = (b: Attribution) =>
      b !== a &&
      ((b.cue.start >= from && b.cue.end <= beforeEnd) || (b.cue.start >= afterStart && b.cue.end <= end));
    if (attributions.some(holds)) continue;
    a.content = [spanOf(text, from, beforeEnd), spanOf(text, afterStart, end)];
  }
}

const words = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
