import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { retypeOutletAppositives } from '../../../src/language/ner/outletAppositives.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    retypeOutletAppositives(view, spans, 0, n);
    return spans;
  });

describe('retypeOutletAppositives', () => {
  const cases: [string, string, string[]][] = [
    [
      'a name after "news agency"',
      'carried by the state news agency , [Varn Press]/ORG .',
      ['Varn Press/MEDIA'],
    ],
    [
      'a name after "the local paper"',
      'the local paper , [Orley Voice]/PERSON , said',
      ['Orley Voice/MEDIA'],
    ],
    [
      'a name before ", the … newspaper"',
      "[Tamsk Courant]/ORG , the city 's oldest newspaper , said",
      ['Tamsk Courant/MEDIA'],
    ],
    ['a radio station', 'the radio station , [Lir Sound]/ORG , said', ['Lir Sound/MEDIA']],
    ['a police station is no outlet', 'the police station , [Harrow Yard]/ORG , said', ['Harrow Yard/ORG']],
    ['an agency that is no news agency', 'the aid agency , [Vela Relief]/ORG , said', ['Vela Relief/ORG']],
    [
      'a place after a preposition is not the outlet described',
      'the most read paper in [Karsk]/ORG , a free daily .',
      ['Karsk/ORG'],
    ],
    [
      'a capitalised "Weekly" is a name, not a kind',
      '[Mara Ostby]/PERSON , the editor at Traders Weekly , said',
      ['Mara Ostby/PERSON'],
    ],
    [
      'the noun must head the appositive',
      '[Mara Ostby]/PERSON , the editor of the paper , said',
      ['Mara Ostby/PERSON'],
    ],
    ['places are left alone', 'the newspaper , [Port Vell]/LOC , said', ['Port Vell/LOC']],
    ['no comma, no apposition', 'the newspaper [Orley Voice]/ORG said', ['Orley Voice/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));

  it('only ever turns an organisation or a person into an outlet, in place', () => {
    const word = fc.constantFrom('the', 'a', 'news', 'agency', 'paper', ',', '.', 'in', 'Varn', 'said');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), fc.nat(), (words, mark) => {
        const at = mark % words.length;
        const text = words.map((w, i) => (i === at ? `[${w}]/ORG` : w)).join(' ');
        const out = retyped(text);
        return out.length === 1 && (out[0].endsWith('/ORG') || out[0].endsWith('/MEDIA'));
      }),
    );
  });
});
