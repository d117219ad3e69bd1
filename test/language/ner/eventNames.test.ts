import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropEventNames } from '../../../src/language/ner/eventNames.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

describe('dropEventNames', () => {
  const cases: [string, [number, number, string], boolean][] = [
    ['Tarvale reached the Harmon Cup final .', [3, 5, 'PERSON'], false],
    ['The Kessleton Olympics opened .', [1, 3, 'LOC'], false],
    ['The Dunmoor Awards were held .', [1, 3, 'GPE'], false],
    ['The Dunmoor Festival said tickets sold out .', [1, 3, 'ORG'], true],
    ['Ana Cupp spoke .', [0, 2, 'PERSON'], true],
    ['She won a cup at Dunmoor .', [5, 6, 'GPE'], true],
  ];
  for (const [text, [start, end, label], kept] of cases)
    it(`${text} → ${kept ? 'kept' : 'dropped'}`, () => {
      const v = makeTokenView(text.split(' '), lexicon);
      const spans: Candidate[] = [{ start, end, label, rule: 'ner-model' }];
      assert.equal(dropEventNames(v, spans).length, kept ? 1 : 0);
    });
});
