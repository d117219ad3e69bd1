import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hs } from '../../../src/extract/attributions/trained/mix.js';
import {
  GreedyTagger,
  type Sequence,
  SequenceBuilder,
} from '../../../src/extract/attributions/trained/sequence.js';
import {
  CUE_DECODING,
  ROLE_DECODING,
  viterbiTag,
} from '../../../src/extract/attributions/trained/viterbi.js';

const O = 0;
const B = 1;
const I = 2;

/** A sequence whose only static feature at each position is its word. */
function sequenceOf(words: string[], labels?: number[]): Sequence {
  const b = new SequenceBuilder();
  for (const w of words) {
    b.feats.push(hs(`w=${w}`));
    b.next(hs(w));
  }
  return b.build(labels);
}

function trained(data: [string[], number[]][], epochs: number): GreedyTagger {
  const tagger = new GreedyTagger(3, 10);
  for (let e = 0; e < epochs; e++)
    for (const [words, labels] of data) tagger.learn(sequenceOf(words, labels));
  tagger.model.average();
  return tagger;
}

describe('viterbiTag', () => {
  it('starts a cue the greedy tagger passed over when the next word makes it plain', () => {
    // Weights set by hand: "ab" alone is more often no cue than a cue's first word; "cd" is nearly
    // always inside a cue. Greedy tagging settles "ab" before it sees "cd" and leaves "cd" an I
    // with no B; the sequence view opens the cue at "ab".
    const tagger = new GreedyTagger(3, 10);
    const push = (word: string, truth: number, guess: number, times: number) => {
      for (let k = 0; k < times; k++) tagger.model.update(truth, guess, [hs(`w=${word}`)], 1);
    };
    push('ab', O, I, 30);
    push('ab', B, I, 10);
    push('cd', I, O, 100);
    const seq = sequenceOf(['ab', 'cd']);
    assert.deepEqual([...tagger.tag(seq)], [O, I]);
    assert.deepEqual([...viterbiTag(tagger, seq, CUE_DECODING)], [B, I]);
    assert.deepEqual([...viterbiTag(tagger, sequenceOf(['ab', 'ab']), CUE_DECODING)], [O, O]);
  });

  it('never puts I after O or first, and gives a finite margin at every position', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 2 }))),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(word, { maxLength: 20 }),
        (raw, words) => {
          const data = raw.map(([w, l]) => [w, w.map((_, k) => l[k] ?? O)] as [string[], number[]]);
          const tagger = trained(data, 2);
          const margins = new Float32Array(words.length);
          const labels = viterbiTag(tagger, sequenceOf(words), CUE_DECODING, margins);
          assert.equal(labels.length, words.length);
          labels.forEach((l, k) => {
            assert.ok(l === O || l === B || l === I);
            if (l === I) assert.ok(k > 0 && labels[k - 1] !== O, `I at ${k} after ${labels[k - 1]}`);
            assert.ok(Number.isFinite(margins[k]));
          });
          assert.deepEqual(
            [...viterbiTag(tagger, sequenceOf(words), CUE_DECODING)],
            [...labels],
            'deterministic',
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps a role inside label after its own begin or inside label, and a fixed cue where it is', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 11 }),
        (words, at) => {
          const tagger = new GreedyTagger(6, 10);
          // Arbitrary weights: every word leans to some inside label, the one most often ruled out.
          words.forEach((w, k) => {
            tagger.model.update(k % 2 === 0 ? 2 : 4, 0, [hs(`w=${w}`)], 1);
          });
          const b = new SequenceBuilder();
          const cue = at % words.length;
          for (const [k, w] of words.entries()) {
            if (k !== cue) b.feats.push(hs(`w=${w}`));
            b.next(hs(w), k === cue ? 5 : -1);
          }
          const labels = viterbiTag(tagger, b.build(), ROLE_DECODING);
          assert.equal(labels[cue], 5);
          labels.forEach((l, k) => {
            const p = k > 0 ? labels[k - 1] : -1;
            if (l === 2) assert.ok(p === 1 || p === 2, `source inside label after ${p}`);
            if (l === 4) assert.ok(p === 3 || p === 4, `content inside label after ${p}`);
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
