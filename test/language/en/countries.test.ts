import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryGazetteer } from '../../../src/language/en/gazetteers/countries.js';

/** How many words of `phrase` the table matches from its first word (0: none). */
function matched(table: 'places' | 'peoples', phrase: string): number {
  const words = phrase.toLowerCase().split(' ');
  return countryGazetteer()[table].longestMatch(words, 0, words.length);
}

describe('countryGazetteer', () => {
  const cases: [string, string, 'places' | 'peoples', number][] = [
    ['a country written as its own demonym is a place', 'Gibraltar', 'places', 1],
    ['and not a people', 'Gibraltar', 'peoples', 0],
    ['Djibouti alike', 'Djibouti', 'peoples', 0],
    ['a demonym that is only an alternative spelling stays a people', 'Thai', 'peoples', 1],
    ['an ordinary demonym', 'Norwegians', 'peoples', 1],
    ['a two-word country', 'New Zealand', 'places', 2],
  ];
  for (const [name, phrase, table, n] of cases) it(name, () => assert.equal(matched(table, phrase), n));
});
