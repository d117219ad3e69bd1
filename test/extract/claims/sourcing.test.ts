import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { touchingIndex } from '../../../src/extract/claims/sourcing.js';

const range = fc
  .tuple(fc.nat(500), fc.integer({ min: 1, max: 80 }))
  .map(([start, length]) => ({ start, end: start + length }));

describe('touchingIndex', () => {
  it('returns, in ascending order, every attribution with a span overlapping the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(range, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        range,
        (spansOf, r) => {
          const near = touchingIndex(spansOf)(r.start, r.end);
          assert.deepEqual(
            near,
            [...near].sort((a, b) => a - b),
          );
          spansOf.forEach((spans, k) => {
            if (spans.some((s) => s.start < r.end && s.end > r.start))
              assert.ok(near.includes(k), `missed ${k}`);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out attributions wholly before or after the range', () => {
    const near = touchingIndex([
      [{ start: 0, end: 10 }],
      [
        { start: 40, end: 50 },
        { start: 90, end: 95 },
      ],
      [{ start: 200, end: 220 }],
    ]);
    assert.deepEqual(near(60, 80), [1]);
    assert.deepEqual(near(10, 40), []);
    assert.deepEqual(near(5, 210), [0, 1, 2]);
  });
});
