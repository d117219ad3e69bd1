import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { joinInvertedNames, nameQuotedSenders } from '../../../src/language/ner/invertedNames.js';
import { applySpanRule } from './spanNotation.js';

const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => joinInvertedNames(view, spans, 0, n));

describe('joinInvertedNames', () => {
  const cases: [string, string, string[]][] = [
    [
      'two people in an e-mail header become one',
      '" [Pellworth]/PERSON , [Daniel]/PERSON " < dp@example.org >',
      ['Pellworth , Daniel/PERSON'],
    ],
    ['with nothing tagged', 'wrote " Pellworth , Daniel " yesterday', ['Pellworth , Daniel/PERSON']],
    ['a place typed wrongly inside gives way', '" [Pellworth]/LOC , Daniel "', ['Pellworth , Daniel/PERSON']],
    ['no quotes, no join', 'Pellworth , [Daniel]/PERSON and others', ['Daniel/PERSON']],
    ['the second word must be a first name', '" [Pellworth]/ORG , Quarry "', ['Pellworth/ORG']],
    ['capitals only are no surname', '" [NASA]/ORG , Daniel "', ['NASA/ORG']],
    [
      'a span crossing the edge is left alone',
      '" [Pellworth]/PERSON , [Daniel " Corp]/ORG',
      ['Pellworth/PERSON', 'Daniel " Corp/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));

  it('gives sorted spans that never overlap', () => {
    const word = fc.constantFrom('"', ',', 'Pellworth', 'Daniel', 'Mary', 'said', 'NASA');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (words, marks) => {
          // Mark a few single-word spans at the drawn positions.
          const tagged = new Set(marks.map((m) => m % words.length));
          const text = words.map((w, i) => (tagged.has(i) ? `[${w}]/PERSON` : w)).join(' ');
          const spans = applySpanRule(text, (view, s, n) => {
            const out = joinInvertedNames(view, s, 0, n);
            for (let k = 1; k < out.length; k++) assert.ok(out[k - 1].end <= out[k].start);
            return out;
          });
          assert.ok(spans.length <= words.length);
        },
      ),
    );
  });
});

describe('nameQuotedSenders', () => {
  const named = (text: string) =>
    applySpanRule(text, (view, spans, n) => nameQuotedSenders(view, spans, 0, n));
  const cases: [string, string, string[]][] = [
    ['initials the tagger missed', 'From : " TJO " < tj@example.org >', ['TJO/PERSON']],
    ['a name split in two', '" [Tamsin]/PERSON [Orrell]/LOC " < to@example.org >', ['Tamsin Orrell/PERSON']],
    ['surname first', '" Orrell , Tamsin " < to@example.org >', ['Orrell , Tamsin/PERSON']],
    ['an organisation head word', '" Quill Holdings " < info@example.org >', []],
    ['a title with an article', '" The Cat Album " < cats@example.org >', []],
    ['a lower-case handle', '" zorbo " < z@example.org >', []],
    ['no address after the quotes', 'he said " Tamsin Orrell " loudly', []],
    [
      'a span crossing the quotes',
      '[Tamsin " Orrell]/PERSON " < to@example.org >',
      ['Tamsin " Orrell/PERSON'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(named(text), expected));
});
