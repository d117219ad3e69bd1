import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { iobSpans, parseIob2, type TaggedSentence } from '../../../src/language/ner/data.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { NerModel } from '../../../src/language/ner/model.js';
import { agreedSentences, reverseSentence, spansToTags } from '../../../src/language/ner/selfTraining.js';
import type { Candidate } from '../../../src/language/ner/tokens.js';
import { iobRows } from './iobFixture.js';

const rows = iobRows;

// A tiny labeled corpus written for this test, repeated so both taggers learn it well.
const CORPUS = [
  'Brannoc/B-PER Fell/I-PER met the Tillery/B-ORG Guild/I-ORG in Cask/B-LOC Harbour/I-LOC .',
  'The Tillery/B-ORG Guild/I-ORG praised Brannoc/B-PER .',
  'Ysolde/B-PER Merrow/I-PER left Cask/B-LOC Harbour/I-LOC on foot .',
  'Nobody from the Orrin/B-ORG Board/I-ORG came .',
]
  .map((s) => `${rows(s)}\n`)
  .join('\n');

const noRules = (): Candidate[] => [];
const named = new Set(['PER', 'ORG', 'LOC']);

describe('NER self-training', () => {
  it('writes spans as IOB2 tags that read back as the same spans', () => {
    const spans: [number, number, string][] = [
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
      [5, 8, 'ORG'],
    ];
    const tags = spansToTags(9, spans);
    assert.deepEqual(tags, ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    assert.deepEqual(iobSpans(tags), spans);
  });

  it('reverses a sentence span by span: each name keeps its words, read backwards', () => {
    const s: TaggedSentence = {
      doc: 4,
      words: ['Ada', 'Quell', 'joined', 'Orrin', 'Board'],
      tags: ['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG'],
    };
    const r = reverseSentence(s);
    assert.equal(r.doc, 4);
    assert.deepEqual(r.words, ['Board', 'Orrin', 'joined', 'Quell', 'Ada']);
    assert.deepEqual(r.tags, ['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER']);
  });

  it('reversing twice gives the sentence back (random well-formed tag sequences)', () => {
    const tag = fc.constantFrom('O', 'B-PER', 'I-PER', 'B-ORG', 'I-LOC');
    fc.assert(
      fc.property(fc.array(tag, { minLength: 1, maxLength: 30 }), (raw) => {
        // Canonical IOB2 first: the spans an arbitrary sequence reads as.
        const tags = spansToTags(raw.length, iobSpans(raw));
        const words = tags.map((_, i) => `w${i}`);
        const back = reverseSentence(reverseSentence({ doc: 0, words, tags }));
        assert.deepEqual(back.words, words);
        assert.deepEqual(back.tags, tags);
      }),
    );
  });

  const sentences = parseIob2(CORPUS.repeat(3));
  const lexicon = new Lexicon();
  const options = { epochs: 8, seed: 5, bucketsLog2: 12 };
  const forward = NerModel.train(sentences, lexicon, noRules, options);
  const backward = NerModel.train(sentences.map(reverseSentence), lexicon, noRules, options);
  const unlabeled = [
    [
      ['Brannoc', 'Fell', 'met', 'the', 'Tillery', 'Guild', '.'],
      ['the', 'rain', 'came', '.'],
    ],
    [['Ysolde', 'Merrow', 'left', 'Cask', 'Harbour', '.']],
  ];

  it('keeps the sentences both taggers read alike and that hold a name, with their spans', () => {
    const silver = agreedSentences(forward, backward, unlabeled, lexicon, noRules, {
      cap: 100,
      firstDoc: 10,
      named,
    });
    assert.deepEqual(
      silver.map((s) => iobSpans(s.tags).map(([a, b, t]) => `${s.words.slice(a, b).join(' ')}/${t}`)),
      [
        ['Brannoc Fell/PER', 'Tillery Guild/ORG'],
        ['Ysolde Merrow/PER', 'Cask Harbour/LOC'],
      ],
    );
    // Documents are numbered from firstDoc, one per document that gave a sentence.
    assert.deepEqual(
      silver.map((s) => s.doc),
      [10, 11],
    );
  });

  it('keeps at most the cap, spread evenly over the agreed sentences', () => {
    const four = [...unlabeled, ...unlabeled];
    const silver = agreedSentences(forward, backward, four, lexicon, noRules, { cap: 2, firstDoc: 0, named });
    // One sentence agreed in each of the four documents; every second one is kept.
    assert.deepEqual(
      silver.map((s) => [s.doc, s.words[0]]),
      [
        [0, 'Brannoc'],
        [2, 'Brannoc'],
      ],
    );
  });

  it('drops a sentence the two taggers read differently', () => {
    // A "backward" tagger that learned nothing finds no names, so nothing agrees.
    const blind = NerModel.train(
      sentences.map((s) => ({ ...s, tags: s.tags.map(() => 'O') })),
      lexicon,
      noRules,
      options,
    );
    assert.deepEqual(
      agreedSentences(forward, blind, unlabeled, lexicon, noRules, { cap: 9, firstDoc: 0, named }),
      [],
    );
  });
});
