import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  joinOrganisationOfPlace,
  joinOrganisationTails,
} from '../../../src/language/ner/organisationOfPlace.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const joined = (text: string) =>
  applySpanRule(text, (view, spans) => joinOrganisationOfPlace(view, spans, 0));

describe('joinOrganisationOfPlace', () => {
  const cases: [string, string, string[]][] = [
    [
      'untagged head words before "of"',
      'sued the Housing Authority of [Ridgefield]/LOC last week',
      ['Housing Authority of Ridgefield/ORG'],
    ],
    [
      '"of the" before the place',
      'the Court of the [Marlow Isles]/GPE ruled',
      ['Court of the Marlow Isles/ORG'],
    ],
    [
      'an organisation span ending at "of" is taken in',
      'the [Water Board]/ORG of [Tarn]/GPE said',
      ['Water Board of Tarn/ORG'],
    ],
    ['"for" inside the run', 'the Council for Trade of [Tarn]/GPE', ['Council for Trade of Tarn/ORG']],
    ['"and" ends the run', 'Tarn Airways and Water Board of [Tarn]/GPE', ['Water Board of Tarn/ORG']],
    ['a leading "The" stays out', 'The Water Board of [Tarn]/GPE', ['Water Board of Tarn/ORG']],
    ['no organisation head', 'the Gulf of [Tarn]/LOC', ['Tarn/LOC']],
    [
      'a person before is left alone',
      '[Ada Council]/PERSON of [Tarn]/GPE',
      ['Ada Council/PERSON', 'Tarn/GPE'],
    ],
    ['no "of"', 'the Council in [Tarn]/GPE', ['Tarn/GPE']],
    ['a lower-case head', 'the council of [Tarn]/GPE', ['Tarn/GPE']],
    ['not a place', 'the Council of [Ada Marr]/PERSON', ['Ada Marr/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});

const tails = (text: string) =>
  applySpanRule(text, (view, spans, length) => joinOrganisationTails(view, spans, length));

describe('joinOrganisationTails', () => {
  const cases: [string, string, string[]][] = [
    [
      'capitalised words after "of"',
      'she teaches at the [Orrin Academy]/ORG of Applied Arts in town',
      ['Orrin Academy of Applied Arts/ORG'],
    ],
    [
      '"for the" and a span of its own taken in',
      'the [Kestrel Council]/ORG for the [Coastal Heritage]/ORG said',
      ['Kestrel Council for the Coastal Heritage/ORG'],
    ],
    ['"on"', 'a [Senate Committee]/ORG on Fisheries hearing', ['Senate Committee on Fisheries/ORG']],
    [
      '"and" and "of" between capitalised words',
      'the [Board]/ORG of Trade and Commerce of Tarn met',
      ['Board of Trade and Commerce of Tarn/ORG'],
    ],
    ['a place typed wrongly becomes ORG', 'the [Marlow School]/LOC of Music', ['Marlow School of Music/ORG']],
    ['a date word ends it', 'the [Water Board]/ORG on Monday', ['Water Board/ORG']],
    ['so does a weekday in the plural', 'the [Water Board]/ORG on Thursdays', ['Water Board/ORG']],
    ['a lower-case word after "of"', 'the [Water Board]/ORG of our town', ['Water Board/ORG']],
    ['no head word', 'the [Orrin Gallery]/ORG of Modern Art', ['Orrin Gallery/ORG']],
    ['a legal form', 'bought by [Tessel Inc.]/ORG of Harwick', ['Tessel Inc./ORG']],
    [
      'a second head word: two names run on',
      'the [Dunmore School]/ORG of Law Harwick Policy Institute',
      ['Dunmore School/ORG'],
    ],
    [
      'a place span filling the complement is taken in',
      'the [Water Board]/ORG of [Tarn Hill Road]/LOC',
      ['Water Board of Tarn Hill Road/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(tails(text), expected));
});
