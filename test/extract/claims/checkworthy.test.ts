import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { dedupKey, type LabelledSentence } from '../../../src/extract/claims/checkworthy/data.js';
import { sentenceFeatures } from '../../../src/extract/claims/checkworthy/features.js';
import {
  CHECKWORTHY_THRESHOLD,
  DEFAULT_TRAIN_OPTIONS,
  fitPlatt,
  load,
  predict,
  save,
  shippedModel,
  THRESHOLD_GRID,
  train,
} from '../../../src/extract/claims/checkworthy/model.js';
import { hashFeature, hashFeatureJoined } from '../../../src/learn/hash.js';

// A toy set written for this test: counts and named actors (1) against opinion and chatter (0).
const TOY: LabelledSentence[] = [
  { text: 'The city spent 4 million dollars on the bridge in 2019.', label: 1 },
  { text: 'Unemployment fell to 5 percent last year.', label: 1 },
  { text: 'The senator voted against the budget three times.', label: 1 },
  { text: 'Exports to Canada doubled between 2010 and 2015.', label: 1 },
  { text: 'I think we can do better.', label: 0 },
  { text: 'Thank you all for coming tonight.', label: 0 },
  { text: 'What do you want me to say?', label: 0 },
  { text: 'We have a great future ahead of us.', label: 0 },
];
const OPTIONS = { ...DEFAULT_TRAIN_OPTIONS, bucketsLog2: 12, epochs: 20, learningRate: 0.5 };

describe('check-worthiness model', () => {
  it('hashes the same features for the same sentence, whatever the scratch array held', () => {
    const a = sentenceFeatures('Prices rose 7% in 2014.');
    const b = sentenceFeatures(
      'Prices rose 7% in 2014.',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
    );
    assert.deepEqual(a, b);
    assert.ok(sentenceFeatures('').length > 0, 'even an empty sentence has its bias feature');
  });

  it('hashes each word, bigram and trigram as hashFeature/hashFeatureJoined name them', () => {
    // The templates' ids in features.ts: Word 1, Bigram 2, Trigram 3, First 5, FirstTwo 6.
    const wordFeatures = (words: string[]) => {
      const out: number[] = [];
      words.forEach((w, i) => {
        out.push(hashFeature(1, w), hashFeatureJoined(2, i > 0 ? words[i - 1] : '<s>', w));
        if (i > 1) out.push(hashFeatureJoined(3, words[i - 2], words[i - 1], w));
      });
      out.push(hashFeatureJoined(2, words[words.length - 1], '</s>'), hashFeature(5, words[0]));
      out.push(words.length > 1 ? hashFeatureJoined(6, words[0], words[1]) : hashFeature(6, words[0]));
      return out;
    };
    const word = fc.stringMatching(/^[a-zA-ZéßİΣ]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), (words) => {
        const expected = wordFeatures(words.map((w) => w.toLowerCase()));
        const features = sentenceFeatures(words.join(' '));
        assert.deepEqual(features.slice(1, 1 + expected.length), expected);
      }),
    );
  });

  it('ends with the length, number, capital and flag features as hashFeature names them', () => {
    // The templates' ids in features.ts: Shape 4, Length 7, Flag 8, Capitalized 9.
    const tail = (length: number, numbers: number, capitals: number, flags: string[]) => [
      hashFeature(7, String(length)),
      hashFeature(4, `numbers:${numbers}`),
      hashFeature(9, String(capitals)),
      ...flags.map((f) => hashFeature(8, f)),
    ];
    const cases: [string, number[]][] = [
      ['', tail(0, 0, 0, [])],
      ['quiet', tail(0, 0, 0, [])],
      [
        'Who paid Harlan Vance two hundred dollars in 1998 for the 4 boats?',
        tail(3, 3, 2, ['question', 'money', 'number+name']),
      ],
      ['The fee is $5, said Orla.', tail(1, 1, 1, ['money', 'number+name'])],
      ['Is it late?', tail(1, 0, 0, ['question'])],
      [Array(40).fill('word').join(' '), tail(8, 0, 0, [])],
    ];
    for (const [sentence, expected] of cases) {
      const features = sentenceFeatures(sentence);
      assert.deepEqual(features.slice(features.length - expected.length), expected, sentence);
    }
  });

  it('learns a toy task, and save/load keeps its predictions (to quantisation)', () => {
    const model = train(TOY, OPTIONS);
    const again = load(save(model));
    for (const s of TOY) {
      const p = predict(model, s.text);
      assert.equal(p >= 0.5, s.label === 1, s.text);
      assert.ok(Math.abs(predict(again, s.text) - p) < 0.01);
    }
  });

  it('trains deterministically: same data and seed, same bytes', () => {
    assert.deepEqual(save(train(TOY, OPTIONS)), save(train(TOY, OPTIONS)));
  });

  it('fits Platt scaling that orders and separates held-out margins', () => {
    const { a, b } = fitPlatt([-3, -2, -1, 1, 2, 3], [0, 0, 0, 1, 1, 1]);
    assert.ok(a > 0);
    assert.ok(1 / (1 + Math.exp(-(a * 3 + b))) > 0.5);
    assert.ok(1 / (1 + Math.exp(-(a * -3 + b))) < 0.5);
  });

  it('de-duplicates on letters and digits only', () => {
    assert.equal(dedupKey('"Now, let\'s  vote!"'), dedupKey('now let s vote'));
  });

  it('ships a calibrated model whose scores lie in [0, 1]', () => {
    const model = shippedModel();
    assert.ok(model, 'models/checkworthy.bin is committed');
    assert.ok(THRESHOLD_GRID.includes(model.devThreshold));
    const factual = predict(model, 'The army said 14 soldiers were killed near the airport on Tuesday.');
    const opinion = predict(model, 'I just think people deserve better.');
    for (const p of [factual, opinion]) assert.ok(p >= 0 && p <= 1);
    assert.ok(factual >= CHECKWORTHY_THRESHOLD && opinion < CHECKWORTHY_THRESHOLD);
  });
});
