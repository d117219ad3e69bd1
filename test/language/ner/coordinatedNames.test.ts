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
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
