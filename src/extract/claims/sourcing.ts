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

/**
 * Which attributions can touch a range, by the extent of their spans: a long page has thousands of
 * attributions and as many units, and each unit meets only its neighbours. Returns their indices
 * in ascending order, a superset of those whose spans overlap [start, end).
 */
export function touchingIndex(spansOf: Range[][]): (start: number, end: number) => number[] {
  const extents = spansOf
    .map((spans, k) => ({
      k,
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
    }))
    .sort((a, b) => a.start - b.start);
  // The furthest end up to each extent: scanning back past it finds none that reaches further.
  const reach: number[] = [];
  for (const [j, e] of extents.entries()) reach.push(Math.max(e.end, j > 0 ? reach[j - 1] : e.end));
  return (start, end) => {
    let lo = 0;
    let hi = extents.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (extents[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const near: number[] = [];
    for (let j = lo - 1; j >= 0 && reach[j] > start; j--) if (extents[j].end > start) near.push(extents[j].k);
    return near.sort((a, b) => a - b);
  };
}

/**
 * The attribution that covers the most of the unit, when all of them together cover most of it.
 * `near` (indices into `attributions`, ascending) limits the ones looked at, as touchingIndex gives them.
 */
export function sourcingOf(
  attributions: Attribution[],
  spansOf: Range[][],
  start: number,
  end: number,
  near: Iterable<number> = attributions.keys(),
): Attribution | null {
  const length = end - start;
  if (length <= 0) return null;
  let best: Attribution | null = null;
  let bestCovered = 0;
  const touching: Range[] = [];
  for (const k of near) {
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
