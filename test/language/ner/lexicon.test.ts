import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { organisationGazetteer } from '../../../src/language/en/gazetteers/organisations.js';
import { FLAG_STARTS_ORGANISATION, Lexicon, wordShape } from '../../../src/language/ner/lexicon.js';

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

describe('organisation gazetteer', () => {
  it('matches whole names token by token and flags their first words', () => {
    const words = 'said Human Rights Watch on Monday'.split(' ');
    const lower = words.map((w) => w.toLowerCase());
    assert.equal(organisationGazetteer().longestMatch(lower, 1, words.length), 3);
    assert.equal(organisationGazetteer().longestMatch(lower, 0, words.length), 0);
    const lexicon = new Lexicon();
    assert.ok(lexicon.flags[lexicon.intern('Human')] & FLAG_STARTS_ORGANISATION);
    assert.equal(lexicon.flags[lexicon.intern('Monday')] & FLAG_STARTS_ORGANISATION, 0);
  });
});
