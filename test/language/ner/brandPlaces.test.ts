import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeBrandPlaces } from '../../../src/language/ner/brandPlaces.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans) => {
    retypeBrandPlaces(view, spans);
    return spans;
  });

// Brands here are entries of the simple-icons list the recognizer reads (brands.ts).
describe('retypeBrandPlaces', () => {
  const cases: [string, string, string[]][] = [
    ['a browser read as a place', 'a bug report filed in [Firefox]/LOC last night', ['Firefox/ORG']],
    ['a company read as a place', 'my cousin moved to [Hyundai]/LOC after college', ['Hyundai/ORG']],
    ['a brand of two words', 'stock went to [Burger King]/LOC stores', ['Burger King/ORG']],
    ['a person who shares a brand name is left alone', 'then [Ted]/PERSON phoned', ['Ted/PERSON']],
    ['a span longer than the brand', 'rode to [Firefox Ridge]/LOC at dawn', ['Firefox Ridge/LOC']],
    ['a place that is also a brand stays a place', 'we drove to [Jordan]/LOC in May', ['Jordan/LOC']],
    ['an unlisted name', 'we drove to [Varrowby]/LOC in May', ['Varrowby/LOC']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
