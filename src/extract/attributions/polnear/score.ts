/**
 * Scores predicted attributions against PolNeAR-style gold: precision, recall and F1 per role
 * (source, cue, content) and for whole attributions, each exact (same characters after trimming
 * white space and punctuation at the edges of each fragment) and overlap (at least one shared
 * character), with greedy one-to-one matching. Predictions are first flattened: an attribution with
 * a `via` folds into the one it points to, as PolNeAR annotates a relayed report once.
 */
import type { Attribution } from '../../../analysis/types.js';
import type { Fragment, GoldAttribution } from './load.js';

export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export type Role = 'source' | 'cue' | 'content' | 'whole';
export type Tally = Record<Role, { exact: Counts; overlap: Counts }>;

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const EDGE = /[\s\p{P}\p{S}]/u;
const SPACE = /\s/u;

export function emptyTally(): Tally {
  const c = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });
  return {
    source: { exact: c(), overlap: c() },
    cue: { exact: c(), overlap: c() },
    content: { exact: c(), overlap: c() },
    whole: { exact: c(), overlap: c() },
  };
}

/** Flat projection: each attribution with a `via` is folded, roles and all, into the content of its root relay. */
export function flatten(attributions: Attribution[]): GoldAttribution[] {
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const rootOf = (a: Attribution): Attribution => {
    let cur = a;
    for (let steps = 0; cur.via && byId.has(cur.via) && steps < attributions.length; steps++)
      cur = byId.get(cur.via)!;
    return cur;
  };
  const flat = new Map<Attribution, GoldAttribution>();
  for (const a of attributions) {
    if (rootOf(a) !== a) continue;
    flat.set(a, {
      source: a.source ? [{ start: a.source.start, end: a.source.end }] : [],
      cue: [{ start: a.cue.start, end: a.cue.end }],
      content: a.content.map((c) => ({ start: c.start, end: c.end })),
    });
  }
  for (const a of attributions) {
    const root = rootOf(a);
    if (root === a) continue;
    const into = flat.get(root)!;
    if (a.source) into.content.push({ start: a.source.start, end: a.source.end });
    into.content.push({ start: a.cue.start, end: a.cue.end });
    into.content.push(...a.content.map((c) => ({ start: c.start, end: c.end })));
  }
  return [...flat.values()];
}

/**
 * Normalises a role: trims each fragment's edges, sorts and merges fragments that touch or overlap.
 * A role made only of punctuation (a ":" or "―" cue) keeps its marks, trimmed of white space only:
 * trimming it to nothing would drop it from both sides of the count, right or wrong.
 */
export function normalize(text: string, frags: Fragment[]): Fragment[] {
  const trimmed = trimAll(text, frags, EDGE);
  if (trimmed.length === 0) trimmed.push(...trimAll(text, frags, SPACE));
  trimmed.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Fragment[] = [];
  for (const f of trimmed) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last.end + 1 && onlyEdges(text, last.end, f.start))
      last.end = Math.max(last.end, f.end);
    else merged.push({ ...f });
  }
  return merged;
}

function trimAll(text: string, frags: Fragment[], edge: RegExp): Fragment[] {
  const out: Fragment[] = [];
  for (const f of frags) {
    let { start, end } = f;
    while (start < end && edge.test(text[start])) start++;
    while (end > start && edge.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function onlyEdges(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!EDGE.test(text[i])) return false;
  return true;
}

function sameSpan(a: Fragment[], b: Fragment[]): boolean {
  return a.length === b.length && a.every((f, i) => f.start === b[i].start && f.end === b[i].end);
}

/** Number of characters two normalised roles share. */
function shared(a: Fragment[], b: Fragment[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

type Norm = Record<'source' | 'cue' | 'content', Fragment[]>;

/** Adds one article's counts to `tally`. */
export function scoreArticle(
  text: string,
  predicted: GoldAttribution[],
  gold: GoldAttribution[],
  tally: Tally,
): void {
  const norm = (g: GoldAttribution): Norm => ({
    source: normalize(text, g.source),
    cue: normalize(text, g.cue),
    content: normalize(text, g.content),
  });
  const P = predicted.map(norm);
  const G = gold.map(norm);
  for (const role of ['source', 'cue', 'content'] as const) {
    const ps = P.map((p) => p[role]);
    const gs = G.map((g) => g[role]);
    for (const mode of ['exact', 'overlap'] as const) {
      const t = tally[role][mode];
      t.predicted += ps.filter((x) => x.length > 0).length;
      t.gold += gs.filter((x) => x.length > 0).length;
      t.matched += greedyMatch(ps.length, gs.length, (i, j) => roleScore(ps[i], gs[j], mode));
    }
  }
  for (const mode of ['exact', 'overlap'] as const) {
    const t = tally.whole[mode];
    t.predicted += P.length;
    t.gold += G.length;
    t.matched += greedyMatch(P.length, G.length, (i, j) => {
      let total = 0;
      for (const role of ['source', 'cue', 'content'] as const) {
        if (P[i][role].length === 0 && G[j][role].length === 0) continue;
        const s = roleScore(P[i][role], G[j][role], mode);
        if (s <= 0) return 0;
        total += s;
      }
      return total;
    });
  }
}

/** A positive score when two roles match in this mode (larger = better), else 0. */
function roleScore(a: Fragment[], b: Fragment[], mode: 'exact' | 'overlap'): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (mode === 'exact') return sameSpan(a, b) ? 1 : 0;
  return shared(a, b);
}

/** Greedy one-to-one matching: best-scoring pairs first, ties by index. Returns the number matched. */
function greedyMatch(n: number, m: number, score: (i: number, j: number) => number): number {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      const s = score(i, j);
      if (s > 0) pairs.push([s, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Uint8Array(n);
  const usedG = new Uint8Array(m);
  let matched = 0;
  for (const [, i, j] of pairs) {
    if (usedP[i] || usedG[j]) continue;
    usedP[i] = usedG[j] = 1;
    matched++;
  }
  return matched;
}

export function prf(c: Counts): Prf {
  const p = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const r = c.gold === 0 ? 0 : c.matched / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: round(p * 100), r: round(r * 100), f1: round(f1 * 100) };
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The summary figures the gate watches. */
export function headline(t: Tally) {
  return {
    cueExact: prf(t.cue.exact).f1,
    sourceExact: prf(t.source.exact).f1,
    contentOverlap: prf(t.content.overlap).f1,
    wholeOverlap: prf(t.whole.overlap).f1,
    wholeExact: prf(t.whole.exact).f1,
  };
}
