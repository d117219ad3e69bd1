import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retypeClubNames, retypeClubShortNames } from '../../../src/language/ner/clubNames.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

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
  retypeClubNames(makeTokenView(words, lexicon), spans);
  return spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`);
}

describe('retypeClubNames', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a town and "United" read as a person',
      '[Dunmoor United] sacked their coach .',
      'PERSON',
      ['Dunmoor United/ORG'],
    ],
    ['"Rovers" read as a place', 'Fans of [Kessleton Rovers] marched .', 'LOC', ['Kessleton Rovers/ORG']],
    [
      'two words before the head',
      '[Port Elsing Wanderers] won again .',
      'GPE',
      ['Port Elsing Wanderers/ORG'],
    ],
    ['athletics clubs', 'She runs for [Brackwater Harriers] .', 'PERSON', ['Brackwater Harriers/ORG']],
    ['the head alone is no club', 'The [Rovers] were late .', 'PERSON', ['Rovers/PERSON']],
    ['a head word first is not a club head', '[United Harbour] opened .', 'LOC', ['United Harbour/LOC']],
    ['organisations stay as they are', '[Dunmoor United] played .', 'ORG', ['Dunmoor United/ORG']],
    ['a name ending in an ordinary word is left', '[Marta Kowal] spoke .', 'PERSON', ['Marta Kowal/PERSON']],
  ];
  for (const [name, text, label, expected] of cases)
    it(name, () => assert.deepEqual(retyped(text, label), expected));

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
