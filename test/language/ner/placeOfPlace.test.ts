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
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
