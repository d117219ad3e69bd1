import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LEX_FORM, LexemeTable } from '../../src/language/lexeme.js';
import { hashString } from '../../src/learn/hash.js';

describe('LexemeTable', () => {
  it('gives one row per distinct form, wherever the form is read from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 300 }),
        (words) => {
          const table = new LexemeTable();
          const rowOf = new Map<string, number>();
          const text = words.join(' ');
          let at = 0;
          for (const w of words) {
            const row = table.lookupIn(text, at, at + w.length);
            at += w.length + 1;
            if (rowOf.has(w)) assert.equal(row, rowOf.get(w));
            else assert.ok(![...rowOf.values()].includes(row));
            rowOf.set(w, row);
            assert.equal(table.attrs[row + LEX_FORM], hashString(w) | 0);
          }
          for (const [w, row] of rowOf) assert.equal(table.lookup(w), row);
        },
      ),
    );
  });

  it('keeps rows in first-seen order across many forms (the table grows and rehashes)', () => {
    const table = new LexemeTable();
    const rows = Array.from({ length: 20_000 }, (_, i) => table.lookup(`w${i}`));
    rows.forEach((row, i) => {
      assert.equal(row, rows[0] + i * (rows[1] - rows[0]));
      assert.equal(table.lookup(`w${i}`), row);
    });
  });
});

describe('LexemeTable epochs', () => {
  it('differ between tables and change when a table forgets its rows', () => {
    const a = new LexemeTable();
    const b = new LexemeTable();
    assert.notEqual(a.epoch, b.epoch);
    const before = a.epoch;
    a.forgetIfFull();
    assert.equal(a.epoch, before, 'a table under its limit keeps its rows and epoch');
    for (let i = 0; i < 200_000; i++) a.lookup(`f${i}`);
    a.forgetIfFull();
    assert.notEqual(a.epoch, before);
    assert.notEqual(a.epoch, b.epoch);
  });
});
