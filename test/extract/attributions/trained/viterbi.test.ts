import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hs } from '../../../../src/extract/attributions/trained/mix.js';
import {
  GreedyTagger,
  type Sequence,
  SequenceBuilder,
} from '../../../../src/extract/attributions/trained/sequence.js';
import {
  CUE_DECODING,
  ROLE_DECODING,
  viterbiTag,
} from '../../../../src/extract/attributions/trained/viterbi.js';

/** A sequence whose static features at each position are its word and its word's first letter. */
function sequenceOf(words: string[]): Sequence {
  const b = new SequenceBuilder();
  for (const w of words) {
    b.feats.push(hs(`w=${w}`), hs(`first=${w[0]}`));
    b.next(hs(w));
  }
  return b.build();
}

/** A cue tagger whose weights come from arbitrary (truth, guess, word) updates. */
function taggerFrom(updates: [number, number, string][]): GreedyTagger {
  const tagger = new GreedyTagger(3, 10);
  for (const [truth, guess, w] of updates)
    if (truth !== guess) tagger.model.update(truth, guess, [hs(`w=${w}`), hs(`first=${w[0]}`)], 1);
  tagger.model.average();
  return tagger;
}

const word = fc.constantFrom('said', 'sun', 'told', 'tide', 'a', 'ask');
const update = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), word);

describe('viterbiTag over part of a sequence', () => {
  it('labels the whole sequence as before when the part is all of it, keeping its static scores', () => {
    fc.assert(
      fc.property(
        fc.array(update, { maxLength: 30 }),
        fc.array(word, { maxLength: 16 }),
        (updates, words) => {
          const tagger = taggerFrom(updates);
          const seq = sequenceOf(words);
          const plain = new Float32Array(words.length);
          const kept = new Float32Array(words.length);
          const statics = { scores: new Float32Array(3 * words.length), ready: false };
          const a = viterbiTag(tagger, seq, CUE_DECODING, plain);
          const b = viterbiTag(tagger, seq, CUE_DECODING, kept, 0, words.length, statics);
          assert.deepEqual([...b], [...a]);
          assert.deepEqual([...kept], [...plain]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the positions outside the part O, and reads kept static scores as if it scored them', () => {
    fc.assert(
      fc.property(
        fc.array(update, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 16 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -10, max: 10 }),
        (updates, words, x, y, bias) => {
          const tagger = taggerFrom(updates);
          const seq = sequenceOf(words);
          const n = words.length;
          const from = x % n;
          const to = from + 1 + (y % (n - from));
          const statics = { scores: new Float32Array(3 * n), ready: false };
          viterbiTag(tagger, seq, CUE_DECODING, undefined, 0, n, statics);
          statics.ready = true;
          tagger.bias[1] = bias;
          const fresh = new Float32Array(n);
          const reused = new Float32Array(n);
          const a = viterbiTag(tagger, seq, CUE_DECODING, fresh, from, to);
          const b = viterbiTag(tagger, seq, CUE_DECODING, reused, from, to, statics);
          assert.deepEqual([...b], [...a]);
          assert.deepEqual([...reused], [...fresh]);
          a.forEach((label, k) => {
            if (k < from || k >= to) assert.equal(label, 0, `outside the part at ${k}`);
          });
          assert.notEqual(a[from], 2, 'the part opens with no label before it, so never inside a cue');
        },
      ),
      { numRuns: 80 },
    );
  });
});

/** A six-class tagger (the role tagger's shape) from the same kind of updates. */
function sixClassTaggerFrom(updates: [number, number, string][]): GreedyTagger {
  const tagger = new GreedyTagger(6, 10);
  for (const [truth, guess, w] of updates)
    if (truth !== guess) tagger.model.update(truth, guess, [hs(`w=${w}`), hs(`first=${w[0]}`)], 1);
  tagger.model.average();
  return tagger;
}

describe('viterbiTag between other decodings', () => {
  // The decoder keeps its path tables from one call to the next: a call must not see what the one
  // before it left there, whatever that one decoded.
  const cases: { name: string; between: 'cue' | 'role' | 'biased cue' }[] = [
    { name: 'after a longer cue decoding', between: 'cue' },
    { name: 'after a six-class decoding', between: 'role' },
    { name: 'after a decoding under another bias', between: 'biased cue' },
  ];
  for (const { name, between } of cases)
    it(`labels a sequence as on its own ${name}`, () => {
      fc.assert(
        fc.property(
          fc.array(update, { maxLength: 30 }),
          fc.array(word, { maxLength: 12 }),
          fc.array(word, { minLength: 1, maxLength: 20 }),
          (updates, words, others) => {
            const tagger = taggerFrom(updates);
            const seq = sequenceOf(words);
            const alone = new Float32Array(words.length);
            const first = viterbiTag(tagger, seq, CUE_DECODING, alone);
            if (between === 'role')
              viterbiTag(
                sixClassTaggerFrom(updates.map(([t, g, w]) => [t * 2, g * 2 + 1, w])),
                sequenceOf(others),
                ROLE_DECODING,
              );
            else {
              const other = taggerFrom(updates);
              if (between === 'biased cue') other.bias[1] = 25;
              viterbiTag(other, sequenceOf(others), CUE_DECODING, new Float32Array(others.length));
            }
            const again = new Float32Array(words.length);
            assert.deepEqual([...viterbiTag(tagger, seq, CUE_DECODING, again)], [...first]);
            assert.deepEqual([...again], [...alone]);
          },
        ),
        { numRuns: 60 },
      );
    });
});
