import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FeatureScratch } from '../../../src/language/ner/features.js';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { findRuleSpans } from '../../../src/language/ner/rules.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const WORDS = [
  'Ines',
  'Okafor',
  'said',
  'the',
  'Marsa',
  'Herald',
  'in',
  'Cairo',
  'on',
  'Monday',
  'of',
  'Egyptian',
  'Trace',
  'Products',
  'Inc',
  'UN',
  '2014',
  ',',
  '.',
  '"',
];

/** Features as a sorted list, so two orders of the same features compare equal. */
const sorted = (features: Int32Array, count: number) =>
  Array.from(features.subarray(0, count)).sort((a, b) => a - b);

describe('NER type and context features', () => {
  it('are together the features extract gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 5 }),
        (words, history) => {
          const v = makeTokenView(words, sharedLexicon());
          const rules: Candidate[] = [];
          findRuleSpans(v, 0, words.length, rules);
          const scratch = new FeatureScratch();
          scratch.prepare(v, 0, words.length, rules);
          for (let i = 0; i < words.length; i++) {
            const whole = sorted(scratch.features, scratch.extract(v, i, history));
            const own = Array.from(scratch.features.subarray(0, scratch.typeFeatures(v.lexicon, v.ids[i])));
            const context = Array.from(scratch.features.subarray(0, scratch.contextFeatures(v, i, history)));
            assert.deepEqual(
              [...own, ...context].sort((a, b) => a - b),
              whole,
              words[i],
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('type features are the same wherever the word stands', () => {
    const lexicon = sharedLexicon();
    const scratch = new FeatureScratch();
    const id = lexicon.intern('Okafor');
    const first = Array.from(scratch.features.subarray(0, scratch.typeFeatures(lexicon, id)));
    const v = makeTokenView(['Ines', 'Okafor', 'spoke'], lexicon);
    scratch.prepare(v, 0, 3, []);
    assert.deepEqual(
      Array.from(scratch.features.subarray(0, scratch.typeFeatures(lexicon, v.ids[1]))),
      first,
    );
  });
});
