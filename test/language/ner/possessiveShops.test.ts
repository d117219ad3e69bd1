import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPossessiveShops } from '../../../src/language/ner/possessiveShops.js';
import { applySpanRule } from './spanNotation.js';

const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    joinPossessiveShops(view, spans, 0, n);
    return spans;
  });

describe('joinPossessiveShops', () => {
  const cases: [string, string, string[]][] = [
    ['a dropped apostrophe, a person read', 'lunch at [Pike]/PERSON s , then home', ['Pike s/LOC']],
    [
      'a dropped apostrophe, a company kept',
      'I ordered from [Quellmark]/ORG s on Friday',
      ['Quellmark s/ORG'],
    ],
    ['a dropped apostrophe at the end', 'best burgers : [Tamsin Rowe]/PERSON s', ['Tamsin Rowe s/LOC']],
    ['a noun after the bare s is the owner’s', 'saw [Ilario]/PERSON s sketches', ['Ilario/PERSON']],
    ['after "to", before a preposition', "we went to [Ortolan]/PERSON 's for dinner", ["Ortolan 's/LOC"]],
    ['after "at", before a full stop', "meet me at [Corrie Vance]/PERSON 's .", ["Corrie Vance 's/LOC"]],
    ['no place word before it', "I agree with [Ortolan]/PERSON 's .", ['Ortolan/PERSON']],
    ['a noun after it', "we went to [Ortolan]/PERSON 's house", ['Ortolan/PERSON']],
    ['a branch city, then the clause ends', "the menu at [Ortolan]/PERSON 's Leeds ?", ["Ortolan 's/LOC"]],
    ['a city going on into a name', "we went to [Ortolan]/PERSON 's Leeds office", ['Ortolan/PERSON']],
    ['another name after it', "flew to [Ranfurly]/LOC 's North Quay", ['Ranfurly/LOC']],
    ['a quote after it', 'a line from [Ortolan]/PERSON \'s " Winter "', ['Ortolan/PERSON']],
    ['a lower-case span', 'ate at [pike]/PERSON s .', ['pike/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
