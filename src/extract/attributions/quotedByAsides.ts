/**
 * "The fanzine Terrace Talk, quoted by the Echo, said …": the outlet in the aside relays what the
 * speaker said. The taggers read the aside as an attribution of its own whose content is the speaker
 * alone; it holds the speaker's statement instead (the speaker's name and the statement from its
 * cue on), so linkChains makes the statement speak via the outlet. PolNeAR's train split has no
 * such aside.
 */
import type { Attribution } from '../../analysis/types.js';
import { spanOf } from './build.js';

const RELAY_ASIDE_CUE = /^(?:quoted|cited)$/i;

/** Turns each "…, quoted by Y, …" aside into Y's relay of the statement its speaker goes on to make. */
export function quotedByAsides(text: string, found: Attribution[]): void {
  for (const aside of found) {
    if (!aside.source || aside.content.length !== 1 || !RELAY_ASIDE_CUE.test(aside.cue.text)) continue;
    const speaker = aside.content[0];
    if (!/^\s*,\s*$/.test(text.slice(speaker.end, aside.cue.start))) continue;
    if (!/^\s+by\s+$/.test(text.slice(aside.cue.end, aside.source.start))) continue;
    const statement = found.find(
      (b) =>
        b !== aside &&
        b.source?.start === speaker.start &&
        b.cue.start > aside.source!.end &&
        /^\s*,\s*$/.test(text.slice(aside.source!.end, b.cue.start)) &&
        b.content.length > 0,
    );
    if (!statement) continue;
    const end = statement.content[statement.content.length - 1].end;
    aside.content = [speaker, spanOf(text, statement.cue.start, end)];
  }
}
