import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ideaNounsToContent } from '../../../src/extract/attributions/ideaNouns.js';
import { flatIn } from './fixtures.js';

describe('ideaNounsToContent', () => {
  // text, the attribution as [source, cue, content], the cue and content expected
  const cases: [string, [string, string, string], [string, string]][] = [
    [
      'Mrs Dale rejected any suggestion that the ferry was unsafe.',
      ['Mrs Dale', 'rejected any suggestion', 'that the ferry was unsafe'],
      ['rejected', 'any suggestion that the ferry was unsafe'],
    ],
    [
      'The mayor flatly dismissed the notion that the pier would close.',
      ['The mayor', 'flatly dismissed the notion that', 'the pier would close'],
      ['flatly dismissed', 'the notion that the pier would close'],
    ],
    // Others' words turned down: what was rejected is the calls, the claims, the charges.
    [
      'The operator rejected calls for cheaper fares.',
      ['The operator', 'rejected calls for', 'cheaper fares'],
      ['rejected', 'calls for cheaper fares'],
    ],
    [
      'The coach has denied claims that he dropped players for speaking out.',
      ['The coach', 'has denied claims', 'that he dropped players for speaking out'],
      ['has denied', 'claims that he dropped players for speaking out'],
    ],
    [
      'The mayor has so far resisted growing calls to resign.',
      ['The mayor', 'has so far resisted growing calls to', 'resign'],
      ['has so far resisted', 'growing calls to resign'],
    ],
    // The calls of a verb that does not turn them down are the speaker's own.
    [
      'The union renewed calls for a pay rise.',
      ['The union', 'renewed calls for', 'a pay rise'],
      ['renewed calls for', 'a pay rise'],
    ],
    // A light verb makes the noun the act: the cue keeps it.
    [
      'The mayor made the suggestion that the pier should close.',
      ['The mayor', 'made the suggestion', 'that the pier should close'],
      ['made the suggestion', 'that the pier should close'],
    ],
    // A content that does not follow the cue is left alone.
    [
      'That the pier would close, the mayor denied the notion.',
      ['the mayor', 'denied the notion', 'That the pier would close'],
      ['denied the notion', 'That the pier would close'],
    ],
  ];
  for (const [text, [s, c, x], [cue, content]] of cases)
    it(`${c} -> ${cue}`, () => {
      const a = flatIn(text, s, c, x);
      ideaNounsToContent(text, [a]);
      assert.equal(a.cue.text, cue);
      assert.deepEqual(
        a.content.map((p) => p.text),
        [content],
      );
    });
});
