import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { withoutPostedResults } from '../../../src/extract/attributions/postedResults.js';

/** Whether the attribution whose cue is the first `cue` of `text` is kept. */
function kept(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  const found = [{ cue: { start, end: start + cue.length, text: cue } } as unknown as Attribution];
  return withoutPostedResults(text, found).length === 1;
}

describe('results posted and songs recorded are no statements', () => {
  const cases: [string, string, string, boolean][] = [
    ['a loss posted', 'The ferry firm posted a loss of £4m for the year.', 'posted', false],
    [
      'a rise in sales posted',
      'The bakery chain has posted a 12% rise in winter sales.',
      'has posted',
      false,
    ],
    ['an album recorded', 'The singer recorded her second album in a barn.', 'recorded', false],
    [
      'a message posted online stays',
      'The mayor posted a message on her page about the flood.',
      'posted',
      true,
    ],
    ['a video posted stays', 'The club has posted a video of the match.', 'has posted', true],
    ['another cue is left alone', 'The firm said profits had risen.', 'said', true],
  ];
  for (const [name, text, cue, expected] of cases) it(name, () => assert.equal(kept(text, cue), expected));
});
