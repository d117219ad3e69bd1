/**
 * Turns an analysis into marked text segments. Analysis offsets are Unicode code points; the DOM
 * wants UTF-16, so offsets are mapped once through a code-point index.
 */
import type { Analysis, Attribution } from '../../src/analysis/types.js';

/** A claim at least this check-worthy, with no source, is flagged for the reader. */
export const CHECKWORTHY = 0.5;

export type MarkKind = 'source' | 'cue' | 'content' | 'anonymous' | 'unsourced' | 'removed';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The attribution this mark belongs to (none for claims and removed text). */
  attribution?: string;
}

export interface Segment {
  /** UTF-16 offsets into the analysis text. */
  start: number;
  end: number;
  kinds: Set<MarkKind>;
  /** Attributions covering this segment, outermost first. */
  attributions: string[];
  /** Set on the first segment of a cue: that segment is the attribution's keyboard stop. */
  cueOf?: string;
}

/** utf16[i] is the UTF-16 index of code point i; utf16[length] is the text's UTF-16 length. */
export function codePointIndex(text: string): number[] {
  const index: number[] = [];
  let u = 0;
  for (const ch of text) {
    index.push(u);
    u += ch.length;
  }
  index.push(u);
  return index;
}

export function marksOf(analysis: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const a of analysis.attributions) {
    if (a.source) {
      marks.push({ start: a.source.start, end: a.source.end, kind: 'source', attribution: a.id });
      if (a.source.kind === 'anonymous')
        marks.push({ start: a.source.start, end: a.source.end, kind: 'anonymous', attribution: a.id });
    }
    marks.push({ start: a.cue.start, end: a.cue.end, kind: 'cue', attribution: a.id });
    for (const c of a.content) marks.push({ start: c.start, end: c.end, kind: 'content', attribution: a.id });
  }
  for (const c of analysis.claims)
    if (!c.sourced && c.checkworthy >= CHECKWORTHY)
      marks.push({ start: c.start, end: c.end, kind: 'unsourced' });
  for (const r of analysis.article.removed) marks.push({ start: r.start, end: r.end, kind: 'removed' });
  return marks.filter((m) => m.end > m.start);
}

/** Cuts the text at every mark boundary; each piece knows which marks cover it. */
export function segment(analysis: Analysis): Segment[] {
  const text = analysis.text;
  const utf16 = codePointIndex(text);
  const cpLength = utf16.length - 1;
  const clamp = (n: number) => Math.max(0, Math.min(cpLength, n));
  const marks = marksOf(analysis).map((m) => ({ ...m, start: clamp(m.start), end: clamp(m.end) }));
  const cuts = new Set<number>([0, cpLength]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  // Outer attributions first, so the innermost (last) one wins hover.
  const depth = attributionDepths(analysis.attributions);
  const seenCue = new Set<string>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, e] = [bounds[i], bounds[i + 1]];
    if (s === e) continue;
    const covering = marks.filter((m) => m.start <= s && m.end >= e);
    const attributions = [...new Set(covering.flatMap((m) => (m.attribution ? [m.attribution] : [])))].sort(
      (a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0),
    );
    const seg: Segment = {
      start: utf16[s],
      end: utf16[e],
      kinds: new Set(covering.map((m) => m.kind)),
      attributions,
    };
    const cue = covering.find((m) => m.kind === 'cue' && m.attribution && !seenCue.has(m.attribution));
    if (cue?.attribution) {
      seenCue.add(cue.attribution);
      seg.cueOf = cue.attribution;
    }
    segments.push(seg);
  }
  return segments;
}

/** How many `via` hops lead out of each attribution (a relayed quote sits inside its relay). */
function attributionDepths(attributions: Attribution[]): Map<string, number> {
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const depth = new Map<string, number>();
  for (const a of attributions) {
    let d = 0;
    const seen = new Set<string>();
    for (let v = a.via; v && !seen.has(v) && byId.has(v); v = byId.get(v)!.via) {
      seen.add(v);
      d++;
    }
    depth.set(a.id, d);
  }
  return depth;
}

/** Speaker → relaying sources → this article, e.g. ["Haftar", "Libya Herald", "this article"]. */
export function chainOf(analysis: Analysis, attributionId: string): string[] {
  const byId = new Map(analysis.attributions.map((a) => [a.id, a]));
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const label = (a: Attribution) =>
    a.source
      ? a.source.entity
        ? (names.get(a.source.entity) ?? a.source.text)
        : a.source.text
      : '(no source given)';
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let a = byId.get(attributionId); a && !seen.has(a.id); a = a.via ? byId.get(a.via) : undefined) {
    seen.add(a.id);
    chain.push(label(a));
  }
  chain.push(analysis.article.outlet ? `this article (${analysis.article.outlet})` : 'this article');
  return chain;
}
