import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findClaims } from '../../../src/extract/claims/index.js';
import { splitSentence } from '../../../src/extract/claims/units.js';
import { makeDoc } from '../../../src/language/index.js';
import { UPOS_ID } from '../../../src/language/tagsets.js';
import { buildContext } from '../disputes/fixture.js';

const ARTICLE =
  'The dam on the Sorrel river burst at dawn, flooding 212 homes in three villages. ' +
  'The regional governor, Ilse Marten, said rescue teams had reached every village by noon. ' +
  '"We lost the bridge, but nobody drowned," a volunteer told reporters. ' +
  'Shockingly, the so-called inspection of the dam was carried out in a single afternoon. ' +
  'It is a story that is often not reported.';

const ATTRIBUTIONS = [
  {
    id: 'A1',
    source: 'The regional governor, Ilse Marten',
    cue: 'said',
    lemma: 'say',
    content: ['rescue teams had reached every village by noon'],
  },
  {
    id: 'A2',
    source: 'a volunteer',
    kind: 'unknown' as const,
    cue: 'told',
    lemma: 'tell',
    content: ['We lost the bridge, but nobody drowned'],
    form: 'direct' as const,
  },
];

describe('findClaims', () => {
  const ctx = buildContext(ARTICLE, ATTRIBUTIONS);
  const claims = findClaims(ctx);
  const byStart = (prefix: string) => claims.find((c) => c.text.startsWith(prefix))!;

  it('splits the body into sentence units with ids in order and exact spans', () => {
    assert.deepEqual(
      claims.map((c) => c.id),
      claims.map((_, i) => `C${i + 1}`),
    );
    assert.equal(claims.length, 5);
    for (const c of claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
  });

  it('marks reported statements as sourced, with their attribution, and the rest as the article’s own', () => {
    const expected: [string, string | null][] = [
      ['The dam on the Sorrel', null],
      ['The regional governor', 'A1'],
      ['"We lost the bridge', 'A2'],
      ['Shockingly', null],
      ['It is a story', null],
    ];
    for (const [prefix, attribution] of expected) {
      const c = byStart(prefix);
      assert.equal(c.sourced, attribution !== null, prefix);
      assert.equal(c.attribution, attribution, prefix);
    }
  });

  it('scores a factual sentence with numbers above an opinion or framing sentence', () => {
    for (const c of claims) assert.ok(c.checkworthy >= 0 && c.checkworthy <= 1);
    assert.ok(byStart('The dam on the Sorrel').checkworthy > byStart('It is a story').checkworthy);
  });

  it('marks framing words in the author’s own voice only', () => {
    assert.deepEqual(
      byStart('Shockingly').framing?.map((f) => f.text),
      ['Shockingly', 'so-called'],
    );
    assert.deepEqual(
      byStart('It is a story').framing?.map((f) => f.text),
      ['often not reported'],
    );
    assert.equal(byStart('The dam on the Sorrel').framing, undefined);
    // The same word inside a quoted content is the source's, not the author's.
    const quoted = 'The dam was "clearly unsafe," an engineer said.';
    const q = buildContext(quoted, [
      {
        id: 'A1',
        source: 'an engineer',
        cue: 'said',
        lemma: 'say',
        content: ['clearly unsafe,'],
        form: 'mixed',
      },
    ]);
    assert.equal(findClaims(q)[0].framing, undefined);
  });

  it('marks scare quotes in the author’s voice, not quoted titles or what a source said', () => {
    const text =
      'Drivers pay the guards a “service charge” at every gate. The mayor called the fee "temporary" on Monday. ' +
      'She was reading "The Long Harbour" at the time.';
    const ctx = buildContext(text, [
      { id: 'A1', source: 'The mayor', cue: 'called', lemma: 'call', content: ['the fee "temporary"'] },
    ]);
    assert.deepEqual(
      findClaims(ctx).map((c) => c.framing?.map((f) => f.text) ?? []),
      [['“service charge”'], [], []],
    );
  });

  it('skips removed ranges: only the article body yields claims', () => {
    const text = 'Flood Hits Valley\n\nBy A. Writer\n\nThe river rose two metres overnight.';
    const bodyStart = text.indexOf('The river');
    const c = findClaims(buildContext(text, [], { body: [{ start: bodyStart, end: text.length }] }));
    assert.deepEqual(
      c.map((x) => x.text),
      ['The river rose two metres overnight.'],
    );
  });

  it('keeps span text equal to the text slice for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const c of findClaims(buildContext(text, []))) {
          assert.equal(text.slice(c.start, c.end), c.text);
          assert.ok(c.start < c.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('splitSentence', () => {
  const units = (sentence: string) => {
    const doc = makeDoc(sentence);
    return splitSentence(doc, 0, doc.length).map((u) => doc.spanText(u.start, u.end));
  };

  it('splits at a semicolon between two clauses', () => {
    assert.deepEqual(units('The vote was held on Monday; the result was announced two days later.'), [
      'The vote was held on Monday',
      'the result was announced two days later.',
    ]);
  });

  it('splits at ", but" before a new subject and keeps the conjunction', () => {
    assert.deepEqual(units('The road was reopened at noon, but it closed again after a second landslide.'), [
      'The road was reopened at noon',
      'but it closed again after a second landslide.',
    ]);
  });

  it('with tags, splits only between two full clauses', () => {
    const tagged = (sentence: string, tags: string[]) => {
      const doc = makeDoc(sentence);
      assert.equal(doc.length, tags.length);
      tags.forEach((t, i) => {
        doc.upos[i] = UPOS_ID[t];
      });
      return splitSentence(doc, 0, doc.length).map((u) => doc.spanText(u.start, u.end));
    };
    assert.deepEqual(
      tagged('The army left the airport, and the rebels took the tower.', [
        'DET',
        'NOUN',
        'VERB',
        'DET',
        'NOUN',
        'PUNCT',
        'CCONJ',
        'DET',
        'NOUN',
        'VERB',
        'DET',
        'NOUN',
        'PUNCT',
      ]),
      ['The army left the airport', 'and the rebels took the tower.'],
    );
    assert.deepEqual(
      tagged('The council voted to close it, and to sell the building.', [
        'DET',
        'NOUN',
        'VERB',
        'PART',
        'VERB',
        'PRON',
        'PUNCT',
        'CCONJ',
        'PART',
        'VERB',
        'DET',
        'NOUN',
        'PUNCT',
      ]),
      ['The council voted to close it, and to sell the building.'],
    );
  });

  it('does not split a list or a short sentence', () => {
    assert.deepEqual(units('Bread, milk, and eggs ran out in the shops.'), [
      'Bread, milk, and eggs ran out in the shops.',
    ]);
    assert.deepEqual(units('Yes; no.'), ['Yes; no.']);
  });
});
