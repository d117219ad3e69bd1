import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Stance } from '../../../src/analysis/types.js';
import { baseLemma, contentDenies, cueStance } from '../../../src/extract/disputes/stance.js';
import { makeDoc } from '../../../src/language/index.js';

/** [sentence, the cue as it appears, its lemma, the stance a careful reader gives it] */
const CUES: [string, string, string, Stance][] = [
  ['The harbour master said the ferry left at noon.', 'said', 'say', 'assert'],
  ['The union denied that its members blocked the gate.', 'denied', 'deny', 'deny'],
  ['The council rejected the proposal outright.', 'rejected', 'reject', 'reject'],
  ['Two engineers disputed the cost estimate.', 'disputed', 'dispute', 'dispute'],
  ['The hospital confirmed that three patients were moved.', 'confirmed', 'confirm', 'confirm'],
  ['The minister admitted the tender was rushed.', 'admitted', 'admit', 'admit'],
  ['Residents questioned whether the wall would hold.', 'questioned', 'question', 'question'],
  ['Forecasters warned that the river could flood.', 'warned', 'warn', 'warn'],
  ['The opposition accused the mayor of hiding the figures.', 'accused', 'accuse', 'accuse'],
  ['Analysts believe the merger will fail.', 'believe', 'believe', 'believe'],
  ['The club declined to comment.', 'declined', 'decline', 'decline'],
  // negation before the cue
  ['The ministry did not confirm the casualty figures.', 'confirm', 'confirm', 'decline'],
  ['Police have not yet confirmed the identity of the driver.', 'confirmed', 'confirm', 'decline'],
  ["The company didn't deny that talks had taken place.", 'deny', 'deny', 'decline'],
  ['The governor does not believe the dam is at risk.', 'believe', 'believe', 'dispute'],
  ['The regulator never agreed that the prices were fair.', 'agreed', 'agree', 'dispute'],
  ['Officials refused to confirm the number of arrests.', 'confirm', 'confirm', 'decline'],
  // stance carried by the content
  ['A spokeswoman said the newspaper report was completely untrue.', 'said', 'say', 'deny'],
  ["The coach said the story was 'utterly false'.", 'said', 'say', 'deny'],
  ['He called the allegations baseless and vowed to sue.', 'called', 'call', 'deny'],
  ['The army dismissed the claims as propaganda.', 'dismissed', 'dismiss', 'deny'],
  ['The firm described the report as politically motivated.', 'described', 'describe', 'deny'],
  ['The council insisted it had no role in the sale.', 'insisted', 'insist', 'deny'],
  ['She said the rumours were not true.', 'said', 'say', 'deny'],
  // a denial word that is not predicated of anything stays an assertion
  ['He said a false alarm emptied the station.', 'said', 'say', 'assert'],
  ['The captain said the wrong turn cost them an hour.', 'said', 'say', 'assert'],
];

describe('cueStance', () => {
  for (const [sentence, cue, lemma, expected] of CUES) {
    it(`${expected}: ${sentence}`, () => {
      const doc = makeDoc(sentence);
      const at = sentence.indexOf(cue);
      const tokens = doc.tokensInRange(at, at + cue.length);
      assert.equal(cueStance(doc, tokens.start, tokens.end, lemma), expected);
    });
  }

  it('reads an inflected form when no lemma was assigned', () => {
    const doc = makeDoc('The club denied everything.');
    assert.equal(cueStance(doc, 2, 3, 'denied'), 'deny');
    assert.equal(baseLemma('disputes'), 'dispute');
    assert.equal(baseLemma('questioning'), 'question');
    assert.equal(baseLemma('according to'), 'according to');
  });

  it('never throws on out-of-range or empty token ranges', () => {
    const doc = makeDoc('Said.');
    for (const [s, e] of [
      [0, 0],
      [-1, 1],
      [0, 9],
      [3, 2],
    ])
      assert.equal(typeof cueStance(doc, s, e, 'say'), 'string');
    assert.equal(cueStance(makeDoc(''), 0, 0, 'deny'), 'deny');
  });
});

describe('contentDenies', () => {
  const cases: [string, boolean][] = [
    ['the report was completely untrue', true],
    ["it was 'a complete fabrication'", true],
    ['the figures are simply wrong', true],
    ['the story is not true', true],
    ['the company had nothing to do with the contract', true],
    ['the accusations were a smear campaign', true],
    ['the ferry left at noon', false],
    ['a false alarm emptied the station', false],
    ['', false],
  ];
  for (const [text, expected] of cases)
    it(`${expected ? 'denies' : 'does not deny'}: "${text}"`, () =>
      assert.equal(contentDenies(text), expected));
});
