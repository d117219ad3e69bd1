import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeRolePhraseNames } from '../../../src/language/ner/rolePhraseNames.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    retypeRolePhraseNames(view, spans, 0, n);
    return spans;
  });

describe('retypeRolePhraseNames', () => {
  // Invented sentences, tokens as the tokenizer splits them.
  const cases: [string, string, string[]][] = [
    [
      'a role with what it is for',
      "The borough 's cabinet member for parks , [Odile Nkemelu]/LOC , said",
      ['Odile Nkemelu/PERSON'],
    ],
    [
      'an office noun no title list holds',
      "Their club 's chair , [Tunde Obi]/GPE , said",
      ['Tunde Obi/PERSON'],
    ],
    ['a modifier before the role', 'the council ’s housing lead , [Ilse Marr]/ORG .', ['Ilse Marr/PERSON']],
    ['an abbreviated office', 'the local MP , [Reza Tahir]/LOC , said', ['Reza Tahir/PERSON']],
    [
      'an organisation head word stays',
      "the trust 's chair , [Kell Foundation]/ORG , said",
      ['Kell Foundation/ORG'],
    ],
    ['no opener: "chair" may be a verb', 'they chair , [Tunde Obi]/LOC , said', ['Tunde Obi/LOC']],
    ['no role noun', "the town 's river , [Avon Vale]/LOC , rose", ['Avon Vale/LOC']],
    ['one word', "the club 's chair , [Obi]/LOC , said", ['Obi/LOC']],
    ['no comma before', "the club 's chair [Tunde Obi]/LOC said", ['Tunde Obi/LOC']],
    ['not closed by punctuation', "the club 's chair , [Tunde Obi]/LOC Park", ['Tunde Obi/LOC']],
    [
      'an object too long to be the role’s',
      'the head of a very old firm , [Tunde Obi]/LOC , said',
      ['Tunde Obi/LOC'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
