import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenSpan } from '../../../../src/extract/attributions/build.js';
import { hesitantCues, readsAsReport } from '../../../../src/extract/attributions/trained/hesitantCues.js';
import { hs } from '../../../../src/extract/attributions/trained/mix.js';
import { GreedyTagger, SequenceBuilder } from '../../../../src/extract/attributions/trained/sequence.js';
import type { DocView } from '../../../../src/extract/attributions/trained/view.js';
import { CUE_DECODING, viterbiTag } from '../../../../src/extract/attributions/trained/viterbi.js';
import { tokenSpanOf, viewOfText } from './viewFixture.js';

const O = 0;
const B = 1;

const view = viewOfText;
const span = (v: DocView, phrase: string) => tokenSpanOf(v, phrase);

/**
 * A cue tagger set by hand: every word leans hard to O, 'said' hard to B, and 'murmured' to O by
 * `lean` updates only (each moves the O-B margin by two).
 */
function tagger(v: DocView, lean: number): GreedyTagger {
  const t = new GreedyTagger(3, 10);
  const push = (w: string, truth: number, guess: number, times: number) => {
    for (let k = 0; k < times; k++) t.model.update(truth, guess, [hs(`w=${w}`)], 1);
  };
  for (const w of new Set(v.lower)) {
    if (w === 'said') push(w, B, O, 100);
    else if (w === 'murmured') push(w, O, B, lean);
    else push(w, O, B, 100);
  }
  return t;
}

function decode(t: GreedyTagger, v: DocView) {
  const b = new SequenceBuilder();
  for (const w of v.lower) {
    b.feats.push(hs(`w=${w}`));
    b.next(hs(w));
  }
  const seq = b.build();
  const n = v.doc.length;
  const margins = new Float32Array(n);
  const statics = { scores: new Float32Array(3 * n), ready: false };
  const labels = viterbiTag(t, seq, CUE_DECODING, margins, 0, n, statics);
  statics.ready = true;
  return { seq, labels, margins, statics };
}

const TEXT = 'The pilot said the tide turned. The pilot murmured that the tide turned early.';

describe('hesitantCues', () => {
  it('finds a cue the tagger left out by a small margin, and none it found or was sure of', () => {
    const v = view(TEXT);
    const t = tagger(v, 2);
    const { seq, labels, margins, statics } = decode(t, v);
    assert.equal(labels[span(v, 'said').start], B, 'said is a cue on the first pass');
    assert.equal(labels[span(v, 'murmured').start], O, 'murmured is not');
    const bias = [...t.bias];
    const found = hesitantCues(t, v, seq, labels, margins, statics);
    assert.deepEqual(
      found.map((h) => h.cue),
      [span(v, 'murmured')],
    );
    assert.ok(found[0].margin < 0, 'its margin under the usual bias says the tagger left it out');
    assert.deepEqual([...t.bias], bias, 'the tagger keeps its biases');
  });

  it('finds nothing where the tagger was sure, or where no word is left out by a small margin', () => {
    const v = view(TEXT);
    const sure = tagger(v, 40);
    const d = decode(sure, v);
    assert.deepEqual(hesitantCues(sure, v, d.seq, d.labels, d.margins, d.statics), []);
    const plain = view('The tide turned early.');
    const none = tagger(plain, 2);
    const e = decode(none, plain);
    assert.deepEqual(hesitantCues(none, plain, e.seq, e.labels, e.margins, e.statics), []);
  });
});

/** A tagger where every word leans hard to O but those of `leans`, each by its number of updates. */
function leaning(v: DocView, leans: Record<string, number>): GreedyTagger {
  const t = new GreedyTagger(3, 10);
  for (const w of new Set(v.lower))
    for (let k = 0; k < (leans[w] ?? 100); k++) t.model.update(O, B, [hs(`w=${w}`)], 1);
  return t;
}

describe('hesitantCues: speech verbs', () => {
  // Margins of twice the leans: 10 updates leave a word out by 20, 20 by 40.
  const cases: { name: string; text: string; leans: Record<string, number>; found: string[] }[] = [
    {
      name: 'a speech verb left out by a wider margin than other words may be',
      text: 'The pilot wrote that the tide turned early.',
      leans: { wrote: 10 },
      found: ['wrote'],
    },
    {
      name: 'not another verb left out by as much',
      text: 'The pilot hoped that the tide turned early.',
      leans: { hoped: 10 },
      found: [],
    },
    {
      name: 'not a speech verb the tagger was surer of',
      text: 'The pilot wrote that the tide turned early.',
      leans: { wrote: 20 },
      found: [],
    },
  ];
  for (const c of cases)
    it(`finds ${c.name}`, () => {
      const v = view(c.text);
      const t = leaning(v, c.leans);
      const d = decode(t, v);
      const found = hesitantCues(t, v, d.seq, d.labels, d.margins, d.statics);
      assert.deepEqual(
        found.map((h) => h.cue),
        c.found.map((w) => span(v, w)),
      );
    });

  it('passes over a speech verb after a cue of its sentence, likely a verb of its content', () => {
    const v = view('The pilot said the crew wrote that the tide turned early.');
    const t = tagger(v, 2);
    for (let k = 0; k < 90; k++) t.model.update(B, O, [hs('w=wrote')], 1);
    const d = decode(t, v);
    assert.equal(d.labels[span(v, 'said').start], B);
    assert.equal(d.labels[span(v, 'wrote').start], O);
    assert.deepEqual(hesitantCues(t, v, d.seq, d.labels, d.margins, d.statics), []);
  });
});

describe('readsAsReport', () => {
  const v = view(
    'The pilot murmured that the tide had turned early this morning, and the harbour master agreed.',
  );
  const cue = span(v, 'murmured');
  const cases: [string, TokenSpan | null, string, boolean][] = [
    [
      'a source before the cue and a long content',
      span(v, 'The pilot'),
      'the tide had turned early this morning',
      true,
    ],
    ['no source', null, 'the tide had turned early this morning', false],
    [
      'a source after the cue',
      span(v, 'the harbour master'),
      'the tide had turned early this morning',
      false,
    ],
    ['a content of a short clause', span(v, 'The pilot'), 'the tide had turned early', true],
    ['a content too short to tell', span(v, 'The pilot'), 'the tide had turned', false],
  ];
  for (const [name, source, content, expected] of cases)
    it(`${expected ? 'keeps' : 'drops'} a cue with ${name}`, () => {
      assert.equal(readsAsReport(v, { cue, source, content: [span(v, content)] }), expected);
    });

  it('counts the characters of every content piece', () => {
    const pieces = [span(v, 'the tide had turned'), span(v, 'early this morning')];
    assert.equal(readsAsReport(v, { cue, source: span(v, 'The pilot'), content: pieces }), true);
  });
});
