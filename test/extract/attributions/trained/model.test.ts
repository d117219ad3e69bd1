import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { polnearDoc } from '../../../../src/extract/attributions/polnear/evaluate.js';
import type { GoldAttribution, PolnearArticle } from '../../../../src/extract/attributions/polnear/load.js';
import { goldCue, ROLE, roleLabels } from '../../../../src/extract/attributions/trained/data.js';
import {
  cueLemmaOf,
  roleSequence,
  SEED,
  saveModels,
  type TrainingDoc,
  train,
  trainRoleTagger,
} from '../../../../src/extract/attributions/trained/model.js';
import { viewOf } from '../../../../src/extract/attributions/trained/view.js';

/** A gold attribution given by its three phrases, each found in the text. */
function gold(text: string, source: string, cue: string, content: string): GoldAttribution {
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    return [{ start, end: start + phrase.length }];
  };
  return { source: at(source), cue: at(cue), content: at(content) };
}

const TEXTS: [string, string, string, string][] = [
  [
    'The ferry captain said the crossing would resume at dawn.',
    'The ferry captain',
    'said',
    'the crossing would resume at dawn',
  ],
  [
    'Officials warned that the bridge could close again.',
    'Officials',
    'warned',
    'the bridge could close again',
  ],
  ['“We are ready,” the mayor told reporters on Monday.', 'the mayor', 'told', 'We are ready'],
  ['A spokeswoman for the port denied any delay.', 'A spokeswoman for the port', 'denied', 'any delay'],
  [
    'The union insisted that wages had not risen in years.',
    'The union',
    'insisted',
    'wages had not risen in years',
  ],
];

function docs(): TrainingDoc[] {
  return TEXTS.map(([text, source, cue, content], k) => {
    const article: PolnearArticle = { name: `own-${k}`, text, gold: [gold(text, source, cue, content)] };
    return { article, view: viewOf(polnearDoc(article), [{ start: 0, end: text.length }]) };
  });
}

const EPOCHS = { cue: 1, role: 1 };
const weights = (seed?: number) => {
  const { models } = seed === undefined ? train(docs(), EPOCHS) : train(docs(), EPOCHS, () => {}, seed);
  const saved = saveModels(models, {});
  return Buffer.concat([saved.cue, saved.role]);
};

describe('attribution training seed', () => {
  it('trains the same weights for the same seed, and the shipped seed by default', () => {
    const shipped = weights(SEED);
    assert.deepEqual(weights(SEED), shipped);
    assert.deepEqual(weights(), shipped);
  });

  it('orders the documents differently, and so learns other weights, with another seed', () => {
    assert.notDeepEqual(weights(SEED + 1), weights(SEED));
  });
});

describe('trainRoleTagger', () => {
  /** One role sequence per invented attribution, labelled from its gold roles. */
  const roleData = () =>
    docs().map(({ view, article }) => {
      const g = article.gold[0];
      const cue = goldCue(view.doc, g)!;
      const mask = new Uint8Array(view.doc.length).fill(1, cue.start, cue.end);
      const { seq, window } = roleSequence(view, cue, cueLemmaOf(view, cue), mask);
      seq.labels = Int8Array.from(roleLabels(view.doc, g, window));
      return seq;
    });
  const saved = (members: number, seed = SEED) =>
    trainRoleTagger(roleData(), 2, members, () => {}, seed).model.save('test');

  it('averages the same members for the same seed, and other ones for another seed', () => {
    assert.deepEqual(saved(3), saved(3));
    assert.notDeepEqual(saved(3, SEED + 1), saved(3));
  });

  it('learns other weights with more members (each on its own orders)', () => {
    assert.notDeepEqual(saved(3), saved(1));
  });

  it('gives every ensemble the begin biases the role decoding relies on', () => {
    for (const members of [1, 3]) {
      const role = trainRoleTagger(roleData(), 1, members);
      assert.ok(role.bias[ROLE.BS] > 0, 'a source the tagger hesitates over is begun');
      assert.ok(role.bias[ROLE.BC] < 0, 'a content it hesitates over is not');
    }
  });
});
