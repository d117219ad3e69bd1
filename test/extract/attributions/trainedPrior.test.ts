import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PolnearArticle } from '../../../src/extract/attributions/polnear/load.js';
import {
  countPrior,
  crossFittedPriors,
  priorBuckets,
  priorFromJson,
  priorToJson,
} from '../../../src/extract/attributions/trained/cuePrior.js';
import { loadModels, predict, saveModels, train } from '../../../src/extract/attributions/trained/model.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../src/language/index.js';
import { LexemeTable } from '../../../src/language/lexeme.js';

const viewFor = (text: string) => viewOf(makeDoc(text), [{ start: 0, end: text.length }]);
/** Cue labels from a word list: 1 where the word is one of `cues`, else 0. */
const labelled = (text: string, cues: string[]) => {
  const view = viewFor(text);
  return { view, labels: view.lower.map((w) => (cues.includes(w) ? 1 : 0)) };
};

describe('cue prior', () => {
  it('keeps lemmas seen often enough, with the share of their uses inside a cue', () => {
    const docs = [
      labelled('Mira said yes. Tom said no. Ada said maybe.', ['said']),
      labelled('The river said nothing, the poet wrote.', []),
    ];
    const prior = countPrior(docs);
    assert.equal(prior.get('said'), 0.75);
    assert.equal(prior.has('wrote'), false, 'seen once: below the minimum count');
    assert.equal(prior.has('.'), false, 'never a cue: no prior');
  });

  it('buckets rates, with 0 for unknown lemmas', () => {
    const prior = new Map([
      ['said', 0.9],
      ['claim', 0.3],
      ['call', 0.1],
      ['note', 0.02],
    ]);
    const v = viewFor('They said , claim , call , note , eat');
    assert.deepEqual([...priorBuckets(v, prior)], [0, 4, 0, 3, 0, 2, 0, 1, 0, 0]);
  });

  it('reads the same buckets through lexeme rows as from the strings, whichever table and prior', () => {
    // Two tables numbering the same forms differently and two priors, alternating, and lemmas that
    // change from one document to the next: a bucket kept for one must never be read for another.
    const priors = [
      new Map([
        ['say', 0.9],
        ['claim', 0.3],
        ['told', 0.1],
      ]),
      new Map([
        ['said', 0.6],
        ['tell', 0.03],
      ]),
    ];
    const tables = [new LexemeTable(), new LexemeTable()];
    tables[1].lookup('padding-form');
    const words = ['said', 'Said', 'claim', 'told', 'the', 'Ana', ','];
    const lemmas = ['', 'say', 'tell', 'claim', 'the'];
    let turn = 0;
    const token = fc.record({ word: fc.constantFrom(...words), lemma: fc.constantFrom(...lemmas) });
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 30 }), (tokens) => {
        const text = tokens.map((t) => t.word).join(' ');
        const prior = priors[turn % 2];
        const table = tables[Math.floor(turn / 2) % 2];
        turn++;
        const doc = makeDoc(text);
        tokens.forEach((t, i) => {
          doc.lemma[i] = t.lemma;
        });
        const plain = [...priorBuckets(viewOf(doc, [{ start: 0, end: text.length }]), prior)];
        doc.lexemeRows = Int32Array.from({ length: doc.length }, (_, i) =>
          table.lookupIn(text, doc.tokStart[i], doc.tokEnd[i]),
        );
        doc.lexemeAttrs = table.attrs;
        doc.lexemeEpoch = table.epoch;
        assert.deepEqual([...priorBuckets(viewOf(doc, [{ start: 0, end: text.length }]), prior)], plain);
      }),
    );
  });

  it('gives each training document only the counts of the other folds', () => {
    const docs = Array.from({ length: 10 }, (_, k) =>
      labelled(
        k === 0 ? 'Kai vowed . Kai vowed . Kai vowed .' : 'Kai walked home .',
        k === 0 ? ['vowed'] : [],
      ),
    );
    const priors = crossFittedPriors(docs);
    assert.equal(priors[0].has('vowed'), false, 'its own cues are not counted');
    assert.equal(priors[1].get('vowed'), 1);
    assert.equal(priors[5].get('vowed'), undefined, 'same fold as document 0');
  });

  it('survives the JSON of a saved model', () => {
    const prior = new Map([
      ['say', 0.912],
      ['according', 0.8],
    ]);
    assert.deepEqual(priorFromJson(JSON.parse(JSON.stringify(priorToJson(prior)))), prior);
    assert.deepEqual(priorFromJson('not a prior'), new Map());
  });
});

// Six short articles written for this test, with their attributions marked by hand.
const ARTICLES: [string, [string, string, string][]][] = [
  [
    'Mayor Ines Roca said the bridge would open in May.',
    [['Mayor Ines Roca', 'said', 'the bridge would open in May']],
  ],
  ['The council said the budget was final. Rain fell.', [['The council', 'said', 'the budget was final']]],
  ['Officials told reporters the road was closed.', [['Officials', 'told', 'reporters the road was closed']]],
  ['The port stayed shut all week.', []],
  [
    'Dr. Lena Ortiz said the clinic needs more nurses.',
    [['Dr. Lena Ortiz', 'said', 'the clinic needs more nurses']],
  ],
  ['Farmers said the harvest was late. Prices rose.', [['Farmers', 'said', 'the harvest was late']]],
];

function article(text: string, roles: [string, string, string][], k: number): PolnearArticle {
  const at = (s: string) => [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }];
  return {
    name: `test-${k}`,
    text,
    gold: roles.map(([source, cue, content]) => ({ source: at(source), cue: at(cue), content: at(content) })),
  };
}

describe('attribution models', () => {
  it('train deterministically and predict the same after a save and load', () => {
    const docs = ARTICLES.map(([text, roles], k) => ({
      article: article(text, roles, k),
      view: viewFor(text),
    }));
    const a = train(docs, { cue: 2, role: 2 }).models;
    const b = train(docs, { cue: 2, role: 2 }).models;
    a.calibration = { offset: 1.5, scale: 20, rules: { quoting: 0.4 } };
    b.calibration = { ...a.calibration };
    const savedA = saveModels(a, {});
    assert.deepEqual(savedA, saveModels(b, {}));
    assert.ok(savedA.cueNet, 'the cue network is trained and saved beside the taggers');
    const loaded = loadModels(savedA.cue, savedA.role, savedA.cueNet);
    assert.deepEqual(loaded.prior, a.prior);
    assert.deepEqual(loaded.calibration, a.calibration);
    const probe = viewFor('The governor said the dam was safe.');
    const strip = (p: ReturnType<typeof predict>) =>
      p.map(({ cue, source, content }) => ({ cue, source, content }));
    assert.deepEqual(strip(predict(loaded, probe)), strip(predict(a, probe)));
  });
});
