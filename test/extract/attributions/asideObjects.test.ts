import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asideObjectsToContent } from '../../../src/extract/attributions/asideObjects.js';
import { flatIn } from './fixtures.js';

describe('asideObjectsToContent', () => {
  // text, the attribution as [source, cue, content], the content expected
  const cases: [string, [string, string, string], string][] = [
    [
      'The warden urged anyone who walked dogs on the dunes, even on a lead, to keep away from the nests.',
      ['The warden', 'urged', 'to keep away from the nests'],
      'anyone who walked dogs on the dunes, even on a lead, to keep away from the nests',
    ],
    [
      'Police asked drivers, especially those with trailers, not to use the pass.',
      ['Police', 'asked', 'not to use the pass'],
      'drivers, especially those with trailers, not to use the pass',
    ],
    [
      'The council called on residents, young and old, to fill in the survey.',
      ['The council', 'called on', 'to fill in the survey'],
      'residents, young and old, to fill in the survey',
    ],
    // With no aside set off, the object left out is as PolNeAR's annotators often leave it.
    [
      'The warden urged dog walkers to keep away from the nests.',
      ['The warden', 'urged', 'to keep away from the nests'],
      'to keep away from the nests',
    ],
    // An aside about the telling itself, not its object, stays out.
    [
      'The warden urged, in a letter to the paper, everyone to keep away from the nests.',
      ['The warden', 'urged', 'everyone to keep away from the nests'],
      'everyone to keep away from the nests',
    ],
    [
      'The warden said, in a letter to the paper, to keep away from the nests.',
      ['The warden', 'said', 'to keep away from the nests'],
      'to keep away from the nests',
    ],
    // A verb that asks nothing of anyone.
    [
      'The warden promised walkers, dogs or not, to reopen the path in May.',
      ['The warden', 'promised', 'to reopen the path in May'],
      'to reopen the path in May',
    ],
  ];
  for (const [text, [s, c, x], content] of cases)
    it(`${c} | ${x} -> ${content}`, () => {
      const a = flatIn(text, s, c, x);
      asideObjectsToContent(text, [a]);
      assert.deepEqual(
        a.content.map((p) => p.text),
        [content],
      );
    });
});
