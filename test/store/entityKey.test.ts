import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/analysis/types.js';
import { blockKey, namesMatch, normalizeName, preferredName, skeleton } from '../../src/corpus/entityKey.js';

describe('entityKey', () => {
  it('puts transliteration variants of a surname in one block', () => {
    assert.equal(skeleton('haftar'), skeleton('hafter'));
    assert.equal(blockKey('Haftar', 'PERSON'), blockKey('Khalifa Hafter', 'PERSON'));
    assert.equal(blockKey('Gen. Khalifa Haftar', 'PERSON'), blockKey('Haftar', 'PERSON'));
    assert.equal(blockKey('Qadhafi', 'PERSON'), blockKey('Muammar Gaddafi', 'PERSON'));
  });

  it('normalizes titles, case, accents and corporate suffixes', () => {
    assert.equal(normalizeName('Dr. José Ávila', 'PERSON'), 'jose avila');
    assert.equal(normalizeName('Acme Corp.', 'ORG'), 'acme');
    assert.equal(normalizeName('The Harbor Post', 'MEDIA'), 'harbor post');
  });

  const cases: [string, string, EntityType, boolean][] = [
    ['Haftar', 'Khalifa Hafter', 'PERSON', true],
    ['Khalifa Haftar', 'Khalifa Hafter', 'PERSON', true],
    ['K. Haftar', 'Khalifa Haftar', 'PERSON', true],
    ['Ali Haftar', 'Khalifa Haftar', 'PERSON', false],
    ['Haftar', 'Hafez', 'PERSON', false],
    ['Li', 'Lu', 'PERSON', false],
    ['Muammar Qadhafi', 'Gaddafi', 'PERSON', true],
    ['Acme Corp', 'ACME', 'ORG', true],
    ['Harbor Post', 'Harbour Post', 'MEDIA', true],
    ['Harbor Post', 'Harbor Times', 'MEDIA', false],
  ];
  for (const [a, b, type, expected] of cases)
    it(`${expected ? 'matches' : 'keeps apart'} ${a} / ${b} (${type})`, () => {
      assert.equal(namesMatch(a, b, type), expected);
      assert.equal(namesMatch(b, a, type), expected);
    });

  it('prefers a full name over a bare surname as canonical', () => {
    assert.equal(preferredName('Haftar', 'Khalifa Haftar', 'PERSON'), 'Khalifa Haftar');
    assert.equal(preferredName('Khalifa Haftar', 'Haftar', 'PERSON'), 'Khalifa Haftar');
  });
});
