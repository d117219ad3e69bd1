import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropSayingIdioms } from '../../../src/extract/attributions/sayingIdioms.js';
import { flatIn } from './fixtures.js';

describe('dropSayingIdioms', () => {
  // name, text, the attribution as [source, cue, content], whether it stays
  const cases: [string, string, [string | null, string, string], boolean][] = [
    [
      'a concession opened by "Having said that"',
      'Rents rose again. Having said that, some landlords froze them for a year.',
      [null, 'Having said', 'that, some landlords froze them for a year'],
      false,
    ],
    [
      '"having said" with its own object is a report',
      'Having said on Monday that rents would fall, the minister changed course.',
      [null, 'Having said', 'that rents would fall'],
      true,
    ],
    [
      'what goes without saying',
      'It goes without saying that the ferry needs a new engine.',
      ['It', 'saying', 'that the ferry needs a new engine'],
      false,
    ],
    [
      '"needless to say"',
      'Needless to say, the hearing ran late.',
      [null, 'say', 'the hearing ran late'],
      false,
    ],
    [
      '"let\'s say" supposes',
      "Let's say the council doubles the fee next spring.",
      [null, 'say', 'the council doubles the fee next spring'],
      false,
    ],
    [
      'a sentence opened by a bare "Say" supposes',
      'The fund is small. Say the pier needs repairs after a storm: who pays?',
      [null, 'Say', 'the pier needs repairs after a storm'],
      false,
    ],
    [
      '"say" with a subject reports',
      'Residents say the pier needs repairs after every storm.',
      ['Residents', 'say', 'the pier needs repairs after every storm'],
      true,
    ],
    [
      '"saying" after another verb reports',
      'The mayor went on saying that the pier needs repairs.',
      ['The mayor', 'saying', 'that the pier needs repairs'],
      true,
    ],
    [
      '"found a way" tells of managing, not of a finding',
      'The club found a way to keep the bakery open through the winter.',
      ['The club', 'found', 'a way to keep the bakery open through the winter'],
      false,
    ],
    [
      '"find new ways" with an adjective between',
      'Farmers keep trying to find new ways of storing rainwater.',
      ['Farmers', 'find', 'new ways of storing rainwater'],
      false,
    ],
    [
      'the idiom with auxiliaries in the cue',
      'The council has not yet found the way to pay for it.',
      ['The council', 'has not yet found', 'the way to pay for it'],
      false,
    ],
    [
      '"found" with a that-clause reports a finding',
      'The inspectors found that the ferry had missed two safety checks.',
      ['The inspectors', 'found', 'that the ferry had missed two safety checks'],
      true,
    ],
    [
      '"found that ways" keeps the finding',
      'The survey found that ways to the harbour flood every spring.',
      ['The survey', 'found', 'that ways to the harbour flood every spring'],
      true,
    ],
  ];
  for (const [name, text, [s, c, x], stays] of cases)
    it(name, () => {
      const all = [flatIn(text, s, c, x)];
      dropSayingIdioms(text, all);
      assert.equal(all.length, stays ? 1 : 0);
    });
});
