import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type DocView, viewOf } from '../../../src/extract/attributions/trained/view.js';
import { type Doc, makeDoc } from '../../../src/language/index.js';
import { LexemeTable } from '../../../src/language/lexeme.js';

/** Fills the Doc's lexeme rows from `table`, as annotate does. */
function withRows(doc: Doc, table: LexemeTable): Doc {
  doc.lexemeRows = Int32Array.from({ length: doc.length }, (_, i) =>
    table.lookupIn(doc.text, doc.tokStart[i], doc.tokEnd[i]),
  );
  doc.lexemeAttrs = table.attrs;
  doc.lexemeEpoch = table.epoch;
  return doc;
}

const surface = (v: DocView) => ({
  lower: v.lower,
  shape: v.shape,
  lexicon: v.lexicon,
  hashes: [v.hWord, v.hShape, v.hLex, v.hSuffix, v.hLemma, v.hEntity].map((a) => [...a]),
});

const WORDS = [
  'Said',
  'said',
  'the',
  'Minister',
  '“',
  '”',
  '"',
  'told',
  'É',
  'ÉTÉ',
  '42',
  'ok.',
  'Al-Sharif',
  'x',
];

const LEMMAS = ['', 'say', 'tell', 'the', 'minister', 'x'];

describe('trained view through lexeme rows', () => {
  it('reads the same word facts and lemma hashes as from the strings, whichever table filled the rows', () => {
    // Two tables that number the same forms differently, alternating: a row cached from one
    // must never be read as the other's. A word's lemma changes between documents at times.
    const tables = [new LexemeTable(), new LexemeTable()];
    tables[1].lookup('padding-form');
    let turn = 0;
    const token = fc.record({ word: fc.constantFrom(...WORDS), lemma: fc.constantFrom(...LEMMAS) });
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 40 }), (tokens) => {
        const text = tokens.map((t) => t.word).join(' ');
        const withLemmas = (doc: Doc) => {
          tokens.forEach((t, i) => {
            if (i < doc.length) doc.lemma[i] = t.lemma;
          });
          return doc;
        };
        const plain = viewOf(withLemmas(makeDoc(text)), [{ start: 0, end: text.length }]);
        const doc = withLemmas(withRows(makeDoc(text), tables[turn++ % 2]));
        assert.deepEqual(surface(viewOf(doc, [{ start: 0, end: text.length }])), surface(plain));
      }),
    );
  });

  it("writes a word's shape as its runs of capitals, small letters, digits and other marks, at most four", () => {
    const table: [string, string][] = [
      ['Said', 'Xx'],
      ['McAllister', 'XxXx'],
      ['iPhone', 'xXx'],
      ['x2', 'xd'],
      ['3D', 'dX'],
      ['42', 'd'],
      ['ÉTÉ', 'X'],
      ['DÜSSELDORF', 'X'],
      ['naïve', 'x'],
      ['Über3', 'Xxd'],
      ['Ωmega', 'Xx'],
      ['٣٤', 'd'],
      ['😀', 'p'],
      ['“', 'q'],
    ];
    for (const [word, shape] of table)
      assert.equal(viewOf(makeDoc(word), [{ start: 0, end: word.length }]).shape[0], shape, word);
  });

  it('gives each entity token its begin or inside tag hash', () => {
    const text = 'Amal Haddad met the Harbour Board in Misrata.';
    const doc = makeDoc(text);
    doc.ents = [
      { start: 0, end: 2, label: 'PERSON', rule: 'test' },
      { start: 4, end: 6, label: 'ORG', rule: 'test' },
    ];
    const h = viewOf(doc, [{ start: 0, end: text.length }]).hEntity;
    assert.notEqual(h[0], h[1]);
    assert.notEqual(h[0], h[4]);
    assert.equal(h[2], 0);
    assert.equal(h[7], 0);
  });
});
