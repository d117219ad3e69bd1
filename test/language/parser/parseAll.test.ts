import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu } from '../../../src/language/conllu.js';
import { parserExamples } from '../../../src/language/parser/data.js';
import { Parser, type SentenceBuffers } from '../../../src/language/parser/parser.js';
import { DEFAULT_PARSER_OPTIONS, trainParser } from '../../../src/language/parser/train.js';
import { tinyConllu } from '../tinyTreebank.js';

const corpus = parseConllu(tinyConllu());
const treebank = parserExamples(
  corpus,
  corpus.map((s) => ({ upos: s.upos, xpos: s.xpos })),
);
// Beside the treebank's sentences, cuts of none, one and two words: lanes with no move to choose.
const examples = [
  ...treebank,
  ...[0, 1, 2].map((n) => ({
    words: treebank[0].words.subarray(0, n),
    tags: treebank[0].tags.subarray(0, n),
  })),
];
const trained = trainParser(treebank, {
  ...DEFAULT_PARSER_OPTIONS,
  epochs: 3,
  seeds: [5],
  moveBucketsLog2: 12,
  labelBucketsLog2: 12,
});
// Loaded, so that moves are scored by the move table, as in every real run.
const parser = Parser.load(trained.save());

type Tree = { heads: number[]; labels: number[] };

function oneByOne(order: number[]): Tree[] {
  return order.map((k) => {
    const e = examples[k];
    const n = e.words.length;
    const heads = new Int32Array(n);
    const labels = new Uint8Array(n);
    parser.parse(e.words, e.tags, n, heads, labels);
    return { heads: Array.from(heads), labels: Array.from(labels) };
  });
}

function inStep(order: number[]): Tree[] {
  const out: Tree[] = [];
  parser.parseAll(
    order.length,
    (k: number, into: SentenceBuffers) => {
      const e = examples[order[k]];
      into.words = e.words;
      into.tags = e.tags;
      into.n = e.words.length;
      into.heads = new Int32Array(into.n);
      into.labels = new Uint8Array(into.n);
    },
    (k: number, from: SentenceBuffers) => {
      out[k] = {
        heads: Array.from(from.heads.subarray(0, from.n)),
        labels: Array.from(from.labels.subarray(0, from.n)),
      };
    },
  );
  return out;
}

describe('parsing sentences in step', () => {
  const all = examples.map((_, k) => k);
  const byLength = [...all].sort((a, b) => examples[a].words.length - examples[b].words.length);
  const cases: [string, number[]][] = [
    ['no sentence', []],
    ['one sentence', [0]],
    ['two sentences', [0, 1]],
    ['a one-word sentence beside a long one', [examples.length - 2, 0, examples.length - 1]],
    ['empty sentences in a row', [examples.length - 3, examples.length - 3, 1, examples.length - 3, 2]],
    ['an odd number', all.slice(0, 5)],
    ['every sentence', all],
    ['the same sentence twice', [2, 2]],
    ['shortest first, so the longer lane runs on alone', byLength],
    ['longest first', [...byLength].reverse()],
  ];
  for (const [name, order] of cases)
    it(`gives the trees of one-by-one parsing: ${name}`, () => {
      assert.deepEqual(inStep(order), oneByOne(order));
    });
});
