import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  retypeBusinessNounNames,
  spreadBusinessNounNames,
} from '../../../src/language/ner/businessNounNames.js';
import { applySpanRule } from './spanNotation.js';

const retyped = (text: string) =>
  applySpanRule(text, (v, spans, length) => {
    retypeBusinessNounNames(v, spans, 0, length);
    spreadBusinessNounNames(v, spans);
    return spans;
  });

describe('retypeBusinessNounNames', () => {
  const cases: [string, string, string[]][] = [
    ['a name right after "giant"', 'Shares in oil giant [Korvath]/PERSON fell .', ['Korvath/ORG']],
    [
      'after "the firm", read as a place',
      'The firm [Dellmoor Haulage]/LOC denied it .',
      ['Dellmoor Haulage/ORG'],
    ],
    ['after "carmaker"', 'Japanese carmaker [Shiroda]/GPE recalled vans .', ['Shiroda/ORG']],
    [
      'the same name elsewhere in the document too',
      'Retailer [Penwick]/PERSON cut prices . [Penwick]/PERSON said sales rose .',
      ['Penwick/ORG', 'Penwick/ORG'],
    ],
    [
      'a name opening with a given name is a person',
      'The bank [Sarah Lyle]/PERSON founded grew .',
      ['Sarah Lyle/PERSON'],
    ],
    [
      'a known place after "giant" used as an adjective',
      'Two giant [Texas]/GPE utilities merged .',
      ['Texas/GPE'],
    ],
    [
      'a giant of two names may be a person',
      'The retail giant [Odran Pelley]/PERSON spoke .',
      ['Odran Pelley/PERSON'],
    ],
    ['its creditors after the name', 'Talks with [Brevona]/PERSON creditors stalled .', ['Brevona/ORG']],
    ['its chief executive after the name', '[Brevona]/LOC chief executive Ida Moss quit .', ['Brevona/ORG']],
    ['shares in it', 'Shares in [Brevona]/PERSON fell .', ['Brevona/ORG']],
    ['a person has a spokesman', 'A [Brevona]/PERSON spokesman said so .', ['Brevona/PERSON']],
    ['two words before creditors may be a person', '[Ida Moss]/PERSON creditors met .', ['Ida Moss/PERSON']],
    [
      "a person's surname is not spread to",
      '[Brevona]/PERSON employees met . [Ida Brevona]/PERSON spoke . [Brevona]/PERSON smiled .',
      ['Brevona/ORG', 'Ida Brevona/PERSON', 'Brevona/PERSON'],
    ],
    ['no business noun before', 'Analyst [Korvath]/PERSON said so .', ['Korvath/PERSON']],
    [
      'a possessive business noun names its owner',
      "The company's [Korvath]/PERSON spoke .",
      ['Korvath/PERSON'],
    ],
    ['organisations are left as they are', 'Oil giant [Korvath]/ORG fell .', ['Korvath/ORG']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));
});
