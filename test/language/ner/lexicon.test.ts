import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { wordShape } from '../../../src/language/ner/lexicon.js';

/** The definition the fast version must match: every code point by its Unicode category, cut after 8 code units. */
function shapeByCategory(word: string): string {
  let out = '';
  for (const ch of word) {
    if (/\p{Lu}/u.test(ch)) out += 'X';
    else if (/\p{Ll}/u.test(ch)) out += 'x';
    else if (/\p{N}/u.test(ch)) out += 'd';
    else out += ch;
    if (out.length >= 8) break;
  }
  return out;
}

describe('wordShape', () => {
  const cases: [string, string][] = [
    ['Haftar', 'Xxxxxx'],
    ['U.S.', 'X.X.'],
    ['2014', 'dddd'],
    ['Ünal', 'Xxxx'],
    ['naïve', 'xxxxx'],
    ['Ωmega-9', 'Xxxxx-d'],
    ['Quillcorporation', 'Xxxxxxxx'],
  ];
  for (const [word, shape] of cases) it(`${word} → ${shape}`, () => assert.equal(wordShape(word), shape));

  it('matches the definition by Unicode category on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 14 }), (w) => wordShape(w) === shapeByCategory(w)),
      {
        numRuns: 2000,
      },
    );
  });
});
