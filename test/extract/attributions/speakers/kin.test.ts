import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { entityIn } from '../fixtures.js';
import { saidBy, speakerName } from './speechTags.js';

describe('resolveSpeakers: a relative named the other way round', () => {
  // "X, who is Mr Y's aunt" names Mr Y as X's nephew: "Her nephew" is Mr Y, not the aunt "her" means.
  const rows: [string, string, string | null][] = [
    [
      'an aunt named by her nephew',
      'Joe Varley runs the farm. "It is a shame," said Edith Varley, 84, who is Mr Varley\'s aunt. Her nephew said the letter came late.',
      'Joe Varley',
    ],
    [
      'a father named by his son',
      'Tom Pask runs the mill. "It is a shame," said Alan Pask, who is Tom Pask\'s father. His son said the letter came late.',
      'Tom Pask',
    ],
    [
      'a relative of the other gender from the possessive',
      'Joe Varley runs the farm. "It is a shame," said Edith Varley, 84, who is Mr Varley\'s aunt. His nephew said the letter came late.',
      null,
    ],
  ];
  for (const [name, t, want] of rows)
    it(`resolves "${/(?:Her|His) \w+/.exec(t)?.[0]}" for ${name}`, () => {
      const people = [...t.matchAll(/(?:Joe|Edith|Tom|Alan) (?:Varley|Pask)/g)].map((m) => m[0]);
      const ents: Entity[] = [...new Set(people)].map((p, i) =>
        entityIn(t, `E${i + 1}`, p, 'PERSON', { variants: [p] }),
      );
      const kin = /(?:Her|His) \w+/.exec(t)![0];
      const a = saidBy(t, kin, 'said', 'person');
      resolveSpeakers(t, [a], ents);
      assert.equal(a.source?.entity ? speakerName(a, ents) : null, want);
    });
});

describe('resolveSpeakers: a relative named by a given name alone', () => {
  // the relative's phrase, the type the name ends with
  const rows: [string, string][] = [
    ['His wife, Priya, who runs the shop counter', 'PERSON'],
    ['His wife, Priya', 'PERSON'],
  ];
  for (const [source, type] of rows)
    it(`${source} → ${type}`, () => {
      const t = `Sam Hale said the oven had failed. ${source}, said the customers had been kind. She said the shop would reopen.`;
      const name = source.split(', ')[1];
      const ents: Entity[] = [entityIn(t, 'E1', 'Sam Hale', 'PERSON'), entityIn(t, 'E2', name, 'LOC')];
      const attrs = [
        saidBy(t, 'Sam Hale', 'said', 'person'),
        saidBy(t, source, 'said', 'person'),
        saidBy(t, 'She', 'said', 'person'),
      ];
      resolveSpeakers(t, attrs, ents, [{ start: 0, end: t.length }]);
      assert.equal(ents.find((e) => e.name === name)?.type, type);
      if (type === 'PERSON') assert.equal(speakerName(attrs[2], ents), name);
    });
});
