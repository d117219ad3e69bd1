/**
 * The words the parser knows by name: those seen at least `minCount` times in training. Every
 * other word reads as UNKNOWN_WORD, so words rare or unseen in training share weights learned from
 * the rare training words (instead of weights fitted to a handful of sentences, or none), and the
 * features of unknown words stay in a few hot table rows.
 */
import { IntMap } from '../../learn/intMap.js';

/** Not a lower-cased form id in practice: form ids are string hashes, this is a fixed stand-in. */
export const UNKNOWN_WORD = -5;
export const MIN_WORD_COUNT = 2;

export class Vocabulary {
  /** The known form ids, ascending (what the model file stores). */
  readonly words: number[];
  private readonly known: IntMap;

  constructor(words: number[]) {
    this.words = words;
    this.known = new IntMap(words.map((w) => [w, 0] as const));
  }

  static collect(sentences: { words: Int32Array }[], minCount = MIN_WORD_COUNT): Vocabulary {
    const counts = new Map<number, number>();
    for (const s of sentences) for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const words = [...counts].filter(([, c]) => c >= minCount).map(([w]) => w);
    return new Vocabulary(words.sort((a, b) => a - b));
  }

  /** Writes the first `n` form ids of `words` into `out`, unknown ones as UNKNOWN_WORD. */
  map(words: Int32Array, n: number, out: Int32Array): Int32Array {
    for (let i = 0; i < n; i++) out[i] = this.known.get(words[i]) >= 0 ? words[i] : UNKNOWN_WORD;
    return out;
  }
}
