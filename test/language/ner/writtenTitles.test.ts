import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendAfterWrittenTitles } from '../../../src/language/ner/writtenTitles.js';
import { applySpanRule } from './spanNotation.js';

/** `+word` touches the word before it; spans are [words]/LABEL. */
const extended = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    extendAfterWrittenTitles(view, spans, n);
    return spans;
  });

describe('extendAfterWrittenTitles', () => {
  const cases: [string, string, string[]][] = [
    [
      'a name cut after its given name is carried over the surname',
      'services , [Cllr Ifeoma]/PERSON Adebayo , said',
      ['Cllr Ifeoma Adebayo/PERSON'],
    ],
    [
      'so up to a hyphen, which the hyphen pass then carries it over',
      'services , [Cllr Ifeoma]/PERSON Adebayo +- +Grant , said',
      ['Cllr Ifeoma Adebayo/PERSON'],
    ],
    ['a whole name stays', 'services , [Cllr Ann Bell]/PERSON , said', ['Cllr Ann Bell/PERSON']],
    ['a lower-case word after it is no surname', 'then [Cllr Bell]/PERSON said so', ['Cllr Bell/PERSON']],
    [
      'a word another span holds is left to it',
      'as [Cllr Bell]/PERSON [Hepton Council]/ORG said',
      ['Cllr Bell/PERSON', 'Hepton Council/ORG'],
    ],
    ['another title is not a written abbreviation', 'then [Dr Ann]/PERSON Bell said', ['Dr Ann/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(extended(text), expected));
});
