import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codePointLength, convertOffsetsInPlace, utf16ToCodePoint } from '../../src/doc/codePoints.js';

describe('code-point offsets', () => {
  it('map UTF-16 spans to code-point spans that slice the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        // choose span ends on code-point boundaries
        const cps = Array.from(text);
        const i = cps.length ? a % (cps.length + 1) : 0;
        const j = cps.length ? i + (b % (cps.length - i + 1)) : 0;
        const u16start = cps.slice(0, i).join('').length;
        const u16end = cps.slice(0, j).join('').length;
        const span = { start: u16start, end: u16end, text: text.slice(u16start, u16end) };
        convertOffsetsInPlace({ spans: [span] }, text);
        assert.equal(cps.slice(span.start, span.end).join(''), span.text);
      }),
    );
  });

  it('counts astral characters once', () => {
    assert.equal(codePointLength('a😀b'), 3);
    assert.equal(utf16ToCodePoint('a😀b')(3), 2);
  });
});
