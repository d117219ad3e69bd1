import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addClubNames, retypeClubNames, retypeClubShortNames } from '../../../src/language/ner/clubNames.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';
import { applySpanRule } from './spanNotation.js';

const lexicon = new Lexicon();

const retyped = (text: string) =>
  applySpanRule(text, (v, spans) => {
    retypeClubNames(v, spans);
    return spans;
  });

describe('addClubNames', () => {
  const added = (text: string) =>
    applySpanRule(text, (v, spans, n) => {
      addClubNames(v, spans, 0, n);
      return spans;
    });
  const cases: [string, string, string[]][] = [
    [
      'a club the tagger missed at the start of a sentence',
      'Ravensby Athletic will play at home .',
      ['Ravensby Athletic/ORG'],
    ],
    [
      'a club after a dateline in capitals',
      'RAVENSBY — Ravensby Athletic will play .',
      ['Ravensby Athletic/ORG'],
    ],
    [
      'a place the tagger found opening the name',
      'fans of [Kessleton]/GPE Rovers marched .',
      ['Kessleton Rovers/ORG'],
    ],
    ['two words before the head', 'then North Elsing Wanderers won .', ['North Elsing Wanderers/ORG']],
    ['the head alone is no club', 'The Rovers were late .', []],
    ['a head word opening a longer name is no club head', 'the United Nations said', []],
    [
      'a name found already is left to the other passes',
      '[Dunmoor United]/PERSON won .',
      ['Dunmoor United/PERSON'],
    ],
    [
      'a span reaching past the name is left alone',
      '[Kessleton Rovers Trust]/ORG met .',
      ['Kessleton Rovers Trust/ORG'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(added(text), expected));
});

describe('retypeClubNames', () => {
  const cases: [string, string, string[]][] = [
    [
      'a town and "United" read as a person',
      '[Dunmoor United]/PERSON sacked their coach .',
      ['Dunmoor United/ORG'],
    ],
    ['"Rovers" read as a place', 'Fans of [Kessleton Rovers]/LOC marched .', ['Kessleton Rovers/ORG']],
    ['two words before the head', '[Port Elsing Wanderers]/GPE won again .', ['Port Elsing Wanderers/ORG']],
    ['athletics clubs', 'She runs for [Brackwater Harriers]/PERSON .', ['Brackwater Harriers/ORG']],
    ['the head alone is no club', 'The [Rovers]/PERSON were late .', ['Rovers/PERSON']],
    ['a head word first is not a club head', '[United Harbour]/LOC opened .', ['United Harbour/LOC']],
    ['organisations stay as they are', '[Dunmoor United]/ORG played .', ['Dunmoor United/ORG']],
    ['a name ending in an ordinary word is left', '[Marta Kowal]/PERSON spoke .', ['Marta Kowal/PERSON']],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(retyped(text), expected));

  it('marks the rule that changed the label', () => {
    const v = makeTokenView(['Dunmoor', 'Albion', 'lost'], lexicon);
    const spans: Candidate[] = [{ start: 0, end: 2, label: 'PERSON', rule: 'ner-model' }];
    retypeClubNames(v, spans);
    assert.deepEqual(spans, [{ start: 0, end: 2, label: 'ORG', rule: 'ner-model+club' }]);
  });

  it('reads the head word alone as the club where the document names one', () => {
    const words = ['Dunmoor', 'United', 'won', '.', 'Fans', 'of', 'United', 'sang', '.'];
    const spans: Candidate[] = [
      { start: 0, end: 2, label: 'ORG', rule: 'ner-model+club' },
      { start: 6, end: 7, label: 'PERSON', rule: 'ner-model' },
    ];
    retypeClubShortNames(makeTokenView(words, lexicon), spans);
    assert.deepEqual(spans[1], { start: 6, end: 7, label: 'ORG', rule: 'ner-model+club' });
  });

  it('leaves the head word alone where no club is named', () => {
    const words = ['Fans', 'of', 'Rovers', 'sang', '.'];
    const spans: Candidate[] = [{ start: 2, end: 3, label: 'PERSON', rule: 'ner-model' }];
    retypeClubShortNames(makeTokenView(words, lexicon), spans);
    assert.equal(spans[0].label, 'PERSON');
  });
});
