/**
 * "He told the court that staff had reported faults": the cue tagger may take the verb of a
 * reported clause ("had reported") for a second cue of the same speaker, and the role tagger then
 * starts the second content at the clause's subject ("that staff"), where it cuts the first one or
 * not. The second cue is the content's own verb: the first content runs on over it, and the second
 * attribution goes. Offsets are UTF-16.
 */
import type { Attribution } from '../../analysis/types.js';
import { sameSentence, spanOf } from './build.js';

/** Words of a clause's subject cut off as a whole content ("that staff", "the flaws"). */
const MAX_SUBJECT_WORDS = 4;

/** Joins each such pair in place; returns whether any was joined. */
export function joinContentVerbs(text: string, attributions: Attribution[]): boolean {
  const dropped = new Set<Attribution>();
  // A long page holds thousands of attributions: each meets only those whose content starts where
  // its own last piece does.
  const byContentStart = new Map<number, Attribution[]>();
  for (const b of attributions) {
    const first = b.content[0];
    if (!first) continue;
    const list = byContentStart.get(first.start);
    if (list) list.push(b);
    else byContentStart.set(first.start, [b]);
  }
  for (const a of attributions) {
    const last = a.content[a.content.length - 1];
    if (!a.source || !last || last.start < a.cue.end || dropped.has(a)) continue;
    for (const b of byContentStart.get(last.start) ?? []) {
      if (b === a || dropped.has(b) || !b.source || b.source.start !== a.source.start) continue;
      if (b.source.end !== a.source.end || b.cue.start < last.start) continue;
      // The subject before the second cue: the first content cut there, or running on over it.
      const subject = text.slice(last.start, b.cue.start);
      if (subject.trim().split(/\s+/).length > MAX_SUBJECT_WORDS || /["“”]/.test(subject)) continue;
      const over = b.cue.end <= last.end;
      if (
        !over &&
        (!/^\s*$/.test(text.slice(last.end, b.cue.start)) || !sameSentence(text, last.end, b.cue.start))
      )
        continue;
      const end = Math.max(last.end, ...b.content.map((c) => c.end));
      a.content[a.content.length - 1] = spanOf(text, last.start, end);
      dropped.add(b);
      break;
    }
  }
  if (dropped.size === 0) return false;
  for (let k = attributions.length - 1; k >= 0; k--)
    if (dropped.has(attributions[k])) attributions.splice(k, 1);
  return true;
}
