import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeListedOrganisations } from '../../../src/language/ner/listedOrganisations.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (v, spans) => {
    retypeListedOrganisations(v, spans);
    return spans;
  });

describe('retypeListedOrganisations', () => {
  const cases: [string, string, string[]][] = [
    ['a listed body read as a place', 'The [EU]/LOC said so .', ['EU/ORG']],
    [
      'a listed seat of government read as a place',
      'A [Downing Street]/LOC spokesman spoke .',
      ['Downing Street/ORG'],
    ],
    ['a place that only starts like a listed name', 'She flew to [EU Harbour]/GPE .', ['EU Harbour/GPE']],
    ['a person keeps its label', 'Dr [Fed]/PERSON Ames spoke .', ['Fed/PERSON']],
    ['an unlisted place stays a place', 'They met in [Dunmoor]/GPE .', ['Dunmoor/GPE']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
