/**
 * The attributions of a page looked up by where their sources or cues start. Passes that ask, for
 * each attribution, which others lie inside its content or just before its cue compared every
 * pair, and a long page (a live blog of thousands of statements) spent seconds on pairs far apart.
 */
import type { Attribution } from '../../analysis/types.js';

export interface StartIndex {
  /** Positions in the attribution list, by start (ties by position). */
  positions: number[];
  /** The start of each entry of `positions`. */
  starts: number[];
}

/** The list as it stands, by source start (those with no source left out): rebuild it after a source moves. */
export function sourcesByStart(all: Attribution[]): StartIndex {
  const positions: number[] = [];
  all.forEach((a, k) => {
    if (a.source) positions.push(k);
  });
  return sortedBy(positions, (k) => all[k].source?.start ?? 0);
}

/** The list as it stands, by cue start: rebuild it after a cue moves or an attribution is added. */
export function cuesByStart(all: Attribution[]): StartIndex {
  return sortedBy(
    all.map((_, k) => k),
    (k) => all[k].cue.start,
  );
}

function sortedBy(positions: number[], startOf: (k: number) => number): StartIndex {
  positions.sort((x, y) => startOf(x) - startOf(y) || x - y);
  return { positions, starts: positions.map(startOf) };
}

/** Positions, in list order, of the attributions that start at or after `from` and at or before `to`. */
export function startingIn(index: StartIndex, from: number, to: number): number[] {
  const found: number[] = [];
  for (let k = firstAtOrAfter(index.starts, from); k < index.starts.length && index.starts[k] <= to; k++)
    found.push(index.positions[k]);
  return found.sort((x, y) => x - y);
}

/** The first index of a sorted array whose value is at or after `value` (its length when none is). */
export function firstAtOrAfter(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
