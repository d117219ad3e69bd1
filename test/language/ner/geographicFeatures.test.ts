import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addGeographicFeatures } from '../../../src/language/ner/geographicFeatures.js';
import { applySpanRule } from './spanNotation.js';

const added = (text: string) =>
  applySpanRule(text, (view, spans, n) => addGeographicFeatures(view, spans, 0, n));

describe('addGeographicFeatures', () => {
  const cases: [string, string, string[]][] = [
    ['a sea after "the"', 'tankers crossing the Gulf at night', ['Gulf/LOC']],
    ['a range', 'a week hiking in the Pyrenees .', ['Pyrenees/LOC']],
    ['a longer name is another thing', 'after the Gulf War ended', []],
    ['no "the"', 'Pacific salmon prices rose', []],
    ['a span already there', 'the [Gulf]/ORG said', ['Gulf/ORG']],
    [
      'next to other spans',
      '[Varn]/GPE and the Adriatic and [Kessel]/LOC',
      ['Varn/GPE', 'Adriatic/LOC', 'Kessel/LOC'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});
