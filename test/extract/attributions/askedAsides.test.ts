import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropAskedAsides } from '../../../src/extract/attributions/askedAsides.js';
import { flatIn } from './fixtures.js';

describe('dropAskedAsides', () => {
  // text, the attributions as [source, cue, content], the cues kept
  const cases: [string, string, [string, string, string][], string[]][] = [
    [
      'a questioning aside before the answer',
      'Carvalho, asked about the memo, said the firm had not seen it.',
      [
        ['Carvalho', 'asked about', 'the memo'],
        ['Carvalho', 'said', 'the firm had not seen it'],
      ],
      ['said'],
    ],
    [
      'the aside with its preposition outside the cue',
      'The mayor, pressed on the cost, said: "It is regrettable."',
      [
        ['The mayor', 'pressed', 'on the cost'],
        ['The mayor', 'said', 'It is regrettable.'],
      ],
      ['said'],
    ],
    [
      'an active question with an object stays',
      'Dana Reyes, a resident, asked the mayor whether the bridge would open, and said she doubted it.',
      [
        ['Dana Reyes, a resident', 'asked', 'whether the bridge would open'],
        ['Dana Reyes, a resident', 'said', 'she doubted it'],
      ],
      ['asked', 'said'],
    ],
    [
      'no answer in the same sentence',
      'Carvalho, asked about the memo, left. Later she said nothing.',
      [
        ['Carvalho', 'asked about', 'the memo'],
        ['she', 'said', 'nothing'],
      ],
      ['asked about', 'said'],
    ],
  ];
  for (const [name, text, parts, kept] of cases)
    it(name, () => {
      const all = parts.map(([s, c, x]) => flatIn(text, s, c, x));
      dropAskedAsides(text, all);
      assert.deepEqual(
        all.map((a) => a.cue.text),
        kept,
      );
    });
});
