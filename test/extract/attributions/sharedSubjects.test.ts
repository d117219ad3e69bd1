import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  openingParticipleSubject,
  parsedSubject,
  sharedSubject,
} from '../../../src/extract/attributions/sharedSubjects.js';
import { modelsLoaded, taggedDoc } from './taggedDoc.js';

const skip = !modelsLoaded();

describe('openingParticipleSubject', { skip }, () => {
  // text, the opening participle cue, the subject expected (null: none)
  const cases: [string, string, string | null][] = [
    [
      'Citing the flood reports , the harbour master said the pier would close .',
      'Citing',
      'the harbour master',
    ],
    [
      'Pointing to the empty shelves , two shopkeepers blamed the new tariff .',
      'Pointing to',
      'two shopkeepers',
    ],
    // The parser may hang the participle on a verb inside its own phrase, or make it the root.
    [
      'Claiming the survey is designed to mislead , the mayor told reporters it was false .',
      'Claiming',
      'the mayor',
    ],
    [
      "He said the tariffs were ''bombs you cannot use .'' Lamenting their luck , farmers often say , ''So far from the sea .''",
      'Lamenting',
      'farmers',
    ],
    // "According to" names its own source; a gerund subject has no clause to lead into.
    ['According to the board , rents rose last year .', 'According to', null],
    ['Building the new dam cost the county millions .', 'Building', null],
    // Not opening the sentence.
    ['The mayor spoke on Monday , citing the flood reports .', 'citing', null],
  ];
  for (const [text, cue, expected] of cases)
    it(`"${cue}" in "${text.slice(0, 40)}…" speaks for ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      const got = openingParticipleSubject(doc, span(cue));
      assert.deepEqual(got, expected === null ? null : span(expected));
    });
});

describe('sharedSubject', { skip }, () => {
  // text, a cue with no subject of its own, the subject expected (null: none)
  const cases: [string, string, string | null][] = [
    [
      'His sister agreed with the ruling but also contended that the will was forged .',
      'contended',
      'His sister',
    ],
    ['The two aides were upbeat , perhaps hoping that the vote would pass .', 'hoping', 'The two aides'],
    // A time phrase the parser hung on the subject says when the first verb happened.
    [
      'Dock workers on Monday accused the board of stalling , and called on the mayor to intervene .',
      'called on',
      'Dock workers',
    ],
    // A verb with a subject of its own speaks for it.
    ['The mayor said the road was shut and the council agreed .', 'agreed', null],
    ['The mayor said the road was shut .', 'said', null],
    // An inverted tag names its speaker after it, whatever the parser joined it to.
    ['The fares must fall if the port is to survive , say the two unions .', 'say', null],
    // Not after "but": a second verb whose object ends the sentence, with no verb after it.
    [
      'Mrs Dunmore , who has farmed at Keld since 2010 , said she was "heartsick" at the losses but rejected any suggestion of cruelty .',
      'rejected',
      'Mrs Dunmore , who has farmed at Keld since 2010',
    ],
    ['The minister praised the report but rejected its main finding .', 'rejected', 'The minister'],
  ];
  for (const [text, cue, expected] of cases)
    it(`"${cue}" in "${text.slice(0, 40)}…" speaks for ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      assert.deepEqual(sharedSubject(doc, span(cue)), expected === null ? null : span(expected));
    });
});

describe('parsedSubject', { skip }, () => {
  // text, a cue, the subject the parse gives its verb (null: none)
  const cases: [string, string, string | null][] = [
    [
      'Harbour police announced on Monday the seizure of a fishing boat at the pier and said patrols would double .',
      'said',
      'Harbour police',
    ],
    ['The mayor said the road was shut .', 'said', 'The mayor'],
    ['Asked about the road , the council declined to comment .', 'Asked', null],
  ];
  for (const [text, cue, expected] of cases)
    it(`"${cue}" in "${text.slice(0, 40)}…" has the subject ${expected}`, () => {
      const { doc, span } = taggedDoc(text);
      assert.deepEqual(parsedSubject(doc, span(cue)), expected === null ? null : span(expected));
    });
});
