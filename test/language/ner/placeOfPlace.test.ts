import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { joinPlaceOfPlace } from '../../../src/language/ner/placeOfPlace.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/** Spans written as [words]/LABEL in `text`; returns the joined spans as "words/label". */
function joined(text: string): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    const m = /^(\[?)(.*?)(\]\/[A-Z]+)?$/.exec(token)!;
    if (m[1]) open = words.length;
    words.push(m[2]);
    if (m[3]) spans.push({ start: open, end: words.length, label: m[3].slice(2), rule: 'ner-model' });
  }
  return joinPlaceOfPlace(makeTokenView(words, lexicon), spans).map(
    (s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`,
  );
}

describe('joinPlaceOfPlace', () => {
  const cases: [string, string, string[]][] = [
    ['two places joined by of', 'across the [Bay]/LOC of [Dunmoor]/GPE today', ['Bay of Dunmoor/LOC']],
    ['another word between', '[Dunmoor]/LOC and [Kessleton]/GPE', ['Dunmoor/LOC', 'Kessleton/GPE']],
    ['an organisation is not a place', '[Bank]/ORG of [Dunmoor]/GPE', ['Bank/ORG', 'Dunmoor/GPE']],
    [
      'three places chain pairwise',
      '[Bay]/LOC of [Dunmoor]/LOC of [Kess]/LOC',
      ['Bay of Dunmoor/LOC', 'Kess/LOC'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(joined(text), expected));
});
