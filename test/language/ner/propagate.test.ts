import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { mergeSpans } from '../../../src/language/ner/merge.js';
import { propagateNames } from '../../../src/language/ner/propagate.js';
import { type Candidate, makeTokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();
const view = (text: string) => makeTokenView(text.split(' '), lexicon);
const show = (words: string[], spans: Candidate[]) =>
  spans.map((c) => `${words.slice(c.start, c.end).join(' ')}/${c.label}/${c.rule}`);

describe('propagateNames', () => {
  it('tags other occurrences of a name and a person’s bare surname', () => {
    const v = view(
      'Orla Vandersloot met Quillcorp . Later Vandersloot left Quillcorp and Quillcorp Holdings .',
    );
    const spans: Candidate[] = [
      { start: 0, end: 2, label: 'PERSON', rule: 'ner-model' },
      { start: 3, end: 4, label: 'ORG', rule: 'ner-model' },
    ];
    assert.deepEqual(show(v.words, propagateNames(v, spans)), [
      'Orla Vandersloot/PERSON/ner-model',
      'Quillcorp/ORG/ner-model',
      'Vandersloot/PERSON/ner-model+document',
      'Quillcorp/ORG/ner-model+document',
    ]);
  });

  it('leaves a demonym a NORP where the same word was tagged an organisation', () => {
    const v = view('Islamic militants fought . An Islamic council met .');
    const spans: Candidate[] = [
      { start: 0, end: 1, label: 'NORP', rule: 'ner-model+gazetteer:peoples' },
      { start: 5, end: 6, label: 'ORG', rule: 'ner-model' },
    ];
    assert.deepEqual(show(v.words, propagateNames(v, spans)), [
      'Islamic/NORP/ner-model+gazetteer:peoples',
      'Islamic/ORG/ner-model',
    ]);
  });

  it('reads a surname as the person named in full, however often it was read as a place', () => {
    const v = view('Ilan Brevik served . Brevik won . Brevik lost . Brevik smiled .');
    const spans: Candidate[] = [
      { start: 0, end: 2, label: 'PERSON', rule: 'ner-model' },
      { start: 4, end: 5, label: 'LOC', rule: 'ner-model' },
      { start: 7, end: 8, label: 'LOC', rule: 'ner-model' },
      { start: 10, end: 11, label: 'GPE', rule: 'ner-model' },
    ];
    assert.deepEqual(
      propagateNames(v, spans).map((c) => c.label),
      ['PERSON', 'PERSON', 'PERSON', 'PERSON'],
    );
  });

  it('gives every occurrence the majority label', () => {
    const v = view('Marrow rose . Marrow fell . Marrow held .');
    const spans: Candidate[] = [
      { start: 0, end: 1, label: 'LOC', rule: 'ner-model' },
      { start: 3, end: 4, label: 'ORG', rule: 'ner-model' },
      { start: 6, end: 7, label: 'LOC', rule: 'ner-model' },
    ];
    assert.deepEqual(
      propagateNames(v, spans).map((c) => c.label),
      ['LOC', 'LOC', 'LOC'],
    );
  });

  it('reads an acronym in parentheses after a name as that name', () => {
    const v = view('the Coastal Defence League ( CDL ) said the CDL would wait');
    const spans: Candidate[] = [{ start: 1, end: 4, label: 'ORG', rule: 'ner-model' }];
    assert.deepEqual(show(v.words, propagateNames(v, spans)), [
      'Coastal Defence League/ORG/ner-model',
      'CDL/ORG/ner-model+acronym',
      'CDL/ORG/ner-model+acronym',
    ]);
  });

  const acronymCases: { text: string; spans: [number, number, string][]; found: string[] }[] = [
    {
      // Spelled later without parentheses, before or after the full name.
      text: 'the TRB met . Then the Tollan River Board ruled , and the T.R.B. left',
      spans: [[6, 9, 'ORG']],
      found: ['TRB/ORG', 'Tollan River Board/ORG', 'T.R.B./ORG'],
    },
    {
      // Two kinds of name with the same initials: the acronym is left alone.
      text: 'Pell Mason and the Port Marlow hall : PM spoke',
      spans: [
        [0, 2, 'PERSON'],
        [4, 6, 'LOC'],
      ],
      found: ['Pell Mason/PERSON', 'Port Marlow/LOC'],
    },
    {
      // A one-word name spells nothing; a lower-case word is not an acronym.
      text: 'Quillcorp and the Sable Oat Company : Q and soc and SOC',
      spans: [
        [0, 1, 'ORG'],
        [3, 6, 'ORG'],
      ],
      found: ['Quillcorp/ORG', 'Sable Oat Company/ORG', 'SOC/ORG'],
    },
  ];
  for (const { text, spans, found } of acronymCases)
    it(`reads an all-caps acronym of a name as that name: ${text}`, () => {
      const v = view(text);
      const ents = spans.map(([start, end, label]) => ({ start, end, label, rule: 'ner-model' }));
      assert.deepEqual(
        propagateNames(v, ents).map((c) => `${v.words.slice(c.start, c.end).join(' ')}/${c.label}`),
        found,
      );
    });

  it('leaves rule spans alone', () => {
    const v = view('Reuters said Reuters');
    const spans: Candidate[] = [{ start: 0, end: 1, label: 'MEDIA', rule: 'gazetteer:media' }];
    assert.equal(propagateNames(v, spans).length, 1);
  });
});

describe('propagateNames: article surnames', () => {
  // The person's full name first (tokens 0-4), then the bare "<article> - <name>" read as ORG at 7-9.
  const cases: [string, string, string, string][] = [
    [
      'the same writing',
      'Sheikh Tamir Al - Rawdi spoke . Al - Rawdi left .',
      'PERSON',
      'ner-model+hyphen+document',
    ],
    [
      'a lower-case article in the full name',
      'Sheikh Tamir al - Rawdi spoke . Al - Rawdi left .',
      'PERSON',
      'ner-model+hyphen+document',
    ],
    ['another surname', 'Sheikh Tamir Al - Rawdi spoke . Al - Mansur left .', 'ORG', 'ner-model+hyphen'],
  ];
  for (const [name, text, label, rule] of cases)
    it(name, () => {
      const v = view(text);
      const spans: Candidate[] = [
        { start: 0, end: 5, label: 'PERSON', rule: 'ner-model' },
        { start: 7, end: 10, label: 'ORG', rule: 'ner-model+hyphen' },
      ];
      const out = propagateNames(v, spans).find((c) => c.start === 7);
      assert.deepEqual([out?.label, out?.rule], [label, rule]);
    });
  it('a bare article-first name with no person of that name stays an organisation', () => {
    const v = view('The Al - Rawdi group met . Al - Rawdi left .');
    const spans: Candidate[] = [
      { start: 1, end: 4, label: 'ORG', rule: 'ner-model+hyphen' },
      { start: 7, end: 10, label: 'ORG', rule: 'ner-model+hyphen' },
    ];
    assert.deepEqual(
      propagateNames(v, spans).map((c) => c.label),
      ['ORG', 'ORG'],
    );
  });
});

describe('mergeSpans', () => {
  it('renames model spans by the gazetteers and drops spans that cannot be names', () => {
    const v = view(
      'Egyptian officers in Cairo told the Marsa Herald that WEATHER results from Marrow-based clubs',
    );
    const model: Candidate[] = [
      { start: 0, end: 1, label: 'ORG', rule: 'ner-model' },
      { start: 3, end: 4, label: 'LOC', rule: 'ner-model' },
      { start: 7, end: 8, label: 'LOC', rule: 'ner-model' },
      { start: 9, end: 10, label: 'ORG', rule: 'ner-model' },
      { start: 12, end: 13, label: 'LOC', rule: 'ner-model' },
    ];
    const rules: Candidate[] = [{ start: 6, end: 8, label: 'MEDIA', rule: 'pattern:media' }];
    assert.deepEqual(show(v.words, mergeSpans(v, model, rules)), [
      'Egyptian/NORP/ner-model+gazetteer:peoples',
      'Cairo/GPE/ner-model',
      'Marsa Herald/MEDIA/pattern:media',
    ]);
  });
});
