/**
 * Word clusters learned from unlabeled text, at three nested granularities: words fall into FINE
 * classes by the exchange algorithm (exchange.ts) over word bigrams, the fine classes into MID
 * classes by the same algorithm over class bigrams, and those into COARSE classes. Like the
 * prefixes of Brown-cluster bit strings (Koo, Carreras & Collins 2008), the coarse ids generalise
 * across parts of speech and the fine ids nearly name a word's distribution, so a word seen rarely
 * or never in a treebank still shares weights with its neighbours in the unlabeled text.
 * Words are lower-cased; words seen fewer than `minCount` times have no cluster.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { exchangeClusters, unitBigrams } from './exchange.js';

export interface ClusterOptions {
  fine: number;
  mid: number;
  coarse: number;
  minCount: number;
  maxIterations: number;
  onProgress?: (message: string) => void;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  fine: 256,
  mid: 64,
  coarse: 16,
  minCount: 3,
  maxIterations: 12,
};

/** The fine, mid and coarse class of a word packed in one integer (each fits in 8 bits). */
export const fineOf = (packed: number) => packed & 0xff;
export const midOf = (packed: number) => (packed >>> 8) & 0xff;
export const coarseOf = (packed: number) => (packed >>> 16) & 0xff;
const pack = (fine: number, mid: number, coarse: number) => fine | (mid << 8) | (coarse << 16);

const FORMAT = 'whosaid.clusters/1';
/** Stop iterating once fewer than this share of units moves. */
const MIN_MOVED_SHARE = 0.002;

/**
 * A digest of the words the clusters were learned from, in order. The unlabeled text is split by
 * our own tokenizer, so a tokenizer change changes the corpus, the clusters, and every model that
 * reads them; the file keeps the digest so a test can tell when `npm run train` is due.
 */
export function corpusDigest(sentences: Iterable<readonly string[]>): string {
  const hash = createHash('sha256');
  for (const s of sentences) hash.update(`${s.map((w) => w.toLowerCase()).join(' ')}\n`);
  return hash.digest('hex').slice(0, 16);
}

export class WordClusters {
  /** Lower-cased word → packed classes. */
  readonly classes: ReadonlyMap<string, number>;
  /** `corpusDigest` of the training sentences, when known. */
  readonly corpus: string | null;

  constructor(classes: ReadonlyMap<string, number>, corpus: string | null = null) {
    this.classes = classes;
    this.corpus = corpus;
  }

  /** The packed classes of a word (any case), or -1 when it has none. */
  lookup(word: string): number {
    return this.classes.get(word.toLowerCase()) ?? -1;
  }

  static train(sentences: Iterable<readonly string[]>, options = DEFAULT_CLUSTER_OPTIONS): WordClusters {
    const lowered: string[][] = [];
    const counts = new Map<string, number>();
    for (const s of sentences) {
      const words = s.map((w) => w.toLowerCase());
      lowered.push(words);
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const vocabulary = [...counts]
      .filter(([, c]) => c >= options.minCount)
      .map(([w]) => w)
      .sort();
    const unitOf = new Map(vocabulary.map((w, i) => [w, i]));
    // Rare words share one unit, so their neighbours' bigrams still count.
    const rare = vocabulary.length;
    const units = rare + 1;
    const pairs = new Map<number, number>();
    for (const words of lowered)
      for (let i = 1; i < words.length; i++) {
        const key = (unitOf.get(words[i - 1]) ?? rare) * units + (unitOf.get(words[i]) ?? rare);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    const log = options.onProgress ?? (() => {});
    log(`${vocabulary.length} words, ${pairs.size} distinct bigrams`);
    const exchange = (label: string, bigrams: ReturnType<typeof unitBigrams>, classes: number) =>
      exchangeClusters(bigrams, {
        classes,
        maxIterations: options.maxIterations,
        minMovedShare: MIN_MOVED_SHARE,
        onIteration: (it, moved) => log(`${label}: iteration ${it}, ${moved} of ${bigrams.units} moved`),
      });
    const fine = exchange('fine', unitBigrams(units, pairs), options.fine);
    const fineCount = classCount(fine);
    const mid = exchange(
      'mid',
      unitBigrams(fineCount, classPairs(pairs, units, fine, fineCount)),
      options.mid,
    );
    const midCount = classCount(mid);
    const coarse = exchange(
      'coarse',
      unitBigrams(
        midCount,
        classPairs(pairs, units, (u) => mid[fine[u]], midCount),
      ),
      options.coarse,
    );
    const classes = new Map<string, number>();
    vocabulary.forEach((w, u) => {
      classes.set(w, pack(fine[u], mid[fine[u]], coarse[mid[fine[u]]]));
    });
    return new WordClusters(classes, corpusDigest(lowered));
  }

  /**
   * Gzipped text: a format line (with `TAB corpus:<digest>` when known), then
   * `word TAB coarse TAB mid TAB fine` per word, sorted by word.
   */
  save(): Buffer {
    const lines = [this.corpus === null ? FORMAT : `${FORMAT}\tcorpus:${this.corpus}`];
    for (const w of [...this.classes.keys()].sort()) {
      const p = this.classes.get(w) as number;
      lines.push(`${w}\t${coarseOf(p)}\t${midOf(p)}\t${fineOf(p)}`);
    }
    return gzipSync(`${lines.join('\n')}\n`, { level: 9 });
  }

  static load(buffer: Buffer): WordClusters {
    const lines = gunzipSync(buffer).toString('utf8').split('\n');
    const [format, corpus] = lines[0].split('\t');
    if (format !== FORMAT) throw new Error(`not a ${FORMAT} file; run \`npm run train\``);
    const classes = new Map<string, number>();
    for (let i = 1; i < lines.length; i++) {
      if (lines[i] === '') continue;
      const [w, coarse, mid, fine] = lines[i].split('\t');
      classes.set(w, pack(Number(fine), Number(mid), Number(coarse)));
    }
    return new WordClusters(classes, corpus?.startsWith('corpus:') ? corpus.slice('corpus:'.length) : null);
  }
}

/** How many classes ids 0..max use. */
const classCount = (cls: Int32Array) => cls.reduce((most, c) => Math.max(most, c + 1), 0);

/** Bigram counts between the classes of units (`classOf` as an array or a function). */
function classPairs(
  pairs: Map<number, number>,
  units: number,
  classOf: Int32Array | ((u: number) => number),
  classes: number,
): Map<number, number> {
  const of = typeof classOf === 'function' ? classOf : (u: number) => classOf[u];
  const out = new Map<number, number>();
  for (const [key, count] of pairs) {
    const a = Math.floor(key / units);
    const key2 = of(a) * classes + of(key - a * units);
    out.set(key2, (out.get(key2) ?? 0) + count);
  }
  return out;
}
