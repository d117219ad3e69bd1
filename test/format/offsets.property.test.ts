/**
 * For any text — astral characters, NBSPs, curly and straight quotes, newlines — every span in
 * analyze()'s output lies within the text and slices it, by code points, to its own `text`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateAnalysis } from '../../src/analysis/validate.js';
import { analyze } from '../../src/analyze.js';

/** Pieces that make sentences the extractors react to, plus the characters that break offset arithmetic. */
const PIECES = [
  'Ilse Brandt',
  'the Coastal Ledger',
  'said',
  'told reporters',
  'denied',
  'according to',
  'officials',
  'a source close to the talks',
  'on Tuesday',
  'last May',
  'in 2019',
  '40 ships',
  'the report was untrue',
  'We will stay',
  '🚢',
  '𝒳',
  '\u00a0',
  '“',
  '”',
  '"',
  "'",
  '’',
  ',',
  '.',
  ':',
  '—',
  '\n',
  '\n\n',
  ' ',
];

const articleText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

/** Every object in `value` that has start/end, with its path. */
function spans(value: unknown, path = ''): [string, Record<string, unknown>][] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => spans(v, `${path}/${i}`));
  const o = value as Record<string, unknown>;
  const own: [string, Record<string, unknown>][] =
    typeof o.start === 'number' && typeof o.end === 'number' ? [[path, o]] : [];
  return [
    ...own,
    ...Object.entries(o)
      .filter(([k]) => k !== 'text')
      .flatMap(([k, v]) => spans(v, `${path}/${k}`)),
  ];
}

describe('offsets in analyze() output', () => {
  it('every span slices text by code points to its text, within bounds', () => {
    fc.assert(
      fc.property(
        articleText,
        fc.option(fc.constant('2026-11-25'), { nil: undefined }),
        (text, published) => {
          const analysis = JSON.parse(JSON.stringify(analyze({ input: 'prop', text }, { published })));
          const chars = [...text];
          for (const [path, span] of spans({ ...analysis, text: undefined })) {
            const start = span.start as number;
            const end = span.end as number;
            assert.ok(Number.isInteger(start) && Number.isInteger(end), `${path}: integer offsets`);
            assert.ok(
              0 <= start && start <= end && end <= chars.length,
              `${path}: [${start}, ${end}) in ${chars.length}`,
            );
            if (typeof span.text === 'string')
              assert.equal(chars.slice(start, end).join(''), span.text, path);
          }
          assert.deepEqual(validateAnalysis(analysis), []);
        },
      ),
      { numRuns: 80 },
    );
  });
});
