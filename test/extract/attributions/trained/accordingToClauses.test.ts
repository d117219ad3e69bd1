import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wholeAccordingToClauses } from '../../../../src/extract/attributions/trained/accordingToClauses.js';
import type { PredictedAttribution } from '../../../../src/extract/attributions/trained/model.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../../src/language/index.js';

/** The contents after the repair, given the taggers' cue, source and content as words of `text`. */
function repaired(text: string, readings: [cue: string, source: string, content: string][]): string[] {
  const doc = makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const span = (words: string) => {
    const at = doc.tokenAtOrAfter(text.indexOf(words));
    return { start: at, end: doc.tokenAtOrAfter(text.indexOf(words) + words.length) };
  };
  const found: PredictedAttribution[] = readings.map(([cue, source, content]) => ({
    cue: span(cue),
    source: span(source),
    content: [span(content)],
    margin: 1,
  }));
  wholeAccordingToClauses(view, found);
  return found.map((a) => a.content.map((c) => doc.spanText(c.start, c.end)).join(' … '));
}

describe('trained extractor: sentences led by "According to X,"', () => {
  it('report all that follows the comma', () => {
    const text = 'According to the warden, the gate had been locked every night.';
    assert.deepEqual(repaired(text, [['According to', 'the warden', 'the gate had']]), [
      'the gate had been locked every night',
    ]);
  });

  it('stop before another cue in the sentence', () => {
    const text = 'According to the warden, the gate was locked, the porter claimed.';
    assert.deepEqual(
      repaired(text, [
        ['According to', 'the warden', 'the gate was'],
        ['claimed', 'the porter', 'the gate was locked'],
      ]),
      ['the gate was', 'the gate was locked'],
    );
  });

  it('leave "according to" inside a sentence alone', () => {
    const text = 'The gate, according to the warden, was locked every night.';
    assert.deepEqual(repaired(text, [['according to', 'the warden', 'was locked']]), ['was locked']);
  });
});
