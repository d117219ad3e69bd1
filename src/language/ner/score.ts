/** conlleval-style scoring: exact-span precision, recall and F1 per entity type and overall. */

export interface SpanScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Span = [start: number, end: number, type: string];

export class SpanScorer {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  constructor(readonly types: readonly string[]) {
    for (const t of types) this.counts.set(t, { tp: 0, fp: 0, fn: 0 });
  }

  /** Adds one sentence's gold and predicted spans (types outside `types` are ignored). */
  add(gold: readonly Span[], predicted: readonly Span[]): void {
    const key = (s: Span) => `${s[0]}:${s[1]}:${s[2]}`;
    const goldKeys = new Set(gold.filter((s) => this.counts.has(s[2])).map(key));
    const predKeys = new Set(predicted.filter((s) => this.counts.has(s[2])).map(key));
    for (const k of predKeys) {
      const c = this.counts.get(k.slice(k.lastIndexOf(':') + 1))!;
      if (goldKeys.has(k)) c.tp++;
      else c.fp++;
    }
    for (const k of goldKeys) if (!predKeys.has(k)) this.counts.get(k.slice(k.lastIndexOf(':') + 1))!.fn++;
  }

  /** Scores per type, plus 'ALL' micro-averaged over types. */
  scores(): Record<string, SpanScore> {
    const out: Record<string, SpanScore> = {};
    const all = { tp: 0, fp: 0, fn: 0 };
    for (const [t, c] of this.counts) {
      out[t] = finish(c);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    out.ALL = finish(all);
    return out;
  }
}

function finish(c: { tp: number; fp: number; fn: number }): SpanScore {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
