import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPlaceOrganisations } from '../../../src/language/ner/placeOrganisations.js';
import { applySpanRule } from './spanNotation.js';

/** Spans written as [words]/LABEL in `text`; returns them after the rule as "words/label". */
const joined = (text: string) =>
  applySpanRule(text, (view, spans, n) => joinPlaceOrganisations(view, spans, 0, n));

describe('joinPlaceOrganisations', () => {
  const cases: [string, string, string[]][] = [
    ['head word last', 'the [Dunmoor]/GPE Rowing Club said', ['Dunmoor Rowing Club/ORG']],
    [
      'head word inside, connectors between',
      'the [Dunmoor]/LOC Department of Roads and Bridges said',
      ['Dunmoor Department of Roads and Bridges/ORG'],
    ],
    [
      'an inner span is absorbed',
      'the [Dunmoor]/LOC [Department of Roads]/ORG said',
      ['Dunmoor Department of Roads/ORG'],
    ],
    ['no head word, no change', 'in [Dunmoor]/LOC Harbour Street', ['Dunmoor/LOC']],
    ['lower-case words end the run', 'the [Dunmoor]/LOC rowing club', ['Dunmoor/LOC']],
    ['only places', '[Marta Kowal]/PERSON Foundation', ['Marta Kowal/PERSON']],
    ['a connector cannot end the run', 'in [Dunmoor]/LOC Council of', ['Dunmoor Council/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});

describe('joinPlaceOrganisations after a demonym', () => {
  const cases: [string, string, string[]][] = [
    ['a head word right after', 'the [Norwegian]/NORP Authority said', ['Norwegian Authority/ORG']],
    [
      'capitalised words before the demonym, an inner span absorbed',
      'backed the Free [Danish]/NORP [Reform League]/ORG list',
      ['Free Danish Reform League/ORG'],
    ],
    ['an article stays out', 'The [Danish]/NORP Reform League met', ['Danish Reform League/ORG']],
    [
      'the name ends at its last head word',
      'said [Norwegian]/NORP Rowing Association President [Ola Berg]/PERSON today',
      ['Norwegian Rowing Association/ORG', 'Ola Berg/PERSON'],
    ],
    [
      'a person inside the run',
      'the [Danish]/NORP Premier [Ida Brandt]/PERSON and European Commission met',
      ['Danish/NORP', 'Ida Brandt/PERSON'],
    ],
    ['a state head word is left out', 'the [Danish]/NORP Government said', ['Danish/NORP']],
    ['an all-caps headline', '[DANISH]/NORP LEAGUE RESULTS', ['DANISH/NORP']],
    ['no head word', 'a [Danish]/NORP Pastry Shop', ['Danish/NORP']],
    [
      'a span running past the head',
      'the [Danish]/NORP [League Tables Online]/MEDIA site',
      ['Danish/NORP', 'League Tables Online/MEDIA'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
