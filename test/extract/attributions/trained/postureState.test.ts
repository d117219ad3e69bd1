import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../../src/analysis/types.js';
import { postureState } from '../../../../src/extract/attributions/trained/index.js';
import { makeDoc } from '../../../../src/language/index.js';
import { annotate } from '../../../../src/language/pipeline.js';

/** Whether the cue `cue` (words of `text`) reads as a thing's state, not a report. */
function isState(text: string, cue: string): boolean {
  const doc = makeDoc(text);
  annotate(doc);
  const start = text.indexOf(cue);
  const a = { cue: { start, end: start + cue.length } } as Attribution;
  return postureState(doc, a);
}

describe('trained extractor: a posture verb telling a state', () => {
  const cases: [string, string, string, boolean][] = [
    [
      'a building that has stood empty',
      'More than 200 flats in Varlow have stood empty for two years while families wait, the inspector said.',
      'have stood empty for',
      true,
    ],
    [
      'looms that sat empty',
      'The new looms sat empty all winter, the mill owner told the court.',
      'sat empty',
      true,
    ],
    [
      'looms that sat idle',
      'The new looms sat idle all winter, the mill owner told the court.',
      'sat idle',
      true,
    ],
    [
      'a stance taken standing',
      'The league stands united with the players who spoke out, its chairman said.',
      'stands united with',
      false,
    ],
    ['a speech verb', 'The inspector said the flats had been empty for two years.', 'said', false],
    [
      'a posture verb with no adjective after it',
      'The mayor stood by her claim that the flats would be let by June.',
      'stood by',
      false,
    ],
  ];
  for (const [name, text, cue, expected] of cases) {
    it(name, () => assert.equal(isState(text, cue), expected));
  }
});
