import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addCompanyNames,
  COMPANY_HEAD_RULE,
  spreadCompanyNames,
} from '../../../src/language/ner/companyNames.js';
import { applySpanRule } from './spanNotation.js';

const added = (text: string) => applySpanRule(text, (view, spans, n) => addCompanyNames(view, spans, 0, n));

describe('addCompanyNames', () => {
  const cases: [string, string, string[]][] = [
    ['a name the tagger missed', 'blamed a supplier , Vantix Systems , for it', ['Vantix Systems/ORG']],
    [
      'two names',
      'hired Corvane Technologies and Halden Logistics',
      ['Corvane Technologies/ORG', 'Halden Logistics/ORG'],
    ],
    ['a span inside the name', 'hired [Corvane]/PERSON Technologies last year', ['Corvane Technologies/ORG']],
    [
      'a span of just the name, read as a person',
      '[Tulloch Aggregates]/PERSON rejected it',
      ['Tulloch Aggregates/ORG'],
    ],
    ['"the" stays out', 'hired the Corvane Shipping firm', ['Corvane Shipping/ORG']],
    [
      'a span over the head word is left alone',
      'hired [Corvane Shipping Lines]/ORG today',
      ['Corvane Shipping Lines/ORG'],
    ],
    ['the name goes on past the head', 'hired Goldvane Capital Markets today', []],
    ['a trade as the head', 'we called Tarrow Roofing twice', ['Tarrow Roofing/ORG']],
    ['a claims handler read as a place', 'a director at [Pellman Claims]/LOC , said', ['Pellman Claims/ORG']],
    ['the verb "claims" in lower case', 'Pellman claims the barn burned', []],
    ['a broker read as a person', 'orders sent to [Kemble Futures]/PERSON daily', ['Kemble Futures/ORG']],
    ['part of a longer name', 'the School of Industrial and Systems Engineering', []],
    ['a head word alone', 'the Systems went down', []],
    ['a head word in capitals', 'from ACME SYSTEMS today', []],
    ['a word in lower case', 'computer systems failed', []],
    ['an airline named "… Air"', 'flights by [Corrie Air]/PERSON were cut', ['Corrie Air/ORG']],
    ['a head word in a hyphenated compound', 'bought Tarvo Air - Dry paint', []],
    ['a maker named "… Kinetics"', 'the contractor , [Tarvo Kinetics]/PERSON , said', ['Tarvo Kinetics/ORG']],
    // A head that is a common surname too, after a given name alone: a person's name.
    ['a given name and a surname head', 'owner [Sandra Mills]/PERSON , whose dog', ['Sandra Mills/PERSON']],
    ['a given name and "Flowers"', 'said [Helen Flowers]/PERSON today', ['Helen Flowers/PERSON']],
    ['no given name before "Mills"', 'staff at [Tarrowby Mills]/PERSON said', ['Tarrowby Mills/ORG']],
    [
      'a given name and "Mills", then a business in apposition',
      '[Harcourt Mills]/PERSON , the investment bank , said',
      ['Harcourt Mills/ORG'],
    ],
    ['more words before "Mills"', 'staff at Sandra Bay Mills said', ['Sandra Bay Mills/ORG']],
    // A travel or coach firm named after its founder: the name the tagger found inside is the firm's.
    [
      'a travel firm opened by a given name',
      'staff at [Morwenna Pike]/PERSON Travel said',
      ['Morwenna Pike Travel/ORG'],
    ],
    ['a coach firm', 'hired Tolley Coaches for the trip', ['Tolley Coaches/ORG']],
    ['a vehicle maker', 'built by Dalby Electric Vehicles , which', ['Dalby Electric Vehicles/ORG']],
    ['a ministry for travel', 'the Minister for Travel said', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});

describe('spreadCompanyNames', () => {
  const spread = (text: string) =>
    applySpanRule(text, (view, spans) =>
      spreadCompanyNames(
        view,
        spans.map((s) => (s.end - s.start >= 2 && s.label === 'ORG' ? { ...s, rule: COMPANY_HEAD_RULE } : s)),
      ),
    );
  const cases: [string, string, string[]][] = [
    [
      'the first word alone later',
      '[Vantix Systems]/ORG blamed . Vantix rejected it',
      ['Vantix Systems/ORG', 'Vantix/ORG'],
    ],
    [
      'a one-word span on it is retyped',
      '[Vantix Systems]/ORG blamed . [Vantix]/PERSON rejected it',
      ['Vantix Systems/ORG', 'Vantix/ORG'],
    ],
    [
      'a longer span holding it is left alone',
      '[Vantix Systems]/ORG blamed . [Vantix Rowe]/PERSON spoke',
      ['Vantix Systems/ORG', 'Vantix Rowe/PERSON'],
    ],
    // A name of more words: all but its head word stand for the firm ("Morwenna Pike" for "… Travel").
    [
      'the words before the head, read as a person, later',
      '[Morwenna Pike Travel]/ORG cut routes . [Morwenna Pike]/PERSON denied it',
      ['Morwenna Pike Travel/ORG', 'Morwenna Pike/ORG'],
    ],
    [
      'the words before the head, untagged, later',
      '[Morwenna Pike Travel]/ORG cut routes . a spokesman for Morwenna Pike said',
      ['Morwenna Pike Travel/ORG', 'Morwenna Pike/ORG'],
    ],
    [
      'a person of that name, said to be one by "who"',
      '[Morwenna Pike Travel]/ORG cut routes . [Morwenna Pike]/PERSON , who founded it , said',
      ['Morwenna Pike Travel/ORG', 'Morwenna Pike/PERSON'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(spread(text), expected));
});
