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
