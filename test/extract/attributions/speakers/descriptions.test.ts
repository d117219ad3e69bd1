import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Entity } from '../../../../src/analysis/types.js';
import {
  endsWithWord,
  hasWord,
  resolveDescription,
} from '../../../../src/extract/attributions/speakers/descriptions.js';
import { earlierHeadOfName } from '../../../../src/extract/attributions/speakers/groups.js';
import { entityIn } from '../fixtures.js';

describe('role words in titles and appositives', () => {
  // The patterns these functions stand for: the word with no letter on either side; the word at the end.
  const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inWord = (w: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}(?:[^\\p{L}]|$)`, 'u');
  const atEnd = (w: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRe(w)}\\.?\\s*$`, 'u');
  const pieces = fc.constantFrom(
    'col',
    'col.',
    '.',
    ' ',
    '\u00a0',
    'a',
    'é',
    '𝒜',
    '😀',
    ',',
    '-',
    'Col',
    '\n',
  );
  const words = fc.constantFrom('col', 'col.', 'colonel', 'é');

  it('finds a whole word exactly where the pattern does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), words, (parts, word) => {
        const s = parts.join('');
        assert.equal(hasWord(s, word), inWord(word).test(s));
        assert.equal(endsWithWord(s, word), atEnd(word).test(s));
      }),
      { numRuns: 2000 },
    );
  });

  const rows: [string, string, boolean, boolean][] = [
    ['the col. said', 'col.', true, false],
    ['a colonel', 'col', false, false],
    ['led by col.  ', 'col', true, true],
    ['led by col.  ', 'col.', true, true],
    ['éspecol', 'col', false, false],
  ];
  for (const [s, word, whole, end] of rows)
    it(`reads ${JSON.stringify(word)} in ${JSON.stringify(s)}`, () => {
      assert.equal(hasWord(s, word), whole);
      assert.equal(endsWithWord(s, word), end);
    });
});

describe('earlierHeadOfName', () => {
  // [text, the description's place in it, the body found (null: none)]
  const cases: [string, string, string | null][] = [
    [
      'Staff at the Institute of Marine Trades voted. The institute said fees would rise.',
      'The institute',
      'Institute of Marine Trades',
    ],
    // Written only after the description, the name cannot be what it means.
    [
      'The institute said fees would rise. Staff at the Institute of Marine Trades voted.',
      'The institute',
      null,
    ],
    // The head must stand before "of" as a word of its own.
    ['The Research Institutes of Vell met. The institute said fees would rise.', 'The institute', null],
    ['Nobody named it. The institute said fees would rise.', 'The institute', null],
  ];
  for (const [text, description, name] of cases)
    it(`finds ${name ?? 'nothing'} for "${description}" in "${text.slice(0, 40)}…"`, () => {
      const at = text.indexOf(description);
      const body = [{ start: 0, end: text.length }];
      assert.equal(earlierHeadOfName(text, description, at, [], body)?.name ?? null, name);
    });
});

describe('resolveDescription: a bare head with two bodies of its kind in play', () => {
  const named =
    'Marlow District Council turned the plan down. The chairman of Marlow Town Council, Ed Pike, backed it.';
  // [what the row shows, the text after the two names, the body expected for "The council"]
  const rows: [string, string, string][] = [
    [
      'the one named last, when neither was told apart',
      ' The council said it would appeal.',
      'Marlow Town Council',
    ],
    [
      'the other one, when the writer told one apart by a word of its name',
      ' The firm rejected an offer from the town council. The council said it would appeal.',
      'Marlow District Council',
    ],
    [
      'the one named last, when the writer told both apart',
      ' The district council and the town council met. The council said it would appeal.',
      'Marlow Town Council',
    ],
    [
      'the one named last: a possessive sets a person’s role, not bodies apart',
      " The town council's clerk, Jo Bryn, spoke. The council said it would appeal.",
      'Marlow Town Council',
    ],
  ];
  for (const [name, rest, want] of rows)
    it(name, () => {
      const text = named + rest;
      const ents: Entity[] = [
        entityIn(text, 'E1', 'Marlow District Council', 'ORG'),
        entityIn(text, 'E2', 'Marlow Town Council', 'ORG'),
      ];
      const at = text.lastIndexOf('The council');
      assert.equal(resolveDescription(text, 'The council', at, ents)?.name, want);
    });
});

describe('resolveDescription: a head narrowed by a word of one body’s name', () => {
  const named =
    'Marlow District Council turned the plan down. The chairman of Marlow Town Council, Ed Pike, backed it.';
  // [what the row shows, the description, the text after the two names, the body expected]
  const rows: [string, string, string, string][] = [
    [
      'the body whose name holds the word, though the other was named last',
      'The district council',
      ' Its leader spoke later. The district council said it would appeal.',
      'Marlow District Council',
    ],
    [
      'the body named last when the word is in neither name',
      'The county council',
      ' The county council said it would appeal.',
      'Marlow Town Council',
    ],
  ];
  for (const [name, description, rest, want] of rows)
    it(name, () => {
      const text = named + rest;
      const ents: Entity[] = [
        entityIn(text, 'E1', 'Marlow District Council', 'ORG'),
        entityIn(text, 'E2', 'Marlow Town Council', 'ORG'),
      ];
      const at = text.lastIndexOf(description);
      assert.equal(resolveDescription(text, description, at, ents)?.name, want);
    });
});

describe('resolveDescription: a body called the kind in apposition', () => {
  // [what the row shows, the text, the body expected for "The charity"]
  const rows: [string, string, string][] = [
    [
      'the body called a charity, not the trust named before it',
      'Kelbury Health Trust closed the ward. Friends of Kelbury Ward, a charity run by nurses, said it would fight. The charity said so.',
      'Friends of Kelbury Ward',
    ],
    [
      'the trust by its name, when a clause, no appositive, follows the other name',
      'Kelbury Health Trust closed the ward. According to Friends of Kelbury Ward, the charity had been warned. The charity said so.',
      'Kelbury Health Trust',
    ],
    [
      'the trust by its name, when no body is called a charity',
      'Kelbury Health Trust closed the ward. Friends of Kelbury Ward said it would fight. The charity said so.',
      'Kelbury Health Trust',
    ],
  ];
  for (const [name, text, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(text, 'E1', 'Kelbury Health Trust', 'ORG'),
        entityIn(text, 'E2', 'Friends of Kelbury Ward', 'ORG'),
      ];
      const at = text.lastIndexOf('The charity');
      assert.equal(resolveDescription(text, 'The charity', at, ents)?.name, want);
    });
});
