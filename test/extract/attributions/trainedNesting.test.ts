import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { TokenSpan } from '../../../src/extract/attributions/build.js';
import { ROLE, spansOf } from '../../../src/extract/attributions/trained/data.js';
import {
  type PredictedAttribution,
  splitNested,
  tagWithContentBias,
} from '../../../src/extract/attributions/trained/model.js';
import { GreedyTagger, SequenceBuilder } from '../../../src/extract/attributions/trained/sequence.js';
import { viewOf } from '../../../src/extract/attributions/trained/view.js';
import { makeDoc } from '../../../src/language/index.js';

/** A view of `text` and a finder for the token span of a phrase in it. */
function setup(text: string) {
  const doc = makeDoc(text);
  const view = viewOf(doc, [{ start: 0, end: text.length }]);
  const find = (phrase: string, from = 0): TokenSpan => {
    const at = text.indexOf(phrase, from);
    assert.ok(at >= 0, phrase);
    return doc.tokensInRange(at, at + phrase.length);
  };
  const words = (s: TokenSpan) => view.lower.slice(s.start, s.end).join(' ');
  return { view, find, words };
}

const attribution = (
  cue: TokenSpan,
  source: TokenSpan | null,
  content: TokenSpan[],
): PredictedAttribution => ({
  cue,
  source,
  content: content.map((c) => ({ ...c })),
  margin: 1,
});

describe('splitNested: PolNeAR never nests one attribution in another', () => {
  const cases = [
    {
      why: 'a second cue joined by "though" and its own pronoun source',
      text: 'The mayor said the bridge was safe, though she admitted the railings were old.',
      outer: ['said', 'The mayor', 'the bridge was safe, though she admitted the railings were old'],
      inner: ['admitted', 'she', 'the railings were old'],
      kept: 'the bridge was safe',
    },
    {
      why: 'a coordinated cue that shares the first subject',
      text: 'Okafor praised the nurses and warned that the ward needed more beds.',
      outer: ['praised', 'Okafor', 'the nurses and warned that the ward needed more beds'],
      inner: ['warned', null, 'that the ward needed more beds'],
      kept: 'the nurses',
    },
    {
      why: 'a participle with no source of its own, joined by a comma',
      text: 'The union rejected the offer, adding that talks would resume in May.',
      outer: ['rejected', 'The union', 'the offer, adding that talks would resume in May'],
      inner: ['adding', null, 'that talks would resume in May'],
      kept: 'the offer',
    },
  ];
  for (const c of cases)
    it(`cuts the first content before ${c.why}`, () => {
      const { view, find, words } = setup(c.text);
      const make = ([cue, source, content]: (string | null)[]) =>
        attribution(find(cue!), source ? find(source) : null, [find(content!)]);
      const outer = make(c.outer);
      const inner = make(c.inner);
      splitNested(view, [outer, inner]);
      assert.deepEqual(outer.content.map(words), [words(find(c.kept))]);
      assert.deepEqual(inner.content.map(words), [words(find(c.inner[2]!))]);
    });

  it('keeps a report inside a content whole ("said some studies found …")', () => {
    const text = 'The biologist said some studies found the reefs grew back.';
    const { view, find } = setup(text);
    const outer = attribution(find('said'), find('The biologist'), [
      find('some studies found the reefs grew back'),
    ]);
    const inner = attribution(find('found'), find('some studies'), [find('the reefs grew back')]);
    const before = structuredClone(outer.content);
    splitNested(view, [outer, inner]);
    assert.deepEqual(outer.content, before);
  });

  it('leaves alone a content that comes before its cue ("The port will close, he said, while …")', () => {
    const text = 'The port will close, he said, while the council disagreed.';
    const { view, find } = setup(text);
    const said = attribution(find('said'), find('he'), [find('The port will close')]);
    const disagreed = attribution(find('disagreed'), find('the council'), []);
    const before = structuredClone(said.content);
    splitNested(view, [said, disagreed]);
    assert.deepEqual(said.content, before);
  });

  it('only ever shortens contents, never empties or reorders them', () => {
    const text = 'Ruiz said the fund was empty and Lee argued that, but Kim noted the audit and added more.';
    const { view } = setup(text);
    const n = view.doc.length;
    const span = fc
      .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 6 }))
      .map(([s, len]) => ({ start: s, end: Math.min(n, s + len) }));
    const predicted = fc.record({
      cue: span,
      source: fc.option(span, { nil: null }),
      content: fc.array(span, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(predicted, { maxLength: 5 }), (raw) => {
        const found = raw.map((p) => attribution(p.cue, p.source, p.content));
        const before = structuredClone(found.map((f) => f.content));
        splitNested(view, found);
        found.forEach((f, k) => {
          assert.equal(f.content.length, before[k].length);
          f.content.forEach((c, j) => {
            assert.equal(c.start, before[k][j].start);
            assert.ok(c.end > c.start && c.end <= before[k][j].end);
          });
        });
      }),
    );
  });
});

describe('tagWithContentBias: a second role pass when the first found no content', () => {
  /** A role sequence of `n` positions with one feature each and no fixed labels. */
  const sequence = (n: number) => {
    const b = new SequenceBuilder();
    for (let k = 0; k < n; k++) {
      b.feats.push(k + 1);
      b.next(k);
    }
    return b.build();
  };

  it('finds content where the plain pass found none, and leaves the biases as they were', () => {
    // An untrained tagger scores every class 0: the plain pass says O everywhere.
    const tagger = new GreedyTagger(6, 4);
    const seq = sequence(5);
    const plain = spansOf(tagger.tag(seq), ROLE.BC, ROLE.IC);
    assert.equal(plain.length, 0);
    const before = [...tagger.bias];
    const favoured = spansOf(tagWithContentBias(tagger, seq), ROLE.BC, ROLE.IC);
    assert.ok(favoured.length > 0);
    assert.deepEqual([...tagger.bias], before);
  });

  it('decodes like the first pass: a content or source inside label only after its own begin', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 6 }),
            fc.integer({ min: 0, max: 4 }),
            fc.integer({ min: 0, max: 4 }),
          ),
          {
            maxLength: 40,
          },
        ),
        fc.integer({ min: 1, max: 12 }),
        (updates, n) => {
          // Weights pushed at random, so some positions favour an inside label over anything else.
          const tagger = new GreedyTagger(6, 4);
          for (const [feature, truth, guess] of updates) tagger.model.update(truth, guess, [feature], 1);
          const labels = tagWithContentBias(tagger, sequence(n));
          labels.forEach((l, k) => {
            const before = k > 0 ? labels[k - 1] : -1;
            if (l === ROLE.IC)
              assert.ok(before === ROLE.BC || before === ROLE.IC, `IC at ${k} after ${before}`);
            if (l === ROLE.IS)
              assert.ok(before === ROLE.BS || before === ROLE.IS, `IS at ${k} after ${before}`);
          });
        },
      ),
    );
  });
});
