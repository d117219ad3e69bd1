import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  continueQuotes,
  keepSharedPiecesNearest,
} from '../../../../src/extract/attributions/trained/continuedQuotes.js';
import type { PredictedAttribution } from '../../../../src/extract/attributions/trained/model.js';
import { tokenSpanOf, viewOfText } from './viewFixture.js';

const view = viewOfText;
const span = tokenSpanOf;

/** One attribution with source, cue and content given as phrases; returns its content as text after continueQuotes. */
function contentAfter(
  text: string,
  parts: [string, string, string],
  others: [string, string, string][] = [],
) {
  const v = view(text);
  const make = ([source, cue, content]: [string, string, string]): PredictedAttribution => ({
    source: span(v, source),
    cue: span(v, cue),
    content: [span(v, content)],
    margin: 1,
  });
  const found = [make(parts), ...others.map(make)];
  const mask = new Uint8Array(v.doc.length);
  for (const a of found) for (let k = a.cue.start; k < a.cue.end; k++) mask[k] = 1;
  continueQuotes(v, found, mask);
  return found[0].content.map((c) => v.doc.spanText(c.start, c.end));
}

describe('continueQuotes', () => {
  it('adds the quotes that open the next sentences of the paragraph to a direct quote', () => {
    const text =
      '“The pumps are old,” the engineer said. “We replace one a year.” “Nobody wants to pay for it.” The council met on Friday.';
    assert.deepEqual(contentAfter(text, ['the engineer', 'said', 'The pumps are old']), [
      'The pumps are old',
      'We replace one a year.',
      'Nobody wants to pay for it.',
    ]);
  });

  it('also after a quote that follows its cue', () => {
    const text = 'The engineer said: “The pumps are old.” “We replace one a year.”';
    assert.deepEqual(contentAfter(text, ['The engineer', 'said', 'The pumps are old.']), [
      'The pumps are old.',
      'We replace one a year.',
    ]);
  });

  it('follows a quote left open at the paragraph end into the next paragraph, past a cue opening the one after', () => {
    const text =
      '“The pumps are old,” the engineer told the Courier. “We replace one a year.\n\n“Nobody wants to pay for it.”\n\nThe mayor said the budget was tight.';
    assert.deepEqual(
      contentAfter(
        text,
        ['the engineer', 'told', 'The pumps are old'],
        [['The mayor', 'said', 'the budget was tight']],
      ),
      ['The pumps are old', 'We replace one a year.', 'Nobody wants to pay for it.'],
    );
  });

  it('takes in a statement the continuing quote reports inside it', () => {
    const text = '“The pumps are old,” the engineer said. “We told them so twice.” The council met.';
    assert.deepEqual(
      contentAfter(text, ['the engineer', 'said', 'The pumps are old'], [['We', 'told', 'them so twice']]),
      ['The pumps are old', 'We told them so twice.'],
    );
  });

  const unchanged: [string, string, [string, string, string], [string, string, string][]][] = [
    [
      'a quote in a new paragraph',
      '“The pumps are old,” the engineer said.\n\n“We replace one a year.”',
      ['the engineer', 'said', 'The pumps are old'],
      [],
    ],
    [
      'a quote with its own cue after it',
      '“The pumps are old,” the engineer said. “We replace one a year,” the mayor replied.',
      ['the engineer', 'said', 'The pumps are old'],
      [['the mayor', 'replied', 'We replace one a year']],
    ],
    [
      'a quote holding a cue whose content runs on past it',
      '“The pumps are old,” the engineer said. “The mayor told us,” he added, that they would last.',
      ['the engineer', 'said', 'The pumps are old'],
      [['The mayor', 'told', 'us,” he added, that they would last']],
    ],
    [
      'an indirect report',
      'The engineer said the pumps were old. “We replace one a year.”',
      ['The engineer', 'said', 'the pumps were old'],
      [],
    ],
    [
      'a sentence that does not open with a quote',
      '“The pumps are old,” the engineer said. The council disagreed, calling it “a scare.”',
      ['the engineer', 'said', 'The pumps are old'],
      [],
    ],
  ];
  for (const [name, text, parts, others] of unchanged)
    it(`leaves the content alone before ${name}`, () => {
      assert.deepEqual(contentAfter(text, parts, others), [parts[2]]);
    });
});

