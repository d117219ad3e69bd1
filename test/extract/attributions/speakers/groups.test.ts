import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { earlierNamedGroup } from '../../../../src/extract/attributions/speakers/groups.js';
import { entityIn } from '../fixtures.js';

describe('earlierNamedGroup: the head of a description, not a name its relative clause holds', () => {
  const text =
    'A ward at Dunmere General Hospital will close, the trust that runs the hospital said. The Dunmere Health Trust said so.';
  // [description, the body expected]
  const rows: [string, string | null][] = [
    ['trust that runs the hospital', null],
    ['hospital', 'Dunmere General Hospital'],
  ];
  for (const [description, want] of rows)
    it(`${description} → ${want}`, () => {
      const ents: Entity[] = [entityIn(text, 'E1', 'Dunmere General Hospital', 'ORG')];
      const at = text.indexOf('the trust that runs');
      assert.equal(earlierNamedGroup(text, description, at, ents)?.name ?? null, want);
    });
});
