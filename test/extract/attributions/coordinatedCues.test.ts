import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  splitCoordinatedCues,
  splitJoinedSpeakers,
} from '../../../src/extract/attributions/coordinatedCues.js';
import { attributionIn, flatIn } from './fixtures.js';

describe('splitCoordinatedCues', () => {
  it('gives a second cue joined by "and" the first speaker and ends the first content before it', () => {
    const rows: [string, string, string, string][] = [
      // text, first cue, the first content as tagged, second cue
      [
        'The minister has criticized the port deal and called for a new tender.',
        'has criticized',
        'the port deal and called for a new tender',
        'called for',
      ],
      [
        'Union leaders rejected the offer, and also urged members to stay home.',
        'rejected',
        'the offer, and also urged members to stay home',
        'urged',
      ],
    ];
    for (const [text, cue, content, second] of rows) {
      const first = flatIn(text, text.split(` ${cue}`)[0], cue, content);
      const next = attributionIn(text, {
        source: null,
        cue: second,
        content: text.slice(text.indexOf(second) + second.length + 1, -1),
      });
      splitCoordinatedCues(text, [first, next]);
      assert.equal(next.source?.text, first.source?.text, text);
      assert.deepEqual(
        first.content.map((c) => c.text),
        [content.slice(0, content.search(/,? and/))],
        text,
      );
    }
  });

  it('leaves a second cue with its own subject, or across a sentence end or a quote, as it was', () => {
    const rows: [string, string, string, string, string | null][] = [
      // text, first cue, the first content as tagged, second cue, the second cue's source
      [
        'The mayor said the ferry sails and she urged traders to stay.',
        'said',
        'the ferry sails and she urged traders to stay',
        'urged',
        'she',
      ],
      [
        'The mayor praised the crew. And thanked the harbour staff too.',
        'praised',
        'the crew. And thanked the harbour staff too',
        'thanked',
        null,
      ],
      [
        'The mayor said "the ferry sails" and thanked the crew.',
        'said',
        '"the ferry sails" and thanked the crew',
        'thanked',
        null,
      ],
    ];
    for (const [text, cue, content, second, source] of rows) {
      const first = flatIn(text, 'The mayor', cue, content);
      const next = attributionIn(text, {
        source,
        cue: second,
        content: text.slice(text.indexOf(second) + second.length + 1, -1),
      });
      splitCoordinatedCues(text, [first, next]);
      assert.equal(next.source?.text ?? null, source, text);
      assert.deepEqual(
        first.content.map((c) => c.text),
        [content],
        text,
      );
    }
  });
});

describe('splitJoinedSpeakers', () => {
  // text, the first [source, cue, content] and the second [source, cue, content] as tagged; both after as text
  const cases: [string, string, [string, string, string], [string, string, string], string[]][] = [
    [
      'a second speaker after "and" reports apart',
      'Halbrook said rents rose by 1.5% in May and Norwell reported a fall of 0.2% in June.',
      ['Halbrook', 'said', 'rents rose by 1.5% in May and Norwell reported a fall of 0.2% in June'],
      ['rents rose by 1.5% in May and Norwell', 'reported', 'a fall of 0.2% in June'],
      ['Halbrook / said / rents rose by 1.5% in May', 'Norwell / reported / a fall of 0.2% in June'],
    ],
    [
      'a list of names with no verb before the conjunction is one source',
      'The mayor said that Ana Ruiz and Tom Vale announced a merger.',
      ['The mayor', 'said', 'that Ana Ruiz and Tom Vale announced a merger'],
      ['Ana Ruiz and Tom Vale', 'announced', 'a merger'],
      [
        'The mayor / said / that Ana Ruiz and Tom Vale announced a merger',
        'Ana Ruiz and Tom Vale / announced / a merger',
      ],
    ],
  ];
  for (const [name, text, first, second, expected] of cases)
    it(name, () => {
      const found = [flatIn(text, ...first), flatIn(text, ...second)];
      splitJoinedSpeakers(text, found);
      assert.deepEqual(
        found.map(
          (a) => `${a.source?.text ?? '-'} / ${a.cue.text} / ${a.content.map((c) => c.text).join(' … ')}`,
        ),
        expected,
      );
    });
});
