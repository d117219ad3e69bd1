/**
 * "The letter said the deal would help workers: “It opens doors,” the union wrote.": a quotation
 * closed by its own tag (a speaker and cue, then the sentence's end) is that speaker's. A content
 * of an earlier cue that runs on over the quotation and its tag stops before the quotation;
 * linkChains would otherwise make the tagged speaker speak via the earlier one, and PolNeAR,
 * which annotates the two apart, would miss the tag (PolNeAR train: 2 of 2 right, dev 1 of 1).
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';

/** A closing mark after a comma, "!" or "?", then white space, right before the tag's speaker. */
const CLOSED_QUOTE = /[,!?]["”]\s+$/;
/** The tag ends its sentence. */
const SENTENCE_END = /^\s*\./;
/** Marks and white space between a content's words and the quotation it introduces. */
const LEAD_IN = /[\s:,]/;

export function quotesApartFromTags(text: string, attributions: Attribution[]): void {
  for (const tag of attributions) {
    const source = tag.source;
    if (!source || source.end > tag.cue.start) continue;
    const from = Math.max(0, source.start - 8);
    const closed = CLOSED_QUOTE.exec(text.slice(from, source.start));
    if (!closed || !SENTENCE_END.test(text.slice(tag.cue.end, tag.cue.end + 3))) continue;
    const close = from + closed.index + 1;
    const open = Math.max(text.lastIndexOf('“', close), text.lastIndexOf('"', close - 1));
    for (const outer of attributions) {
      if (outer === tag || outer.cue.end > open) continue;
      if (!outer.content.some((c) => c.start <= tag.cue.start && tag.cue.end <= c.end)) continue;
      let cut = open;
      while (cut > outer.cue.end && LEAD_IN.test(text[cut - 1])) cut--;
      const kept = outer.content.flatMap((c) =>
        c.end <= cut ? [c] : c.start >= cut ? [] : [spanOf(text, c.start, cut)],
      );
      if (kept.length > 0) outer.content = kept;
    }
  }
}
