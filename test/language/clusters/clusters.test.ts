import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { coarseOf, fineOf, midOf, WordClusters } from '../../../src/language/clusters/clusters.js';
import { exchangeClusters, unitBigrams } from '../../../src/language/clusters/exchange.js';
import { seededRandom } from '../../../src/learn/random.js';

/** Sentences from a toy grammar: DET NOUN VERB (ADV) with our own small word lists. */
const DETS = ['the', 'a', 'every', 'one'];
const NOUNS = ['otter', 'heron', 'badger', 'ferret', 'stoat'];
const VERBS = ['swims', 'dozes', 'hunts', 'waits'];
const ADVS = ['quietly', 'briskly', 'again'];

function toyCorpus(count: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, () => {
    const s = [pick(DETS), pick(NOUNS), pick(VERBS)];
    if (random() < 0.5) s.push(pick(ADVS));
    s.push('.');
    return s.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w));
  });
}

const options = { fine: 5, mid: 3, coarse: 2, minCount: 3, maxIterations: 20 };
const corpus = toyCorpus(400, 7);

describe('word clusters', () => {
  const clusters = WordClusters.train(corpus, options);

  it('puts words of the same distribution in the same fine class, each kind apart', () => {
    const fineClass = (list: string[]) => new Set(list.map((w) => fineOf(clusters.lookup(w))));
    const kinds = [DETS, NOUNS, VERBS, ADVS].map(fineClass);
    for (const kind of kinds) assert.equal(kind.size, 1);
    assert.equal(new Set(kinds.map((k) => [...k][0])).size, 4);
  });

  it('nests the granularities: one fine class never spans two mid or coarse classes', () => {
    const midOfFine = new Map<number, number>();
    const coarseOfMid = new Map<number, number>();
    for (const p of clusters.classes.values()) {
      assert.equal(midOfFine.get(fineOf(p)) ?? midOf(p), midOf(p));
      assert.equal(coarseOfMid.get(midOf(p)) ?? coarseOf(p), coarseOf(p));
      midOfFine.set(fineOf(p), midOf(p));
      coarseOfMid.set(midOf(p), coarseOf(p));
      assert.ok(fineOf(p) < options.fine && midOf(p) < options.mid && coarseOf(p) < options.coarse);
    }
  });

  it('looks words up in any case and gives rare or unseen words no class', () => {
    assert.equal(clusters.lookup('OTTER'), clusters.lookup('otter'));
    assert.equal(clusters.lookup('The'), clusters.lookup('the'));
    assert.equal(clusters.lookup('walrus'), -1);
    const withRare = WordClusters.train([...corpus, ['A', 'walrus', 'swims', '.']], options);
    assert.equal(withRare.lookup('walrus'), -1);
  });

  it('is deterministic and round-trips through save/load byte for byte', () => {
    const again = WordClusters.train(corpus, options);
    assert.deepEqual(again.save(), clusters.save());
    const loaded = WordClusters.load(clusters.save());
    assert.deepEqual([...loaded.classes], [...clusters.classes]);
    assert.deepEqual(loaded.save(), clusters.save());
  });

  it('rejects a file that is not a clusters file, and learns nothing from no text', () => {
    assert.throws(() => WordClusters.load(Buffer.from('not gzip')));
    assert.throws(() => WordClusters.load(gzipSync('word\t1\t2\t3\n')), /clusters/);
    const empty = WordClusters.train([], options);
    assert.equal(empty.classes.size, 0);
    assert.equal(WordClusters.load(empty.save()).classes.size, 0);
  });
});

describe('exchange algorithm', () => {
  it('separates two groups of units that only neighbour each other', () => {
    // Units 0–2 are always followed by units 3–5 and vice versa.
    const pairs = new Map<number, number>();
    for (let a = 0; a < 3; a++)
      for (let b = 3; b < 6; b++) {
        pairs.set(a * 6 + b, 10 + a + b);
        pairs.set(b * 6 + a, 7 + a);
      }
    const cls = exchangeClusters(unitBigrams(6, pairs), { classes: 2, maxIterations: 10, minMovedShare: 0 });
    assert.deepEqual([...new Set(cls.slice(0, 3))].length, 1);
    assert.deepEqual([...new Set(cls.slice(3))].length, 1);
    assert.notEqual(cls[0], cls[3]);
  });

  it('handles an empty corpus and more classes than units', () => {
    assert.deepEqual(
      [...exchangeClusters(unitBigrams(0, new Map()), { classes: 4, maxIterations: 3, minMovedShare: 0 })],
      [],
    );
    const one = exchangeClusters(unitBigrams(2, new Map([[1, 5]])), {
      classes: 8,
      maxIterations: 3,
      minMovedShare: 0,
    });
    assert.equal(one.length, 2);
  });
});
