import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clauseSubject,
  isDeadline,
  isPlaceholderIt,
  passiveRoles,
  receivedCriticism,
  wholeSubject,
} from '../../../src/extract/attributions/clauseSubject.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('clauseSubject', { skip }, () => {
  // text, source the tagger gave, cue, the subject expected
  const cases: [string, string, string, string][] = [
    [
      'Some trials showed that the dams help trout, she said, while others recorded fewer eggs.',
      'she',
      'recorded',
      'others',
    ],
    [
      'The mayor said the road would reopen, but two of the drivers argued it was still flooded.',
      'The mayor',
      'argued',
      'two of the drivers',
    ],
    [
      'Ms Hale said the fence was new, whereas her neighbours insisted it was old.',
      'Ms Hale',
      'insisted',
      'her neighbours',
    ],
    // A semicolon ends the clause before, even inside the source the tagger gave.
    [
      'Donors have pledged help; most agree the damage is vast.',
      'Donors have pledged help ; most',
      'agree',
      'most',
    ],
    [
      'The mill wants the land; the council argues the lease has run out.',
      'The mill',
      'argues',
      'the council',
    ],
    // A subordinate clause of time or cause has a subject of its own.
    [
      'The maps were pulped after hikers found that two of the bridges had gone.',
      'The maps',
      'found',
      'hikers',
    ],
    [
      'Ms Hale closed the cafe when her landlord warned that the rent would double.',
      'Ms Hale',
      'warned',
      'her landlord',
    ],
    // "and" inside the tagged source, after a clause of its own, opens the cue's clause.
    [
      'The mill closed in May and the union said the workers were owed pay.',
      'The mill closed in May and the union',
      'said',
      'the union',
    ],
    // A verb after a relative word is the noun's clause: "and" there joins two subjects.
    [
      'A map that the rangers carry and the warden shows the old paths.',
      'A map that the rangers carry and the warden',
      'shows',
      'A map that the rangers carry and the warden',
    ],
    // Nothing opens a clause between them: the tagger's source stays.
    [
      'The mayor and the council said the road was closed.',
      'The mayor and the council',
      'said',
      'The mayor and the council',
    ],
    // "and" without a comma joins a subject, not a clause.
    [
      'The mayor said on Monday and repeated on Friday that the road was closed.',
      'The mayor',
      'repeated',
      'The mayor',
    ],
    // A verb between the joining word and the cue: not a short subject.
    [
      'The mayor said, while visiting the site, warned that it was closed.',
      'The mayor',
      'warned',
      'The mayor',
    ],
  ];
  for (const [text, source, cue, expected] of cases)
    it(`${cue} in "${text.slice(0, 40)}…" speaks for ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      assert.deepEqual(clauseSubject(doc, span(source), span(cue)), span(expected));
    });

  it('takes the semicolon ending an HTML entity for no clause break', () => {
    const { doc, span } = taggedDoc('Mayor Jos&#233; Ortega argued that the lease had run out.');
    const source = { start: 0, end: span('argued').start };
    assert.deepEqual(clauseSubject(doc, source, span('argued')), source);
  });

  it('keeps a missing source missing, and a source after the cue', () => {
    const { doc, span } = taggedDoc('“The road is closed,” said the mayor, while others waited.');
    assert.equal(clauseSubject(doc, null, span('said')), null);
    assert.deepEqual(clauseSubject(doc, span('the mayor'), span('said')), span('the mayor'));
  });
});

describe('isPlaceholderIt', { skip }, () => {
  // text, source, cue, whether the source is only the passive's placeholder subject
  const cases: [string, string, string, boolean][] = [
    ['It was reported that the ferry had sunk.', 'It', 'was reported', true],
    ['It has been claimed that the vote was rigged.', 'It', 'has been claimed', true],
    ['It said the plant would close.', 'It', 'said', false],
    ['The board said it was reported late.', 'it', 'was reported', true],
    ['The union reported that wages fell.', 'The union', 'reported', false],
    ['It was reported on Friday that the ferry had sunk.', 'It', 'was reported on Friday', true],
    ['It was a surprise that the ferry sank.', 'It', 'was a surprise', false],
    ['It has shown it can win.', 'It', 'has shown', false],
    // An adjective of knowing after "it": the clause is what is (un)known, nobody said it.
    ['It is unclear whether the ferry will sail.', 'It', 'is unclear whether', true],
    ["It's not clear that the vote counts.", 'It', "'s not clear", true],
    ['It became clear that the pier was unsafe.', 'It', 'became clear', true],
    ['It is cheap that the ferry runs.', 'It', 'is cheap', false],
    ['It declared it was clear.', 'It', 'declared', false],
  ];
  for (const [text, source, cue, expected] of cases)
    it(`${expected ? 'no source in' : 'a source in'} "${text}"`, () => {
      const { doc, span } = taggedDoc(text);
      assert.equal(isPlaceholderIt(doc, span(source), span(cue)), expected);
    });
});

describe('passiveRoles', { skip }, () => {
  // text, source the tagger gave, cue, the agent expected (null: none), or undefined when the cue is no passive of it
  const cases: [string, string, string, string | null | undefined][] = [
    [
      'The harbour chief was accused of selling fuel to a private depot.',
      'The harbour chief',
      'was accused of',
      null,
    ],
    [
      'Two wardens have been blamed for the flooding of the lower fields.',
      'Two wardens',
      'have been blamed for',
      null,
    ],
    [
      'The mayor was criticized by the union for closing the pier.',
      'The mayor',
      'was criticized',
      'the union',
    ],
    // The speaker of "quoted as saying" is its subject.
    ['Two nurses were quoted as saying the ward was full.', 'Two nurses', 'were quoted', undefined],
    [
      'The port minister has been reported as saying the pier would close.',
      'The port minister',
      'has been reported',
      undefined,
    ],
    ['The harbour chief was heard saying the pier was unsafe.', 'The harbour chief', 'was heard', undefined],
    ['The minister is expected to say that fares will rise.', 'The minister', 'is expected', undefined],
    // A view held, not words received.
    ['Many traders are convinced that the pier will close.', 'Many traders', 'are convinced', undefined],
    ['The crews were told that the pier would close.', 'The crews', 'were told', null],
    // A hearing told something heard it, as "a court heard" does: it stays the source.
    ['The pier was unsafe, the inquiry was told.', 'the inquiry', 'was told', undefined],
    ['Not every trader is convinced the pier will reopen.', 'Not every trader', 'is convinced', undefined],
    // How the subject feels or stands, whatever word follows: its subject holds the view.
    ['Ferry owners are split on the new timetable.', 'Ferry owners', 'are split on', undefined],
    [
      'The harbour board was thrilled with the new crane.',
      'The harbour board',
      'was thrilled with',
      undefined,
    ],
    ['Local fishermen are opposed to the wind farm.', 'Local fishermen', 'are opposed to', undefined],
    [
      'The rowing club is now assured of a place in the final.',
      'The rowing club',
      'is now assured of',
      undefined,
    ],
    [
      'The old harbour master was named best skipper of the year.',
      'The old harbour master',
      'was named',
      null,
    ],
    // "has" shortened is no form of "be".
    ["The mayor's sought a delay in the vote.", 'The mayor', "'s sought", undefined],
    // A time after "by" is a deadline, not who acted.
    ['The new timetable was promised by March.', 'The new timetable', 'was promised', null],
    ['A verdict is expected by the end of next year.', 'A verdict', 'is expected', null],
    // Active cues keep their subject.
    ['The union accused the harbour chief of selling fuel.', 'The union', 'accused', undefined],
    ['The union has accused the harbour chief of selling fuel.', 'The union', 'has accused', undefined],
  ];
  for (const [text, source, cue, agent] of cases)
    it(`${agent === undefined ? 'a source in' : 'the subject is what is said in'} "${text}"`, () => {
      const { doc, span } = taggedDoc(text);
      const roles = passiveRoles(doc, span(source), span(cue));
      if (agent === undefined) assert.equal(roles, null);
      else {
        assert.ok(roles);
        assert.deepEqual(roles.agent, agent === null ? null : span(agent));
      }
    });
});

describe('passiveRoles: a source standing apart from a passive cue', { skip }, () => {
  // text, source the tagger gave, cue, whether the source is dropped as a listener's
  const cases: [string, string, string, boolean][] = [
    [
      'The audit said two clerks had flagged the payments but were told to keep quiet.',
      'The audit',
      'were told',
      true,
    ],
    [
      'The ferry firm said its crews had raised the fault twice and were warned not to sail.',
      'The ferry firm',
      'were warned',
      true,
    ],
    // A view or an aim, not words received: the subject keeps it.
    [
      'The plan, drawn up over the winter, was aimed at the harbour traders.',
      'The plan',
      'was aimed at',
      false,
    ],
    [
      'The mayor, who grew up on the island, was known for his long speeches.',
      'The mayor',
      'was known for',
      false,
    ],
  ];
  for (const [text, source, cue, dropped] of cases)
    it(`${dropped ? 'no source' : 'a source'} for "${cue}" in "${text}"`, () => {
      const { doc, span } = taggedDoc(text);
      const roles = passiveRoles(doc, span(source), span(cue));
      assert.deepEqual(roles, dropped ? { agent: null, detached: true } : null);
    });
});

describe('wholeSubject', { skip }, () => {
  // text, the passive subject the tagger gave, the whole subject expected
  const cases: [string, string, string][] = [
    [
      'Families on the north bank of the Orr were told to leave their homes.',
      'the Orr',
      'Families on the north bank of the Orr',
    ],
    ['Three of the nurses were told to stay at home.', 'the nurses', 'Three of the nurses'],
    // A preposition that opens a clause is no part of the subject's phrase.
    ['Days after the mayor was accused of fraud, the council met.', 'the mayor', 'the mayor'],
    ['The mayor was accused of fraud.', 'The mayor', 'The mayor'],
  ];
  for (const [text, tagged, expected] of cases)
    it(`"${tagged}" -> "${expected}"`, () => {
      const { doc, span } = taggedDoc(text);
      assert.deepEqual(wholeSubject(doc, span(tagged)), span(expected));
    });
});

describe('receivedCriticism', { skip }, () => {
  // text, source the tagger gave, cue, the agent expected (null: none), or undefined when the cue is no such
  const cases: [string, string, string, string | null | undefined][] = [
    [
      'The mayor has faced questions about the pier contract.',
      'The mayor',
      'has faced questions about',
      null,
    ],
    [
      'The mayor drew sharp criticism from the harbour union for closing the pier.',
      'The mayor',
      'drew sharp criticism',
      'the harbour union',
    ],
    ['The mayor criticised the harbour union for closing the pier.', 'The mayor', 'criticised', undefined],
    ['The mayor answered questions about the pier.', 'The mayor', 'answered questions about', undefined],
  ];
  for (const [text, source, cue, expected] of cases)
    it(`"${cue}" in "${text.slice(0, 40)}…"`, () => {
      const { doc, span } = taggedDoc(text);
      const roles = receivedCriticism(doc, span(source), span(cue));
      if (expected === undefined) assert.equal(roles, null);
      else assert.deepEqual(roles, { agent: expected === null ? null : span(expected) });
    });
});

describe('isDeadline', { skip }, () => {
  // text, a phrase the role tagger may take for the source, whether it is a time after "by"
  const cases: [string, string, boolean][] = [
    ['A ruling was expected by March.', 'March', true],
    ['The fence should be mended by the end of 2027.', 'the end of 2027', true],
    ['The plan was backed by the port board.', 'the port board', false],
    [
      'The fee was announced by rival ferries earlier in the week.',
      'rival ferries earlier in the week',
      false,
    ],
    ['The ferry sails in March.', 'March', false],
  ];
  for (const [text, words, expected] of cases)
    it(`${words} in "${text}"`, () => {
      const { doc, span } = taggedDoc(text);
      assert.equal(isDeadline(doc, span(words)), expected);
    });
});
