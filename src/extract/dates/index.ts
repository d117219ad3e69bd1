/**
 * Dates: temporal expressions in the article body (patterns.ts), resolved against the publication
 * date when there is one, each tied to its sentence and to the attribution whose span holds it,
 * so a report can lay the events out on a timeline.
 */
import type { Attribution, DateMention, Range } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';
import { parseYmd } from './calendar.js';
import { DATE_PATTERNS, DEADLINE_BEFORE, FUTURE_CONTEXT } from './patterns.js';

/** A cheap test that a stretch of text may hold a date at all, so most of it skips the patterns. */
const MAY_HOLD_DATE =
  /\d|day\b|night|morning|afternoon|evening|week|month|year|ago|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

interface Found {
  start: number;
  end: number;
  value: DateMention['value'];
}

/** The extent of an attribution: from its first span to its last. */
function extent(a: Attribution): Range {
  const spans: Range[] = [a.cue, ...a.content];
  if (a.source) spans.push(a.source);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** The innermost attribution whose extent holds [start, end). */
function holdingAttribution(
  extents: { id: string; range: Range }[],
  start: number,
  end: number,
): string | null {
  let best: { id: string; range: Range } | null = null;
  for (const e of extents) {
    if (e.range.start > start || e.range.end < end) continue;
    if (!best || e.range.end - e.range.start < best.range.end - best.range.start) best = e;
  }
  return best?.id ?? null;
}

/** Non-overlapping matches of every pattern in text[start, end): the longest wins, then the earliest. */
function scan(text: string, start: number, end: number, ref: ReturnType<typeof parseYmd>): Found[] {
  const slice = text.slice(start, end);
  if (!MAY_HOLD_DATE.test(slice)) return [];
  const found: Found[] = [];
  const futureSentence = FUTURE_CONTEXT.test(slice);
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(slice); m; m = pattern.re.exec(slice)) {
      const future = futureSentence || DEADLINE_BEFORE.test(slice.slice(Math.max(0, m.index - 4), m.index));
      const value = pattern.resolve(m, ref, future);
      if (value !== null) found.push({ start: start + m.index, end: start + m.index + m[0].length, value });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** Temporal expressions, resolved against the publication date when there is one. */
export function findDates(ctx: ExtractionContext): DateMention[] {
  const { doc } = ctx;
  const ref = parseYmd(ctx.published);
  const extents = ctx.attributions.map((a) => ({ id: a.id, range: extent(a) }));
  const out: DateMention[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (doc.sentEnd[s] <= doc.sentStart[s]) continue;
    const sentence = doc.charRange(doc.sentStart[s], doc.sentEnd[s]);
    for (const f of scan(doc.text, sentence.start, sentence.end, ref)) {
      out.push({
        start: f.start,
        end: f.end,
        text: doc.text.slice(f.start, f.end),
        value: f.value,
        sentence,
        attribution: holdingAttribution(extents, f.start, f.end),
      });
    }
  }
  return out;
}
