import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import type { Candidate } from '../../../src/language/ner/tokens.js';
import { makeTokenView } from '../../../src/language/ner/tokens.js';
import { splitAtOrdinaryWords, trimLowerTails } from '../../../src/language/ner/trimSpans.js';

const lexicon = new Lexicon();

function trimmed(text: string, from: number, to: number, rule = 'ner-model', label = 'LOC'): string {
  const words = text.split(' ');
  const spans: Candidate[] = [{ start: from, end: to, label, rule }];
  trimLowerTails(makeTokenView(words, lexicon), spans);
  return words.slice(spans[0].start, spans[0].end).join(' ');
}

describe('trimLowerTails', () => {
  const cases: [string, string, number, number, string][] = [
    ['a lower-case tail is cut', 'past the Dunmoor Keys islands today', 2, 5, 'Dunmoor Keys'],
    ['several lower-case words are cut', 'from Dunmoor Strip after all', 1, 5, 'Dunmoor Strip'],
    ['a capitalised last word stays', 'with Yusra al - Haddad', 1, 5, 'Yusra al - Haddad'],
    ['a span starting in lower case stays', 'i use google maps', 2, 4, 'google maps'],
    ['a one-word span stays', 'Dunmoor is far', 0, 1, 'Dunmoor'],
  ];
  for (const [name, text, from, to, expected] of cases)
    it(name, () => assert.equal(trimmed(text, from, to), expected));

  it("cuts a person's possessive, not a place's", () => {
    assert.equal(trimmed("met Yusra al - Haddad 's aide", 1, 6, 'ner-model', 'PERSON'), 'Yusra al - Haddad');
    assert.equal(trimmed("dinner at Dunmoor 's tonight", 2, 4, 'ner-model', 'LOC'), "Dunmoor 's");
  });

  it('makes a span cut down to a demonym a NORP, and leaves other labels', () => {
    const label = (text: string, from: number, to: number, given: string) => {
      const spans: Candidate[] = [{ start: from, end: to, label: given, rule: 'ner-model' }];
      trimLowerTails(makeTokenView(text.split(' '), lexicon), spans);
      return spans[0].label;
    };
    assert.equal(label('to found an Islamic state there', 3, 5, 'ORG'), 'NORP');
    assert.equal(label('a Canadian firm said', 1, 3, 'ORG'), 'NORP');
    assert.equal(label('past the Dunmoor Keys islands', 2, 5, 'LOC'), 'LOC');
  });

  it('leaves rule spans alone', () => {
    assert.equal(trimmed('on Tuesday night', 1, 3, 'date:weekday', 'DATE'), 'Tuesday night');
  });
});

describe('splitAtOrdinaryWords', () => {
  function split(text: string, from: number, to: number, rule = 'ner-model'): string[] {
    const words = text.split(' ');
    const spans = splitAtOrdinaryWords(makeTokenView(words, lexicon), [
      { start: from, end: to, label: 'ORG', rule },
    ]);
    return spans.map((s) => words.slice(s.start, s.end).join(' '));
  }
  const cases: [string, string, number, number, string[]][] = [
    [
      'an ordinary word between two names splits them',
      'from The Dunmoor Trust to Quillcorp today',
      1,
      6,
      ['The Dunmoor Trust', 'Quillcorp'],
    ],
    ['a connector does not split', 'the Bank of Dunmoor said', 1, 4, ['Bank of Dunmoor']],
    ['a span without ordinary words stays', 'at Quillcorp Holdings now', 1, 3, ['Quillcorp Holdings']],
    ['a lower-case first word leaves the span alone', 'i use google to search', 2, 5, ['google to search']],
  ];
  for (const [name, text, from, to, expected] of cases)
    it(name, () => assert.deepEqual(split(text, from, to), expected));

  it('leaves rule spans alone', () => {
    assert.deepEqual(split('on Tuesday to Friday', 1, 4, 'date:range'), ['Tuesday to Friday']);
  });
});
