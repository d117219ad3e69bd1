import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addModifierNames } from '../../../src/language/ner/modifierNames.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const named = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    addModifierNames(view, spans, 0, n);
    return spans;
  });

describe('addModifierNames', () => {
  const cases: [string, string, string[]][] = [
    ['an unfamiliar ruler before "regime"', 'fled the Varkoni regime in spring', ['Varkoni/PERSON']],
    [
      'before "government" and "family"',
      'the Varkoni government and the Dellby family',
      ['Varkoni/PERSON', 'Dellby/PERSON'],
    ],
    [
      'kept in order among other spans',
      'the [Acme]/ORG deal and the Varkoni family in [Lyon]/LOC',
      ['Acme/ORG', 'Varkoni/PERSON', 'Lyon/LOC'],
    ],
    ['a span already there is left alone', 'the [Varkoni]/ORG regime', ['Varkoni/ORG']],
    ['a country is not a person', 'the France government', []],
    ['a demonym is not a person', 'the Iraqi government', []],
    ['an all-caps word is not a person', 'the PLO administration', []],
    ['an organisation head is not a person', 'the Council administration', []],
    ['after a capitalised word', 'the New Varkoni regime', []],
    ['at the start of the sentence', 'Varkoni government fell', []],
    ['a lower-case word is not a name', 'the varkoni regime', []],
    ['another noun after it', 'the Varkoni report', []],
    ['a dynasty is named after a house', 'the Varkoni dynasty', []],
    ['the noun at the end of the sentence', 'the Varkoni', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(named(text), expected));
});
