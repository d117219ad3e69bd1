import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinNameSuffixes } from '../../../src/language/ner/nameSuffixes.js';
import { applySpanRule } from './spanNotation.js';

const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => {
    joinNameSuffixes(view, spans, n);
    return spans;
  });

describe('joinNameSuffixes', () => {
  const cases: [string, string, string[]][] = [
    ['after a comma', 'led by [Efrem Ashby]/PERSON , Jr. since May', ['Efrem Ashby , Jr./PERSON']],
    ['without a comma or full stop', 'signed [Dale Orrin]/PERSON Jr today', ['Dale Orrin Jr/PERSON']],
    ['"Sr" is left alone', '[Dale Orrin]/PERSON , Sr IT Developer', ['Dale Orrin/PERSON']],
    ['only people', 'the [Orrin Fund]/ORG , Jr. class', ['Orrin Fund/ORG']],
    ['a span already there', '[Dale Orrin]/PERSON [Jr.]/ORG', ['Dale Orrin/PERSON', 'Jr./ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
