import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { capitalisedRuns } from '../../../src/language/ner/spanTyper.js';
import { makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();
const runsOf = (text: string) => {
  const words = text.split(' ');
  return capitalisedRuns(makeTokenView(words, lexicon), 0, words.length).map(([a, b]) =>
    words.slice(a, b).join(' '),
  );
};

describe('capitalisedRuns', () => {
  const cases: [string, string, string[]][] = [
    [
      'an article opens the run but not the name',
      'The Harwick Philharmonic said so',
      ['Harwick Philharmonic'],
    ],
    ['so does "A"', 'A Velm Brothers truck left', ['Velm Brothers']],
    ['an article alone stays a run', 'The mayor said so', ['The']],
    ['connectors inside a name', 'the Bank of Ostrava said', ['Bank of Ostrava']],
    ['two runs apart', 'Quarrel met Daniel Pellworth', ['Quarrel', 'Daniel Pellworth']],
    ['no capitals, no runs', 'nothing here at all', []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(runsOf(text), expected));

  it('gives sorted, disjoint, non-empty runs inside the range', () => {
    const word = fc.constantFrom('The', 'the', 'A', 'Harwick', 'of', 'Bank', 'said', ',', 'AN');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.nat(), fc.nat(), (words, x, y) => {
        const view = makeTokenView(words, lexicon);
        const from = words.length === 0 ? 0 : x % (words.length + 1);
        const to = from + (words.length === 0 ? 0 : y % (words.length - from + 1));
        let last = from;
        for (const [a, b] of capitalisedRuns(view, from, to)) {
          if (a < last || b <= a || b > to) return false;
          last = b;
        }
        return true;
      }),
    );
  });
});
