/**
 * Plain-language descriptions of analysis parts, shared by the text and HTML reports so that both
 * say the same thing about an attribution: who its source is, what chain it came through, what it said.
 */
import type { Analysis, Attribution, Claim, DateMention, Entity } from '../analysis/types.js';

/** Contents longer than this (in code points) are shortened in the middle. */
export const MAX_CONTENT_CHARS = 280;
const ELISION = ' […] ';
const FRAGMENT_JOINER = ' … ';

/** Lookup tables over one analysis, built once per report. */
export interface Index {
  attribution: Map<string, Attribution>;
  entity: Map<string, Entity>;
}

export function indexAnalysis(analysis: Analysis): Index {
  return {
    attribution: new Map(analysis.attributions.map((a) => [a.id, a])),
    entity: new Map(analysis.entities.map((e) => [e.id, e])),
  };
}

/** Shortens `text` to at most `max` code points by cutting its middle, never splitting a surrogate pair. */
export function elideMiddle(text: string, max = MAX_CONTENT_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const keep = Math.max(2, max - [...ELISION].length);
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  return (
    chars.slice(0, head).join('').trimEnd() +
    ELISION +
    chars
      .slice(chars.length - tail)
      .join('')
      .trimStart()
  );
}

/** Collapses runs of whitespace (newlines, NBSP) so a span reads as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The content fragments of an attribution as one readable string. */
export function contentText(a: Attribution, max = MAX_CONTENT_CHARS): string {
  return elideMiddle(a.content.map((c) => oneLine(c.text)).join(FRAGMENT_JOINER), max);
}

/** The canonical entity name of a source, when it resolved to an entity. */
export function entityNameOf(a: Attribution, index: Index): string | null {
  const id = a.source?.entity;
  return id ? (index.entity.get(id)?.name ?? null) : null;
}

/** True when the source's own words already say the entity's name (`the Libya Herald` and `Libya Herald`). */
export function mentionsName(sourceText: string, name: string): boolean {
  return oneLine(sourceText).toLowerCase().includes(name.toLowerCase());
}

/** How to name an attribution's source in a sentence: the resolved name, else the words of the text. */
export function sourceName(a: Attribution, index: Index): string {
  if (!a.source) return '(no source)';
  return entityNameOf(a, index) ?? oneLine(a.source.text);
}

/** The source kind, with `agentless` for attributions that have no source at all. */
export function sourceKind(a: Attribution): string {
  return a.source ? a.source.kind : 'agentless';
}

/**
 * The chain of attributions this one is reported through, nearest first, following `via`
 * transitively. A cycle or a dangling id ends the chain rather than looping.
 */
export function chainOf(a: Attribution, index: Index): Attribution[] {
  const chain: Attribution[] = [];
  const seen = new Set([a.id]);
  let next = a.via ? index.attribution.get(a.via) : undefined;
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = next.via ? index.attribution.get(next.via) : undefined;
  }
  return chain;
}

/** `via the Libya Herald (A2), via AP (A1)`, or '' for a first-hand attribution. */
export function chainText(a: Attribution, index: Index): string {
  return chainOf(a, index)
    .map((outer) => {
      if (!outer.source) return `via an unnamed report (${outer.id})`;
      const said = oneLine(outer.source.text);
      const name = entityNameOf(outer, index);
      return `via ${said}${name && !mentionsName(said, name) ? ` [${name}]` : ''} (${outer.id})`;
    })
    .join(', ');
}

/** The text of whatever an id names: an attribution (source and content) or a claim. */
export function describeRef(id: string, analysis: Analysis, index: Index, max = 120): string {
  const a = index.attribution.get(id);
  if (a) return `${id} ${sourceName(a, index)}: "${contentText(a, max)}"`;
  const claim = analysis.claims.find((c) => c.id === id);
  if (claim) return `${id} "${elideMiddle(oneLine(claim.text), max)}"`;
  return id;
}

/** A date's value as shown to readers: the ISO value, or the relative words in quotes. */
export function dateValue(d: DateMention): string {
  return typeof d.value === 'string' ? d.value : `(${d.value.relative})`;
}

/**
 * Dates in timeline order: resolved values chronologically (ISO strings sort by time, a year
 * before its months), then unresolved ones in text order.
 */
export function timeline(dates: DateMention[]): DateMention[] {
  const resolved = dates.filter((d) => typeof d.value === 'string');
  const relative = dates.filter((d) => typeof d.value !== 'string');
  const key = (d: DateMention) => d.value as string;
  resolved.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.start - y.start));
  relative.sort((x, y) => x.start - y.start);
  return [...resolved, ...relative];
}

/** `1 source`, `2 sources`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** A fraction as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Claims the article makes in its own voice that are worth checking, most check-worthy first. */
export function unsourcedCheckworthy(analysis: Analysis, threshold = CHECKWORTHY_THRESHOLD): Claim[] {
  return analysis.claims
    .filter((c) => !c.sourced && c.checkworthy >= threshold)
    .sort((x, y) => y.checkworthy - x.checkworthy || x.start - y.start);
}

/** The scorecard counts a claim as check-worthy from this score up (src/analysis/scorecard.ts agrees). */
export const CHECKWORTHY_THRESHOLD = 0.5;
