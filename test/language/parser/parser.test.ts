import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordClusters } from '../../../src/language/clusters/clusters.js';
import { parseConllu } from '../../../src/language/conllu.js';
import { parserExamples } from '../../../src/language/parser/data.js';
import { evaluateParser } from '../../../src/language/parser/evaluate.js';
import { Parser } from '../../../src/language/parser/parser.js';
import { DEFAULT_PARSER_OPTIONS, trainParser } from '../../../src/language/parser/train.js';
import { hashString } from '../../../src/learn/hash.js';
import { tinyConllu } from '../tinyTreebank.js';

const corpus = parseConllu(tinyConllu());
const goldTags = corpus.map((s) => ({ upos: s.upos, xpos: s.xpos }));
const options = {
  ...DEFAULT_PARSER_OPTIONS,
  epochs: 10,
  seeds: [5],
  moveBucketsLog2: 12,
  labelBucketsLog2: 12,
};

function parseAll(parser: Parser): { heads: number[]; labels: number[] }[] {
  return parserExamples(corpus, goldTags).map((e) => {
    const n = e.words.length;
    const heads = new Int32Array(n);
    const labels = new Uint8Array(n);
    parser.parse(e.words, e.tags, n, heads, labels);
    return { heads: Array.from(heads), labels: Array.from(labels) };
  });
}

describe('parser', () => {
  it('learns the tiny treebank it was trained on', () => {
    const parser = trainParser(parserExamples(corpus, goldTags), options);
    const score = evaluateParser(parser, corpus, goldTags);
    assert.ok(score.uas >= 90, `UAS ${score.uas}`);
    assert.ok(score.las >= 80, `LAS ${score.las}`);
  });

  it('always returns one tree: a single root, heads in range, no cycles', () => {
    const parser = trainParser(parserExamples(corpus, goldTags), { ...options, epochs: 1 });
    for (const { heads } of parseAll(parser)) {
      assert.equal(heads.filter((h) => h === -1).length, 1);
      for (let i = 0; i < heads.length; i++) {
        let at = i;
        for (let steps = 0; at !== -1; steps++) {
          assert.ok(steps <= heads.length, 'cycle');
          assert.ok(heads[at] >= -1 && heads[at] < heads.length);
          at = heads[at];
        }
      }
    }
  });

  it('round-trips through save/load with identical parses', () => {
    const parser = trainParser(parserExamples(corpus, goldTags), options);
    assert.deepEqual(parseAll(Parser.load(parser.save())), parseAll(parser));
  });

  it('averages parsers trained on different orders into one that still learns the corpus', () => {
    const parser = trainParser(parserExamples(corpus, goldTags), { ...options, seeds: [5, 6, 7] });
    assert.ok(evaluateParser(parser, corpus, goldTags).uas >= 90);
    assert.deepEqual(parseAll(Parser.load(parser.save())), parseAll(parser));
  });

  it('trains deterministically: same data and seed give the same bytes', () => {
    const a = trainParser(parserExamples(corpus, goldTags), options).save();
    const b = trainParser(parserExamples(corpus, goldTags), options).save();
    assert.deepEqual(a, b);
  });

  it('keeps its word clusters through save/load and parses the same with them', () => {
    const clusters = WordClusters.train(
      corpus.map((sentence) => sentence.words),
      { fine: 4, mid: 2, coarse: 2, minCount: 1, maxIterations: 5 },
    );
    const pairs = [...clusters.classes].map(([w, c]) => [hashString(w) | 0, c] as const);
    const parser = trainParser(parserExamples(corpus, goldTags), { ...options, clusters: pairs });
    assert.ok(parser.vocabulary.clustered.length > 0);
    const loaded = Parser.load(parser.save());
    assert.deepEqual(loaded.vocabulary.clustered, parser.vocabulary.clustered);
    assert.deepEqual(parseAll(loaded), parseAll(parser));
    assert.ok(evaluateParser(loaded, corpus, goldTags).uas >= 90);
  });
});

describe('parser move trainings', () => {
  const examples = parserExamples(corpus, goldTags);
  // The same trees with every noun read as a proper noun: a second, noisier tagging.
  const noisyTags = corpus.map((s) => ({
    upos: s.upos.map((u) => (u === 'NOUN' ? 'PROPN' : u)),
    xpos: s.xpos.map((x) => (x === 'NN' ? 'NNP' : x)),
  }));
  const retagged = parserExamples(corpus, noisyTags);
  const plain = { margin: 0, retagged: false };

  it('learns the corpus with margin updates and with retagged trees', () => {
    for (const trainings of [[{ margin: 47, retagged: false }], [{ margin: 0, retagged: true }]]) {
      const parser = trainParser(examples, { ...options, trainings }, retagged);
      assert.ok(evaluateParser(parser, corpus, goldTags).uas >= 90, JSON.stringify(trainings));
    }
  });

  it('a margin changes what is learned; margin 0 is the plain perceptron', () => {
    const base = trainParser(examples, { ...options, trainings: [plain] }).save();
    const margin = trainParser(examples, { ...options, trainings: [{ margin: 47, retagged: false }] }).save();
    assert.notDeepEqual(margin, base);
  });

  it('retagged trees are read only by the trainings that ask for them', () => {
    const base = trainParser(examples, { ...options, trainings: [plain] }).save();
    assert.deepEqual(trainParser(examples, { ...options, trainings: [plain] }, retagged).save(), base);
    const withRetagged = { ...options, trainings: [{ margin: 0, retagged: true }] };
    assert.notDeepEqual(trainParser(examples, withRetagged, retagged).save(), base);
  });

  it('averages every training with every seed, deterministically', () => {
    const all = { ...options, seeds: [5, 6], trainings: DEFAULT_PARSER_OPTIONS.trainings };
    const a = trainParser(examples, all, retagged);
    assert.deepEqual(a.save(), trainParser(examples, all, retagged).save());
    assert.ok(evaluateParser(a, corpus, goldTags).uas >= 90);
  });
});
