/**
 * Where the pieces of a relayed report lie: the attribution just before a relay cue, where an
 * attribution starts, and the punctuation around them. Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';
import { type StartIndex, startingIn } from './byStart.js';

/** The attribution whose cue ends last before `comma` on the same line (`cues` indexes `all`). */
export function lastBefore(
  all: Attribution[],
  cues: StartIndex,
  outer: Attribution,
  comma: number,
  text: string,
): Attribution | null {
  let best: Attribution | null = null;
  for (const k of startingIn(cues, lineStart(text, comma), comma)) {
    const a = all[k];
    if (a !== outer && a.cue.end <= comma && (!best || a.cue.start > best.cue.start)) best = a;
  }
  return best;
}

export function attributionStart(a: Attribution): number {
  return Math.min(a.cue.start, a.source?.start ?? a.cue.start, ...a.content.map((c) => c.start));
}

export function precededByComma(text: string, at: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

/** Widens a start back over an opening quote mark right before it. */
export function quoteStart(text: string, start: number): number {
  return start > 0 && /["“]/.test(text[start - 1]) ? start - 1 : start;
}

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at) + 1;
}
