import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { parseBrat } from '../../../src/extract/attributions/polnear/load.js';
import {
  emptyTally,
  flatten,
  normalize,
  prf,
  scoreArticle,
} from '../../../src/extract/attributions/polnear/score.js';
import { attributionIn } from './fixtures.js';

// A sentence written for this test: "Ana said the lake froze, reported the Courier."
const text = 'Ana said the lake froze, reported the Courier.';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

describe('parseBrat', () => {
  it('reads E lines, discontinuous spans and agentless attributions, ignoring Discuss', () => {
    const ann = [
      'T1\tSource 0 3\tAna',
      'T2\tCue 4 8\tsaid',
      'T3\tContent 9 14;15 23\tthe lake froze',
      'T4\tAttribution 4 8\tsaid',
      'T5\tCue 25 33\treported',
      'T6\tContent 0 23\tAna said the lake froze',
      'T7\tAttribution-no-source 25 33\treported',
      'T8\tDiscuss 0 3\tAna',
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      'E2\tAttribution:T7 Cue:T5 Content:T6',
    ].join('\n');
    const gold = parseBrat(ann);
    assert.equal(gold.length, 2);
    assert.deepEqual(gold[0].content, [
      { start: 9, end: 14 },
      { start: 15, end: 23 },
    ]);
    assert.deepEqual(gold[1].source, []);
  });
});

describe('normalize', () => {
  it('trims punctuation and white space at fragment edges and merges touching fragments', () => {
    assert.deepEqual(normalize(text, [{ start: 23, end: 46 }]), [at('reported the Courier')]);
    assert.deepEqual(normalize(text, [at('the lake'), at(' froze,')]), [at('the lake froze')]);
  });

  it('keeps a role made only of punctuation, trimmed of white space alone', () => {
    const transcript = 'MAYOR LIN : the bridge opens in May.';
    const colon = transcript.indexOf(':');
    assert.deepEqual(normalize(transcript, [{ start: colon - 1, end: colon + 2 }]), [
      { start: colon, end: colon + 1 },
    ]);
    assert.deepEqual(normalize(transcript, [{ start: colon - 1, end: colon }]), []);
  });

  it('counts a colon cue on both sides: found once, missed once', () => {
    const transcript = 'MAYOR LIN: the bridge opens in May. GOV. RAY: it does not.';
    const span = (s: string) => ({ start: transcript.indexOf(s), end: transcript.indexOf(s) + s.length });
    const second = transcript.indexOf(':', transcript.indexOf('RAY'));
    const gold = [
      { source: [span('MAYOR LIN')], cue: [span(':')], content: [span('the bridge opens in May')] },
      {
        source: [span('GOV. RAY')],
        cue: [{ start: second, end: second + 1 }],
        content: [span('it does not')],
      },
    ];
    const tally = emptyTally();
    scoreArticle(transcript, [gold[0]], gold, tally);
    assert.deepEqual(tally.cue.exact, { matched: 1, predicted: 1, gold: 2 });
    assert.deepEqual(tally.whole.exact, { matched: 1, predicted: 1, gold: 2 });
  });
});

function attribution(
  id: string,
  source: string | null,
  cue: string,
  content: string,
  via: string | null = null,
): Attribution {
  return attributionIn(text, { id, source, cue, content, lemma: cue, via });
}

describe('flatten and scoreArticle', () => {
  it('folds a relayed attribution into its relay, roles and all', () => {
    const inner = attribution('A1', 'Ana', 'said', 'the lake froze', 'A2');
    const outer = attribution('A2', 'the Courier', 'reported', 'the lake froze');
    const flat = flatten([inner, outer]);
    assert.equal(flat.length, 1);
    assert.deepEqual(normalize(text, flat[0].content), [at('Ana said the lake froze')]);
  });

  it('counts exact and overlap matches one to one', () => {
    const gold = [
      { source: [at('the Courier')], cue: [at('reported')], content: [at('Ana said the lake froze')] },
    ];
    const predicted = [
      { source: [at('Courier')], cue: [at('reported')], content: [at('the lake froze')] },
      { source: [at('Courier')], cue: [at('reported')], content: [at('lake')] },
    ];
    const t = emptyTally();
    scoreArticle(text, predicted, gold, t);
    assert.deepEqual(prf(t.cue.exact), { p: 50, r: 100, f1: 66.7 });
    assert.equal(t.source.exact.matched, 0);
    assert.equal(t.source.overlap.matched, 1);
    assert.equal(t.whole.overlap.matched, 1);
    assert.equal(t.whole.exact.matched, 0);
  });
});
