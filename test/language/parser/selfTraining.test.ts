import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseConllu } from '../../../src/language/conllu.js';
import { parserExamples, unparsedExamples } from '../../../src/language/parser/data.js';
import type { Parser } from '../../../src/language/parser/parser.js';
import { agreedTrees, reverseExample } from '../../../src/language/parser/selfTraining.js';
import { DEFAULT_PARSER_OPTIONS, trainParser } from '../../../src/language/parser/train.js';
import { tinyConllu } from '../tinyTreebank.js';

const corpus = parseConllu(tinyConllu());
const goldTags = corpus.map((s) => ({ upos: s.upos, xpos: s.xpos }));
const examples = parserExamples(corpus, goldTags);
const options = {
  ...DEFAULT_PARSER_OPTIONS,
  epochs: 8,
  seeds: [5],
  moveBucketsLog2: 12,
  labelBucketsLog2: 12,
};

/** A random tree over n words: each word after the first hangs from an earlier one, then shuffled. */
const randomTree = fc.array(fc.nat(), { minLength: 1, maxLength: 25 }).map((picks) => {
  const n = picks.length;
  const heads = new Int32Array(n);
  heads[0] = -1;
  for (let i = 1; i < n; i++) heads[i] = picks[i] % i;
  return {
    words: Int32Array.from(picks, (p) => p % 7),
    tags: Int32Array.from(picks, (p) => p % 5),
    heads,
    labels: Uint8Array.from(picks, (p) => p % 3),
  };
});

function parse(parser: Parser, e: { words: Int32Array; tags: Int32Array }): number[] {
  const n = e.words.length;
  const heads = new Int32Array(n);
  parser.parse(e.words, e.tags, n, heads, new Uint8Array(n));
  return Array.from(heads);
}

describe('reverseExample', () => {
  it('reading a sentence backwards twice gives it back', () => {
    fc.assert(
      fc.property(randomTree, (e) => {
        assert.deepEqual(reverseExample(reverseExample(e)), e);
      }),
    );
  });

  it('keeps every arc: word i headed by h becomes word n-1-i headed by n-1-h', () => {
    fc.assert(
      fc.property(randomTree, (e) => {
        const r = reverseExample(e);
        const n = e.words.length;
        for (let i = 0; i < n; i++) {
          assert.equal(r.words[n - 1 - i], e.words[i]);
          assert.equal(r.tags[n - 1 - i], e.tags[i]);
          assert.equal(r.heads[n - 1 - i], e.heads[i] < 0 ? -1 : n - 1 - e.heads[i]);
        }
      }),
    );
  });
});

describe('agreedTrees', () => {
  const forward = trainParser(examples, options);
  const backward = trainParser(examples.map(reverseExample), { ...options, punctuation: null });
  const unlabeled = unparsedExamples(
    corpus.map((s) => s.words),
    goldTags,
  );

  it('keeps exactly the sentences both parsers parse alike, with the forward tree', () => {
    const agreed = agreedTrees(forward, backward, unlabeled);
    let expected = 0;
    for (const e of unlabeled) {
      const mine = parse(forward, e);
      const theirs = parse(backward, reverseExample(e))
        .reverse()
        .map((h) => (h < 0 ? h : e.words.length - 1 - h));
      if (e.words.length < 3 || JSON.stringify(mine) !== JSON.stringify(theirs)) continue;
      assert.deepEqual(Array.from(agreed[expected].heads), mine);
      assert.deepEqual(agreed[expected].words, e.words);
      expected++;
    }
    assert.equal(agreed.length, expected);
    assert.ok(expected > 0, 'two parsers that learned the tiny treebank agree on some of it');
  });

  it('drops sentences when the second parser has learned nothing', () => {
    const untrained = trainParser(examples.map(reverseExample), { ...options, epochs: 0, punctuation: null });
    const agreed = agreedTrees(forward, untrained, unlabeled);
    for (const e of agreed) assert.deepEqual(Array.from(e.heads), parse(forward, e));
    assert.ok(agreed.length < unlabeled.length);
  });
});

describe('training with silver trees', () => {
  it('no silver gives the same bytes as before silver existed', () => {
    assert.deepEqual(trainParser(examples, options, []).save(), trainParser(examples, options).save());
  });

  it('silver trees train the moves only: their labels are ignored, vocabulary and ranker stay', () => {
    const plain = trainParser(examples, options);
    const silver = examples.map((e) => ({ ...e, words: e.words.map((w) => w ^ 0x55) }));
    const relabelled = silver.map((e) => ({ ...e, labels: e.labels.map((l) => (l + 1) % 5) }));
    const withSilver = trainParser(examples, options, silver);
    assert.deepEqual(withSilver.save(), trainParser(examples, options, relabelled).save());
    assert.deepEqual(withSilver.vocabulary.words, plain.vocabulary.words);
    assert.deepEqual(withSilver.punctuation?.save(), plain.punctuation?.save());
    assert.notDeepEqual(withSilver.moves.weights, plain.moves.weights);
  });

  it('is deterministic with silver trees too', () => {
    const silver = examples.slice(0, 4);
    assert.deepEqual(
      trainParser(examples, options, silver).save(),
      trainParser(examples, options, silver).save(),
    );
  });
});
