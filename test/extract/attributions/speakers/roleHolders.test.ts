import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { personRole } from '../../../../src/extract/attributions/speakers/roleHolders.js';
import { entityIn } from '../fixtures.js';
import { saidBy, speakerName } from './speechTags.js';

// A person given only a role until paragraphs later, through resolveSpeakers. Invented passages.

describe('personRole: the role a definite description of a person gives', () => {
  const rows: [string, string | null][] = [
    ["The school's head teacher", 'head teacher'],
    ['Its manager', 'manager'],
    ["The chairman of the residents' association", 'chairman'],
    ["the residents' association's chairman", 'chairman'],
    // Someone new, or no person's role.
    ['A head teacher', null],
    ['The council', null],
  ];
  for (const [description, want] of rows)
    it(`"${description}" → ${want}`, () => assert.equal(personRole(description), want));
});

describe('resolveSpeakers: a role named only paragraphs later', () => {
  // the source, the later introduction (its name Helen Roscoe), the entity expected
  const rows: [string, string, string | null][] = [
    ["The school's head teacher", 'The head teacher, Helen Roscoe,', 'Helen Roscoe'],
    ["The school's head teacher", 'Helen Roscoe, the head teacher,', 'Helen Roscoe'],
    ['Its manager', "The trust's manager, Helen Roscoe,", 'Helen Roscoe'],
    [
      "The chairman of the residents' association",
      "The association's chairman, Helen Roscoe,",
      'Helen Roscoe',
    ],
    // A role with a place set after it, named later with that place before the name.
    [
      'The pharmacist at the Orley clinic',
      'The pharmacist at the Orley clinic, Helen Roscoe,',
      'Helen Roscoe',
    ],
    ['The pharmacist at the Orley clinic', 'The pharmacist at the Pendle clinic, Helen Roscoe,', null],
    // Another role, or a lesser rank of it, is someone else.
    ["The school's head teacher", 'The caretaker, Helen Roscoe,', null],
    ["The school's head teacher", 'The deputy head teacher, Helen Roscoe,', null],
    // Someone new is not the one named later.
    ['A head teacher', 'The head teacher, Helen Roscoe,', null],
  ];
  for (const [source, intro, want] of rows)
    it(`"${source}" then "${intro}"`, () => {
      const paragraphs = [
        'ORLEY — The ferry to Orley will stop in May, Orley Borough Council said on Tuesday.',
        `Orley Wharf Trust runs the quay. ${source} said pupils would be late.`,
        'Orley Borough Council said it had no choice. A ferryman said he would retire.',
        `${intro} said the ferry had been full.`,
      ];
      const t = paragraphs.join('\n');
      const body = paragraphs.map((p) => ({ start: t.indexOf(p), end: t.indexOf(p) + p.length }));
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Borough Council', 'ORG'),
        entityIn(t, 'E2', 'Orley Wharf Trust', 'ORG'),
        entityIn(t, 'E3', 'Helen Roscoe', 'PERSON'),
      ];
      const attrs = [saidBy(t, source, 'said', 'unknown'), saidBy(t, 'Helen Roscoe', 'said', 'person')];
      resolveSpeakers(t, attrs, ents, body);
      const got = speakerName(attrs[0], ents);
      if (want) assert.equal(got, want);
      else assert.notEqual(got, 'Helen Roscoe');
    });
});
