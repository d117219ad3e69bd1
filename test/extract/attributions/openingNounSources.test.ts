import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { span as spanText } from '../../../src/extract/attributions/build.js';
import { openingNounSources } from '../../../src/extract/attributions/openingNounSources.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('openingNounSources', { skip }, () => {
  // text, the sourceless cue and its content, the source after (null: left without one)
  const cases: [string, string, string, string | null][] = [
    // The parse reads the cue as the noun's participle; the opening noun phrase is its subject.
    [
      "The Union of Bus Drivers ' local branch accused Ferrow of running down the depot .",
      'accused',
      'Ferrow of running down the depot',
      "The Union of Bus Drivers ' local branch",
    ],
    [
      'The Guild of Hill Shepherds blamed the abattoir for the fall in prices .',
      'blamed',
      'the abattoir for the fall in prices',
      'The Guild of Hill Shepherds',
    ],
    // A preposition after the verb makes it the noun's participle: no report of the noun's.
    ['The warden accused of theft resigned on Friday .', 'accused', 'of theft', null],
    // An adverbial opening is no subject.
    ['In March the branch accused the firm of lying .', 'accused', 'the firm of lying', null],
    // A present-tense verb is not the misread participle.
    ['The ferry firms say the pier is unsafe .', 'say', 'the pier is unsafe', null],
  ];
  for (const [text, cue, content, expected] of cases) {
    it(`${text} → ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const a: Attribution = {
        id: '',
        source: null,
        cue: { ...spanText(doc, span(cue)), lemma: cue, stance: 'assert' },
        content: [spanText(doc, span(content))],
        form: 'indirect',
        via: null,
        confidence: 0.5,
        rule: 'trained-perceptron',
      };
      openingNounSources(doc, [a]);
      assert.equal(a.source?.text ?? null, expected);
    });
  }
});
