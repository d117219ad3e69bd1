import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinCompanySuffixes } from '../../../src/language/ner/companySuffix.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => joinCompanySuffixes(view, spans, 0, n));

describe('joinCompanySuffixes', () => {
  const cases: [string, string, string[]][] = [
    ['after a comma', 'She joined [Quillcorp]/ORG , Inc. in May', ['Quillcorp , Inc./ORG']],
    ['without a comma', 'Shares of [Marlow]/ORG Ltd fell', ['Marlow Ltd/ORG']],
    ['a company named after a person', 'He sued [Tobias Renn]/PERSON LLC today', ['Tobias Renn LLC/ORG']],
    [
      'a suffix tagged on its own is absorbed',
      'Call [Quillcorp]/ORG , [Inc.]/ORG now',
      ['Quillcorp , Inc./ORG'],
    ],
    ['lower-case words are not legal forms', 'a [Texas]/GPE co. op', ['Texas/GPE']],
    ['no suffix, no change', '[Quillcorp]/ORG , which grew', ['Quillcorp/ORG']],
    ['a name the tagger cut short', '[Trace]/PERSON Products Inc said', ['Trace Products Inc/ORG']],
    [
      'a cut name and a legal form tagged alone',
      '[Trace]/PERSON Products [Inc]/ORG said',
      ['Trace Products Inc/ORG'],
    ],
    ['a name the tagger missed', 'Shares of Northgate Milling Co Ltd fell', ['Northgate Milling Co Ltd/ORG']],
    [
      'a missed name before a comma',
      'sent to Northgate Milling , Inc. today',
      ['Northgate Milling , Inc./ORG'],
    ],
    [
      'a missed name, the legal form tagged alone',
      'sent to Quillcorp , [Inc.]/ORG today',
      ['Quillcorp , Inc./ORG'],
    ],
    ['a comma after a lower-case word', 'the milling , Inc. said', []],
    ['a leading article stays out', 'The Northgate Milling Corp said', ['Northgate Milling Corp/ORG']],
    ['a legal form after a lower-case word is left alone', 'the milling Co said', []],
    [
      'a longer span after the suffix is kept',
      '[Quillcorp]/ORG [Inc. Holdings]/ORG said',
      ['Quillcorp/ORG', 'Inc. Holdings/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
