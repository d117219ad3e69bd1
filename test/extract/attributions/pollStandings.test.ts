import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractWith } from '../../../src/extract/attributions/index.js';
import { pollStandings } from '../../../src/extract/attributions/pollStandings.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { modelsLoaded } from './taggedDoc.js';

/** The poll standings in an invented text, found beside no other attribution: [source, cue, content]. */
function standings(text: string) {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  const t = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return pollStandings(doc, [], 0.5).map((a) => [a.source ? t(a.source) : '', t(a.cue), ...a.content.map(t)]);
}

describe('poll standings', { skip: !modelsLoaded() }, () => {
  const cases: [string, string, string[][]][] = [
    [
      'a clause read off one poll, named after "in a"',
      'The mayor leads her rival by nine points in a Harwick Courier poll.',
      [['a Harwick Courier poll', 'in', 'The mayor leads her rival by nine points']],
    ],
    [
      'when the poll was released belongs to the poll',
      'Ms. Okafor trailed the incumbent in a new survey released on Monday, and her aides were worried.',
      [['a new survey released on Monday', 'in', 'Ms. Okafor trailed the incumbent']],
    ],
    [
      "the clause starts after its subordinator; a time after the poll is the poll's",
      'The council held firm although most tenants opposed the levy in a survey last spring.',
      [['a survey last spring', 'in', 'most tenants opposed the levy']],
    ],
    [
      '"in the polls" is a way of speaking of standing, not one poll',
      'The mayor has slipped in the polls since the flood.',
      [],
    ],
    ['an opening "In a poll" is pollFindings\' case', 'In a weekend poll, the mayor led by six points.', []],
    [
      'taking part in a poll is no finding of it',
      'Thousands of listeners voted in a Radio Harwick poll.',
      [],
    ],
    ['the clause needs a verb of its own', 'Nine points ahead in a Harwick Courier poll.', []],
    ['a noun other than a poll ends the phrase', 'The mayor spoke in a hall near the polls.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(standings(text), expected));

  it('the extractor leaves a clause that already reports someone to that report', () => {
    const text = 'Ms. Okafor said she leads in a Harwick Courier poll.';
    const found = extractWith(polnearDoc({ name: 'test', text, gold: [] }), [{ start: 0, end: text.length }]);
    assert.ok(found.every((a) => a.rule !== 'poll-standing'));
  });
});
