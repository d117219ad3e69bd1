/**
 * Where the pieces of a relayed report lie: the attribution just before a relay cue, where an
 * attribution starts, and the punctuation around them. Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';

/** The attribution whose cue ends last before `comma` on the same line. */
export function lastBefore(
  all: Attribution[],
  outer: Attribution,
  comma: number,
  text: string,
): Attribution | null {
  let best: Attribution | null = null;
  const line = lineStart(text, comma);
  for (const a of all)
    if (a !== outer && a.cue.end <= comma && a.cue.start >= line && (!best || a.cue.start > best.cue.start))
      best = a;
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
