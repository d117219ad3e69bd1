import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { indexQuotes } from '../../../src/extract/attributions/quoteTokens.js';
import { makeDoc } from '../../../src/language/index.js';

/** The words of the tokens `indexQuotes` says open a quote, in order. */
function openers(text: string): string[] {
  const doc = makeDoc(text);
  const q = indexQuotes(doc, [{ start: 0, end: text.length }]);
  return [...q.opening.keys()].sort((a, b) => a - b).map((k) => `${k}:${doc.word(k)}`);
}

describe('indexQuotes', () => {
  it('opens a quote at both tokens of a doubled apostrophe, so a sentence starting there starts a quote', () => {
    const text = "''The pier is shut,'' the warden said. ''Boats wait.''";
    const doc = makeDoc(text);
    const q = indexQuotes(doc, [{ start: 0, end: text.length }]);
    const second = doc.tokenAtOrAfter(text.indexOf("''Boats"));
    assert.equal(doc.word(second), "'");
    assert.equal(q.opening.get(second), q.opening.get(second + 1));
    assert.ok(q.opening.get(second));
    assert.deepEqual(openers(text), ["0:'", "1:'", `${second}:'`, `${second + 1}:'`]);
  });

  it('opens a curly or straight quote at its one mark', () => {
    assert.deepEqual(openers('She said “the lake froze” today.'), ['2:“']);
    assert.deepEqual(openers('He said "ice" and left.'), ['2:"']);
  });

  it('reads a quote reopened at the next paragraph as one, though the body comes a paragraph at a time', () => {
    const text = 'He said: “The pier is shut.\n\n“Boats wait.”\n\nIt rained.';
    const doc = makeDoc(text);
    const paragraphs = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('“Boats'), end: text.indexOf('\n\nIt') },
      { start: text.indexOf('It rained'), end: text.length },
    ];
    const q = indexQuotes(doc, paragraphs);
    assert.equal(q.quotes.length, 1);
    assert.ok(q.quotes[0].closed);
    assert.deepEqual(
      q.quotes[0].fragments.map((f) => doc.spanText(f.start, f.end)),
      ['The pier is shut.', 'Boats wait.'],
    );
  });

  it('keeps apostrophes apart that do not touch', () => {
    // A possessive apostrophe, then a single-quoted word (a British-style quote): one opener.
    const text = "The boys' coach said 'fine' and left.";
    const doc = makeDoc(text);
    const mark = doc.tokenAtOrAfter(text.indexOf("'fine"));
    assert.deepEqual(openers(text), [`${mark}:'`]);
  });

  it('never throws, and every opener stands right before a quote or its other apostrophe', () => {
    const piece = fc.constantFrom("''", '“', '”', '"', "'", 'The', 'pier', 'said', ',', '.', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join(' ');
        const doc = makeDoc(text);
        const q = indexQuotes(doc, [{ start: 0, end: text.length }]);
        for (const [k, quote] of q.opening) {
          const first = quote.fragments.find((f) => f.start === k + 1 || f.start === k + 2);
          assert.ok(first, `opener ${k} in ${JSON.stringify(text)}`);
        }
      }),
    );
  });
});
