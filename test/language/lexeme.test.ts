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

  it('keeps apart forms whose hashes collide, and forms one prefix of another', () => {
    // 'w4pvu' and 'wb3ea' share their 32-bit FNV-1a hash.
    assert.equal(hashString('w4pvu'), hashString('wb3ea'));
    const table = new LexemeTable();
    const forms = ['w4pvu', 'wb3ea', 'w', 'w4', 'w4pvuu', 'é', '𝐀b', 'É'];
    const rows = forms.map((w) => table.lookup(w));
    assert.equal(new Set(rows).size, forms.length);
    const text = ` ${forms.join('  ')} `;
    let at = 1;
    forms.forEach((w, i) => {
      assert.equal(table.lookupIn(text, at, at + w.length), rows[i], w);
      at += w.length + 2;
    });
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
