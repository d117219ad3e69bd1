import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../../src/analysis/types.js';
import { partyToSale } from '../../../../src/extract/attributions/speakers/trades.js';
import { entityIn } from '../fixtures.js';

describe('partyToSale: "the buyer" or "the seller" of a sale the article told', () => {
  // [what the row shows, the text, the description, the body expected]
  const rows: [string, string, string, string | null][] = [
    [
      'the buyer is the body a thing was sold to',
      'Harl Foods said it had sold its mills to Brenning Grain in May. The buyer said it would keep them.',
      'the buyer',
      'Brenning Grain',
    ],
    [
      'the seller is the body that sold',
      'Harl Foods said it had sold its mills to Brenning Grain in May. The seller said it needed cash.',
      'the seller',
      'Harl Foods',
    ],
    [
      'the buyer is the body that bought',
      'Brenning Grain bought the mills from Harl Foods last year. The buyer said it would keep them.',
      'the buyer',
      'Brenning Grain',
    ],
    [
      'the seller is the body a thing was bought from',
      'Brenning Grain bought the mills from Harl Foods last year. The seller said it needed cash.',
      'the seller',
      'Harl Foods',
    ],
    [
      'no one, when no sale was told',
      'Harl Foods said it would shut its mills. Brenning Grain said it was sorry. The buyer said nothing.',
      'the buyer',
      null,
    ],
  ];
  for (const [name, t, description, want] of rows)
    it(name, () => {
      const ents: Entity[] = [
        entityIn(t, 'E1', 'Harl Foods', 'ORG'),
        entityIn(t, 'E2', 'Brenning Grain', 'ORG'),
      ];
      const at = t.lastIndexOf(description[0].toUpperCase() + description.slice(1));
      assert.equal(partyToSale(t, description, at, ents)?.name ?? null, want);
    });
});
