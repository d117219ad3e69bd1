import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { brandGazetteer, brandsFromPackage } from '../../../src/language/en/gazetteers/brands.js';
import { organisationGazetteer } from '../../../src/language/en/gazetteers/organisations.js';
import {
  FLAG_STARTS_BRAND,
  FLAG_STARTS_ORGANISATION,
  Lexicon,
  wordShape,
} from '../../../src/language/ner/lexicon.js';

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

describe('brand gazetteer', () => {
  it('reads the package list and matches multi-word brands whole', () => {
    assert.ok(brandsFromPackage().length > 1000);
    const lower = 'she moved to google cloud last year'.split(' ');
    assert.equal(brandGazetteer().longestMatch(lower, 3, lower.length), 2);
    assert.equal(brandGazetteer().longestMatch(lower, 0, lower.length), 0);
  });

  const lexicon = new Lexicon();
  const flagged = (word: string) => (lexicon.flags[lexicon.intern(word)] & FLAG_STARTS_BRAND) !== 0;
  const cases: [string, string, boolean][] = [
    ['a capitalised brand', 'Mozilla', true],
    ['a brand written in capitals', 'GOOGLE', true],
    ['a brand in lower case', 'mozilla', false],
    ['a listed brand that is an ordinary word', 'Now', false],
    ['a single letter', 'X', false],
    ['a word no brand starts with', 'Tuesday', false],
  ];
  for (const [name, word, expected] of cases) it(name, () => assert.equal(flagged(word), expected));
});
