/** Where the cues of a list of attributions begin, to ask "is there a cue in this range?" in log time. */
import type { PredictedAttribution } from './model.js';

export function cueStartsOf(found: PredictedAttribution[]): Int32Array {
  return Int32Array.from(found, (a) => a.cue.start).sort();
}

/** Whether a cue begins at a token in [from, to), other than at `except`. */
export function anyCueIn(starts: Int32Array, from: number, to: number, except = -1): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && starts[k] < to; k++) if (starts[k] !== except) return true;
  return false;
}
