import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  antecedentSources,
  wholeRelativeSources,
} from '../../../src/extract/attributions/relativeSources.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';
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

describe('antecedentSources', () => {
  // name, text, the tagged [source, cue, content], the source after
  const cases: [string, string, [string, string, string], string][] = [
    [
      'a "who" read as the speaker of the cue after its clause gives way to its antecedent and clause',
      'Sales slowed. However, one trader, who asked not to be named, told the paper the figures were poor.',
      ['who', 'told', 'the figures were poor'],
      'one trader, who asked not to be named',
    ],
    [
      'a name before "who" opening the sentence',
      'Ann Leigh, who had been nominated twice before, told reporters she was thrilled.',
      ['who', 'told', 'she was thrilled'],
      'Ann Leigh, who had been nominated twice before',
    ],
    [
      'a restrictive "which" with no comma before it is left alone',
      'Meanwhile the firm which posted its ninth drop in sales, said it was cutting jobs.',
      ['which', 'said', 'it was cutting jobs'],
      'which',
    ],
    [
      'an antecedent holding a verb is no noun phrase',
      'Dealers believe Tarvale Mills, which has asked for a loan, may sell its plant.',
      ['which', 'may sell', 'its plant'],
      'which',
    ],
  ];
  for (const [name, text, [source, cue, content], expected] of cases)
    it(name, () => {
      const doc = makeDoc(text);
      annotate(doc);
      const found = [flatIn(text, source, cue, content)];
      antecedentSources(doc, found);
      assert.equal(found[0].source?.text, expected);
    });
});
