import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { AS_PUT_IT_RULE, asPutIt } from '../../../src/extract/attributions/asPutIt.js';
import { flatIn } from './fixtures.js';

const found = (text: string, given: Attribution[] = []) => {
  const all = [...given];
  asPutIt(text, [{ start: 0, end: text.length }], all, 0.5);
  return all.map((a) => [a.source?.text, a.cue.text, a.content.map((c) => c.text)]);
};

describe('asPutIt', () => {
  // text, then the speaker, cue and content pieces expected
  const cases: [string, string, string, string[]][] = [
    [
      'As Ms Hale put it in a note to Dr. A. Reyes last May, rents will rise.',
      'Ms Hale',
      'put it',
      ['rents will rise'],
    ],
    ['The vote was rigged, as Ms Hale put it in an interview.', 'Ms Hale', 'put it', ['The vote was rigged']],
    [
      'The fare rise is a tax on islanders, as one councillor put it.',
      'one councillor',
      'put it',
      ['The fare rise is a tax on islanders'],
    ],
    [
      'As the harbour master put it, the pier is older than the town.',
      'the harbour master',
      'put it',
      ['the pier is older than the town'],
    ],
    [
      'The plan, as Ms Hale puts it, has no money behind it.',
      'Ms Hale',
      'puts it',
      ['The plan', 'has no money behind it'],
    ],
    [
      'As one skipper has put it: "We sail or we starve."',
      'one skipper',
      'has put it',
      ['We sail or we starve'],
    ],
  ];
  for (const [text, speaker, cue, content] of cases)
    it(text, () => assert.deepEqual(found(text), [[speaker, cue, content]]));

  it('corrects the attribution a tagger made of "put" rather than adding one', () => {
    const text = 'Rents doubled, as one tenant put it.';
    const tagged = flatIn(text, 'one tenant', 'put', 'it');
    assert.deepEqual(found(text, [tagged]), [['one tenant', 'put it', ['Rents doubled']]]);
    assert.notEqual(tagged.rule, AS_PUT_IT_RULE);
  });

  it('keeps the tagger content when no words stand around the tag', () => {
    const text = 'Rents rose. As Ms Hale put it in her memo.';
    const tagged = flatIn(text, 'Ms Hale', 'put', 'Rents rose');
    assert.deepEqual(found(text, [tagged]), [['Ms Hale', 'put it', ['Rents rose']]]);
  });

  it('leaves other uses of "put" and "as" alone', () => {
    for (const text of [
      'She put it on the shelf.',
      'As prices rose, he put it off.',
      'Put it down, as asked.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});
