import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { nearest } from '../../../../src/extract/attributions/speakers/mentions.js';

/** An entity named `id` mentioned at each [start, end). */
function entity(id: string, mentions: [number, number][]): Entity {
  return {
    id,
    name: id,
    type: 'PERSON',
    mentions: mentions.map(([start, end]) => ({ start, end, text: id, rule: 'test' })),
  } as Entity;
}

describe('nearest: the entity mentioned last before a point among those accepted', () => {
  // entities, the point, the ids accepted, the id and mention start expected
  const cases: [string, Entity[], number, string[], [string, number] | null][] = [
    ['the latest mention wins', [entity('A', [[0, 3]]), entity('B', [[10, 13]])], 20, ['A', 'B'], ['B', 10]],
    [
      'a mention ending after the point is not before it',
      [entity('A', [[0, 3]]), entity('B', [[18, 22]])],
      20,
      ['A', 'B'],
      ['A', 0],
    ],
    [
      'an entity not accepted is passed over',
      [entity('A', [[0, 3]]), entity('B', [[10, 13]])],
      20,
      ['A'],
      ['A', 0],
    ],
    [
      'its last mention before the point counts',
      [
        entity('A', [
          [0, 3],
          [14, 17],
          [30, 33],
        ]),
        entity('B', [[10, 13]]),
      ],
      20,
      ['A', 'B'],
      ['A', 14],
    ],
    [
      'at a tie the earlier in the list',
      [entity('A', [[5, 8]]), entity('B', [[5, 9]])],
      20,
      ['A', 'B'],
      ['A', 5],
    ],
    [
      'at a tie the later when the earlier is not accepted',
      [entity('A', [[5, 8]]), entity('B', [[5, 9]])],
      20,
      ['B'],
      ['B', 5],
    ],
    ['a mention at the very start', [entity('A', [[0, 3]])], 3, ['A'], ['A', 0]],
    ['none before the point', [entity('A', [[30, 33]])], 20, ['A'], null],
  ];
  for (const [what, entities, at, accepted, expected] of cases)
    it(what, () => {
      const found = nearest(entities, at, (e) => accepted.includes(e.id));
      assert.deepEqual(found && [found.entity.id, found.at], expected);
    });

  it('asks only about entities mentioned as late as the best so far', () => {
    const asked: string[] = [];
    const entities = [entity('A', [[0, 3]]), entity('B', [[4, 7]]), entity('C', [[10, 13]])];
    nearest(entities, 20, (e) => {
      asked.push(e.id);
      return true;
    });
    assert.deepEqual(asked, ['C']);
  });
});
