import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseIob2 } from '../../../src/language/ner/data.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { capitalisedRuns, SpanTyper } from '../../../src/language/ner/spanTyper.js';
import { makeTokenView } from '../../../src/language/ner/tokens.js';
import { iobRows } from './iobFixture.js';

// A small corpus written for this test, in the UNER .iob2 layout.
const rows = iobRows;
const SENTENCES = [
  'Petra/B-PER Lindqvist/I-PER flew to Osterby/B-LOC for the Harbour/B-ORG Trust/I-ORG .',
  'The Harbour/B-ORG Trust/I-ORG hired Petra/B-PER last spring .',
  'Yesterday Amadou/B-PER Keita/I-PER left Osterby/B-LOC for Vell/B-LOC Point/I-LOC .',
  'Monday brought rain to Vell/B-LOC Point/I-LOC and the Corran/B-ORG Mills/I-ORG board .',
  'Keita/B-PER said the Corran/B-ORG Mills/I-ORG plant in Osterby/B-LOC would close .',
  'Nobody at Northgate/B-ORG Foods/I-ORG answered Lindqvist/B-PER on Friday .',
];
const sentences = parseIob2(SENTENCES.map((s) => `${rows(s)}\n`).join('\n'));
const WORDS = [...new Set(sentences.flatMap((s) => s.words)), 'Marisol', 'Quay', 'and', 'of'];

describe('span typer trained as the mean of several shuffles', () => {
  it('scores every span as the average of the typers of its seeds', () => {
    const seed = 21;
    const members = 3;
    const mean = new SpanTyper(SpanTyper.train(sentences, new Lexicon(), 4, seed, members).perceptron);
    const singles = Array.from(
      { length: members },
      (_, m) => new SpanTyper(SpanTyper.train(sentences, new Lexicon(), 4, seed + m).perceptron),
    );
    const lexicon = new Lexicon();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (words) => {
        const v = makeTokenView(words, lexicon);
        for (const [start, end] of capitalisedRuns(v, 0, words.length)) {
          const got = Array.from(mean.score(v, start, end, 0, words.length));
          const sum = new Float64Array(got.length);
          for (const single of singles) {
            const scores = single.score(v, start, end, 0, words.length);
            for (let t = 0; t < sum.length; t++) sum[t] += scores[t];
          }
          for (let t = 0; t < got.length; t++)
            assert.ok(
              Math.abs(got[t] - sum[t] / members) < 1e-3,
              `${words.slice(start, end).join(' ')}: ${t}`,
            );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('with one member is the single typer of that seed', () => {
    const one = SpanTyper.train(sentences, new Lexicon(), 4, 9, 1).save();
    assert.deepEqual(one, SpanTyper.train(sentences, new Lexicon(), 4, 9).save());
  });

  it('differs from its first member alone and rebuilds byte for byte', () => {
    const three = SpanTyper.train(sentences, new Lexicon(), 4, 9, 3).save();
    assert.notDeepEqual(three, SpanTyper.train(sentences, new Lexicon(), 4, 9).save());
    assert.deepEqual(three, SpanTyper.train(sentences, new Lexicon(), 4, 9, 3).save());
  });

  it('saves one model that loads and types a name', () => {
    const typer = SpanTyper.load(SpanTyper.train(sentences, new Lexicon(), 6, 3, 3).save());
    const words = ['Marisol', 'flew', 'to', 'Osterby', '.'];
    const v = makeTokenView(words, new Lexicon());
    const scores = typer.score(v, 3, 4, 0, words.length);
    // TYPES order: NONE, PER, ORG, LOC; a place seen three times as LOC must score LOC highest.
    assert.equal(scores.indexOf(Math.max(...scores)), 3);
  });
});
