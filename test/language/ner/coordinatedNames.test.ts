import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinCoordinatedNames } from '../../../src/language/ner/coordinatedNames.js';
import { applySpanRule } from './spanNotation.js';

const joined = (text: string) =>
  applySpanRule(text, (view, spans) => {
    joinCoordinatedNames(view, spans, 0);
    return spans;
  });

describe('joinCoordinatedNames', () => {
  // Invented names.
  const cases: [string, string, string[]][] = [
    [
      'a first word before "and"',
      'members of the Teaching and [Lecturers Union]/ORG voted',
      ['Teaching and Lecturers Union/ORG'],
    ],
    ['with "&"', 'the Port & [Harbour Board]/ORG said', ['Port & Harbour Board/ORG']],
    ['no "the" before it', 'Kestor and [Vale Union]/ORG merged', ['Vale Union/ORG']],
    [
      'a span covers the first name',
      'the [Tarrow Post]/MEDIA and [Vale Union]/ORG said',
      ['Tarrow Post/MEDIA', 'Vale Union/ORG'],
    ],
    ['a person after "and"', 'the Smith and [Ann Jones]/PERSON', ['Ann Jones/PERSON']],
    ['a lower-case word', 'the staff and [Vale Union]/ORG agreed', ['Vale Union/ORG']],
    // A public body named after two places needs no "the", and takes in a place the tagger found.
    [
      'two places and a trust',
      'Kestor and [Vale Abbas NHS Trust]/ORG said',
      ['Kestor and Vale Abbas NHS Trust/ORG'],
    ],
    [
      'the head after the span',
      'Kestor and [Vale Abbas NHS]/ORG Trust said',
      ['Kestor and Vale Abbas NHS Trust/ORG'],
    ],
    [
      'a place span before "and"',
      'patients at [Kestor]/LOC and [Vale Council]/ORG said',
      ['Kestor and Vale Council/ORG'],
    ],
    ['"&" before a council', 'Kestor & [Vale Council]/ORG said', ['Vale Council/ORG']],
    [
      'two words before "and"',
      '[Port Kestor]/LOC and [Vale Council]/ORG said',
      ['Port Kestor/LOC', 'Vale Council/ORG'],
    ],
    [
      'a person before "and"',
      '[Kestor]/PERSON and [Vale Police]/ORG said',
      ['Kestor/PERSON', 'Vale Police/ORG'],
    ],
    // Set off after a description ("the trust that runs it, … and … Trust,"), the pair is one name,
    // whatever the first place was read as; a given name stays a person's.
    [
      'a place read as a person, set off',
      'the trust that runs it , [Kestor]/PERSON and [Vale Hospitals Trust]/ORG , said',
      ['Kestor and Vale Hospitals Trust/ORG'],
    ],
    [
      'a given name, set off',
      'the trust that runs it , [Peter]/PERSON and [Vale Hospitals Trust]/ORG , said',
      ['Peter/PERSON', 'Vale Hospitals Trust/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
