import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rewritable } from '../../src/language/rewritable.js';

describe('rewritable', () => {
  it('leaves every property as it found it', () => {
    const table = new Int32Array([4, 5]);
    const object = { start: 0, end: 7, label: 'PERSON', rule: '', table, other: null };
    const same = rewritable(object, 'start', 'end', 'label', 'rule', 'table');
    assert.equal(same, object);
    assert.deepEqual(object, { start: 0, end: 7, label: 'PERSON', rule: '', table, other: null });
    assert.equal(object.table, table);
  });

  it('refuses a property it has no stand-in for', () => {
    assert.throws(() => rewritable({ other: null }, 'other'), /no stand-in/);
  });
});
