import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterColon } from '../../../../src/extract/attributions/trained/model.js';
import { viewOfText } from './viewFixture.js';

/** The source text afterColon leaves of `source`, read from `text`. */
function trimmed(text: string, source: string): string {
  const v = viewOfText(text);
  const start = text.indexOf(source);
  const s = afterColon(v, v.doc.tokensInRange(start, start + source.length));
  return v.doc.spanText(s.start, s.end);
}

describe('afterColon', () => {
  const cases: [string, string, string, string][] = [
    [
      'a headline before the speaker',
      'Anger over the ferry fares: Residents said the new prices were unfair.',
      'Anger over the ferry fares: Residents',
      'Residents',
    ],
    [
      'the last of two colons',
      'Update: Ferry fares: the harbour board said prices would fall.',
      'Update: Ferry fares: the harbour board',
      'the harbour board',
    ],
    [
      'a colon inside a quoted title',
      'The author of “Tides: A History of the Harbour” said the pier was older.',
      'The author of “Tides: A History of the Harbour”',
      'The author of “Tides: A History of the Harbour”',
    ],
    ['no colon', 'The harbour board said prices would fall.', 'The harbour board', 'The harbour board'],
    ['a colon that ends the source', 'HARBOUR BOARD: Prices will fall.', 'HARBOUR BOARD:', 'HARBOUR BOARD:'],
  ];
  for (const [name, text, source, expected] of cases)
    it(`keeps "${expected}" from a source with ${name}`, () => {
      assert.equal(trimmed(text, source), expected);
    });
});
