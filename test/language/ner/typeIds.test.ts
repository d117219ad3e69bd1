import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../../../src/language/doc.js';
import { makeDoc } from '../../../src/language/index.js';
import { sharedLexemes } from '../../../src/language/lexeme.js';
import { recognizeEntities } from '../../../src/language/ner/index.js';

/** The Doc's entities as "text/LABEL/rule". */
function entities(doc: Doc): string[] {
  recognizeEntities(doc);
  return doc.ents.map((e) => `${doc.spanText(e.start, e.end)}/${e.label}/${e.rule}`);
}

/** Fills the Doc's lexeme rows as `annotate` does, so the recognizer finds type ids through them. */
function withLexemeRows(doc: Doc): Doc {
  const lexemes = sharedLexemes();
  const rows = new Int32Array(doc.length);
  for (let i = 0; i < doc.length; i++) rows[i] = lexemes.lookupIn(doc.text, doc.tokStart[i], doc.tokEnd[i]);
  doc.lexemeRows = rows;
  doc.lexemeAttrs = lexemes.attrs;
  doc.lexemeEpoch = lexemes.epoch;
  return doc;
}

const WORDS = [
  'Ines',
  'Okafor',
  'told',
  'the',
  'Marsa',
  'Herald',
  'in',
  'Cairo',
  'on',
  'Monday',
  'ines',
  'INES',
  'Ínes',
  'Łódź',
  'al-Qadiri',
  'U.S.',
  '2014',
  ',',
  '.',
  '"',
];

describe('NER type ids through lexeme rows', () => {
  it('gives the entities that interning every word gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), { maxLength: 4 }),
        (sentences) => {
          const text = sentences.map((s) => s.join(' ')).join('\n\n');
          const interned = entities(makeDoc(text));
          assert.deepEqual(entities(withLexemeRows(makeDoc(text))), interned);
          // Again, now that every form has a cached id.
          assert.deepEqual(entities(withLexemeRows(makeDoc(text))), interned);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the same names in an annotated Doc as in a bare one', () => {
    const text = 'Ines Okafor told the Marsa Herald in Cairo on Monday that Okafor would stay.';
    const bare = entities(makeDoc(text));
    assert.ok(bare.some((e) => e.startsWith('Marsa Herald/')));
    assert.deepEqual(entities(withLexemeRows(makeDoc(text))), bare);
  });
});
