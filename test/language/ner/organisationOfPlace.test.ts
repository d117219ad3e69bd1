import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinOrganisationOfPlace } from '../../../src/language/ner/organisationOfPlace.js';
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
