import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { makeDoc } from '../../src/language/index.js';
import { isJsSpaceCode, isSpaceCode, SPACE_RE, tokenize } from '../../src/language/tokenize.js';

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
    ['We cannot wait', ['We', 'can', 'not', 'wait']],
    ['Gonna, Cannot, gotta', ['Gon', 'na', ',', 'Can', 'not', ',', 'got', 'ta']],
    ['Markets rallied, traders said', ['Markets', 'rallied', ',', 'traders', 'said']],
    [', a ,, Zoe,', [',', 'a', ',', ',', 'Zoe', ',']],
    ['a sky-high price', ['a', 'sky', '-', 'high', 'price']],
    ['an e-mail to co-workers', ['an', 'e-mail', 'to', 'co-workers']],
    ['call 555-0199 now', ['call', '555-0199', 'now']],
    ['a 10-year plan', ['a', '10', '-', 'year', 'plan']],
    ['buy and/or sell', ['buy', 'and', '/', 'or', 'sell']],
    ['on 9/11 itself', ['on', '9/11', 'itself']],
    ['No way!! Really?!', ['No', 'way', '!!', 'Really', '?!']],
    ['so... anyway', ['so', '...', 'anyway']],
    ['*** update ***', ['***', 'update', '***']],
    ['**Breaking** news', ['**', 'Breaking', '**', 'news']],
    ['£3.2bn deal', ['£', '3.2bn', 'deal']],
    ['€40 each', ['€', '40', 'each']],
    ['It rose 3.5% in 2014.', ['It', 'rose', '3.5', '%', 'in', '2014', '.']],
    ['at 10:30 p.m. local time', ['at', '10:30', 'p.m.', 'local', 'time']],
    ["the '90s", ['the', "'90s"]],
    ["They're sure we'll win", ['They', "'re", 'sure', 'we', "'ll", 'win']],
    ['She won’t go', ['She', 'wo', 'n’t', 'go']],
    ['O’Neill arrived', ['O’Neill', 'arrived']],
    ['(Reuters) - Oil', ['(', 'Reuters', ')', '-', 'Oil']],
    ['“Never,” she said.', ['“', 'Never', ',', '”', 'she', 'said', '.']],
    ["'Never,' she said.", ["'", 'Never', ',', "'", 'she', 'said', '.']],
    ['email me at jo.doe@example.com today', ['email', 'me', 'at', 'jo.doe@example.com', 'today']],
    ['visit www.example.org/news.', ['visit', 'www.example.org/news', '.']],
    ['follow @whosaid and #Election2024!', ['follow', '@whosaid', 'and', '#Election2024', '!']],
    ['the\u2009thin\u200bspace', ['the', 'thin', 'space']],
    ['Mr. and Mrs. Smith', ['Mr.', 'and', 'Mrs.', 'Smith']],
    ['Sept. 11 attacks', ['Sept.', '11', 'attacks']],
    ['Smith Inc. said', ['Smith', 'Inc.', 'said']],
    ['He left. She stayed.', ['He', 'left', '.', 'She', 'stayed', '.']],
    ['We cannot.', ['We', 'can', 'not', '.']],
    ['Plan A. Then B.', ['Plan', 'A.', 'Then', 'B.']],
    ['It ends etc. Then', ['It', 'ends', 'etc.', 'Then']],
    ['(Yes) "No', ['(', 'Yes', ')', '"', 'No']],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(words(text), expected));
  }

  it('reads as JavaScript white space exactly the UTF-16 units \\s matches', () => {
    for (let c = 0; c <= 0xffff; c++)
      assert.equal(isJsSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('reads as white space exactly the UTF-16 units SPACE_RE matches', () => {
    for (let c = 0; c <= 0xffff; c++)
      assert.equal(isSpaceCode(c), SPACE_RE.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('appends to the arrays it is given, range after range', () => {
    const text = 'One two. Three\u00a0four';
    const out = tokenize(text, 0, 8);
    tokenize(text, 9, text.length, out);
    assert.deepEqual(
      out.start.map((s, i) => text.slice(s, out.end[i])),
      ['One', 'two', '.', 'Three', 'four'],
    );
  });

  it('keeps every token inside the requested range, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        const t = tokenize(text, from, to);
        for (let i = 0; i < t.start.length; i++) {
          assert.ok(t.start[i] >= from && t.end[i] <= to);
          if (i > 0) assert.ok(t.start[i] >= t.end[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rebuilds the text: tokens plus the white space between them give it back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Gen.',
            'U.S.',
            '“',
            '”',
            "'",
            '’s',
            'n’t',
            '$',
            '5.5',
            '%',
            '—',
            '…',
            '-',
            '/',
            'a',
            'B',
            ' ',
            '\u00a0',
            '\n',
            '.',
            ',',
            '!',
            '?',
            '(',
            ')',
            'https://x.org/a',
            '#tag',
            '***',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join('');
          const t = tokenize(text);
          let rebuilt = '';
          let at = 0;
          for (let i = 0; i < t.start.length; i++) {
            rebuilt += text.slice(at, t.start[i]) + text.slice(t.start[i], t.end[i]);
            at = t.end[i];
          }
          assert.equal(rebuilt + text.slice(at), text);
          const squeezed = text.replace(/[\s\u00a0\u200b\u2009]+/g, '');
          assert.equal(t.start.map((s, i) => text.slice(s, t.end[i])).join(''), squeezed);
        },
      ),
      { numRuns: 500 },
    );
  });

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
    ['He said: "We will win." Then he left.', ['He said: "We will win."', 'Then he left.']],
    ['“We will fight… to the end,” he said.', ['“We will fight… to the end,” he said.']],
    ['The U.S. Army said it would stay.', ['The U.S. Army said it would stay.']],
    [
      'Prices rose 3.5 per cent. Analysts were surprised.',
      ['Prices rose 3.5 per cent.', 'Analysts were surprised.'],
    ],
    ['John F. Kennedy was there.', ['John F. Kennedy was there.']],
    ['It ended at 5 p.m. Officials then left.', ['It ended at 5 p.m.', 'Officials then left.']],
    ['"Why?" asked the reporter.', ['"Why?" asked the reporter.']],
    ['Stop! Now.', ['Stop!', 'Now.']],
    ['(He later resigned.) The party lost.', ['(He later resigned.)', 'The party lost.']],
    ['Talks resumed on Sept. 5 in Geneva.', ['Talks resumed on Sept. 5 in Geneva.']],
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
