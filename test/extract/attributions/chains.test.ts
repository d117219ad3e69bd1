import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { CARRIED_RULE } from '../../../src/extract/attributions/carriedStatements.js';
import { isRelayCue, linkChains } from '../../../src/extract/attributions/chains.js';
import { attributionIn, spanAt } from './fixtures.js';

/** The definition linkChains indexes: every attribution against every other. */
function linkByScanningAll(attributions: Attribution[]): void {
  const span = (a: Attribution) => a.content.reduce((n, c) => n + c.end - c.start, 0);
  const sameContent = (a: Attribution, b: Attribution) =>
    a.content.length === b.content.length && a.content.every((c, i) => c.start === b.content[i].start);
  for (const inner of attributions) {
    let best: Attribution | null = null;
    for (const outer of attributions) {
      if (outer === inner || outer.via === inner.id) continue;
      const holdsCue = outer.content.some((c) => c.start <= inner.cue.start && inner.cue.end <= c.end);
      // "AP reported …, quoting officials", and "AP, quoting officials, reported …": the report relays.
      const relays =
        isRelayCue(inner) &&
        sameContent(inner, outer) &&
        (outer.cue.start < inner.cue.start || !isRelayCue(outer));
      // "… said in a statement carried by AP": the outlet relays the statement.
      const carries = inner.rule !== CARRIED_RULE && outer.rule === CARRIED_RULE && sameContent(inner, outer);
      if (!(holdsCue || relays || carries)) continue;
      if (!best || span(outer) < span(best)) best = outer;
    }
    if (best) inner.via = best.id;
  }
}

const TEXT = `${'The council said that quoting residents citing the audit, the Post reported. '.repeat(4)}`;

const spanArb = fc
  .tuple(fc.nat(TEXT.length - 1), fc.integer({ min: 1, max: 60 }))
  .map(([start, length]) => [start, Math.min(TEXT.length, start + length)] as const);

const attributionArb = fc.record({
  cue: spanArb,
  content: fc.array(spanArb, { minLength: 1, maxLength: 3 }),
  relay: fc.boolean(),
  carried: fc.boolean(),
});

describe('linkChains', () => {
  it('links exactly as the scan of every pair does, whatever the order and overlaps', () => {
    fc.assert(
      fc.property(fc.array(attributionArb, { maxLength: 25 }), (specs) => {
        const build = () =>
          specs.map((s, i) => {
            // A relay cue is one of the words RELAYED_BY holds, wherever it stands.
            const cue = s.relay
              ? spanAt(TEXT, TEXT.indexOf('quoting'), TEXT.indexOf('quoting') + 'quoting'.length)
              : spanAt(TEXT, s.cue[0], s.cue[1]);
            const content = s.content.map(([a, b]) => spanAt(TEXT, a, b));
            const rule = s.carried ? CARRIED_RULE : 'test';
            return { ...attributionIn(TEXT, { source: null, cue, content, rule }), id: `A${i + 1}` };
          });
        const indexed = build();
        const scanned = build();
        linkChains(indexed);
        linkByScanningAll(scanned);
        assert.deepEqual(
          indexed.map((a) => a.via),
          scanned.map((a) => a.via),
        );
      }),
      { numRuns: 400 },
    );
  });
});
