import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ROLE } from '../../../../src/extract/attributions/trained/data.js';
import { hs } from '../../../../src/extract/attributions/trained/mix.js';
import {
  addRoleNetScores,
  loadRoleNet,
  saveRoleNet,
  trainRoleNet,
} from '../../../../src/extract/attributions/trained/roleNet.js';
import {
  GreedyTagger,
  type Sequence,
  SequenceBuilder,
} from '../../../../src/extract/attributions/trained/sequence.js';
import { fillStaticScores, type StaticScores } from '../../../../src/extract/attributions/trained/viterbi.js';

const CUE_WORDS = new Set(['said', 'warned']);

/**
 * A role window of a toy language: the cue word is fixed, a capitalised word before it is the
 * source, the words after it the content. Features: the word and its side of the cue.
 */
function windowOf(words: string[]): Sequence {
  const cue = words.findIndex((w) => CUE_WORDS.has(w));
  const b = new SequenceBuilder();
  const labels: number[] = [];
  words.forEach((w, k) => {
    const side = k < cue ? 'left' : 'right';
    if (k === cue) {
      b.next(hs(w), ROLE.CUE);
      labels.push(ROLE.CUE);
      return;
    }
    b.feats.push(hs(`w=${w}`), hs(`side=${side}`), hs(`cap=${/^[A-Z]/.test(w)}`));
    b.next(hs(w));
    if (k < cue) labels.push(/^[A-Z]/.test(w) ? (k === 0 ? ROLE.BS : ROLE.IS) : ROLE.O);
    else labels.push(k === cue + 1 ? ROLE.BC : ROLE.IC);
  });
  return b.build(labels);
}

const data = Array.from({ length: 16 }, (_, k) =>
  windowOf(k % 2 ? ['Ana', 'said', 'the', 'river', 'rose'] : ['Mr', 'Lee', 'warned', 'prices', 'fell']),
);

describe('trainRoleNet', () => {
  it('trains to the same bytes twice, and round-trips through save/load', () => {
    const a = saveRoleNet(trainRoleNet(data, 3), { note: 'toy' });
    const b = saveRoleNet(trainRoleNet(data, 3), { note: 'toy' });
    assert.deepEqual(a, b);
    const loaded = loadRoleNet(a);
    assert.deepEqual(saveRoleNet(loaded, { note: 'toy' }), a);
    assert.ok(loaded.weight > 0 && loaded.gate > 0);
  });
});

describe('addRoleNetScores', () => {
  const trained = loadRoleNet(saveRoleNet(trainRoleNet(data, 3), {}));

  /** A role tagger sure that 'the' is content and unsure of everything else (all scores 0). */
  function taggerSureOfThe(): GreedyTagger {
    const tagger = new GreedyTagger(6, 10);
    for (let r = 0; r < 30; r++) tagger.model.update(ROLE.BC, ROLE.O, [hs('w=the')], 1);
    tagger.model.average();
    return tagger;
  }

  function scored(words: string[], gate: number) {
    const tagger = taggerSureOfThe();
    const seq = windowOf(words);
    const statics: StaticScores = { scores: new Float32Array(words.length * 6), ready: false };
    fillStaticScores(tagger, seq, statics);
    const before = Float32Array.from(statics.scores);
    addRoleNetScores({ ...trained, gate }, tagger, seq, statics);
    const changed = (k: number) =>
      [0, 1, 2, 3, 4, 5].some((c) => statics.scores[k * 6 + c] !== before[k * 6 + c]);
    return { statics, before, changed };
  }

  it('scores only tokens the perceptrons leave close, never the cue', () => {
    const { changed } = scored(['Ana', 'said', 'the', 'river', 'rose'], 5);
    assert.ok(changed(0) && changed(3) && changed(4), 'undecided tokens are scored');
    assert.ok(!changed(1), 'the cue is fixed');
    assert.ok(!changed(2), "'the' is plainly content to the perceptron");
  });

  it('moves an undecided source word toward the source', () => {
    const { statics, before } = scored(['Ana', 'said', 'the', 'river', 'rose'], 5);
    const lead = (s: ArrayLike<number>) => s[ROLE.BS] - s[ROLE.O];
    assert.ok(lead(statics.scores) > lead(before));
  });

  it('changes nothing at all with a gate below zero, whatever the window', () => {
    const word = fc.constantFrom('Ana', 'the', 'river', 'Lee', 'fell');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), (left, right) => {
        const { statics, before } = scored([...left, 'said', ...right], -1);
        assert.deepEqual(statics.scores, before);
      }),
    );
  });
});
