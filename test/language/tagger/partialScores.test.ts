import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseConllu } from '../../../src/language/conllu.js';
import { LexemeTable } from '../../../src/language/lexeme.js';
import { Tagger } from '../../../src/language/tagger/tagger.js';
import { trainTagger } from '../../../src/language/tagger/train.js';
import type { Scorer } from '../../../src/learn/compact.js';
import { hashString } from '../../../src/learn/hash.js';
import { tinyConllu } from '../tinyTreebank.js';

const corpus = parseConllu(tinyConllu());
/** Made-up clusters for the corpus words, so the cluster features take part in the sums. */
const clusters = [...new Set(corpus.flatMap((s) => s.words.map((w) => w.toLowerCase())))].map(
  (w, i) => [hashString(w) | 0, (i % 7) | ((i % 3) << 8) | ((i % 2) << 16)] as const,
);
const bytes = trainTagger(corpus, { epochs: 8, seeds: [5], bucketsLog2: 12, clusters }).save();
/** The shipped path: a loaded tagger scores with a compact model and kept partial sums. */
const loaded = Tagger.load(bytes);

/** The same compact model behind a plain Scorer, so the tagger sums every feature itself. */
const plain = Tagger.load(
  bytes,
  (compact): Scorer => ({
    classes: compact.classes,
    score: (f, n, s) => compact.score(f, n, s),
    scoreSome: (f, n, c, s) => compact.scoreSome(f, n, c, s),
  }),
);

const VOCABULARY = [
  'The',
  'the',
  'minister',
  'said',
  'talks',
  'failed',
  'Officials',
  'denied',
  'report',
  '.',
  ',',
  'Benghazi',
  'council',
  'quietly',
  'approved',
  'a',
  'new',
  'budget',
  'on',
  'Tuesday',
  '"',
  'we',
  'will',
  'not',
  'resign',
  'harbour',
  'inspectors',
  '12',
  'per',
  'cent',
  'zxqv',
  'Ottoline',
];

function tagWith(tagger: Tagger, lexemes: LexemeTable, words: string[]): number[] {
  const rows = Int32Array.from(words, (w) => lexemes.lookup(w));
  const out = new Int32Array(words.length);
  tagger.predict(lexemes.attrs, rows, words.length, out);
  return [...out];
}

describe('tagger partial sums', () => {
  it('tag exactly as summing every feature does, cold or warm, in any lexeme table', () => {
    const shared = new LexemeTable();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 30 }), (words) => {
        const expected = tagWith(plain, new LexemeTable(), words);
        assert.deepEqual(tagWith(loaded, shared, words), expected);
        assert.deepEqual(tagWith(loaded, new LexemeTable(), words), expected);
      }),
      { numRuns: 200 },
    );
  });

  it('stay right when the lexeme table regrows its rows', () => {
    const lexemes = new LexemeTable();
    const words = ['Officials', 'denied', 'the', 'report', '.'];
    const before = tagWith(loaded, lexemes, words);
    for (let i = 0; i < 10_000; i++) lexemes.lookup(`filler${i}`);
    assert.deepEqual(tagWith(loaded, lexemes, words), before);
    assert.deepEqual(
      tagWith(loaded, lexemes, words.slice().reverse()),
      tagWith(plain, lexemes, words.slice().reverse()),
    );
  });

  it('stay right when two lexeme tables take turns, the same words at other rows', () => {
    const first = new LexemeTable();
    const second = new LexemeTable();
    for (let i = 0; i < 50; i++) second.lookup(`pad${i}`);
    const cases = [
      ['The', 'council', 'approved', 'a', 'new', 'budget', '.'],
      ['we', 'will', 'not', 'resign', ',', 'inspectors', 'said'],
      ['zxqv', 'Ottoline', 'quietly', 'denied', 'the', 'report'],
    ];
    for (let round = 0; round < 3; round++)
      for (const words of cases)
        for (const lexemes of [first, second, first])
          assert.deepEqual(tagWith(loaded, lexemes, words), tagWith(plain, new LexemeTable(), words));
  });

  it('stay right once the kept rows fill up and keep their older half', () => {
    const lexemes = new LexemeTable();
    // Enough words never seen before to fill every kept row (five parts per word) several times over.
    for (let k = 0; k < 40_000; k += 8) {
      const words = Array.from({ length: 8 }, (_, j) => `w${k + j}x`);
      assert.deepEqual(tagWith(loaded, lexemes, words), tagWith(plain, lexemes, words));
    }
    const words = ['Officials', 'denied', 'the', 'zxqv', 'report', '.'];
    assert.deepEqual(tagWith(loaded, lexemes, words), tagWith(plain, lexemes, words));
  });
});
