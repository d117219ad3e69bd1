/** Ids in document order, and relay chains: an attribution reported inside another's content. */
import type { Attribution } from '../../analysis/types.js';
import { RELAYED_BY } from '../../language/en/cues/reportingVerbs.js';

/** Whether the attribution's cue relays someone else's words ("…, quoting two officials"). */
export const isRelayCue = (a: Attribution): boolean => RELAYED_BY.has(a.cue.text.toLowerCase());

export function numberInOrder(attributions: Attribution[]): void {
  attributions.sort((a, b) => a.cue.start - b.cue.start || a.cue.end - b.cue.end);
  attributions.forEach((a, i) => {
    a.id = `A${i + 1}`;
  });
}

/**
 * Sets `via` when an attribution's cue lies inside another attribution's content ("Haftar said …,
 * reported the Libya Herald") or when both share their content and one relays the other ("AP
 * reported …, quoting two unnamed officials": the officials speak via AP).
 */
export function linkChains(attributions: Attribution[]): void {
  for (const inner of attributions) {
    let best: Attribution | null = null;
    for (const outer of attributions) {
      if (outer === inner || outer.via === inner.id) continue;
      const holdsCue = outer.content.some((c) => c.start <= inner.cue.start && inner.cue.end <= c.end);
      const relays =
        (isRelayCue(inner) && sameContent(inner, outer) && outer.cue.start < inner.cue.start) || holdsCue;
      if (!relays) continue;
      if (!best || span(outer) < span(best)) best = outer;
    }
    if (best) inner.via = best.id;
  }
}

function sameContent(a: Attribution, b: Attribution): boolean {
  return a.content.length === b.content.length && a.content.every((c, i) => c.start === b.content[i].start);
}

function span(a: Attribution): number {
  return a.content.reduce((n, c) => n + c.end - c.start, 0);
}
