import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedLexicon } from '../../../src/language/ner/lexicon.js';
import { dropStormNames } from '../../../src/language/ner/stormNames.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

/** The words of the spans kept, for a text whose spans are given as [start, end, rule]. */
function kept(text: string, spans: [number, number, string][]): string[] {
  const words = text.split(' ');
  const ents: Candidate[] = spans.map(([start, end, rule]) => ({ start, end, label: 'PERSON', rule }));
  return dropStormNames(makeTokenView(words, sharedLexicon()), ents).map((e) =>
    words.slice(e.start, e.end).join(' '),
  );
}

describe('dropStormNames', () => {
  it('drops the storm name everywhere in the article', () =>
    assert.deepEqual(
      kept('Hurricane Odessa grew . Odessa then hit the coast , said Mara Lind', [
        [1, 2, 'ner-model'],
        [4, 5, 'ner-model+document'],
        [11, 13, 'ner-model'],
      ]),
      ['Mara Lind'],
    ));
  it('after a lower-case storm word too', () =>
    assert.deepEqual(kept('the tropical storm Odessa and Odessa', [[5, 6, 'ner-model']]), []));
  it('keeps longer names and rule spans', () =>
    assert.deepEqual(
      kept('Typhoon Odessa passed Odessa Vane and Odessa', [
        [3, 5, 'ner-model'],
        [6, 7, 'gazetteer:cities'],
      ]),
      ['Odessa Vane', 'Odessa'],
    ));
  it('a lower-case "storm" alone names no storm', () =>
    assert.deepEqual(kept('the political storm Odessa started', [[3, 4, 'ner-model']]), ['Odessa']));
  it('leaves an article without storms alone', () =>
    assert.deepEqual(kept('Odessa said the storm passed', [[0, 1, 'ner-model']]), ['Odessa']));
});
