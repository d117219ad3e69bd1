import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Attribution } from '../../../src/analysis/types.js';
import { CARRIED_RULE } from '../../../src/extract/attributions/carriedStatements.js';
import { isRelayCue, linkChains, relaysThrough } from '../../../src/extract/attributions/chains.js';
import { attributionIn, spanAt } from './fixtures.js';

/** The definition linkChains indexes: every attribution against every other. */
function linkByScanningAll(attributions: Attribution[]): void {
  const span = (a: Attribution) => a.content.reduce((n, c) => n + c.end - c.start, 0);
  const sameContent = (a: Attribution, b: Attribution) =>
    a.content.length === b.content.length && a.content.every((c, i) => c.start === b.content[i].start);
  const byId = new Map(attributions.map((a) => [a.id, a]));
  for (const inner of attributions) {
    let best: Attribution | null = null;
    for (const outer of attributions) {
      if (outer === inner || relaysThrough(outer, inner, byId)) continue;
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

  it('never closes a loop, whatever the overlaps', () => {
    fc.assert(
      fc.property(fc.array(attributionArb, { maxLength: 25 }), (specs) => {
        const all = specs.map((s, i) => ({
          ...attributionIn(TEXT, {
            source: null,
            cue: spanAt(TEXT, s.cue[0], s.cue[1]),
            content: s.content.map(([a, b]) => spanAt(TEXT, a, b)),
            rule: 'test',
          }),
          id: `A${i + 1}`,
        }));
        linkChains(all);
        const byId = new Map(all.map((a) => [a.id, a]));
        for (const a of all) assert.ok(!relaysThrough(a, a, byId), `${a.id} reaches itself`);
      }),
      { numRuns: 400 },
    );
  });

  it('leaves the third of three cues that each sit in the next one’s content unlinked', () => {
    // "“As we wrote, he told us …. Bob wrote it …”": each cue inside another's content.
    const text = 'we wrote he told us this and Bob wrote it later';
    const at = (words: string, from = 0) =>
      spanAt(text, text.indexOf(words, from), text.indexOf(words, from) + words.length);
    const we = {
      ...attributionIn(text, {
        source: null,
        cue: at('wrote'),
        content: [at('he told us this and Bob wrote it later')],
        rule: 'test',
      }),
      id: 'A1',
    };
    const he = {
      ...attributionIn(text, {
        source: null,
        cue: at('told'),
        content: [at('us this and Bob wrote it later')],
        rule: 'test',
      }),
      id: 'A2',
    };
    const bob = {
      ...attributionIn(text, {
        source: null,
        cue: at('wrote', 20),
        content: [at('we wrote he told us this and'), at('later')],
        rule: 'test',
      }),
      id: 'A3',
    };
    const all = [we, he, bob];
    linkChains(all);
    const byId = new Map(all.map((a) => [a.id, a]));
    assert.ok(all.every((a) => !relaysThrough(a, a, byId)));
    assert.equal(all.filter((a) => a.via === null).length, 1);
  });
});
