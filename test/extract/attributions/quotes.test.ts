import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findQuotes } from '../../../src/extract/attributions/quotes.js';

const quoted = (text: string) =>
  findQuotes(text).map((q) => q.fragments.map((f) => text.slice(f.start, f.end)));

describe('findQuotes', () => {
  const cases: [string, string, string[][]][] = [
    ['curly marks', 'She said “the lake froze” today.', [['the lake froze']]],
    ['straight marks', 'He said "the lake froze" today.', [['the lake froze']]],
    ['mixed curly open, straight close', 'He said “ice is thin" and left.', [['ice is thin']]],
    [
      'nested single quotes stay inside',
      '“They shouted ‘stop’ at us,” she said.',
      [['They shouted ‘stop’ at us,']],
    ],
    ['stray closing mark ignored', 'A stray ” mark, then “real words” here.', [['real words']]],
    [
      'reopened at a new paragraph without closing',
      '“First paragraph of the quote.\n“Second one ends here,” he said.',
      [['First paragraph of the quote.', 'Second one ends here,']],
    ],
    [
      'unclosed quote ends at the paragraph',
      'He said “this never closes\nNext paragraph.',
      [['this never closes']],
    ],
    [
      'single marks when a paragraph has no double ones',
      "'We are ready,' the coach said.",
      [['We are ready,']],
    ],
    ['apostrophes are not quotes', "The team's coach didn't say.", []],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(quoted(text), expected));

  it('never throws and keeps fragments inside the text, in order', () => {
    const alphabet = fc.constantFrom('a', ' ', '"', '“', '”', '‘', '’', "'", '\n', ',', '.', 'Z');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (text) => {
          for (const q of findQuotes(text)) {
            let last = -1;
            for (const f of q.fragments) {
              assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end && f.start > last);
              last = f.end;
            }
          }
        },
      ),
    );
  });
});
