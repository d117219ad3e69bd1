import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConllu } from '../../../src/language/conllu.js';
import { tagSentences } from '../../../src/language/tagger/data.js';
import { Lemmatizer } from '../../../src/language/tagger/lemmatizer.js';
import { Tagger } from '../../../src/language/tagger/tagger.js';
import { trainTagger } from '../../../src/language/tagger/train.js';
import { tinyConllu } from '../tinyTreebank.js';

const corpus = parseConllu(tinyConllu());
const options = { epochs: 8, seeds: [3], bucketsLog2: 12 };

describe('tagger', () => {
  it('reads the tiny treebank: words, tags, 0-based heads', () => {
    assert.equal(corpus.length, 6);
    assert.deepEqual(corpus[1].words, ['Officials', 'denied', 'the', 'report', '.']);
    assert.deepEqual(corpus[1].heads, [1, -1, 3, 1, 1]);
  });

  it('learns the tiny corpus it was trained on', () => {
    const tagged = tagSentences(trainTagger(corpus, options), corpus);
    let right = 0;
    let total = 0;
    corpus.forEach((s, k) => {
      s.xpos.forEach((x, i) => {
        total++;
        if (tagged[k].xpos[i] === x && tagged[k].upos[i] === s.upos[i]) right++;
      });
    });
    assert.ok(right / total >= 0.9, `only ${right}/${total} right`);
  });

  it('round-trips through save/load with identical predictions', () => {
    const tagger = trainTagger(corpus, options);
    const loaded = Tagger.load(tagger.save());
    assert.deepEqual(tagSentences(loaded, corpus), tagSentences(tagger, corpus));
    assert.deepEqual(loaded.classNames, tagger.classNames);
  });

  it('trains deterministically: same data and seed give the same bytes', () => {
    assert.deepEqual(trainTagger(corpus, options).save(), trainTagger(corpus, options).save());
  });

  it('refuses a file of another model kind', () => {
    const bytes = trainTagger(corpus, options).model.save('something-else');
    assert.throws(() => Tagger.load(bytes), /kind mismatch/);
  });
});

describe('lemmatizer', () => {
  const lemmatizer = Lemmatizer.train([
    ['walked', 'VBD', 'walk'],
    ['talked', 'VBD', 'talk'],
    ['asked', 'VBD', 'ask'],
    ['reports', 'NNS', 'report'],
    ['talks', 'NNS', 'talk'],
    ['cities', 'NNS', 'city'],
    ['parties', 'NNS', 'party'],
    ['went', 'VBD', 'go'],
    ['The', 'DT', 'the'],
    ['Smith', 'NNP', 'Smith'],
  ]);
  const cases: [string, string, string][] = [
    ['jumped', 'VBD', 'jump'],
    ['ladies', 'NNS', 'lady'],
    ['went', 'VBD', 'go'],
    ['Went', 'VBD', 'go'],
    ['Haftar', 'NNP', 'Haftar'],
    ['The', 'DT', 'the'],
  ];
  for (const [word, xpos, lemma] of cases)
    it(`lemmatizes ${word}/${xpos} as ${lemma}`, () => assert.equal(lemmatizer.lemma(word, xpos), lemma));

  it('round-trips through JSON', () => {
    const copy = new Lemmatizer(JSON.parse(JSON.stringify(lemmatizer.toJSON())));
    for (const [word, xpos, lemma] of cases) assert.equal(copy.lemma(word, xpos), lemma);
  });
});
