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
  if (!spans.some((s) => s.start < end && s.end > start)) return 0;
  const clipped = spans
    .map((s) => ({ start: Math.max(s.start, start), end: Math.min(s.end, end) }))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start);
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
  attributions.forEach((a, k) => {
    const covered = coveredLength(spansOf[k], start, end);
    if (covered === 0) return;
    touching.push(...spansOf[k]);
    if (covered > bestCovered) {
      bestCovered = covered;
      best = a;
    }
  });
  if (!best) return null;
  return coveredLength(touching, start, end) / length > SOURCED_SHARE ? best : null;
}
