import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIob2, UNER_TYPES } from '../../../src/language/ner/data.js';
import { FeatureScratch } from '../../../src/language/ner/features.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { bilou, ENTITY_TYPES, NerModel } from '../../../src/language/ner/model.js';
import {
  addNetScores,
  loadNerNet,
  type NerNet,
  type NerNetOptions,
  saveNerNet,
  trainNerNet,
} from '../../../src/language/ner/nerNet.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';
import { iobRows } from './iobFixture.js';

// A tiny corpus of the test's own, in the UNER .iob2 layout.
const CORPUS = [
  iobRows('Brannoch/B-PER Quayle/I-PER joined Tellamy/B-ORG Freight/I-ORG in Ostrava/B-LOC ./O'),
  '',
  iobRows('Tellamy/B-ORG Freight/I-ORG hired Brannoch/B-PER ./O'),
  '',
  iobRows('Wenna/B-PER moved from Ostrava/B-LOC to Lower/B-LOC Dunmere/I-LOC ./O'),
  '',
  iobRows('The Dunmere/B-OTH fair opened ./O'),
  '',
].join('\n');

const CLASSES = 1 + 4 * ENTITY_TYPES.length;
const OPTIONS: NerNetOptions = {
  seed: 11,
  epochs: 40,
  hidden: 16,
  rowsLog2: 10,
  rate: 0.1,
  dropout: 0,
  weight: 1,
  gate: 10,
  sure: 20,
};
const noRules = (): Candidate[] => [];
const sentences = parseIob2(CORPUS, UNER_TYPES);
const train = (options = OPTIONS) =>
  trainNerNet(
    sentences.map((s) => s.words),
    sentences.map((s) => bilou(s.tags)),
    new Lexicon(),
    noRules,
    ENTITY_TYPES.length,
    options,
  );

/** The row addNetScores leaves for token i of `words`, from `row` (all zero unless given). */
function scored(nerNet: NerNet, words: string[], i: number, row = new Float32Array(CLASSES)) {
  const v = makeTokenView(words, new Lexicon());
  const scratch = new FeatureScratch();
  scratch.prepare(v, 0, words.length, []);
  const asked = addNetScores(nerNet, scratch, v, i, row, 1);
  return { asked, row };
}

/** The entity type (index into ENTITY_TYPES, −1 for O) whose classes the row favours. */
function favoured(row: Float32Array): number {
  let best = 0;
  for (let c = 1; c < row.length; c++) if (row[c] > row[best]) best = c;
  return best === 0 ? -1 : (best - 1) >> 2;
}

describe('NER network', () => {
  const nerNet = train();

  it('learns the types of its training tokens', () => {
    const words = sentences[0].words;
    const expected: [number, string][] = [
      [0, 'PER'],
      [1, 'PER'],
      [3, 'ORG'],
      [4, 'ORG'],
      [6, 'LOC'],
    ];
    for (const [i, type] of expected)
      assert.equal(ENTITY_TYPES[favoured(scored(nerNet, words, i).row)], type, words[i]);
  });

  it('adds one value to every BILOU class of a type, so boundaries stay the perceptron’s', () => {
    const row = Float32Array.from({ length: CLASSES }, (_, c) => (c % 3) - 1);
    const before = Float32Array.from(row);
    assert.equal(scored(nerNet, sentences[2].words, 0, row).asked, true);
    for (let t = 0; t < ENTITY_TYPES.length; t++) {
      const added = row[1 + 4 * t] - before[1 + 4 * t];
      assert.ok(added < 0, 'a log-probability is negative');
      for (let part = 1; part < 4; part++)
        assert.ok(Math.abs(row[1 + 4 * t + part] - before[1 + 4 * t + part] - added) < 1e-5);
    }
  });

  it('leaves the tokens the perceptron is sure of alone', () => {
    const words = sentences[0].words;
    const cases: [string, (row: Float32Array) => void, boolean][] = [
      ['all alike', () => {}, true],
      ['O leads every name by more than the gate', (r) => r.fill(-11, 1).fill(0, 0, 1), false],
      ['O leads by less than the gate', (r) => r.fill(-9, 1).fill(0, 0, 1), true],
      ['one name class far ahead of the rest', (r) => r.fill(25, 5, 6), false],
      ['two name classes close at the top', (r) => r.fill(25, 5, 6).fill(24, 9, 10), true],
    ];
    for (const [name, set, asked] of cases) {
      const row = new Float32Array(CLASSES);
      set(row);
      const before = Float32Array.from(row);
      const result = scored(nerNet, words, 0, row);
      assert.equal(result.asked, asked, name);
      if (!asked) assert.deepEqual(result.row, before, name);
    }
  });

  it('trains deterministically and round-trips through save/load', () => {
    const bytes = saveNerNet(nerNet, { note: 'test' });
    assert.deepEqual(bytes, saveNerNet(train(), { note: 'test' }));
    const loaded = loadNerNet(bytes);
    assert.deepEqual([loaded.weight, loaded.gate, loaded.sure], [OPTIONS.weight, OPTIONS.gate, OPTIONS.sure]);
    const words = 'Wenna joined Tellamy Freight in Lower Dunmere'.split(' ');
    for (let i = 0; i < words.length; i++)
      assert.deepEqual(scored(loaded, words, i).row, scored(nerNet, words, i).row);
  });

  it('refuses a file of another kind', () => {
    assert.throws(() => loadNerNet(Buffer.from('not a network')));
  });

  it('changes nothing in the tagger at weight 0, and keeps its spans well formed at any weight', () => {
    const model = NerModel.train(sentences, new Lexicon(), noRules, { epochs: 6, seed: 3, bucketsLog2: 12 });
    const lexicon = new Lexicon();
    const spans = (words: string[]) => {
      model.beginDocument();
      const out: Candidate[] = [];
      model.predictSpans(makeTokenView(words, lexicon), 0, words.length, [], out);
      return out;
    };
    const texts = [
      'Brannoch Quayle left Ostrava for Tellamy Freight',
      'Wenna',
      '. . .',
      'WENNA AND BRANNOCH VISITED LOWER DUNMERE',
      'Lower Lower Dunmere Dunmere Freight',
      '',
    ].map((t) => t.split(' ').filter(Boolean));
    const plain = texts.map(spans);
    model.net = { ...nerNet, weight: 0 };
    assert.deepEqual(texts.map(spans), plain);
    model.net = { ...nerNet, weight: 50 };
    for (const words of texts)
      for (const c of spans(words)) assert.ok(c.start >= 0 && c.end <= words.length && c.start < c.end);
  });
});
