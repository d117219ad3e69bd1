import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, EntityType } from '../../../../src/analysis/types.js';
import { mergeGivenNames, mergeSlipVariants } from '../../../../src/extract/attributions/speakers/merges.js';

function entity(id: string, name: string, type: EntityType, at: number): Entity {
  return { id, name, type, mentions: [{ start: at, end: at + name.length, text: name }], variants: [name] };
}

describe('mergeSlipVariants', () => {
  // first body, later body, same type, merged
  const cases: [string, string, EntityType, boolean][] = [
    ['Penwartha Dairy', 'Penwarthe Dairy', 'ORG', true],
    ['Kerridge Facilities', 'Keridge Facilities', 'ORG', true],
    ['Thornbury Gazette', 'Thornbery Gazette', 'MEDIA', true],
    ['Castlemoor Council', 'Castlemead Council', 'ORG', false],
    ['Bates Foundation', 'Gates Foundation', 'ORG', false],
    ['Penwartha Dairy', 'Penwartha Creamery', 'ORG', false],
  ];
  for (const [first, later, type, merged] of cases)
    it(`${later} after ${first}: ${merged ? 'one body' : 'two'}`, () => {
      const entities = [entity('E1', first, type, 0), entity('E2', later, type, 100)];
      const attributions = [{ source: { entity: 'E2' } }] as unknown as Attribution[];
      mergeSlipVariants(entities, attributions);
      assert.equal(entities.length, merged ? 1 : 2);
      assert.equal(attributions[0].source?.entity, merged ? 'E1' : 'E2');
      if (merged) assert.deepEqual(entities[0].variants, [first, later]);
    });
});

describe('mergeGivenNames', () => {
  // people named before (each at 0, 20, …), the speaker's one-word name (named at 100), its type, the
  // entity it joins (null: stays its own)
  const cases: [string[], string, EntityType, string | null][] = [
    [['Anouk Brennick'], 'Anouk', 'PERSON', 'E1'],
    [['Kit Brennick', 'Anouk Brennick'], 'Anouk', 'PERSON', 'E2'],
    // Two people of that given name: which one is not for the name to say.
    [['Anouk Brennick', 'Anouk Falla'], 'Anouk', 'PERSON', null],
    // A place or a body of that word is no one's given name.
    [['Anouk Brennick'], 'Anouk', 'LOC', null],
    // A name that only ends another's is a surname, left to the clusterer.
    [['Anouk Brennick'], 'Brennick', 'PERSON', null],
  ];
  for (const [people, speaker, type, joined] of cases)
    it(`${speaker} (${type}) after ${people.join(', ')}: ${joined ?? 'its own'}`, () => {
      const entities = people.map((p, k) => entity(`E${k + 1}`, p, 'PERSON', k * 20));
      const id = `E${people.length + 1}`;
      entities.push(entity(id, speaker, type, 100));
      const attributions = [{ source: { entity: id } }] as unknown as Attribution[];
      mergeGivenNames(entities, attributions);
      assert.equal(attributions[0].source?.entity, joined ?? id);
      assert.equal(entities.length, people.length + (joined ? 0 : 1));
      if (joined) assert.ok(entities.find((e) => e.id === joined)?.variants?.includes(speaker));
    });
  it('leaves a speaker named before the fuller name alone', () => {
    const entities = [entity('E1', 'Anouk', 'PERSON', 0), entity('E2', 'Anouk Brennick', 'PERSON', 50)];
    const attributions = [{ source: { entity: 'E1' } }] as unknown as Attribution[];
    mergeGivenNames(entities, attributions);
    assert.equal(entities.length, 2);
  });
});
