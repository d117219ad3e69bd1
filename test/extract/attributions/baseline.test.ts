import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractBaseline } from '../../../src/extract/attributions/baseline/index.js';
import { makeDoc } from '../../../src/language/index.js';

function run(text: string, only?: ReadonlySet<string>) {
  const doc = makeDoc(text);
  return extractBaseline(doc, [{ start: 0, end: text.length }], undefined, only);
}

/** An attribution without its id and relay link (both depend on which others were kept). */
const withoutLinks = ({ id: _id, via: _via, ...rest }: ReturnType<typeof run>[number]) => rest;

interface Row {
  name: string;
  text: string;
  source: string | null;
  cue: string;
  content: string;
  kind?: string;
  rule?: string;
}

// Sentences written for these tests; each row names the one attribution it expects first.
const rows: Row[] = [
  {
    name: 'quote then inverted cue with appositive',
    text: '“The ferry will run again,” said Ana Ruiz, a clerk at the harbour office.',
    source: 'Ana Ruiz, a clerk at the harbour office',
    cue: 'said',
    content: 'The ferry will run again',
    kind: 'person',
    rule: 'quote-then-cue',
  },
  {
    name: 'quote then pronoun cue',
    text: '“We counted every vote,” she said.',
    source: 'she',
    cue: 'said',
    content: 'We counted every vote',
    kind: 'person',
  },
  {
    name: 'speaker with appositive before the cue',
    text: 'Tom Baker, a farmer near the river, said the fields were flooded.',
    source: 'Tom Baker, a farmer near the river',
    cue: 'said',
    content: 'the fields were flooded',
  },
  {
    name: 'told with an object before that',
    text: 'The coach told reporters that the match would go ahead.',
    source: 'The coach',
    cue: 'told',
    content: 'that the match would go ahead',
  },
  {
    name: 'according to at the start',
    text: 'According to the Valley Courier, the mill closed in May.',
    source: 'the Valley Courier',
    cue: 'According to',
    content: 'the mill closed in May',
    kind: 'media',
    rule: 'according-to',
  },
  {
    name: 'according to at the end',
    text: 'The mill closed in May, according to a report by the county.',
    source: 'a report by the county',
    cue: 'according to',
    content: 'The mill closed in May',
    kind: 'document',
  },
  {
    name: 'colon after a speaker',
    text: 'Mayor Okafor: “The roads are open.”',
    source: 'Mayor Okafor',
    cue: ':',
    content: 'The roads are open.',
    rule: 'colon-speaker',
  },
  {
    name: 'agentless passive',
    text: 'It was reported that the bridge had cracked.',
    source: null,
    cue: 'It was reported',
    content: 'that the bridge had cracked',
    rule: 'agentless-passive',
  },
  {
    name: 'an agentless passive whose verb reports nothing on its own',
    text: 'It is understood that the depot will close in spring.',
    source: null,
    cue: 'It is understood',
    content: 'that the depot will close in spring',
    rule: 'agentless-passive',
  },
  {
    name: 'an open question no one has answered yet',
    text: 'It is not yet known whether the depot will reopen.',
    source: null,
    cue: 'It is not yet known',
    content: 'whether the depot will reopen',
    rule: 'agentless-passive',
  },
  {
    name: 'a figure kept back',
    text: 'It was not disclosed how much the club paid.',
    source: null,
    cue: 'It was not disclosed',
    content: 'how much the club paid',
    rule: 'agentless-passive',
  },
  {
    name: 'a count nobody has given yet',
    text: 'It is not yet clear how many sheep were lost in the snow.',
    source: null,
    cue: 'It is not yet clear',
    content: 'how many sheep were lost in the snow',
    rule: 'agentless-passive',
  },
  {
    name: 'anonymous source',
    text: 'Two unnamed officials said the talks had stalled.',
    source: 'Two unnamed officials',
    cue: 'said',
    content: 'the talks had stalled',
    kind: 'anonymous',
  },
  {
    name: 'a cue closing its paragraph with a colon reports the quote below',
    text: 'Mr Haldane added:\n\n“The locks were never built for ships this size.”',
    source: 'Mr Haldane',
    cue: 'added',
    content: 'The locks were never built for ships this size.',
    rule: 'colon-then-quote',
  },
  {
    name: 'or the paragraph below when no quote opens it',
    text: 'The mayor added:\n\nThe hall will open at eight on Friday.\n\nTickets are free.',
    source: 'The mayor',
    cue: 'added',
    content: 'The hall will open at eight on Friday',
    rule: 'colon-then-quote',
  },
  {
    name: 'auxiliaries and adverbs join the cue',
    text: 'The senator has also said the plan is too costly.',
    source: 'The senator',
    cue: 'has also said',
    content: 'the plan is too costly',
  },
];

