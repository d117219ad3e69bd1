import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeRoleAppositives } from '../../../src/language/ner/businessAppositives.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    retypeRoleAppositives(view, spans, 0, n);
    return spans;
  });

describe('retypeRoleAppositives', () => {
  const cases: [string, string, string[]][] = [
    ['a place after a role', "the board 's chairman , [Declan Roche]/LOC , said", ['Declan Roche/PERSON']],
    ['an organisation at the sentence end', 'said its secretary , [Tom Hale]/ORG .', ['Tom Hale/PERSON']],
    ['an organisation head word', 'the chairman , [Harbour Board]/ORG , said', ['Harbour Board/ORG']],
    ['no comma', 'the chairman [Declan Roche]/LOC said', ['Declan Roche/LOC']],
    ['no role noun', 'the board , [Declan Roche]/LOC , said', ['Declan Roche/LOC']],
    [
      'a place after a noun for a person',
      'Another student , [Yusuf Demir]/LOC , said',
      ['Yusuf Demir/PERSON'],
    ],
    ['a body after a noun for a person', 'Another student , [Tom Hale]/ORG , said', ['Tom Hale/ORG']],
    ['a place after a business trade', 'the builder , [Harlow Vale]/LOC , said', ['Harlow Vale/LOC']],
    ['one word', 'the chairman , [Roche]/LOC , said', ['Roche/LOC']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
