/**
 * "Carvalho, asked about the memo, said: …": the participle clause says someone asked her, so
 * "asked about" is no statement of hers. PolNeAR leaves such asides unannotated, and gives the
 * speaker only the verb that follows ("said"). Dropped when the same speaker's next cue comes later
 * in the sentence; "Tanden, a supporter, asked Holder whether …" (active, with an object) stays.
 */
import type { Attribution } from '../../analysis/types.js';

/** A questioning participle right after a comma, then what it was about or who asked. */
const ASIDE_CUE = /^(?:asked|pressed|questioned|quizzed)(?:\s+(?:about|on|over|whether|if|by|for))?$/i;
const ASIDE_NEXT = /^\s*(?:about|on|over|whether|if|by|for)\b/i;

/** Removes in place the questioning asides ("X, asked about Y, said …") from `attributions`. */
export function dropAskedAsides(text: string, attributions: Attribution[]): void {
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k];
    if (!a.source || a.source.end > a.cue.start || !ASIDE_CUE.test(a.cue.text)) continue;
    if (!/,\s*$/.test(text.slice(a.source.end, a.cue.start))) continue;
    if (!/\s/.test(a.cue.text) && !ASIDE_NEXT.test(text.slice(a.cue.end, a.cue.end + 10))) continue;
    const sentenceEnd = nextSentenceEnd(text, a.cue.end);
    const answered = attributions.some(
      (b) =>
        b !== a &&
        b.source?.start === a.source!.start &&
        b.cue.start > a.cue.end &&
        b.cue.start < sentenceEnd,
    );
    if (answered) attributions.splice(k, 1);
  }
}

function nextSentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=["”’]?\s|$)|:\s*["“]/.exec(text.slice(from));
  return m ? from + m.index + m[0].length : text.length;
}
