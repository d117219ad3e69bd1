import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../../src/analysis/types.js';
import { extractAttributions } from '../../../src/extract/attributions/index.js';
import type { ExtractionContext } from '../../../src/extract/context.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';

const text = 'The harbour master said two of the ferries would stay in port until the storm passed.';

function context(entities: Entity[]): ExtractionContext {
  const doc = makeDoc(text);
  annotate(doc);
  const body = [{ start: 0, end: text.length }];
  return {
    doc,
    article: { title: null, byline: [], published: null, url: null, outlet: null, body, removed: [] },
    published: null,
    entities,
    attributions: [],
    claims: [],
  };
}

describe('attribution extraction when a stage fails', () => {
  it('keeps the attributions and says why their sources have no entity', () => {
    // An entity list that is not one makes speaker resolution throw, as a bug in it would.
    const ctx = context({ some: () => ({}) } as unknown as Entity[]);
    const found = extractAttributions(ctx);
    assert.ok(found.length > 0, 'the attributions stand');
    assert.equal(ctx.warnings?.length, 1);
    assert.match(ctx.warnings![0]!, /^speaker resolution failed/);
  });

  it('adds no warning when nothing failed', () => {
    const ctx = context([]);
    assert.ok(extractAttributions(ctx).length > 0);
    assert.equal(ctx.warnings, undefined);
  });
});
