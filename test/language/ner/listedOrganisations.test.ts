import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { retypeListedOrganisations } from '../../../src/language/ner/listedOrganisations.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

/** One span over the words in [brackets] labelled `label`; returns "words/label" after the rule. */
function retyped(text: string, label: string): string {
  const words = text.replace(/[[\]]/g, '').split(' ');
  const start = text.split(' ').findIndex((w) => w.startsWith('['));
  const end = text.split(' ').findIndex((w) => w.endsWith(']')) + 1;
  const spans: Candidate[] = [{ start, end, label, rule: 'ner-model' }];
  retypeListedOrganisations(makeTokenView(words, sharedLexicon()), spans);
  return `${words.slice(start, end).join(' ')}/${spans[0].label}`;
}

describe('retypeListedOrganisations', () => {
  const cases: [string, string, string, string][] = [
    ['a listed body read as a place', 'The [EU] said so .', 'LOC', 'EU/ORG'],
    [
      'a listed seat of government read as a place',
      'A [Downing Street] spokesman spoke .',
      'LOC',
      'Downing Street/ORG',
    ],
    ['a place that only starts like a listed name', 'She flew to [EU Harbour] .', 'GPE', 'EU Harbour/GPE'],
    ['a person keeps its label', 'Dr [Fed] Ames spoke .', 'PERSON', 'Fed/PERSON'],
    ['an unlisted place stays a place', 'They met in [Dunmoor] .', 'GPE', 'Dunmoor/GPE'],
  ];
  for (const [name, text, label, expected] of cases)
    it(name, () => assert.equal(retyped(text, label), expected));
});
