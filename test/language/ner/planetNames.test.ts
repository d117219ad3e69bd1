import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { dropPlanetNames } from '../../../src/language/ner/planetNames.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

/** The spans kept as "words/label", for a text whose spans are given as [start, end, label]. */
function kept(text: string, spans: [number, number, string][]): string[] {
  const words = text.split(' ');
  const ents: Candidate[] = spans.map(([start, end, label]) => ({ start, end, label, rule: 'ner-model' }));
  return dropPlanetNames(makeTokenView(words, sharedLexicon()), ents).map(
    (e) => `${words.slice(e.start, e.end).join(' ')}/${e.label}`,
  );
}

describe('dropPlanetNames', () => {
  const cases: [string, string, [number, number, string][], string[]][] = [
    [
      'two planets: both go',
      'this week Saturn squares Venus , says Orla Brack',
      [
        [2, 3, 'PERSON'],
        [4, 5, 'LOC'],
        [7, 9, 'PERSON'],
      ],
      ['Orla Brack/PERSON'],
    ],
    ['one planet alone stays', 'Venus beat her sister in two sets', [[0, 1, 'PERSON']], ['Venus/PERSON']],
    [
      'the same planet twice is still one',
      'Mars rose ; Mars set',
      [
        [0, 1, 'LOC'],
        [3, 4, 'LOC'],
      ],
      ['Mars/LOC', 'Mars/LOC'],
    ],
    [
      'an organisation keeps its name',
      'Mercury and Jupiter moved ; Mercury Freight said',
      [
        [0, 1, 'PERSON'],
        [5, 7, 'ORG'],
      ],
      ['Mercury Freight/ORG'],
    ],
    ['a longer name stays', 'Rahu and Ketu met Venus Alder', [[4, 6, 'PERSON']], ['Venus Alder/PERSON']],
    ['lower-case words do not count', 'mercury and lead ; Venus sang', [[4, 5, 'PERSON']], ['Venus/PERSON']],
  ];
  for (const [name, text, spans, expected] of cases)
    it(name, () => assert.deepEqual(kept(text, spans), expected));
});
