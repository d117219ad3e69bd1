/**
 * Confidences that mean what they say. A cue's confidence is sigmoid((margin − offset) / scale) of
 * the cue tagger's margin, and a rule attribution's is the rule's precision; both are measured on
 * PolNeAR train with cross-fitted cue taggers (each fold tagged by a tagger that never saw it), so
 * the numbers are out-of-sample without touching dev, and move with the taggers at each retraining.
 */
import type { Attribution } from '../../../analysis/types.js';
import type { TokenSpan } from '../build.js';
import type { GoldAttribution } from '../polnear/load.js';
import { normalize } from '../polnear/score.js';
import type { DocView } from './view.js';

export interface Calibration {
  /** Margin at which a cue is right half of the time. */
  offset: number;
  /** Margin distance over which the odds of being right grow e-fold. */
  scale: number;
  /** Rule name → share of its attributions that were right (smoothed), for rules seen often enough. */
  rules: Record<string, number>;
}

/** What the models did before calibration was measured (weights from older training runs). */
export const UNCALIBRATED: Calibration = { offset: 0, scale: 2, rules: {} };
/** Rules seen fewer times than this keep their own fixed confidence. */
const MIN_RULE_CASES = 5;
const NEWTON_STEPS = 50;

export const confidenceOf = (c: Calibration, margin: number) =>
  Math.round((1 / (1 + Math.exp(-(margin - c.offset) / c.scale))) * 100) / 100;

/** A cue's margin and whether the cue matched a gold cue exactly. */
export interface Outcome {
  margin: number;
  right: boolean;
}

/**
 * Fits p = sigmoid(a + b·margin) by Newton's method on the log loss (a tiny ridge keeps the Hessian
 * invertible when the outcomes separate), returned as offset −a/b and scale 1/b.
 */
export function fitLogistic(points: Outcome[]): { offset: number; scale: number } {
  let a = 0;
  let b = 0;
  const ridge = 1e-6 * Math.max(1, points.length);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    let ga = 0;
    let gb = 0;
    let haa = ridge;
    let hab = 0;
    let hbb = ridge;
    for (const { margin: x, right } of points) {
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const r = p - (right ? 1 : 0);
      const w = p * (1 - p);
      ga += r;
      gb += r * x;
      haa += w;
      hab += w * x;
      hbb += w * x * x;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  // A flat or inverted fit means the margin says nothing: keep confidences near the base rate.
  if (!(b > 1e-6)) return { offset: 0, scale: 1e6 };
  return { offset: round3(-a / b), scale: round3(1 / b) };
}

/** Mean log loss (natural log) of confidences against outcomes, clipped away from 0 and 1. */
export function logLoss(points: { p: number; right: boolean }[]): number {
  let sum = 0;
  for (const { p, right } of points) {
    const q = Math.min(1 - 1e-3, Math.max(1e-3, p));
    sum -= Math.log(right ? q : 1 - q);
  }
  return points.length ? sum / points.length : 0;
}

/** Precision per tenth of the cases sorted by confidence (lowest first): [mean confidence, share right, cases]. */
export function decilePrecision(points: { p: number; right: boolean }[]): [number, number, number][] {
  const sorted = [...points].sort((x, y) => x.p - y.p);
  const out: [number, number, number][] = [];
  for (let d = 0; d < 10; d++) {
    const part = sorted.slice(
      Math.floor((d * sorted.length) / 10),
      Math.floor(((d + 1) * sorted.length) / 10),
    );
    if (part.length === 0) continue;
    const mean = part.reduce((s, x) => s + x.p, 0) / part.length;
    const right = part.filter((x) => x.right).length / part.length;
    out.push([round3(mean), round3(right), part.length]);
  }
  return out;
}

/** Normalised gold cues of an article, as "start-end" keys, for exact matching. */
export function goldCueKeys(text: string, gold: GoldAttribution[]): Set<string> {
  return new Set(gold.map((g) => keyOf(normalize(text, g.cue))));
}

export function cueIsRight(text: string, cue: { start: number; end: number }, gold: Set<string>): boolean {
  return gold.has(keyOf(normalize(text, [cue])));
}

/** A token span's character range. */
export function charsOf(v: DocView, t: TokenSpan): { start: number; end: number } {
  return { start: v.doc.tokStart[t.start], end: v.doc.tokEnd[t.end - 1] };
}

/** Smoothed precision per rule over judged rule attributions (relayed ones, folded by PolNeAR, are not judged). */
export function rulePrecision(cases: { rule: string; right: boolean }[]): Record<string, number> {
  const tally = new Map<string, [number, number]>();
  for (const { rule, right } of cases) {
    const t = tally.get(rule) ?? [0, 0];
    t[0] += right ? 1 : 0;
    t[1] += 1;
    tally.set(rule, t);
  }
  const out: Record<string, number> = {};
  for (const [rule, [right, n]] of [...tally].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    if (n >= MIN_RULE_CASES) out[rule] = Math.round(((right + 1) / (n + 2)) * 100) / 100;
  return out;
}

/** Rule attributions of one extraction worth judging: not the trained tagger's, and not relayed. */
export function judgedRules(found: Attribution[], trainedRule: string): Attribution[] {
  return found.filter((a) => a.rule !== trainedRule && !a.via);
}

export function calibrationFromJson(json: unknown): Calibration {
  if (!json || typeof json !== 'object') return UNCALIBRATED;
  const j = json as Record<string, unknown>;
  const rules: Record<string, number> = {};
  if (j.rules && typeof j.rules === 'object')
    for (const [k, v] of Object.entries(j.rules)) if (typeof v === 'number') rules[k] = v;
  return typeof j.offset === 'number' && typeof j.scale === 'number' && j.scale > 0
    ? { offset: j.offset, scale: j.scale, rules }
    : UNCALIBRATED;
}

const keyOf = (frags: { start: number; end: number }[]) => frags.map((f) => `${f.start}-${f.end}`).join(',');
const round3 = (x: number) => Math.round(x * 1000) / 1000;
