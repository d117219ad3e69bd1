import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPlaceOfPlace } from '../../../src/language/ner/placeOfPlace.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const joined = (text: string) => applySpanRule(text, (view, spans) => joinPlaceOfPlace(view, spans));

describe('joinPlaceOfPlace', () => {
  const cases: [string, string, string[]][] = [
    ['two places joined by of', 'across the [Bay]/LOC of [Dunmoor]/GPE today', ['Bay of Dunmoor/LOC']],
    ['another word between', '[Dunmoor]/LOC and [Kessleton]/GPE', ['Dunmoor/LOC', 'Kessleton/GPE']],
    ['an organisation is not a place', '[Bank]/ORG of [Dunmoor]/GPE', ['Bank/ORG', 'Dunmoor/GPE']],
    [
      'three places chain pairwise',
      '[Bay]/LOC of [Dunmoor]/LOC of [Kess]/LOC',
      ['Bay of Dunmoor/LOC', 'Kess/LOC'],
    ],
    ['a head word left out', 'ships crossing the Strait of [Varn]/GPE daily', ['Strait of Varn/LOC']],
    ['a state named by its kind', 'the Kingdom of [Essary]/GPE said', ['Kingdom of Essary/GPE']],
    ['a lower-case head stays out', 'the lake of [Varn]/LOC froze', ['Varn/LOC']],
    ['a head word that is no place', 'the Bishop of [Varn]/GPE spoke', ['Varn/GPE']],
    ['"City of" is its council, left alone', 'the City of [Varn]/GPE voted', ['Varn/GPE']],
    ['a head inside another span', '[Ossary Bay]/ORG of [Varn]/GPE', ['Ossary Bay/ORG', 'Varn/GPE']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
