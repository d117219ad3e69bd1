/**
 * The words the parser knows by name: those seen at least `minCount` times in training. Every
 * other word reads as its mid word cluster (clusters/, learned from unlabeled text), or as
 * UNKNOWN_WORD when it has none, so words rare or unseen in training share weights with the
 * words that occur where they occur (instead of weights fitted to a handful of sentences, or
 * none), and the features of unknown words stay in a few hundred table rows.
 */
import { IntMap } from '../../learn/intMap.js';

/** Not a lower-cased form id in practice: form ids are string hashes, this is a fixed stand-in. */
export const UNKNOWN_WORD = -5;
/**
 * An unknown word with a cluster reads as this minus its mid class (an equally unlikely hash). The
 * 64 mid classes beat the 256 fine ones on EWT dev (UAS/LAS 83.87/79.81 against 83.61/79.70) and
 * keep unknown words' features in fewer, cache-warm table rows.
 */
const UNKNOWN_IN_CLUSTER = -1000;
export const MIN_WORD_COUNT = 2;

export class Vocabulary {
  /** The known form ids, ascending (what the model file stores). */
  readonly words: number[];
  /** Form id, packed classes, form id, ... ascending by form id (what the model file stores). */
  readonly clustered: number[];
  private readonly known: IntMap;
  private readonly clusterOf: IntMap;

  constructor(words: number[], clustered: number[] = []) {
    this.words = words;
    this.clustered = clustered;
    this.known = new IntMap(words.map((w) => [w, 0] as const));
    const pairs: [number, number][] = [];
    for (let i = 0; i < clustered.length; i += 2) pairs.push([clustered[i], clustered[i + 1]]);
    this.clusterOf = new IntMap(pairs);
  }

  /** Counts form ids in `sentences`; `clusters` maps form ids to packed classes. */
  static collect(
    sentences: { words: Int32Array }[],
    minCount = MIN_WORD_COUNT,
    clusters: Iterable<readonly [number, number]> = [],
  ): Vocabulary {
    const counts = new Map<number, number>();
    for (const s of sentences) for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const words = [...counts].filter(([, c]) => c >= minCount).map(([w]) => w);
    const clustered = [...new Map([...clusters].map(([w, p]) => [w | 0, p]))]
      .sort((a, b) => a[0] - b[0])
      .flat();
    return new Vocabulary(
      words.sort((a, b) => a - b),
      clustered,
    );
  }

  /** Writes the first `n` form ids of `words` into `out` as the models see them. */
  map(words: Int32Array, n: number, out: Int32Array): Int32Array {
    for (let i = 0; i < n; i++) {
      if (this.known.get(words[i]) >= 0) {
        out[i] = words[i];
        continue;
      }
      const cluster = this.clusterOf.get(words[i]);
      out[i] = cluster < 0 ? UNKNOWN_WORD : UNKNOWN_IN_CLUSTER - ((cluster >>> 8) & 0xff);
    }
    return out;
  }
}
