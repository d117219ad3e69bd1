import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIob2 } from '../../../src/language/ner/data.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { NerModel } from '../../../src/language/ner/model.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';
import { iobRows } from './iobFixture.js';

// Six short documents written for this test, so that each member can draw a different few.
const CORPUS = [
  ['Brannock/B-PER Tilley/I-PER opened a bakery in Corvale/B-LOC ./O'],
  ['The Fenwick/B-ORG Guild/I-ORG hired Ysolde/B-PER Marr/I-PER ./O'],
  ['Ysolde/B-PER drove from Corvale/B-LOC to Ashbury/B-LOC ./O'],
  ['Brannock/B-PER joined the Fenwick/B-ORG Guild/I-ORG last year ./O'],
  ['Ashbury/B-LOC is north of Corvale/B-LOC ./O'],
  ['Quentin/B-PER Hale/I-PER left the Ostrow/B-ORG Trust/I-ORG ./O'],
]
  .map((doc, k) => [`# newdoc id = bag-${k}`, ...doc.map(iobRows), ''].join('\n'))
  .join('\n');

const noRules = (): Candidate[] => [];
const sentences = parseIob2(CORPUS);
const train = (bag?: number) =>
  NerModel.train(sentences, new Lexicon(), noRules, {
    epochs: 4,
    seed: 11,
    members: 3,
    bucketsLog2: 12,
    bag,
  });

function names(model: NerModel, text: string): string[] {
  const words = text.split(' ');
  model.beginDocument();
  const out: Candidate[] = [];
  model.predictSpans(makeTokenView(words, new Lexicon()), 0, words.length, [], out);
  return out.map((c) => `${words.slice(c.start, c.end).join(' ')}/${c.label}`);
}

describe('NER tagger bagging (each member learns from a share of the documents)', () => {
  it('reads six documents', () => {
    assert.equal(new Set(sentences.map((s) => s.doc)).size, 6);
  });

  const cases: { bag: number | undefined; sameAsAll: boolean; why: string }[] = [
    { bag: undefined, sameAsAll: true, why: 'no share given: every document, as before' },
    {
      bag: 1,
      sameAsAll: true,
      why: 'a share of 1 draws nothing, so the bytes stay those of the unbagged model',
    },
    { bag: 2, sameAsAll: true, why: 'a share above 1 is every document too' },
    { bag: 0.5, sameAsAll: false, why: 'half the documents per member: another model' },
  ];
  const all = train().save();
  for (const { bag, sameAsAll, why } of cases)
    it(`bag ${bag}: ${why}`, () => {
      const bytes = train(bag).save();
      assert.equal(bytes.equals(all), sameAsAll);
      // Deterministic either way: the draw follows the member's shuffle seed.
      assert.ok(bytes.equals(train(bag).save()));
    });

  it('a share so small that no member draws a document learns nothing', () => {
    assert.deepEqual(names(train(1e-9), 'Ysolde Marr drove to Ashbury'), []);
    assert.ok(names(train(), 'Ysolde Marr drove to Ashbury').length > 0);
  });
});
