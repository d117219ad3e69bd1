import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeDoc } from '../../src/language/index.js';

describe('Doc', () => {
  it('gives each word lower-cased, the same on every read', () => {
    const pieces = fc.constantFrom('The', ' ', 'ÉCOLE', 'said', '“', 'İstanbul', '.', 'MP', '\n', 'ß', '𝒜bc');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const doc = makeDoc(parts.join(''));
        for (let round = 0; round < 2; round++)
          for (let i = doc.length - 1; i >= 0; i--) assert.equal(doc.lowerWord(i), doc.word(i).toLowerCase());
      }),
      { numRuns: 200 },
    );
  });
});
