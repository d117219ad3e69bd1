import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addNetScores,
  loadCueNet,
  netRows,
  saveCueNet,
  trainCueNet,
} from '../../../../src/extract/attributions/trained/cueNet.js';
import { CUE } from '../../../../src/extract/attributions/trained/data.js';
import { hs } from '../../../../src/extract/attributions/trained/mix.js';
import {
  GreedyTagger,
  type Sequence,
  SequenceBuilder,
} from '../../../../src/extract/attributions/trained/sequence.js';
import { fillStaticScores, type StaticScores } from '../../../../src/extract/attributions/trained/viterbi.js';
import { HashedMlp } from '../../../../src/learn/hashedMlp.js';

/** Static features per word: the word and its last letter; a cue where the word is 'claimed' after 'she'. */
function sequenceOf(words: string[]): Sequence {
  const b = new SequenceBuilder();
  for (const w of words) {
    b.feats.push(hs(`w=${w}`), hs(`last=${w.at(-1)}`));
    b.next(hs(w));
  }
  const labels = words.map((w, k) => (w === 'claimed' && words[k - 1] === 'she' ? CUE.B : CUE.O));
  return b.build(labels);
}

const WORDS = ['she', 'he', 'claimed', 'the', 'land', 'was', 'theirs', 'river'];
const word = fc.constantFrom(...WORDS);

describe('cue network rows', () => {
  it('reads the token’s own features and each neighbour’s, one edge row past the document', () => {
    const net = new HashedMlp({ classes: 3, rowsLog2: 10, hidden: 16 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.nat(), (words, pick) => {
        const seq = sequenceOf(words);
        const k = pick % words.length;
        const out = new Int32Array(5 * 64);
        const m = netRows(net, seq, k, [-2, -1, 1, 2], out);
        const inside = [-2, -1, 1, 2].filter((d) => k + d >= 0 && k + d < words.length).length;
        assert.equal(m, 2 + 2 * inside + (4 - inside));
        for (let f = 0; f < m; f++) assert.ok(out[f] >= 0 && out[f] < 1 << 10);
        // The same feature as a neighbour's lands in another row than as the token's own.
        assert.notEqual(net.rowIn(hs('w=she'), 0), net.rowIn(hs('w=she'), 1));
      }),
    );
  });
});

describe('trainCueNet and addNetScores', () => {
  const data = Array.from({ length: 12 }, (_, k) =>
    sequenceOf(
      k % 2 ? ['she', 'claimed', 'the', 'land'] : ['he', 'claimed', 'the', 'river', 'was', 'theirs'],
    ),
  );

  it('trains to the same bytes twice, and round-trips through save/load', () => {
    const a = saveCueNet(trainCueNet(data, 1), { note: 'toy' });
    const b = saveCueNet(trainCueNet(data, 1), { note: 'toy' });
    assert.deepEqual(a, b);
    const loaded = loadCueNet(a);
    assert.deepEqual(loaded.neighbours, [-2, -1, 1, 2]);
    assert.ok(loaded.weight > 0);
  });

  it('changes the static scores only of tokens the perceptron does not plainly reject', () => {
    const cue = loadCueNet(saveCueNet(trainCueNet(data, 1), {}));
    const tagger = new GreedyTagger(3, 10);
    // The perceptron rejects 'the' and 'land' firmly and leaves 'claimed' open.
    for (const w of ['the', 'land']) tagger.model.update(CUE.O, CUE.B, [hs(`w=${w}`)], 1);
    for (let r = 0; r < 20; r++) tagger.model.update(CUE.O, CUE.B, [hs('w=the'), hs('w=land')], 2);
    tagger.model.average();
    const seq = sequenceOf(['she', 'claimed', 'the', 'land']);
    const statics: StaticScores = { scores: new Float32Array(4 * 3), ready: false };
    fillStaticScores(tagger, seq, statics);
    const before = Float32Array.from(statics.scores);
    addNetScores({ ...cue, gate: 0.5 }, tagger, seq, statics);
    const changed = (k: number) => [0, 1, 2].some((c) => statics.scores[k * 3 + c] !== before[k * 3 + c]);
    assert.ok(changed(1), 'claimed is scored');
    assert.ok(!changed(2) && !changed(3), 'the and land are not');
    // The network learnt 'claimed' after 'she' is a cue: its B score rises against O.
    assert.ok(statics.scores[3 + CUE.B] - statics.scores[3 + CUE.O] > before[3 + CUE.B] - before[3 + CUE.O]);
  });
});
