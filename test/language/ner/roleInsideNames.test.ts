import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutRolesInsideNames } from '../../../src/language/ner/roleInsideNames.js';
import { applySpanRule } from './spanNotation.js';

const cut = (text: string) =>
  applySpanRule(text, (view, spans) => {
    cutRolesInsideNames(view, spans);
    return spans;
  });

describe('cutRolesInsideNames', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    [
      'a club and a role before the name',
      'Former [Tarrow striker Dai Probert]/PERSON said',
      ['Dai Probert/PERSON'],
    ],
    ['a name connector is no role', 'said [Anna van der Berg]/PERSON today', ['Anna van der Berg/PERSON']],
    [
      'one capitalised word after the role is too few',
      '[Tarrow chairman Probert]/PERSON said',
      ['Tarrow chairman Probert/PERSON'],
    ],
    [
      'an organisation is left alone',
      '[Tarrow striker Dai Probert]/ORG said',
      ['Tarrow striker Dai Probert/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(cut(text), expected));
});
