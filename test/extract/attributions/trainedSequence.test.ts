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

  it('keeps features written straight into its buffer, alone or followed by listed ones', () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            written: fc.array(int32, { maxLength: 300 }),
            listed: fc.array(int32, { maxLength: 40 }),
          }),
          { maxLength: 30 },
        ),
        (positions) => {
          const b = new SequenceBuilder();
          positions.forEach((p, k) => {
            const at = b.length;
            const buffer = b.room(p.written.length);
            buffer.set(p.written, at);
            b.feats.push(...p.listed);
            b.next(k, -1, p.written.length);
          });
          const seq = b.build();
          positions.forEach((p, k) => {
            const own = [...seq.features.subarray(seq.offsets[k], seq.offsets[k + 1])];
            assert.deepEqual(own, [...p.written, ...p.listed]);
          });
          assert.equal(seq.features.length, seq.offsets[positions.length]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps two builders filled in turn apart, and starts a built builder afresh', () => {
    const a = new SequenceBuilder();
    const b = new SequenceBuilder();
    for (let k = 0; k < 3000; k++) {
      a.feats.push(k, -k);
      a.next(k);
      if (k % 2 === 0) {
        b.feats.push(7 * k);
        b.next(k);
      }
    }
    const first = a.build();
    const second = b.build();
    assert.deepEqual([...first.features.subarray(0, 4)], [0, 0, 1, -1]);
    assert.equal(first.features.length, 6000);
    assert.deepEqual([...second.features.subarray(0, 3)], [0, 14, 28]);
    assert.equal(second.features.length, 1500);
    // A third builder takes a buffer handed on by the first two: it must not see their features.
    const c = new SequenceBuilder();
    c.feats.push(5);
    c.next(0);
    assert.deepEqual([...c.build().features], [5]);
    a.feats.push(9);
    a.next(1);
    assert.deepEqual([...a.build().offsets], [0, 1]);
  });

  it('builds an empty sequence from no positions', () => {
    const seq = new SequenceBuilder().build([]);
    assert.deepEqual([...seq.offsets], [0]);
    assert.equal(seq.features.length, 0);
    assert.equal(seq.labels?.length, 0);
  });
});
