/** Ids in document order, and relay chains: an attribution reported inside another's content. */
import type { Attribution } from '../../analysis/types.js';
import { RELAYED_BY } from '../../language/en/cues/reportingVerbs.js';
import { CARRIED_RULE } from './carriedStatements.js';
import { RELATIVE_RELAY_CUES } from './relativeRelays.js';

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
 * reported …, quoting two unnamed officials": the officials speak via AP; "… said in a statement
 * carried by AP": the speaker speaks via AP).
 */
export function linkChains(attributions: Attribution[]): void {
  // Each inner cue meets only the contents that can hold it and the attributions that share its
  // content, not every attribution: a long page has thousands of them.
  const rank = new Map(attributions.map((a, i) => [a, i]));
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const pieces = attributions
    .flatMap((outer) => outer.content.map((c) => ({ outer, start: c.start, end: c.end })))
    .sort((a, b) => a.start - b.start);
  // The furthest end of any piece up to each one: scanning back past it finds nothing longer.
  const reach: number[] = [];
  for (const [i, c] of pieces.entries()) reach.push(Math.max(c.end, i > 0 ? reach[i - 1] : c.end));
  const byContent = new Map<number, Attribution[]>();
  for (const a of attributions) {
    if (a.content.length === 0) continue;
    const list = byContent.get(a.content[0].start);
    if (list) list.push(a);
    else byContent.set(a.content[0].start, [a]);
  }
  for (const inner of attributions) {
    const candidates = new Set<Attribution>();
    for (let j = lastStartingBy(pieces, inner.cue.start); j >= 0 && reach[j] >= inner.cue.end; j--)
      if (inner.cue.end <= pieces[j].end) candidates.add(pieces[j].outer);
    if (inner.content.length > 0 && inner.rule !== CARRIED_RULE)
      for (const outer of byContent.get(inner.content[0].start) ?? [])
        if (outer.rule === CARRIED_RULE && sameContent(inner, outer)) candidates.add(outer);
    // "AP, quoting two officials, reported …": the report may follow the relay cue. "According to
    // the Post, which cited Westwire, …": the report comes first (relativeRelays).
    if (
      (isRelayCue(inner) || RELATIVE_RELAY_CUES.has(inner.cue.text.toLowerCase())) &&
      inner.content.length > 0
    )
      for (const outer of byContent.get(inner.content[0].start) ?? [])
        if (sameContent(inner, outer) && (outer.cue.start < inner.cue.start || !isRelayCue(outer)))
          candidates.add(outer);
    let best: Attribution | null = null;
    // The first in list order of the shortest contents, as a scan of the whole list finds it.
    for (const outer of [...candidates].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))) {
      if (outer === inner || relaysThrough(outer, inner, byId)) continue;
      if (!best || span(outer) < span(best)) best = outer;
    }
    if (best) inner.via = best.id;
  }
}

/**
 * Whether `outer` already reaches `inner` by its chain: linking inner to it would close a loop
 * (three cues each inside another's content, as a tagger's overlapping contents can make), and a
 * relay chain has a first speaker.
 */
export function relaysThrough(
  outer: Attribution,
  inner: Attribution,
  byId: Map<string, Attribution>,
): boolean {
  let cur: Attribution | undefined = outer;
  for (let steps = 0; cur?.via && steps <= byId.size; steps++) {
    if (cur.via === inner.id) return true;
    cur = byId.get(cur.via);
  }
  return false;
}

/** Index of the last piece starting at or before `at` (pieces sorted by start), or -1. */
function lastStartingBy(pieces: { start: number }[], at: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pieces[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function sameContent(a: Attribution, b: Attribution): boolean {
  return a.content.length === b.content.length && a.content.every((c, i) => c.start === b.content[i].start);
}

function span(a: Attribution): number {
  return a.content.reduce((n, c) => n + c.end - c.start, 0);
}
