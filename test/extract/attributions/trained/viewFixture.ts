// The tagger's view of an invented text, and token spans found in it by their words.
import assert from 'node:assert/strict';
import type { TokenSpan } from '../../../../src/extract/attributions/build.js';
import { type DocView, viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../../src/language/index.js';

/** The whole text as the taggers see it: tagged, parsed, one body range. */
export function viewOfText(text: string): DocView {
  return viewOf(makeDoc(text), [{ start: 0, end: text.length }]);
}

/** The token span of the `nth` occurrence of `phrase` (whole tokens); fails when there is none. */
export function tokenSpanOf(v: DocView, phrase: string, nth = 0): TokenSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = v.doc.text.indexOf(phrase, start + 1);
  assert.ok(start >= 0, phrase);
  return v.doc.tokensInRange(start, start + phrase.length);
}
