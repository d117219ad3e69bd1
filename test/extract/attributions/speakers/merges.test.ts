import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Entity, EntityType } from '../../../../src/analysis/types.js';
import { mergeSlipVariants } from '../../../../src/extract/attributions/speakers/merges.js';

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
