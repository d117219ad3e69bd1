import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wholeRelativeSources } from '../../../src/extract/attributions/relativeSources.js';
import { flatIn } from './fixtures.js';

describe('wholeRelativeSources', () => {
  // name, text, the tagged [source, cue, content], the source after
  const cases: [string, string, [string, string, string], string][] = [
    [
      'a "whose" clause the tagger stopped inside runs on to the comma before the cue',
      'Lena Hart, whose son is being treated at the clinic, said his scan was late.',
      ['Lena Hart, whose son', 'said', 'his scan was late'],
      'Lena Hart, whose son is being treated at the clinic',
    ],
    [
      'a clause left out whole stays out',
      'Lena Hart, whose son is being treated at the clinic, said his scan was late.',
      ['Lena Hart', 'said', 'his scan was late'],
      'Lena Hart',
    ],
    [
      'no comma before the cue: nothing to run on to',
      'Lena Hart, whose son is ill said his scan was late.',
      ['Lena Hart, whose son', 'said', 'his scan was late'],
      'Lena Hart, whose son',
    ],
    [
      'a gap holding another clause break is left alone',
      'Lena Hart, whose son, a pupil, is ill, said his scan was late.',
      ['Lena Hart, whose son', 'said', 'his scan was late'],
      'Lena Hart, whose son',
    ],
  ];
  for (const [name, text, [source, cue, content], expected] of cases)
    it(name, () => {
      const found = [flatIn(text, source, cue, content)];
      wholeRelativeSources(text, found);
      assert.equal(found[0].source?.text, expected);
    });
});
