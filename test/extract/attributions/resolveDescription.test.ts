import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { endsWithWord, hasWord } from '../../../src/extract/attributions/resolveDescription.js';

describe('role words in titles and appositives', () => {
  // The patterns these functions stand for: the word with no letter on either side; the word at the end.
  const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inWord = (w: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}(?:[^\\p{L}]|$)`, 'u');
  const atEnd = (w: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}\\.?\\s*$`, 'u');
  const pieces = fc.constantFrom(
    'col',
    'col.',
    '.',
    ' ',
    '\u00a0',
    'a',
    'é',
    '𝒜',
    '😀',
    ',',
    '-',
    'Col',
    '\n',
  );
  const words = fc.constantFrom('col', 'col.', 'colonel', 'é');

  it('finds a whole word exactly where the pattern does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), words, (parts, word) => {
        const s = parts.join('');
        assert.equal(hasWord(s, word), inWord(word).test(s));
        assert.equal(endsWithWord(s, word), atEnd(word).test(s));
      }),
      { numRuns: 2000 },
    );
  });

  const rows: [string, string, boolean, boolean][] = [
    ['the col. said', 'col.', true, false],
    ['a colonel', 'col', false, false],
    ['led by col.  ', 'col', true, true],
    ['led by col.  ', 'col.', true, true],
    ['éspecol', 'col', false, false],
  ];
  for (const [s, word, whole, end] of rows)
    it(`reads ${JSON.stringify(word)} in ${JSON.stringify(s)}`, () => {
      assert.equal(hasWord(s, word), whole);
      assert.equal(endsWithWord(s, word), end);
    });
});
