import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeHeadedBodies } from '../../../src/language/ner/headedBodies.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans) => {
    retypeHeadedBodies(view, spans);
    return spans;
  });

describe('retypeHeadedBodies', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    ['a club read as a place', 'at [Tarrow Hockey Club]/LOC today', ['Tarrow Hockey Club/ORG']],
    ['a university named "of" a place', 'at the [University of Tarrow]/LOC .', ['University of Tarrow/ORG']],
    ['a building word stays a place', 'at [Tarrow Hospital]/LOC today', ['Tarrow Hospital/LOC']],
    ['a state the gazetteers know stays one', 'the [Tarrow Union]/GPE grew', ['Tarrow Union/GPE']],
    ['a head in lower case is not the name’s', 'the [Tarrow]/LOC club', ['Tarrow/LOC']],
    ['a person is left alone', 'said [Ann Club]/PERSON today', ['Ann Club/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
