import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { iobSpans, parseConll2003, parseIob2 } from '../../../src/language/ner/data.js';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { bilou, NerModel } from '../../../src/language/ner/model.js';
import { SpanScorer } from '../../../src/language/ner/score.js';
import { capitalisedRuns, SpanTyper } from '../../../src/language/ner/spanTyper.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';
import { iobRows } from './iobFixture.js';

// A tiny corpus the test writes itself, in the UNER .iob2 layout.
const rows = iobRows;
const CORPUS = [
  '# sent_id = one',
  rows('Orla/B-PER Vandersloot/I-PER visited Marrow/B-LOC with the Quill/B-ORG Society/I-ORG ./O'),
  '',
  rows('The Quill/B-ORG Society/I-ORG thanked Orla/B-PER ./O'),
  '',
  rows('Teodor/B-PER lives in Marrow/B-LOC and/O Upper/B-LOC Fenn/I-LOC ./O'),
  '',
  rows('Nobody/O from/O Upper/B-LOC Fenn/I-LOC called/O the/O American/B-OTH ./O'),
  '',
].join('\n');

const noRules = (): Candidate[] => [];

function predict(model: NerModel, lexicon: Lexicon, words: string[]): string[] {
  // A document of its own: what the model tagged before must not count as this text's history.
  model.beginDocument();
  const out: Candidate[] = [];
  model.predictSpans(makeTokenView(words, lexicon), 0, words.length, [], out);
  return out.map((c) => `${words.slice(c.start, c.end).join(' ')}/${c.label}`);
}

describe('NER model', () => {
  const sentences = parseIob2(CORPUS);
  const train = () =>
    NerModel.train(sentences, new Lexicon(), noRules, { epochs: 8, seed: 3, bucketsLog2: 12 });

  it('reads .iob2, dropping types other than PER/ORG/LOC', () => {
    assert.equal(sentences.length, 4);
    assert.deepEqual(iobSpans(sentences[0].tags), [
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
      [6, 8, 'ORG'],
    ]);
    assert.equal(sentences[3].tags[6], 'O');
  });

  it('reads CoNLL-2003 IOB1 tags as IOB2', () => {
    const s = parseConll2003(
      '-DOCSTART- -X- -X- O\n\nAnna NNP B-NP I-PER\nBerg NNP I-NP I-PER\nsaw VBD B-VP O\nOslo NNP B-NP I-LOC\n',
    );
    assert.deepEqual(s[0].tags, ['B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('codes spans as BILOU classes', () => {
    assert.deepEqual(Array.from(bilou(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC'])), [1, 2, 3, 0, 12]);
  });

  it('learns its training sentences and round-trips through save/load', () => {
    const model = train();
    const lexicon = new Lexicon();
    const scorer = new SpanScorer(['PER', 'ORG', 'LOC']);
    for (const s of sentences) {
      const out: Candidate[] = [];
      model.predictSpans(makeTokenView(s.words, lexicon), 0, s.words.length, [], out);
      scorer.add(
        iobSpans(s.tags),
        out.map((c) => [c.start, c.end, c.label]),
      );
    }
    assert.equal(scorer.scores().ALL.f1, 1);
    const loaded = NerModel.load(model.save({ note: 'test' }));
    const probe = 'Orla Vandersloot and Teodor left Upper Fenn for Marrow'.split(' ');
    assert.deepEqual(predict(loaded, lexicon, probe), predict(model, lexicon, probe));
  });

  it('trains deterministically: same data and seed, same bytes', () => {
    assert.deepEqual(train().save(), train().save());
  });

  it('emits only well-formed spans, even on input unlike its training data', () => {
    const model = train();
    const lexicon = new Lexicon();
    for (const text of [
      '',
      'Orla',
      '. . .',
      'ORLA VANDERSLOOT VISITED MARROW',
      'Upper Upper Upper Fenn Fenn',
    ]) {
      const words = text.split(' ').filter(Boolean);
      const out: Candidate[] = [];
      model.predictSpans(makeTokenView(words, lexicon), 0, words.length, [], out);
      for (const c of out) assert.ok(c.start >= 0 && c.end <= words.length && c.start < c.end);
    }
  });

  it('refuses a model file of another kind', () => {
    assert.throws(() => NerModel.load(Buffer.from('not a model')));
  });

  it('types whole spans and round-trips the span typer', () => {
    const lexicon = new Lexicon();
    const typer = SpanTyper.train(sentences, lexicon, 8, 5);
    const runs = makeTokenView('Yesterday Orla Vandersloot visited Upper Fenn'.split(' '), lexicon);
    assert.deepEqual(capitalisedRuns(runs, 0, 6), [
      [0, 3],
      [4, 6],
    ]);
    // On a sentence it was trained on, the whole span decides the type.
    const words = sentences[0].words;
    const v = makeTokenView(words, lexicon);
    // Scores are in [NONE, PER, ORG, LOC] order.
    const best = (start: number, end: number) => {
      const scores = typer.score(v, start, end, 0, words.length);
      return scores.indexOf(Math.max(...scores));
    };
    assert.equal(best(0, 2), 1);
    assert.equal(best(3, 4), 3);
    assert.equal(best(6, 8), 2);
    const spans: Candidate[] = [{ start: 0, end: 2, label: 'PER', rule: 'ner-model' }];
    typer.retype(v, spans, 0, words.length);
    assert.equal(spans[0].label, 'PER');
    const reloaded = SpanTyper.load(typer.save());
    assert.deepEqual(
      Array.from(reloaded.score(v, 6, 8, 0, words.length)).map((x) => Math.sign(x)),
      Array.from(typer.score(v, 6, 8, 0, words.length)).map((x) => Math.sign(x)),
    );
    assert.deepEqual(typer.save(), SpanTyper.train(sentences, new Lexicon(), 8, 5).save());
  });
});
