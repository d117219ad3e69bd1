import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  retypeBusinessNounNames,
  spreadBusinessNounNames,
} from '../../../src/language/ner/businessNounNames.js';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

/** Marks the spans written in [brackets] as `label`, runs the rule, and returns "words/label" per span. */
function retyped(text: string, label = 'PERSON'): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    let w = token;
    if (w.startsWith('[')) {
      open = words.length;
      w = w.slice(1);
    }
    const closes = w.endsWith(']');
    if (closes) w = w.slice(0, -1);
    words.push(w);
    if (closes) spans.push({ start: open, end: words.length, label, rule: 'ner-model' });
  }
  const v = makeTokenView(words, sharedLexicon());
  retypeBusinessNounNames(v, spans, 0, words.length);
  spreadBusinessNounNames(v, spans);
  return spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('retypeBusinessNounNames', () => {
  const cases: [string, string, string, string[]][] = [
    ['a name right after "giant"', 'Shares in oil giant [Korvath] fell .', 'PERSON', ['Korvath/ORG']],
    [
      'after "the firm", read as a place',
      'The firm [Dellmoor Haulage] denied it .',
      'LOC',
      ['Dellmoor Haulage/ORG'],
    ],
    ['after "carmaker"', 'Japanese carmaker [Shiroda] recalled vans .', 'GPE', ['Shiroda/ORG']],
    [
      'the same name elsewhere in the document too',
      'Retailer [Penwick] cut prices . [Penwick] said sales rose .',
      'PERSON',
      ['Penwick/ORG', 'Penwick/ORG'],
    ],
    [
      'a name opening with a given name is a person',
      'The bank [Sarah Lyle] founded grew .',
      'PERSON',
      ['Sarah Lyle/PERSON'],
    ],
    [
      'a known place after "giant" used as an adjective',
      'Two giant [Texas] utilities merged .',
      'GPE',
      ['Texas/GPE'],
    ],
    [
      'a giant of two names may be a person',
      'The retail giant [Odran Pelley] spoke .',
      'PERSON',
      ['Odran Pelley/PERSON'],
    ],
    ['its creditors after the name', 'Talks with [Brevona] creditors stalled .', 'PERSON', ['Brevona/ORG']],
    [
      'its chief executive after the name',
      '[Brevona] chief executive Ida Moss quit .',
      'LOC',
      ['Brevona/ORG'],
    ],
    ['shares in it', 'Shares in [Brevona] fell .', 'PERSON', ['Brevona/ORG']],
    ['a person has a spokesman', 'A [Brevona] spokesman said so .', 'PERSON', ['Brevona/PERSON']],
    [
      'two words before creditors may be a person',
      '[Ida Moss] creditors met .',
      'PERSON',
      ['Ida Moss/PERSON'],
    ],
    [
      "a person's surname is not spread to",
      '[Brevona] employees met . [Ida Brevona] spoke . [Brevona] smiled .',
      'PERSON',
      ['Brevona/ORG', 'Ida Brevona/PERSON', 'Brevona/PERSON'],
    ],
    ['no business noun before', 'Analyst [Korvath] said so .', 'PERSON', ['Korvath/PERSON']],
    [
      'a possessive business noun names its owner',
      "The company's [Korvath] spoke .",
      'PERSON',
      ['Korvath/PERSON'],
    ],
    ['organisations are left as they are', 'Oil giant [Korvath] fell .', 'ORG', ['Korvath/ORG']],
  ];
  for (const [name, text, label, expected] of cases)
    it(name, () => assert.deepEqual(retyped(text, label), expected));
});
