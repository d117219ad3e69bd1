import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContentEnds, contentCutAt, giveBackWords } from '../../../src/extract/attributions/cutContents.js';
import { type PhraseSpec, phraseAttributions } from '../../helpers/phraseAttributions.js';

/**
 * The cue of the content cut before each attribution named in `inners` (in turn, its words given
 * back when one is found), or null.
 */
function cutsBefore(text: string, specs: PhraseSpec[], inners: number[]): (string | null)[] {
  const { doc, found } = phraseAttributions(text, specs);
  const ends = new ContentEnds(found);
  return inners.map((k) => {
    const outer = contentCutAt(doc, ends, found[k]);
    if (outer) giveBackWords(doc, ends, outer, found[k]);
    return outer ? outer.cue.text : null;
  });
}

describe('contentCutAt: the content that ends right before a report inside it', () => {
  const cases: [string, string, PhraseSpec[], number[], (string | null)[]][] = [
    [
      'a content ending at the inner source',
      'Mr Pell said the mill would close after the board refused a loan.',
      [
        ['Mr Pell', 'said', 'the mill would close after'],
        ['the board', 'refused', 'a loan'],
      ],
      [1],
      ['said'],
    ],
    [
      'a content running on to the inner cue',
      'Mr Pell said the mill would close after the board refused a loan.',
      [
        ['Mr Pell', 'said', 'the mill would close after the board'],
        ['the board', 'refused', 'a loan'],
      ],
      [1],
      ['said'],
    ],
    [
      'words between: no content was cut there',
      'Mr Pell said the mill would close, and later the board refused a loan.',
      [
        ['Mr Pell', 'said', 'the mill would close'],
        ['the board', 'refused', 'a loan'],
      ],
      [1],
      [null],
    ],
    [
      'the first in list order of two cut there',
      'Mr Pell said and Ms Orr wrote that the mill would close after the board refused a loan.',
      [
        ['Ms Orr', 'wrote', 'that the mill would close after'],
        ['Mr Pell', 'said', 'the mill would close after'],
        ['the board', 'refused', 'a loan'],
      ],
      [2],
      ['wrote'],
    ],
    [
      'a content that took back words found again at its new end',
      'Mr Pell said the mill would close after the board refused a loan the bank denied it.',
      [
        ['Mr Pell', 'said', 'the mill would close after'],
        ['the board', 'refused', 'a loan'],
        ['the bank', 'denied', 'it'],
      ],
      [1, 2],
      ['said', 'said'],
    ],
  ];
  for (const [what, text, specs, inners, expected] of cases)
    it(what, () => assert.deepEqual(cutsBefore(text, specs, inners), expected));
});