describe('continueQuotes, between two attributions that could take the next quote', () => {
  /** Every attribution's content as text after continueQuotes. */
  function contents(text: string, parts: [string, string, string][]) {
    const v = view(text);
    const found: PredictedAttribution[] = parts.map(([source, cue, content]) => ({
      source: span(v, source),
      cue: span(v, cue),
      content: [span(v, content)],
      margin: 1,
    }));
    const mask = new Uint8Array(v.doc.length);
    for (const a of found) for (let k = a.cue.start; k < a.cue.end; k++) mask[k] = 1;
    continueQuotes(v, found, mask);
    return found.map((a) => a.content.map((c) => v.doc.spanText(c.start, c.end)));
  }

  // text, the attributions (source, cue, content), each one's content after
  const cases: [string, string, [string, string, string][], string[][]][] = [
    [
      "the tag right before it, not the report whose content holds the tag's quote",
      'The warden said the wall mattered because “the river rises fast,” she said. “We saw it in March.”',
      [
        ['The warden', 'said', 'the wall mattered because “the river rises fast,”'],
        ['she', 'said', 'the river rises fast'],
      ],
      [
        ['the wall mattered because “the river rises fast,”'],
        ['the river rises fast', 'We saw it in March.'],
      ],
    ],
    [
      'the tag whose content is a quote whole, not the participle hanging on it',
      '“The river rises fast,” she said, recalling the floods of “that awful spring.” “We saw it in March.”',
      [
        ['she', 'said', 'The river rises fast'],
        ['she', 'recalling', 'the floods of “that awful spring.”'],
      ],
      [['The river rises fast', 'We saw it in March.'], ['the floods of “that awful spring.”']],
    ],
  ];
  for (const [name, text, parts, expected] of cases)
    it(`gives it to ${name}`, () => {
      assert.deepEqual(contents(text, parts), expected);
    });
});

describe('keepSharedPiecesNearest', () => {
  const text = '“The pumps are old,” the engineer said, adding later, “We replace one a year.”';
  /** Each attribution as a cue and its content pieces; returns every content as text after the pass. */
  function after(attributions: [string, string[]][]) {
    const v = view(text);
    const found: PredictedAttribution[] = attributions.map(([cue, content]) => ({
      source: null,
      cue: span(v, cue),
      content: content.map((c) => span(v, c)),
      margin: 1,
    }));
    keepSharedPiecesNearest(found);
    return found.map((a) => a.content.map((c) => v.doc.spanText(c.start, c.end)));
  }

  it('leaves a quote two cues took to the nearer cue', () => {
    assert.deepEqual(
      after([
        ['said', ['The pumps are old', 'We replace one a year.']],
        ['adding later', ['We replace one a year.']],
      ]),
      [['The pumps are old'], ['We replace one a year.']],
    );
  });

  it('takes no piece from a content of one piece, nor a piece the other holds only in part', () => {
    const cases: [string, string[]][][] = [
      [
        ['said', ['We replace one a year.']],
        ['adding later', ['We replace one a year.']],
      ],
      [
        ['said', ['The pumps are old', 'We replace one a year.']],
        ['adding later', ['We replace one']],
      ],
    ];
    for (const c of cases)
      assert.deepEqual(
        after(c),
        c.map(([, content]) => content),
      );
  });
});

describe('contents and signatures', () => {
  /** One sourceless attribution on `cue` with `content`; its content as text after continueQuotes. */
  function signed(text: string, cue: string, content: string) {
    const v = view(text);
    const found: PredictedAttribution[] = [
      { source: null, cue: span(v, cue), content: [span(v, content)], margin: 1 },
    ];
    continueQuotes(v, found, new Uint8Array(v.doc.length));
    return found[0].content.map((c) => v.doc.spanText(c.start, c.end));
  }

  it('ends a content that ran into the dash and name signing a quote', () => {
    const text = '“The bus never came, so we walked to the clinic.” ― Rosa Imrie\n“Next comment here.”';
    assert.deepEqual(signed(text, 'walked', 'to the clinic.” ― Rosa Imrie'), ['to the clinic.']);
  });

  it('keeps a dash that signs nothing: a name that does not end the line, or no quote before', () => {
    const text =
      'Staff wrote “the bus never came” ― Rosa Imrie and her son walked.\nThey called it late ― Rosa Imrie\n';
    assert.deepEqual(signed(text, 'wrote', 'the bus never came” ― Rosa Imrie and her son'), [
      'the bus never came” ― Rosa Imrie and her son',
    ]);
    assert.deepEqual(signed(text, 'called', 'it late ― Rosa Imrie'), ['it late ― Rosa Imrie']);
  });
});
