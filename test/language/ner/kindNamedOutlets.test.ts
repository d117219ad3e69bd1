import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addKindNamedOutlets } from '../../../src/language/ner/kindNamedOutlets.js';
import { applySpanRule } from './spanNotation.js';

const named = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    addKindNamedOutlets(view, spans, 0, n);
    return spans;
  });

describe('addKindNamedOutlets', () => {
  const cases: [string, string, string[]][] = [
    [
      'a name the tagger missed after "the trade weekly"',
      'the trade weekly Rail Fare reported on Monday',
      ['Rail Fare/MEDIA'],
    ],
    [
      'a fanzine at the start of a sentence',
      'The fanzine Stand Up , quoted by [Orley Voice]/MEDIA , said',
      ['Stand Up/MEDIA', 'Orley Voice/MEDIA'],
    ],
    [
      'a one-word name after "the farming weekly"',
      'as the farming weekly Furrow first reported',
      ['Furrow/MEDIA'],
    ],
    [
      'a name the tagger read as a person',
      'the gardening magazine [Rose Tanning]/PERSON said',
      ['Rose Tanning/MEDIA'],
    ],
    ['a place opening the name joins it', 'the newspaper [Marvale]/GPE Voice said', ['Marvale Voice/MEDIA']],
    ['"weekly" alone may be an adjective', 'the weekly Farmers Market opened', []],
    ['a month after the noun is a date, no name', 'the parish newsletter March issue', []],
    [
      'a name already an organisation is left alone',
      'the magazine [Harwell Group]/ORG owns',
      ['Harwell Group/ORG'],
    ],
    ['a name not right after the noun', 'the magazine said Arlo Penn was wrong', []],
    [
      'a name running on into a date word is left to the tagger',
      'the newspaper [Tarvia]/GPE Today said',
      ['Tarvia/GPE'],
    ],
    [
      'a name running on over a particle is left to the tagger',
      'the paper [La Voz]/ORG de Sarena',
      ['La Voz/ORG'],
    ],
    ['a kind with no "the" before it', 'a weekly Quill Post column', []],
    // A possessive inside the name ("Bakers' Review", "Farmer's Friend") is part of it.
    [
      'a plural possessive inside the name',
      "the trade magazine [Bakers]/PERSON ' Review reported",
      ["Bakers ' Review/MEDIA"],
    ],
    [
      'a singular possessive inside the name',
      "the farming weekly Farmer 's Friend said",
      ["Farmer 's Friend/MEDIA"],
    ],
    // A possessive after the name is the outlet's, not part of it.
    ['a possessive ending the name', "the magazine Rail Fare 's editor said", ['Rail Fare/MEDIA']],
  ];
  for (const [what, text, expected] of cases) it(what, () => assert.deepEqual(named(text), expected));
});
