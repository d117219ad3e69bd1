import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SequenceBuilder } from '../../../src/extract/attributions/trained/sequence.js';

describe('SequenceBuilder', () => {
  it('keeps each position its own features, in order, however many there are', () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ feats: fc.array(int32, { maxLength: 700 }), fixed: fc.integer({ min: -1, max: 5 }) }),
          {
            maxLength: 30,
          },
        ),
        (positions) => {
          const b = new SequenceBuilder();
          positions.forEach((p, k) => {
            b.feats.push(...p.feats);
            b.next(k * 7, p.fixed);
            assert.equal(b.feats.length, 0, 'next() starts the following position empty');
          });
          const seq = b.build();
          assert.equal(seq.offsets.length, positions.length + 1);
          positions.forEach((p, k) => {
            assert.deepEqual([...seq.features.subarray(seq.offsets[k], seq.offsets[k + 1])], p.feats);
            assert.equal(seq.keys[k], k * 7);
            assert.equal(seq.fixed[k], p.fixed);
          });
          assert.equal(seq.features.length, seq.offsets[positions.length]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('builds an empty sequence from no positions', () => {
    const seq = new SequenceBuilder().build([]);
    assert.deepEqual([...seq.offsets], [0]);
    assert.equal(seq.features.length, 0);
    assert.equal(seq.labels?.length, 0);
  });
});
