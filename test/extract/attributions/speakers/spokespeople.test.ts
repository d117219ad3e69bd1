import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { resolveSpeakers } from '../../../../src/extract/attributions/speakers/index.js';
import { attributionIn, entityIn } from '../fixtures.js';
import { saidBy, speakerName } from './speechTags.js';

// "She" after a spokeswoman's own words: the spokeswoman again, speaking for her body. Invented passages.

describe('resolveSpeakers: a spokesperson’s pronoun, with people named inside her own words', () => {
  const opening =
    'Orley Hall belongs to Orley Borough Council. Its caretaker, Edna Pask, said the boiler had failed.';
  // the spokeswoman's words, the people named in them
  const rows: [string, string[]][] = [
    ['the contract with Mr Tovey had been reviewed in May', ['Mr Tovey']],
    // A woman named inside her words does not interrupt her either.
    ['the contract with Ruth Tovey had been reviewed in May', ['Ruth Tovey']],
  ];
  for (const [words, people] of rows)
    it(`"${words}" leaves the spokeswoman in focus`, () => {
      const t = `${opening} A spokeswoman for the council said ${words}. She said no decision had been made.`;
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Orley Borough Council', 'ORG'),
        entityIn(t, 'E2', 'Edna Pask', 'PERSON'),
        ...people.map((p, k) => entityIn(t, `E${k + 3}`, p, 'PERSON')),
      ];
      const attrs = [
        saidBy(t, 'Its caretaker, Edna Pask', 'said', 'person'),
        attributionIn(t, {
          source: 'A spokeswoman for the council',
          cue: 'said',
          content: words,
          from: t.indexOf('A spokeswoman'),
          kind: 'organization',
        }),
        saidBy(t, 'She', 'said', 'person', t.lastIndexOf('She said')),
      ];
      resolveSpeakers(t, attrs, ents);
      assert.equal(speakerName(attrs[1], ents), 'Orley Borough Council');
      assert.equal(speakerName(attrs[2], ents), 'Orley Borough Council');
    });

  it('a woman who speaks between is whom "She" stands for', () => {
    const t = `${opening} A spokeswoman for the council said the contract had been reviewed. Ruth Tovey, who runs the café, disagreed. She said the boiler was older than the hall.`;
    const ents: Entity[] = [
      entityIn(t, 'E1', 'Orley Borough Council', 'ORG'),
      entityIn(t, 'E2', 'Edna Pask', 'PERSON'),
      entityIn(t, 'E3', 'Ruth Tovey', 'PERSON'),
    ];
    const attrs = [
      saidBy(t, 'Its caretaker, Edna Pask', 'said', 'person'),
      saidBy(t, 'A spokeswoman for the council', 'said', 'organization'),
      saidBy(t, 'Ruth Tovey, who runs the café', 'disagreed', 'person'),
      saidBy(t, 'She', 'said', 'person', t.lastIndexOf('She said')),
    ];
    resolveSpeakers(t, attrs, ents);
    assert.equal(speakerName(attrs[3], ents), 'Ruth Tovey');
  });
});
