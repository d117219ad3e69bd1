import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IntMap } from '../../src/learn/intMap.js';

describe('IntMap', () => {
  it('answers like a Map over any 32-bit keys, -1 when absent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat(1000)), {
          maxLength: 200,
        }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }),
        (entries, probes) => {
          const map = new IntMap(entries);
          const reference = new Map(entries);
          for (const [key] of entries) assert.equal(map.get(key), reference.get(key));
          for (const key of probes) assert.equal(map.get(key), reference.get(key) ?? -1);
        },
      ),
    );
  });

  it('treats unsigned and signed spellings of a hash as the same key', () => {
    const map = new IntMap([[0xfffffffe, 7]]);
    assert.equal(map.get(-2), 7);
    assert.equal(map.get(0xfffffffe), 7);
  });

  it('refuses negative values, which it uses to say "absent"', () => {
    assert.throws(() => new IntMap([[1, -1]]), /non-negative/);
  });
});