describe('extractBaseline', () => {
  for (const row of rows)
    it(row.name, () => {
      const [a] = run(row.text);
      assert.ok(a, 'an attribution is found');
      assert.equal(a.source?.text ?? null, row.source);
      assert.equal(a.cue.text, row.cue);
      assert.equal(a.content.map((c) => c.text).join(' … '), row.content);
      if (row.kind) assert.equal(a.source?.kind, row.kind);
      if (row.rule) assert.equal(a.rule, row.rule);
    });

  it('joins both halves of a split quote', () => {
    const [a] = run('“The first half,” he said, “and the second half.”');
    assert.deepEqual(
      a.content.map((c) => c.text),
      ['The first half', 'and the second half.'],
    );
    assert.equal(a.form, 'direct');
  });

  it('links a relayed report to its relay', () => {
    const found = run('Rescuers said the cave was empty, reported the Hill Tribune.');
    const inner = found.find((a) => a.source?.text === 'Rescuers');
    const outer = found.find((a) => a.source?.text === 'the Hill Tribune');
    assert.ok(inner && outer);
    assert.equal(inner.via, outer.id);
    assert.equal(outer.source?.kind, 'media');
  });

  it('links a quoted relay to the report that quotes it', () => {
    const found = run('The agency reported the dam had failed, quoting three unnamed engineers.');
    const relayed = found.find((a) => a.cue.text === 'quoting');
    assert.ok(relayed);
    assert.equal(relayed.source?.kind, 'anonymous');
    assert.equal(relayed.via, found.find((a) => a.cue.text === 'reported')?.id);
  });

  it('takes no quote from the paragraph before as said by the next paragraph’s speaker', () => {
    const found = run('“The vote is tomorrow.”\n\nThe mayor said the hall would open early.');
    const mayor = found.find((a) => a.source?.text === 'The mayor');
    assert.ok(mayor);
    assert.equal(mayor.content.map((c) => c.text).join(' … '), 'the hall would open early');
  });

  const none: [string, string][] = [
    ['a quoted title', 'She wrote a book titled “Salt and Stone” in 2001.'],
    ['scare quotes', 'The so-called “reform” cost more than it saved.'],
    ['a slogan with no speaker', 'Banners reading “Water for all” hung from the bridge.'],
    ['a verb of understanding with a subject', 'The engineers understood the risk and closed the depot.'],
    ['"known" naming a thing', 'It was known as the Salt Road until the war.'],
    ['a plain statement that something is clear', 'It is clear that the ferry will not sail today.'],
    [
      'a reviewer unsure of a point, with no "yet"',
      'The levels look alike and it was not clear whether the bosses differ.',
    ],
    ['"not yet clear" with no question after it', 'The route is not yet clear of snow.'],
  ];
  for (const [name, text] of none)
    it(`finds no attribution in ${name}`, () => {
      assert.deepEqual(run(text), []);
    });

  it('never throws, and every span slices its own text', () => {
    const pieces = fc.constantFrom(
      'said',
      ' ',
      'he',
      'Ana',
      '“',
      '”',
      '"',
      "'",
      ',',
      '.',
      ':',
      '\n',
      'according to',
      'told',
      'It was reported that',
      'quoting',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          for (const a of run(text)) {
            for (const s of [a.source, a.cue, ...a.content]) {
              if (s) assert.equal(text.slice(s.start, s.end), s.text);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a rule subset, finds exactly those rules of the full run', () => {
    const pieces = fc.constantFrom(
      'The agency reported the dam had failed, quoting three unnamed engineers. ',
      '“The ferry will run again,” said Ana Ruiz. ',
      'According to the council, the road is shut. ',
      'It was reported that the mine had closed. ',
      'Mr Hill: “We are ready.” ',
      'Rescuers said the cave was empty, citing a survey. ',
      'She told reporters that the vote was delayed, ',
      '“Soon,” he added, “very soon.” ',
      'x ',
    );
    const subsets = fc.subarray([
      'quote-then-cue',
      'quoting',
      'according-to',
      'agentless-passive',
      'verb-cue',
    ]);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), subsets, (parts, rules) => {
        const text = parts.join('');
        const only = new Set(rules);
        const expected = run(text).filter((a) => only.has(a.rule));
        assert.deepEqual(run(text, only).map(withoutLinks), expected.map(withoutLinks));
      }),
      { numRuns: 200 },
    );
  });
});
