import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speechLemmaOf } from '../../../src/extract/attributions/trained/model.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

describe('speechLemmaOf', { skip: !modelsLoaded() }, () => {
  // text, the cue's tokens, the lemma the attribution reports
  const cases: [string, string, string][] = [
    ['The board denied claims that staff were told to leave.', 'denied claims', 'deny'],
    ['The mayor also said the road was shut.', 'also said', 'say'],
    ['Prices rose, according to the survey.', 'according to', 'according to'],
    ['The union issued a statement rejecting the offer.', 'rejecting', 'reject'],
  ];
  for (const [text, cue, lemma] of cases)
    it(`${cue} -> ${lemma}`, () => {
      const { doc, span } = taggedDoc(text);
      assert.equal(speechLemmaOf(viewOf(doc, [{ start: 0, end: text.length }]), span(cue)), lemma);
    });
});
