import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { polnearDoc } from '../../../src/extract/attributions/polnear/evaluate.js';
import { ruleAttributions } from '../../../src/extract/attributions/trained/ruleCues.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../src/language/index.js';

/** What the layout rules find in a text: [rule, source, content…] per attribution. */
function rulesOn(text: string, tagged = false): string[][] {
  // Tagged as analyze() does when the rule needs the recognizer's entities.
  const doc = tagged ? polnearDoc({ name: 'test', text, gold: [] }) : makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  return ruleAttributions(view, new Uint8Array(doc.length)).map((a) => [
    a.rule ?? '',
    a.source ? doc.spanText(a.source.start, a.source.end) : '',
    ...a.content.map((c) => doc.spanText(c.start, c.end)),
  ]);
}

describe('trained extractor: signed quotes', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a paired quote signed with a dash',
      'Readers wrote in.\n\n“The ferry must keep running all winter.” ― Ines Calloway\n\nMore letters follow.',
      [['signed-quote', 'Ines Calloway', 'The ferry must keep running all winter.']],
    ],
    [
      'a quote opened with a closing mark still has its signature, without the final full stop',
      'Letters.\n\n”Nobody asked the fishermen what they thought.” ― Tomas Brand.\n\nPhoto: archive.',
      [['signed-quote', 'Tomas Brand', 'Nobody asked the fishermen what they thought.']],
    ],
    [
      'the signature stops at the end of its line',
      'Letters.\n\n“We were told nothing at all.” ― Mara Quist\nHarbour Office.\n\nEnd.',
      [['signed-quote', 'Mara Quist', 'We were told nothing at all.']],
    ],
    ['a dash inside a sentence signs nothing', 'The plan ― Announced Monday ― was dropped at once.', []],
    ['a stray mark before a dash signs nothing', 'Notes.\n\n” ― Ana Ruiz\n\nEnd of notes.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(rulesOn(text), expected));

  it('never throws on hostile text, and every span lies inside the Doc', () => {
    const pieces = fc.constantFrom(
      '”',
      '“',
      '"',
      '―',
      '—',
      'Ana',
      'Ruiz',
      '.',
      ':',
      ' ',
      '\n',
      'said',
      'PENCE',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          const doc = makeDoc(text);
          const view = viewOf(doc, [{ start: 0, end: text.length }]);
          for (const a of ruleAttributions(view, new Uint8Array(doc.length)))
            for (const s of [a.cue, a.source, ...a.content])
              if (s) assert.ok(0 <= s.start && s.start < s.end && s.end <= doc.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('trained extractor: speaker lines', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a transcript line led by a person’s name',
      'From the hearing.\n\nMARGARET OKONJO: We asked the ministry three times and heard nothing back.\n\nThe hearing went on.',
      [['speaker-line', 'MARGARET OKONJO', 'We asked the ministry three times and heard nothing back.']],
    ],
    [
      'a headline label is no speaker',
      'The Latest: Harbour workers vote to end the strike on Monday.\n\nMore to follow.',
      [],
    ],
    ['nor is a place', 'Ohio: Counting resumed in three districts after the outage.\n\nEnd.', []],
    [
      'an outlet asking the questions of an interview whose answers are a person’s lines',
      'Amal Saadi spoke to the Harbour Review.\n\nHarbour Review: Will the port be sold this year?\n\nAmal Saadi: No. We will lease one terminal only.',
      [
        ['speaker-line', 'Harbour Review', 'Will the port be sold this year?'],
        ['speaker-line', 'Amal Saadi', 'No. We will lease one terminal only.'],
      ],
    ],
    [
      'an outlet line with no person’s line is a label',
      'Spoke to the Harbour Review.\n\nHarbour Review: Port sale talks resume next week in the capital.',
      [],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(rulesOn(text, true), expected));
});

describe('trained extractor: passive disputes', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a disputing verb in the passive with its agent',
      'The warden spoke first. That account was challenged by the ferry union.',
      [['passive-dispute', 'the ferry union', 'That account']],
    ],
    ['no agent', 'That account was challenged at once.', []],
    ['a verb that disputes nothing', 'That account was written by the ferry union.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(rulesOn(text, true), expected));
});

describe('trained extractor: a denied act or charge', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a gerund after an adverb, up to a joined clause',
      'Okonedo, 31, denied deliberately missing the test and said he would appeal.',
      [['denied-act', 'Okonedo, 31', 'deliberately missing the test']],
    ],
    [
      'a charge as a noun phrase',
      'The landlord denies any wrongdoing.',
      [['denied-act', 'The landlord', 'any wrongdoing']],
    ],
    [
      'inside a clause of time, without its "after"',
      'The council has now admitted the leak, two days after it first denied any fault.',
      [['denied-act', 'it', 'any fault']],
    ],
    ['a passive denial reports nothing', 'The visitors were denied entry at the gate.', []],
    ['a "that" clause is left to the taggers', 'The landlord denied that the flats were damp.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(rulesOn(text, true), expected));
});

describe('trained extractor: "told" a listener a clause with no "that"', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a listener as a noun phrase, then a clause opening on an article',
      'Dr Ferris told the paper the board had signed a new lease.',
      [['told-clause', 'Dr Ferris', 'the board had signed a new lease']],
    ],
    [
      'a listener as a pronoun, then a clause opening on a pronoun',
      'The warden told them it would rain by noon.',
      [['told-clause', 'The warden', 'it would rain by noon']],
    ],
    ['a "that" clause is left to the taggers', 'Dr Ferris told the paper that the board had signed.', []],
    ['a thing told is no clause', 'Dr Ferris told the paper the whole story of the lease.', []],
    ['an order is no clause', 'The warden told them to leave the gate open.', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(rulesOn(text, true), expected));
});
