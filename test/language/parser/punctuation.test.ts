import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseConllu } from '../../../src/language/conllu.js';
import { parserExamples } from '../../../src/language/parser/data.js';
import { Parser } from '../../../src/language/parser/parser.js';
import {
  Candidates,
  PunctuationRanker,
  punctuationCandidates,
} from '../../../src/language/parser/punctuation.js';
import { DEFAULT_PARSER_OPTIONS, isProjective, trainParser } from '../../../src/language/parser/train.js';
import { UPOS_ID } from '../../../src/language/tagsets.js';
import { seededRandom } from '../../../src/learn/random.js';
import { tinyConllu } from '../tinyTreebank.js';

/** A random projective tree over n words: each span picks a head, whose sides are spans again. */
function projectiveTree(n: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const heads = new Int32Array(n);
  const build = (from: number, to: number, parent: number) => {
    if (from >= to) return;
    const h = from + Math.floor(random() * (to - from));
    heads[h] = parent;
    build(from, h, h);
    build(h + 1, to, h);
  };
  build(0, n, -1);
  return heads;
}

function leaves(heads: Int32Array): number[] {
  return [...heads.keys()].filter((p) => heads[p] >= 0 && !heads.includes(p));
}

const corpus = parseConllu(tinyConllu());
const goldTags = corpus.map((s) => ({ upos: s.upos, xpos: s.xpos }));
const options = {
  ...DEFAULT_PARSER_OPTIONS,
  epochs: 6,
  seeds: [5],
  moveBucketsLog2: 12,
  labelBucketsLog2: 12,
};

describe('punctuation candidates', () => {
  it('are exactly the words a leaf can hang from without crossing an arc', () => {
    const c = new Candidates();
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 18 }), fc.integer(), (n, seed) => {
        const heads = projectiveTree(n, seed);
        for (const p of leaves(heads)) {
          punctuationCandidates(heads, n, p, c);
          const found = [...c.heads.subarray(0, c.count)].sort((a, b) => a - b);
          const expected: number[] = [];
          for (let h = 0; h < n; h++) {
            if (h === p) continue;
            const moved = Int32Array.from(heads);
            moved[p] = h;
            if (isProjective(moved)) expected.push(h);
          }
          assert.deepEqual(found, expected, `tree ${[...heads]} leaf ${p}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('punctuation ranker', () => {
  const examples = parserExamples(corpus, goldTags);

  it('is trained with the parser, saved inside it, and loads to the same parses', () => {
    const parser = trainParser(examples, options);
    assert.ok(parser.punctuation);
    const loaded = Parser.load(parser.save());
    assert.ok(loaded.punctuation);
    for (const e of examples) {
      const n = e.words.length;
      const [a, b] = [new Int32Array(n), new Int32Array(n)];
      parser.parse(e.words, e.tags, n, a, new Uint8Array(n));
      loaded.parse(e.words, e.tags, n, b, new Uint8Array(n));
      assert.deepEqual(b, a);
    }
  });

  it('leaves a projective tree with one root whatever it moves', () => {
    const ranker = PunctuationRanker.train(examples, { epochs: 3, seed: 1, bucketsLog2: 10 });
    const parser = trainParser(examples, { ...options, epochs: 1, punctuation: null });
    assert.equal(parser.punctuation, null);
    for (const e of examples) {
      const n = e.words.length;
      const heads = new Int32Array(n);
      parser.parse(e.words, e.tags, n, heads, new Uint8Array(n));
      if (!isProjective(heads)) continue;
      // Any margin, even one that moves every mark to the ranker's favourite.
      ranker.reattach(e.words, e.tags, heads, n, Number.NEGATIVE_INFINITY);
      assert.ok(isProjective(heads));
      assert.equal(heads.filter((h) => h === -1).length, 1);
    }
  });

  it('puts the gold heads of its own training marks first', () => {
    const ranker = PunctuationRanker.train(examples, { epochs: 8, seed: 1, bucketsLog2: 12 });
    let marks = 0;
    let right = 0;
    for (const e of examples) {
      const n = e.words.length;
      const heads = Int32Array.from(e.heads);
      ranker.reattach(e.words, e.tags, heads, n, Number.NEGATIVE_INFINITY);
      for (let p = 0; p < n; p++)
        if (e.tags[p] >> 6 === UPOS_ID.PUNCT) {
          marks++;
          if (heads[p] === e.heads[p]) right++;
        }
    }
    assert.ok(marks > 0);
    assert.ok(right / marks >= 0.9, `${right} of ${marks}`);
  });
});
