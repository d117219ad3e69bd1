import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hashFeature, hashFeatureJoined, hashString } from '../../src/learn/hash.js';

describe('feature hashes', () => {
  it('hash joined parts exactly as the joined string', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.string(),
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (t, a, b, c) => {
          const joined = c === undefined ? `${a} ${b}` : `${a} ${b} ${c}`;
          assert.equal(hashFeatureJoined(t, a, b, c), hashFeature(t, joined));
        },
      ),
    );
  });

  it('give different templates different hashes for the same value', () => {
    assert.notEqual(hashFeature(1, 'said'), hashFeature(2, 'said'));
    assert.equal(hashString('said'), hashString('said'));
  });
});
