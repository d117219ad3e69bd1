/**
 * Is a claim unit sourced? It is when most of its characters lie inside the spans of attributions
 * (source, cue, content): either it is what someone said, or it is the report that they said it.
 */
import type { Attribution, Range } from '../../analysis/types.js';

/** The share of a unit's characters that attribution spans must cover for it to count as sourced. */
export const SOURCED_SHARE = 0.5;

/** Every span of an attribution: source, cue, content pieces. */
export function attributionSpans(a: Attribution): Range[] {
  const spans: Range[] = [a.cue, ...a.content];
  if (a.source) spans.push(a.source);
  return spans;
}

/** Characters of [start, end) covered by the union of `spans`. */
export function coveredLength(spans: Range[], start: number, end: number): number {
  // Most attributions lie elsewhere in the article: answer those without building anything.
  let touches = false;
  for (let k = 0; k < spans.length && !touches; k++) touches = spans[k].start < end && spans[k].end > start;
  if (!touches) return 0;
  const clipped: Range[] = [];
  for (const s of spans) {
    const from = Math.max(s.start, start);
    const to = Math.min(s.end, end);
    if (to > from) clipped.push({ start: from, end: to });
  }
  clipped.sort((x, y) => x.start - y.start);
  let covered = 0;
  let reach = start;
  for (const s of clipped) {
    if (s.end <= reach) continue;
    covered += s.end - Math.max(s.start, reach);
    reach = s.end;
  }
  return covered;
}

/** The attribution that covers the most of the unit, when all of them together cover most of it. */
export function sourcingOf(
  attributions: Attribution[],
  spansOf: Range[][],
  start: number,
  end: number,
): Attribution | null {
  const length = end - start;
  if (length <= 0) return null;
  let best: Attribution | null = null;
  let bestCovered = 0;
  const touching: Range[] = [];
  for (let k = 0; k < attributions.length; k++) {
    const covered = coveredLength(spansOf[k], start, end);
    if (covered === 0) continue;
    for (const s of spansOf[k]) touching.push(s);
    if (covered > bestCovered) {
      bestCovered = covered;
      best = attributions[k];
    }
  }
  if (!best) return null;
  return coveredLength(touching, start, end) / length > SOURCED_SHARE ? best : null;
}
