import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { retypeBusinessAppositives } from '../../../src/language/ner/businessAppositives.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    retypeBusinessAppositives(view, spans, 0, n);
    return spans;
  });

describe('retypeBusinessAppositives', () => {
  const cases: [string, string, string[]][] = [
    [
      'a supplier named after its noun',
      'The supplier , [Quarrel Ironworks]/PERSON , said it',
      ['Quarrel Ironworks/ORG'],
    ],
    [
      'at the end of the sentence',
      'They hired a contractor , [Velm Brothers]/PERSON .',
      ['Velm Brothers/ORG'],
    ],
    ['after a possessive', 'its lender , [Ostrava Mutual]/PERSON , agreed', ['Ostrava Mutual/ORG']],
    [
      'a first name keeps the person',
      'The firm , [Daniel Pellworth]/PERSON , said',
      ['Daniel Pellworth/PERSON'],
    ],
    [
      'after a preposition the name is the spokesman',
      'a spokesman for the company , [Teodor Vasque]/PERSON , said',
      ['Teodor Vasque/PERSON'],
    ],
    [
      'a noun that is no business',
      'The mayor , [Quarrel Ironworks]/PERSON , said',
      ['Quarrel Ironworks/PERSON'],
    ],
    ['no comma, no apposition', 'The supplier [Quarrel Ironworks]/PERSON said', ['Quarrel Ironworks/PERSON']],
    ['the name must close', 'The supplier , [Quarrel]/PERSON and others', ['Quarrel/PERSON']],
    ['places are left alone', 'The operator , [Port Vell]/LOC , said', ['Port Vell/LOC']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));

  it('only ever turns a person into an organisation, in place', () => {
    const word = fc.constantFrom(
      'the',
      'a',
      'supplier',
      'firm',
      ',',
      '.',
      'for',
      'Quarrel',
      'Daniel',
      'said',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.nat(), (words, mark) => {
        const at = mark % words.length;
        const text = words.map((w, i) => (i === at ? `[${w}]/PERSON` : w)).join(' ');
        const out = retyped(text);
        return out.length === 1 && (out[0].endsWith('/PERSON') || out[0].endsWith('/ORG'));
      }),
    );
  });
});
