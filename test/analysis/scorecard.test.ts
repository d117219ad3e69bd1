import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeScorecard } from '../../src/analysis/scorecard.js';
import type { Attribution, Claim, Dispute, Entity, SourceKind } from '../../src/analysis/types.js';

const span = { start: 0, end: 1, text: 'x' };
function attribution(
  id: string,
  source: { text: string; kind: SourceKind; entity?: string } | null,
  form: Attribution['form'] = 'indirect',
  via: string | null = null,
): Attribution {
  return {
    id,
    source: source ? { ...span, text: source.text, kind: source.kind, entity: source.entity ?? null } : null,
    cue: { ...span, lemma: 'say', stance: 'assert' },
    content: [span],
    form,
    via,
    confidence: 1,
    rule: 'test',
  };
}
const claim = (id: string, sourced: boolean, checkworthy: number): Claim => ({
  ...span,
  id,
  sourced,
  attribution: sourced ? 'A1' : null,
  checkworthy,
});

describe('computeScorecard', () => {
  const entities: Entity[] = [
    { id: 'E1', name: 'Mara Venn', type: 'PERSON', mentions: [] },
    { id: 'E2', name: 'The Harbour Gazette', type: 'MEDIA', mentions: [] },
  ];
  const attributions = [
    attribution('A1', { text: 'Mara Venn', kind: 'person', entity: 'E1' }, 'direct'),
    attribution('A2', { text: 'Venn', kind: 'person', entity: 'E1' }, 'indirect'),
    attribution('A3', { text: 'the Gazette', kind: 'media', entity: 'E2' }, 'indirect'),
    attribution('A4', { text: 'two dock workers', kind: 'anonymous' }, 'direct', 'A3'),
    attribution('A5', { text: 'Two  dock workers', kind: 'anonymous' }, 'mixed', 'A1'),
    attribution('A6', { text: 'the port authority', kind: 'organization' }, 'indirect'),
    attribution('A7', null, 'indirect'),
  ];
  const claims = [
    claim('C1', true, 0.9),
    claim('C2', false, 0.8),
    claim('C3', false, 0.2),
    claim('C4', false, 0.5),
  ];
  const disputes: Dispute[] = [{ id: 'D1', claim: 'A3', denials: ['A2'], about: span }];
  const s = computeScorecard(entities, attributions, claims, disputes);

  it('counts attributions, distinct sources and their kinds (one source quoted twice counts once)', () => {
    assert.equal(s.attributions, 7);
    assert.equal(s.distinctSources, 4);
    assert.deepEqual(s.named, { person: 1, organization: 1, media: 1, document: 0 });
    assert.equal(s.anonymous, 1);
    assert.equal(s.agentless, 1);
    assert.deepEqual([s.direct, s.indirect, s.mixed], [2, 4, 1]);
  });

  it('counts unsourced claims and the check-worthy ones among them', () => {
    assert.equal(s.claims, 4);
    assert.equal(s.unsourcedClaims, 3);
    assert.equal(s.unsourcedCheckworthy, 2);
    assert.equal(s.shares.unsourcedClaims, 0.75);
  });

  it('names relayed outlets by their entity, not people who pass words on, and counts disputes', () => {
    assert.deepEqual(s.outletsRelayed, ['The Harbour Gazette']);
    assert.equal(s.disputes, 1);
    assert.equal(s.shares.anonymous, 0.286);
    assert.equal(s.shares.direct, 0.286);
  });

  it('names an outlet whose document relays others ("a memo seen by the Gazette")', () => {
    const memo = [
      attribution('A1', { text: 'a memo seen by the Harbour Gazette', kind: 'document', entity: 'E2' }),
      attribution('A2', { text: 'auditors', kind: 'unknown' }, 'indirect', 'A1'),
      attribution('A3', { text: 'a report by Mara Venn', kind: 'document', entity: 'E1' }),
      attribution('A4', { text: 'tenants', kind: 'unknown' }, 'indirect', 'A3'),
    ];
    assert.deepEqual(computeScorecard(entities, memo, [], []).outletsRelayed, ['The Harbour Gazette']);
  });

  it('is all zeros for an empty article', () => {
    const empty = computeScorecard([], [], [], []);
    assert.equal(empty.attributions, 0);
    assert.deepEqual(empty.shares, { anonymous: 0, unsourcedClaims: 0, direct: 0 });
    assert.deepEqual(empty.outletsRelayed, []);
  });
});
