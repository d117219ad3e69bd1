import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitInvertedSpeakers, swapInvertedTags } from '../../../src/extract/attributions/invertedTags.js';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { attributionIn, flatIn, spanIn } from './fixtures.js';
import { modelsLoaded } from './taggedDoc.js';

describe('swapInvertedTags', { skip: !modelsLoaded() }, () => {
  // name, text, the attribution as read [source, cue, content], the roles after: [source, content]
  const cases: [string, string, [string, string, string], [string, string]][] = [
    [
      'a clause read as the source of a tag whose speaker was read as its content',
      'The ferry talks stalled and the strike went on from there, said one union official at the pier.',
      ['The ferry talks stalled and the strike went on from there', 'said', 'one union official at the pier'],
      ['one union official at the pier', 'The ferry talks stalled and the strike went on from there'],
    ],
    [
      '"says" and a group after it',
      'Most bus routes ran late at least once a day, say researchers.',
      ['Most bus routes ran late at least once a day', 'say', 'researchers'],
      ['researchers', 'Most bus routes ran late at least once a day'],
    ],
    [
      "only the clause's subject read as the source: the clause runs to the comma",
      'The toll on the bridge is still low, at two euros a car, said the council.',
      ['The toll on the bridge', 'said', 'the council'],
      ['the council', 'The toll on the bridge is still low, at two euros a car'],
    ],
    [
      'a speaker described by a relative clause stays the source',
      'Ms Vale, who chairs the harbour board, says higher fees will drive boats away.',
      ['Ms Vale, who chairs the harbour board', 'says', 'higher fees will drive boats away'],
      ['Ms Vale, who chairs the harbour board', 'higher fees will drive boats away'],
    ],
    [
      'a content with a verb is what was said',
      'The mayor, after a long week, said the pier will reopen.',
      ['The mayor, after a long week', 'said', 'the pier will reopen'],
      ['The mayor, after a long week', 'the pier will reopen'],
    ],
    [
      'a quoted content is what was said',
      'The vote went ahead, she said, “a fair result”.',
      ['The vote went ahead', 'said', '“a fair result'],
      ['The vote went ahead', '“a fair result'],
    ],
    [
      'a verb other than "say" is left alone',
      'The ferry talks stalled and the strike went on, warned one union official.',
      ['The ferry talks stalled and the strike went on', 'warned', 'one union official'],
      ['The ferry talks stalled and the strike went on', 'one union official'],
    ],
  ];
  for (const [name, text, [s, c, x], [source, content]] of cases)
    it(name, () => {
      const doc = polnearDoc({ name: 'test', text, gold: [] });
      const all = [flatIn(text, s, c, x, c === 'warned' ? 'warn' : 'say')];
      swapInvertedTags(doc, all);
      assert.deepEqual(
        [all[0].source?.text, all[0].content.map((p) => p.text).join(' … ')],
        [source, content],
      );
    });
});

describe('swapInvertedTags with no source tagged', { skip: !modelsLoaded() }, () => {
  // name, text, the attribution as read [cue, content, lemma], the roles after: [source, content]
  const cases: [string, string, [string, string, string], [string | undefined, string]][] = [
    [
      'a verb of remark closing the sentence, its long speaker read as the content',
      "Some debts must be written off and the lenders have to accept it, observed Tom Reyes, adviser to the fund's director, Ana Ruiz.",
      ['observed', "Tom Reyes, adviser to the fund's director, Ana Ruiz", 'observe'],
      [
        "Tom Reyes, adviser to the fund's director, Ana Ruiz",
        'Some debts must be written off and the lenders have to accept it',
      ],
    ],
    [
      '"said" and a speaker after it',
      'The talks would then run for months, said our reporter.',
      ['said', 'our reporter', 'say'],
      ['our reporter', 'The talks would then run for months'],
    ],
    [
      'a verb that is no remark is left alone',
      'The ferry talks stalled and the strike went on, warned one union official.',
      ['warned', 'one union official', 'warn'],
      [undefined, 'one union official'],
    ],
  ];
  for (const [name, text, [c, x, lemma], [source, content]] of cases)
    it(name, () => {
      const doc = polnearDoc({ name: 'test', text, gold: [] });
      const all = [flatIn(text, null, c, x, lemma)];
      swapInvertedTags(doc, all);
      assert.deepEqual(
        [all[0].source?.text, all[0].content.map((p) => p.text).join(' … ')],
        [source, content],
      );
    });
});

describe('swapInvertedTags keeps the reading it replaces in place', { skip: !modelsLoaded() }, () => {
  it('keeps its id and its via, which the passes before it gave', () => {
    const text = 'The toll on the bridge is still low, at two euros a car, said the council.';
    const doc = polnearDoc({ name: 'test', text, gold: [] });
    const read = flatIn(text, 'The toll on the bridge', 'said', 'the council', 'say');
    read.id = 'A3';
    read.via = 'A1';
    const all = [read];
    swapInvertedTags(doc, all);
    assert.equal(all[0].source?.text, 'the council');
    assert.deepEqual([all[0].id, all[0].via], ['A3', 'A1']);
  });
});

describe('splitInvertedSpeakers', { skip: !modelsLoaded() }, () => {
  // name, text, the content spans as read (the speaker last), the roles after: [source, content]
  const cases: [string, string, string[], [string | undefined, string]][] = [
    [
      'a speaker after the tag read as the last span of the content',
      'Ticket sales have doubled since March, passing the old record, said market analysts Tallyworks.',
      ['Ticket sales have doubled since March, passing the old record', 'market analysts Tallyworks'],
      ['market analysts Tallyworks', 'Ticket sales have doubled since March, passing the old record'],
    ],
    [
      'a body after "says"',
      'Town centres need more homes above their shops, says the planning institute.',
      ['Town centres need more homes above their shops', 'the planning institute'],
      ['the planning institute', 'Town centres need more homes above their shops'],
    ],
    [
      'a passive "is said" is no inverted tag',
      'The owners of the mill, the Varga family, are said to be weighing an offer.',
      ['The owners of the mill, the Varga family', 'to be weighing an offer'],
      [undefined, 'The owners of the mill, the Varga family … to be weighing an offer'],
    ],
    [
      'a last span with a verb is what was said',
      'Before the vote, the mayor, said the pier would reopen.',
      ['Before the vote, the mayor', 'the pier would reopen'],
      [undefined, 'Before the vote, the mayor … the pier would reopen'],
    ],
  ];
  for (const [name, text, spans, [source, content]] of cases)
    it(name, () => {
      const doc = polnearDoc({ name: 'test', text, gold: [] });
      const cue = /\b(?:are said|said|says)\b/.exec(text)?.[0] ?? '';
      const all = [attributionIn(text, { source: null, cue, content: spans.map((x) => spanIn(text, x)) })];
      splitInvertedSpeakers(doc, all);
      assert.deepEqual(
        [all[0].source?.text, all[0].content.map((p) => p.text).join(' … ')],
        [source, content],
      );
    });
});
