import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractWith } from '../../../src/extract/attributions/index.js';
import { pollFindings } from '../../../src/extract/attributions/pollFindings.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { modelsLoaded } from './taggedDoc.js';

/** The poll findings in an invented text, found beside no other attribution: [source, cue, content]. */
function findings(text: string) {
  const doc = polnearDoc({ name: 'test', text, gold: [] });
  const t = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return pollFindings(doc, [], 0.5).map((a) => [a.source ? t(a.source) : '', t(a.cue), ...a.content.map(t)]);
}

describe('poll findings', { skip: !modelsLoaded() }, () => {
  const cases: [string, string, string[][]][] = [
    [
      'a sentence opened by "In" and a poll reports what the poll found',
      'In a weekend poll for the Ledger, 52 percent of voters backed the harbour levy.',
      [['a weekend poll for the Ledger', 'In', '52 percent of voters backed the harbour levy']],
    ],
    [
      'a pollster named with a slash and a participle after the poll stay in the source',
      'In the latest Courier/Radio North survey, taken in early May, the mayor trailed her rival by six points.',
      [
        [
          'the latest Courier/Radio North survey, taken in early May',
          'In',
          'the mayor trailed her rival by six points',
        ],
      ],
    ],
    [
      '"In" and a poll in mid-sentence is no opening',
      'The mayor trailed in a weekend poll, aides admitted.',
      [],
    ],
    [
      'a noun other than a poll ends the phrase',
      'In a memo sent before the polls closed, the party thanked its volunteers.',
      [],
    ],
    [
      'a poll inside a longer phrase is not what "In" governs',
      'In six of the wards where polls were held, turnout fell.',
      [],
    ],
    ['the clause after the comma needs a verb', 'In the polls, at least.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(findings(text), expected));

  it('the extractor reports the finding, with a report inside it nested under it', () => {
    const text = 'In a spring survey of tenants, most said their rent had risen.';
    const found = extractWith(polnearDoc({ name: 'test', text, gold: [] }), [{ start: 0, end: text.length }]);
    const poll = found.find((a) => a.rule === 'poll-finding');
    assert.equal(poll?.source?.text, 'a spring survey of tenants');
    for (const a of found) if (a !== poll) assert.equal(a.via, poll?.id);
  });
});
