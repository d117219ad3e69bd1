import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  entityLabelAt,
  formOf,
  sentenceStart,
  span,
  spanOf,
} from '../../../src/extract/attributions/build.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';

/** The trimming rules written as patterns: what `span` must agree with. */
function spanByPatterns(text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  // A contraction's apostrophe, glued to a letter on each side ("you're"), stays.
  const contraction = /^\p{L}['’]\p{L}$/u.test(text.slice(Math.max(0, start - 1), start + 2));
  const lead = contraction ? 0 : raw.length - raw.replace(/^[\s,;:.!?—–\-"“”„«»‘’'()[\]]+/u, '').length;
  const trimmed = raw.slice(lead).replace(/[\s,;:—–\-"“”„«»‘’'([]+$/u, '');
  if (trimmed.length === 0) return { start, end, text: raw };
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

const PIECES = [
  'said',
  'Ola',
  '42',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u200b',
  '😀',
  ...',;:.!?—–-"“”„«»‘’\'()[]{}/…',
];

describe('span: a token range as text without the marks at its edges', () => {
  it('trims white space and marks exactly as the patterns say', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const doc = makeDoc(text);
          if (doc.length === 0) return;
          const from = a % doc.length;
          const to = from + 1 + (b % (doc.length - from));
          const expected = spanByPatterns(text, doc.tokStart[from], doc.tokEnd[to - 1]);
          assert.deepEqual(span(doc, { start: from, end: to }), expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps a span of marks alone as it is, and answers an empty or outside range with nothing', () => {
    const doc = makeDoc('He said: “ ” and left.');
    const marks = span(doc, { start: 2, end: 5 });
    assert.equal(marks.text, doc.text.slice(marks.start, marks.end));
    assert.deepEqual(span(doc, { start: 3, end: 3 }), { start: 0, end: 0, text: '' });
    assert.deepEqual(span(doc, { start: 0, end: doc.length + 1 }), { start: 0, end: 0, text: '' });
  });
});

describe('span: a contraction keeps its apostrophe', () => {
  // text, the words of the span, the text expected
  const cases: [string, string, string][] = [
    ["They say you're not ready.", "'re not", "'re not"],
    ['He’s now written a book.', '’s now written', '’s now written'],
    ["She said 'no' twice.", "'no", 'no'],
  ];
  for (const [text, words, expected] of cases)
    it(`${words} -> ${expected}`, () => {
      const doc = makeDoc(text);
      const start = doc.tokenAtOrAfter(text.indexOf(words));
      const end = doc.tokenAtOrAfter(text.indexOf(words) + words.length);
      assert.equal(span(doc, { start, end }).text, expected);
    });
});

describe('sentenceStart: where the sentence holding an offset begins', () => {
  const cases: [string, string, string][] = [
    ['after a full stop', 'The ferry left. Its captain waved.', 'Its captain waved.'],
    ['after a line break', 'Headline here\nThe mayor spoke.', 'The mayor spoke.'],
    ['not after a title', 'Rain fell. Dr. Okafor gave a speech.', 'Dr. Okafor gave a speech.'],
    ['not after two titles', 'It ended. Lt. Col. Brandt wrote a note.', 'Lt. Col. Brandt wrote a note.'],
    ['after a word that is no title', 'They said no. Capt. Ruiz left.', 'Capt. Ruiz left.'],
    ['at the text start', 'Sen. Vale spoke first.', 'Sen. Vale spoke first.'],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => assert.equal(text.slice(sentenceStart(text, text.length - 3)), expected));
});

describe('formOf: direct, mixed or indirect', () => {
  const text =
    '“The pier is shut,” she said, reported the Coast Wire. He called it “unsafe” twice. It rained.';
  const piece = (phrase: string) => spanOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  const rows: [string[], string][] = [
    [['The pier is shut'], 'direct'],
    [['“The pier is shut,” she said'], 'mixed'],
    [['it “unsafe” twice'], 'mixed'],
    [['It rained'], 'indirect'],
    [['The pier is shut', 'It rained'], 'mixed'],
  ];
  for (const [pieces, form] of rows)
    it(`${pieces.join(' + ')} is ${form}`, () => assert.equal(formOf(text, pieces.map(piece)), form));
});

describe('formOf: titles and nested quotes', () => {
  const text =
    'A petition titled “Stop the Wall” has 900 names. “When he says ‘soon’, he means ‘never’,” she said.';
  const piece = (phrase: string) => spanOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  it('a quoted title quotes nobody', () =>
    assert.equal(formOf(text, [piece('A petition titled “Stop the Wall” has 900 names')]), 'indirect'));
  it('a quote whose nested quote closes first is direct', () =>
    assert.equal(formOf(text, [piece('When he says ‘soon’, he means ‘never')]), 'direct'));
});

describe('formOf: a quote in single marks', () => {
  const text =
    "She said: ‘The gate was open.’ He wrote: 'Nobody came.' A man told me, ‘Boats won’t sail,’ she said. Its ‘plan’ failed.";
  const piece = (phrase: string) => spanOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  const rows: [string, string][] = [
    ['The gate was open.', 'direct'],
    ['Nobody came.', 'direct'],
    ['Boats won’t sail', 'direct'],
    // A word in single marks inside a content is a quoted word, the content mixed.
    ['Its ‘plan’ failed', 'mixed'],
  ];
  for (const [phrase, form] of rows)
    it(`${phrase} is ${form}`, () => assert.equal(formOf(text, [piece(phrase)]), form));
});

describe('formOf: a quote reopened at the next paragraph', () => {
  const text = 'She said: “The pier is shut.\n\n“Boats wait.”\n\nIt rained.\n\nThe pier is open.';
  const piece = (phrase: string) => spanOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length);
  it('is direct when the next paragraph reopens the quote', () =>
    assert.equal(formOf(text, [piece('The pier is shut.'), piece('Boats wait.')]), 'direct'));
  it('is not when the next paragraph opens with no mark', () =>
    assert.equal(formOf(text, [piece('Boats wait.'), piece('It rained.')]), 'mixed'));
});

describe('entityLabelAt: the name that says what a source is', () => {
  // text, the source phrase, the label expected
  const cases: [string, string, string | null][] = [
    ['The Tory leader said the vote would be close.', 'The Tory leader', null],
    ['Two French ministers said the talks had stalled.', 'Two French ministers', null],
    ['The German carmaker said sales had fallen.', 'The German carmaker', 'NORP'],
  ];
  for (const [text, source, expected] of cases)
    it(`${source} → ${expected}`, () => {
      const doc = makeDoc(text);
      annotate(doc);
      const start = doc.tokenAtOrAfter(text.indexOf(source));
      const end = doc.tokenAtOrAfter(text.indexOf(source) + source.length);
      assert.equal(entityLabelAt(doc, { start, end }), expected);
    });
});

describe('entityLabelAt: the first entity in the list over the span, wherever the list puts it', () => {
  // A doc of 12 tokens with entity spans set by hand: the spans (start, end, label), the source, the label.
  type Ents = [number, number, string][];
  const cases: [string, Ents, [number, number], string | null][] = [
    [
      'a long name starting well before the span',
      [
        [0, 6, 'ORG'],
        [7, 8, 'PERSON'],
      ],
      [5, 7],
      'ORG',
    ],
    [
      'a name ending where the span starts',
      [
        [0, 5, 'ORG'],
        [7, 8, 'PERSON'],
      ],
      [5, 9],
      'PERSON',
    ],
    ['a name starting where the span ends', [[9, 11, 'ORG']], [5, 9], null],
    [
      'two names over the span: the first listed',
      [
        [2, 4, 'GPE'],
        [3, 6, 'ORG'],
      ],
      [3, 5],
      'GPE',
    ],
    [
      'a list out of order of start',
      [
        [8, 10, 'PERSON'],
        [1, 9, 'ORG'],
      ],
      [8, 9],
      'PERSON',
    ],
    [
      'a list out of order, the later start first',
      [
        [4, 5, 'ORG'],
        [0, 6, 'PERSON'],
      ],
      [5, 6],
      'PERSON',
    ],
    ['no names', [], [0, 12], null],
  ];
  for (const [what, ents, [start, end], expected] of cases)
    it(what, () => {
      const doc = makeDoc('Ada Bell of Kestrel Mills told the Vale Courier on Friday .');
      doc.ents = ents.map(([s, e, label]) => ({ start: s, end: e, label, rule: 'test' }));
      assert.equal(entityLabelAt(doc, { start, end }), expected);
    });
});
