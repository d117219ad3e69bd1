import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PredictedAttribution } from '../../../../src/extract/attributions/trained/model.js';
import { throughSubjectRelatives } from '../../../../src/extract/attributions/trained/subjectRelatives.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../../src/language/index.js';
import { annotate } from '../../../../src/language/pipeline.js';

/** The content after the repair, given the taggers' cue and content as words of `text`. */
function repaired(text: string, cue: string, content: string): string {
  const doc = makeDoc(text);
  annotate(doc);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const span = (words: string) => ({
    start: doc.tokenAtOrAfter(text.indexOf(words)),
    end: doc.tokenAtOrAfter(text.indexOf(words) + words.length),
  });
  const found: PredictedAttribution[] = [
    { cue: span(cue), source: null, content: [span(content)], margin: 1 },
  ];
  throughSubjectRelatives(view, found);
  return found[0].content.map((c) => doc.spanText(c.start, c.end)).join(' … ');
}

describe('trained extractor: a content whose subject has a relative clause', () => {
  const cases: [string, string, string, string, string][] = [
    [
      'goes on past the relative when a finite verb follows it',
      'The warden said the new locks, which cost far more than the old ones, would arrive in May.',
      'said',
      'the new locks',
      'the new locks, which cost far more than the old ones, would arrive in May',
    ],
    [
      'stops when the relative ends the sentence',
      'The warden praised the new locks, which cost far more than the old ones.',
      'praised',
      'the new locks',
      'the new locks',
    ],
    [
      'stops when no verb follows the relative',
      'The warden blamed the porter, who had worked there for years, for the delay.',
      'blamed',
      'the porter',
      'the porter',
    ],
    [
      'goes on past a participle clause the content already holds, at its closing comma',
      'The curator said the brooch, dug up by a farmer near the river, was older than the church.',
      'said',
      'the brooch, dug up by a farmer near the river',
      'the brooch, dug up by a farmer near the river, was older than the church',
    ],
    [
      'does not when no finite verb follows the closing comma',
      'The curator said the brooch, dug up by a farmer near the river, perhaps.',
      'said',
      'the brooch, dug up by a farmer near the river',
      'the brooch, dug up by a farmer near the river',
    ],
  ];
  for (const [name, text, cue, content, expected] of cases)
    it(name, () => assert.equal(repaired(text, cue, content), expected));
});
