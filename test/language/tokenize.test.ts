import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeDoc } from '../../src/language/index.js';
import { SPACE_RE, tokenize } from '../../src/language/tokenize.js';

const words = (text: string) => {
  const t = tokenize(text);
  return t.start.map((s, i) => text.slice(s, t.end[i]));
};

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['Gen. Haftar spoke.', ['Gen.', 'Haftar', 'spoke', '.']],
    ['the U.S. envoy', ['the', 'U.S.', 'envoy']],
    ['at 7 a.m. sharp', ['at', '7', 'a.m.', 'sharp']],
    ['$5.5 million', ['$', '5.5', 'million']],
    ['up 50% today', ['up', '50', '%', 'today']],
    ["didn't", ['did', "n't"]],
    ['Haftar’s men', ['Haftar', '’s', 'men']],
    ['“Go,” he said.', ['“', 'Go', ',', '”', 'he', 'said', '.']],
    ['war—again', ['war', '—', 'again']],
    ['wait… what', ['wait', '…', 'what']],
    ['see https://example.org/x?y=1.', ['see', 'https://example.org/x?y=1', '.']],
    ['#Benghazi now', ['#Benghazi', 'now']],
    ['J. R. Smith', ['J.', 'R.', 'Smith']],
    ['in\u00a0Benghazi', ['in', 'Benghazi']],
    ['1,200 people', ['1,200', 'people']],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(words(text), expected));
  }

  it('loses no character: tokens are in order and only white space lies between them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const t = tokenize(text);
        let at = 0;
        for (let i = 0; i < t.start.length; i++) {
          assert.ok(t.start[i] >= at && t.end[i] > t.start[i]);
          for (const ch of text.slice(at, t.start[i])) assert.match(ch, SPACE_RE);
          at = t.end[i];
        }
        for (const ch of text.slice(at)) assert.match(ch, SPACE_RE);
      }),
      { numRuns: 500 },
    );
  });
});

describe('sentences', () => {
  const sentences = (text: string) => {
    const d = makeDoc(text);
    return Array.from(d.sentStart, (s, k) => d.spanText(s, d.sentEnd[k]));
  };
  const cases: [string, string[]][] = [
    ['Gen. Haftar left. He returned.', ['Gen. Haftar left.', 'He returned.']],
    ['"Is it over?" he asked. Yes.', ['"Is it over?" he asked.', 'Yes.']],
    ['“It is over,” he said. “We won.”', ['“It is over,” he said.', '“We won.”']],
    ['It moved to the U.S. The end.', ['It moved to the U.S.', 'The end.']],
    ['One line\nAnother line', ['One line', 'Another line']],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(sentences(text), expected));
  }

  it('covers every token exactly once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const d = makeDoc(text);
        let next = 0;
        for (let k = 0; k < d.sentenceCount; k++) {
          assert.equal(d.sentStart[k], next);
          assert.ok(d.sentEnd[k] > d.sentStart[k]);
          next = d.sentEnd[k];
        }
        assert.equal(next, d.length);
      }),
      { numRuns: 300 },
    );
  });
});
