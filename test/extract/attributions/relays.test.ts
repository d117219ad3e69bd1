import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution } from '../../../src/analysis/types.js';
import { linkChains, numberInOrder } from '../../../src/extract/attributions/chains.js';
import { joinRelays } from '../../../src/extract/attributions/relays.js';

// Flat attributions as a tagger trained on PolNeAR gives them; the texts are invented.
function attr(text: string, source: string | null, cue: string, content: string, lemma: string): Attribution {
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const c = span(cue);
  return {
    id: '',
    source: source ? { ...span(source), entity: null, kind: 'person' } : null,
    cue: { ...c, lemma, stance: 'assert' },
    content: [span(content)],
    form: 'indirect',
    via: null,
    confidence: 1,
    rule: 'test',
  };
}

describe('joinRelays', () => {
  it('turns "…, X said, reported the Herald" into a relay carrying the inner statement', () => {
    const text = '"The bridge will hold," Mayor Diaz said, reported the Lakeside Herald. Crews left.';
    const inner = attr(text, 'Mayor Diaz', 'said', 'The bridge will hold', 'say');
    const outer = attr(text, 'Mayor Diaz', 'reported', 'the Lakeside Herald', 'report');
    const all = [inner, outer];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(outer.source?.text, 'the Lakeside Herald');
    assert.equal(outer.source?.kind, 'media');
    assert.equal(outer.content[0].text, '"The bridge will hold," Mayor Diaz said');
    assert.equal(inner.via, outer.id);
  });

  it('extends "According to X, Y stated …" over the inner statement and chains it', () => {
    const text = 'According to the Valley Courier, the spokesman stated that fares would rise.';
    const outer = attr(text, 'the Valley Courier', 'According to', 'the spokesman', 'according to');
    const inner = attr(text, 'the spokesman', 'stated', 'that fares would rise', 'state');
    const all = [outer, inner];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(outer.content[0].text, 'the spokesman stated that fares would rise');
    assert.equal(inner.via, outer.id);
  });

  it('leaves unrelated neighbours alone', () => {
    const text = 'Ana said the road was shut. Ben said the bus was late.';
    const a = attr(text, 'Ana', 'said', 'the road was shut', 'say');
    const b = attr(text, 'Ben', 'said', 'the bus was late', 'say');
    const all = [a, b];
    numberInOrder(all);
    joinRelays(text, all);
    linkChains(all);
    assert.equal(a.via, null);
    assert.equal(b.via, null);
    assert.equal(b.content[0].text, 'the bus was late');
  });
});
