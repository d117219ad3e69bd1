import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinBodyModifiers } from '../../../src/language/ner/namedBodyModifiers.js';
import { applySpanRule } from './spanNotation.js';

const joined = (text: string) =>
  applySpanRule(text, (view, spans) => {
    joinBodyModifiers(view, spans, 0);
    return spans;
  });

describe('joinBodyModifiers', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    ['a place before the body', 'the Tarvale [Philharmonic]/ORG will tour', ['Tarvale Philharmonic/ORG']],
    ['no "the" before it', 'Tarvale [Philharmonic]/ORG will tour', ['Philharmonic/ORG']],
    ['a lower-case word', 'the new [Philharmonic]/ORG will tour', ['Philharmonic/ORG']],
    ['a word in capitals', 'the BIG [Philharmonic]/ORG will tour', ['Philharmonic/ORG']],
    [
      'a word another span covers',
      'the [Tarvale]/GPE [Philharmonic]/ORG will tour',
      ['Tarvale/GPE', 'Philharmonic/ORG'],
    ],
    ['not an organisation', 'the Tarvale [Smith]/PERSON spoke', ['Smith/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
