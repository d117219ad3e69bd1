import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PARSER_TAG_COUNT, parserTag } from '../../../src/language/parser/data.js';
import { LabelCandidates } from '../../../src/language/parser/labeller.js';
import { MoveTable } from '../../../src/language/parser/moveTable.js';
import { UNKNOWN_WORD, Vocabulary } from '../../../src/language/parser/vocabulary.js';
import { DEPREL_ID, UPOS_ID, XPOS_ID } from '../../../src/language/tagsets.js';
import { AveragedPerceptron } from '../../../src/learn/perceptron.js';

describe('parser vocabulary', () => {
  const sentences = [{ words: Int32Array.from([7, 8, 7]) }, { words: Int32Array.from([9, 7, -123456789]) }];

  it('keeps words seen at least minCount times and maps the rest to UNKNOWN_WORD', () => {
    const vocabulary = Vocabulary.collect(sentences, 2);
    assert.deepEqual(vocabulary.words, [7]);
    const out = vocabulary.map(Int32Array.from([7, 8, 9, 5]), 4, new Int32Array(4));
    assert.deepEqual(Array.from(out), [7, UNKNOWN_WORD, UNKNOWN_WORD, UNKNOWN_WORD]);
  });

  it('lists its words in ascending order, so saved models are byte-stable', () => {
    assert.deepEqual(Vocabulary.collect(sentences, 1).words, [-123456789, 7, 8, 9]);
  });

  it('maps only the first n words', () => {
    const out = Int32Array.from([1, 1, 1]);
    new Vocabulary([7]).map(Int32Array.from([7, 8, 9]), 2, out);
    assert.deepEqual(Array.from(out), [7, UNKNOWN_WORD, 1]);
  });

  it('reads an unknown word as its mid cluster, and keeps the clusters it was given', () => {
    // Words 8 and 9 share mid class 1; 7 is known; 5 has no cluster.
    const clusters: [number, number][] = [
      [9, 3 | (1 << 8)],
      [8, 2 | (1 << 8)],
      [7, 4 | (2 << 8)],
    ];
    const vocabulary = Vocabulary.collect(sentences, 2, clusters);
    const out = vocabulary.map(Int32Array.from([7, 8, 9, 5]), 4, new Int32Array(4));
    assert.equal(out[0], 7);
    assert.equal(out[1], out[2]);
    assert.ok(out[1] !== UNKNOWN_WORD && out[1] !== 8);
    assert.equal(out[3], UNKNOWN_WORD);
    const again = new Vocabulary(vocabulary.words, vocabulary.clustered);
    assert.deepEqual(
      Array.from(again.map(Int32Array.from([7, 8, 9, 5]), 4, new Int32Array(4))),
      Array.from(out),
    );
    assert.deepEqual(vocabulary.clustered, [7, 4 | (2 << 8), 8, 2 | (1 << 8), 9, 3 | (1 << 8)]);
  });
});

describe('label candidates', () => {
  const NOUN_NN = parserTag(UPOS_ID.NOUN, XPOS_ID.NN);
  const VERB_VBD = parserTag(UPOS_ID.VERB, XPOS_ID.VBD);
  const ADJ_JJ = parserTag(UPOS_ID.ADJ, XPOS_ID.JJ);
  const examples = [
    {
      // 0 ← 1 (nsubj), 2 → 1 (obj), 1 is the root
      tags: Int32Array.from([NOUN_NN, VERB_VBD, NOUN_NN]),
      heads: Int32Array.from([1, -1, 1]),
      labels: Uint8Array.from([DEPREL_ID.nsubj, DEPREL_ID.root, DEPREL_ID.obj]),
    },
  ];
  const candidates = LabelCandidates.collect(examples, PARSER_TAG_COUNT);

  it('offers per arc direction only the labels seen for it', () => {
    assert.deepEqual(Array.from(candidates.labels(NOUN_NN, VERB_VBD, true)), [DEPREL_ID.nsubj]);
    assert.deepEqual(Array.from(candidates.labels(NOUN_NN, VERB_VBD, false)), [DEPREL_ID.obj]);
  });

  it('falls back to the dependent tag, then to every label but root', () => {
    const byTag = Array.from(candidates.labels(NOUN_NN, ADJ_JJ, true));
    assert.deepEqual(
      byTag,
      [DEPREL_ID.nsubj, DEPREL_ID.obj].sort((a, b) => a - b),
    );
    const any = candidates.labels(ADJ_JJ, VERB_VBD, true);
    assert.ok(any.length > 10 && !any.includes(DEPREL_ID.root));
  });

  it('round-trips through JSON', () => {
    const copy = LabelCandidates.fromJSON(JSON.parse(JSON.stringify(candidates.toJSON())));
    for (const [t, h, after] of [
      [NOUN_NN, VERB_VBD, true],
      [NOUN_NN, VERB_VBD, false],
      [NOUN_NN, ADJ_JJ, true],
      [ADJ_JJ, ADJ_JJ, false],
    ] as const)
      assert.deepEqual(copy.labels(t, h, after), candidates.labels(t, h, after));
  });
});

describe('move table', () => {
  it('ranks the three moves as the perceptron it was built from does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: 3 * 16, maxLength: 3 * 16 }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 12 }),
        (weights, features) => {
          const model = new AveragedPerceptron(3, 4);
          model.weights.set(weights.map((w) => Math.round(w)));
          const table = MoveTable.from(model);
          const f = Int32Array.from(features);
          const exact = model.score(f, f.length, new Float32Array(3));
          const fixed = table.score(f, f.length, new Float32Array(3));
          for (let a = 0; a < 3; a++)
            for (let b = 0; b < 3; b++) if (exact[a] > exact[b]) assert.ok(fixed[a] > fixed[b]);
        },
      ),
    );
  });

  it('is the same built from a loaded model’s saved weights as from its float table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.float({ min: -50, max: 50, noNaN: true })), {
          minLength: 3 * 16,
          maxLength: 3 * 16,
        }),
        fc.array(fc.integer(), { minLength: 1, maxLength: 12 }),
        (weights, features) => {
          const model = new AveragedPerceptron(3, 4);
          model.weights.set(weights);
          const saved = model.save('moves');
          const fromSaved = MoveTable.from(AveragedPerceptron.load(saved, 'moves').model);
          const loaded = AveragedPerceptron.load(saved, 'moves').model;
          assert.ok(loaded.weights.length > 0 && loaded.savedWeights() === null);
          const fromFloats = MoveTable.from(loaded);
          const f = Int32Array.from(features);
          const a = fromSaved.score(f, f.length, new Float32Array(3));
          const b = fromFloats.score(f, f.length, new Float32Array(3));
          assert.deepEqual([...a], [...b]);
        },
      ),
    );
  });

  it('scores two feature lists together as it scores each alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3 * 16, maxLength: 3 * 16 }),
        fc.array(fc.tuple(fc.integer(), fc.integer()), { minLength: 0, maxLength: 12 }),
        (weights, pairs) => {
          const model = new AveragedPerceptron(3, 4);
          model.weights.set(weights);
          const table = MoveTable.from(model);
          const a = Int32Array.from(pairs, ([x]) => x);
          const b = Int32Array.from(pairs, ([, y]) => y);
          const together = [new Float32Array(3), new Float32Array(3)];
          table.scoreTwo(a, b, pairs.length, together[0], together[1]);
          assert.deepEqual(
            together.map((s) => [...s]),
            [a, b].map((f) => [...table.score(f, f.length, new Float32Array(3))]),
          );
        },
      ),
    );
  });
});
