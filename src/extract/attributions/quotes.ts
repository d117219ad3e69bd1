/**
 * Pairs quotation marks into quotes, robustly: curly and straight marks mixed, stray and
 * unbalanced marks, a quote that runs over several paragraphs by reopening the mark at each new
 * paragraph without closing the previous one (the news convention), and single marks used as the
 * outer quote where a paragraph has no double marks (British style). Nested single quotes inside
 * double ones stay part of the outer quote. Offsets are UTF-16 indices; nothing here throws.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import { spanOf } from './build.js';

export interface Quote {
  /** Index of the opening mark of the first fragment. */
  open: number;
  /** Index just after the closing mark of the last fragment (or the paragraph end when unclosed). */
  close: number;
  /** The quoted text of each paragraph, marks excluded. */
  fragments: { start: number; end: number }[];
  /** False when the last fragment ran to the paragraph end without a closing mark. */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
/** Whether a token can close a double quotation ("…”", "…»", or a straight mark). */
export const closesDoubleQuote = (token: string): boolean => token === '"' || DOUBLE_CLOSE.has(token);
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u3000]/;
const OPENING_CONTEXT = /[\s\u00a0([{—–\-/:;]/;
const WORD = /[\p{L}\p{N}]/u;

type Role = 'open' | 'close' | 'either';

/** Quoted words ending a sentence, then the space before a mark that reopens the quote. */
const SENTENCE_END_BEFORE = /[\p{L}\p{N}][.!?]\s+$/u;

interface Mark {
  at: number;
  role: Role;
  /** 2 for a doubled apostrophe ('') standing for a double mark, as some newswires write. */
  len: number;
}

/** Finds the quotes in `text[from, to)`. */
export function findQuotes(text: string, from = 0, to = text.length): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = splitParagraphs(text, from, to);
  let pending: Quote | null = null;
  for (const p of paragraphs) {
    const doubles = marksIn(text, p.start, p.end, false);
    const marks = doubles.length > 0 ? doubles : marksIn(text, p.start, p.end, true);
    const reopens =
      marks.length > 0 && marks[0].role !== 'close' && isParagraphStart(text, p.start, marks[0].at);
    if (pending) {
      if (!reopens) quotes.push(pending);
      else marks[0] = { ...marks[0], role: 'open' };
    }
    let current: Quote | null = reopens ? pending : null;
    pending = null;
    let openAt = -1;
    let openLen = 1;
    for (let k = 0; k < marks.length; k++) {
      const m = marks[k];
      const opens = m.role === 'open' || (m.role === 'either' && openAt < 0);
      if (opens && openAt >= 0) {
        const inner = nestedCloseAt(text, marks, k, openAt);
        if (inner > k) {
          k = inner;
          continue;
        }
      }
      if (opens && openAt < 0) {
        openAt = m.at;
        openLen = m.len;
        if (!current) current = { open: m.at, close: m.at, fragments: [], closed: false };
      } else if (!opens && openAt >= 0) {
        current!.fragments.push({ start: openAt + openLen, end: m.at });
        current!.close = m.at + m.len;
        current!.closed = true;
        quotes.push(current!);
        current = null;
        openAt = -1;
      } else if (opens && openAt >= 0) {
        if (current && SENTENCE_END_BEFORE.test(text.slice(openAt + openLen, m.at))) {
          // "…to Blackpool. "Obviously …": a quote reopened after its sentence's end, unclosed,
          // goes on (paragraphs run together, as scraped text often has them).
          current.fragments.push({ start: openAt + openLen, end: trimEnd(text, openAt + openLen, m.at) });
        } else if (current && current.fragments.length === 0) {
          // A second opening mark with no close: the first was stray; restart here.
          current.open = m.at;
        }
        openAt = m.at;
        openLen = m.len;
      }
      // A closing mark with nothing open is stray: ignored.
    }
    if (openAt >= 0 && current) {
      const end = trimEnd(text, openAt + openLen, p.end);
      if (end > openAt + openLen) {
        current.fragments.push({ start: openAt + openLen, end });
        current.close = end;
        current.closed = false;
        pending = current;
      } else if (current.fragments.length > 0) quotes.push(current);
    } else if (current && current.fragments.length > 0) quotes.push(current);
  }
  if (pending) quotes.push(pending);
  return quotes.filter((q) => q.fragments.some((f) => f.end > f.start));
}

function splitParagraphs(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    if (text[i] === '\n') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (to > s) out.push({ start: s, end: to });
  return out;
}

function isParagraphStart(text: string, start: number, at: number): boolean {
  for (let i = start; i < at; i++) if (!SPACE.test(text[i])) return false;
  return true;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end;
}

/** Whether a UTF-16 code unit can be a quotation mark at all: '"', "'", «, », ‘…„, ‹, ›. */
function mayBeMark(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 0xab ||
    code === 0xbb ||
    (code >= 0x2018 && code <= 0x201e) ||
    code === 0x2039 ||
    code === 0x203a
  );
}

function marksIn(text: string, start: number, end: number, single: boolean): Mark[] {
  const out: Mark[] = [];
  for (let i = start; i < end; i++) {
    // Most characters are not marks: skip them before building any context.
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const c = text[i];
    const before = i > start ? text[i - 1] : ' ';
    const after = i + 1 < end ? text[i + 1] : ' ';
    if (!single) {
      if (DOUBLE_OPEN.has(c)) out.push({ at: i, role: 'open', len: 1 });
      else if (DOUBLE_CLOSE.has(c)) out.push({ at: i, role: 'close', len: 1 });
      else if (c === '"') out.push({ at: i, role: straightRole(before, after), len: 1 });
      else if (c === "'" && after === "'") {
        out.push({ at: i, role: straightRole(before, i + 2 < end ? text[i + 2] : ' '), len: 2 });
        i++;
      }
      continue;
    }
    // Single marks double as apostrophes: only count them at word edges.
    const apostrophe = WORD.test(before) && WORD.test(after);
    if (apostrophe) continue;
    if (SINGLE_OPEN.has(c) || (c === "'" && OPENING_CONTEXT.test(before) && WORD.test(after)))
      out.push({ at: i, role: 'open', len: 1 });
    else if ((SINGLE_CLOSE.has(c) || c === "'") && !WORD.test(after) && !SPACE.test(before))
      out.push({ at: i, role: 'close', len: 1 });
  }
  return out;
}

const isStraight = (text: string, at: number): boolean => text[at] === '"' || text[at] === "'";

/**
 * '"They said “no” to us," she said.': marks of the other family (straight inside curly or curly
 * inside straight) opening inside an open quote nest in it when they close before a later mark of
 * the outer quote's family that can close it. Returns the index of the inner closing mark, or -1.
 */
function nestedCloseAt(text: string, marks: Mark[], k: number, openAt: number): number {
  const outerStraight = isStraight(text, openAt);
  if (isStraight(text, marks[k].at) === outerStraight) return -1;
  let inner = -1;
  for (let j = k + 1; j < marks.length; j++) {
    const m = marks[j];
    if (m.role === 'open') continue;
    if (inner < 0) {
      if (isStraight(text, m.at) === outerStraight) return -1;
      inner = j;
    } else if (isStraight(text, m.at) === outerStraight) return inner;
  }
  return -1;
}

function straightRole(before: string, after: string): Role {
  const spaceBefore = SPACE.test(before) || OPENING_CONTEXT.test(before);
  const spaceAfter = SPACE.test(after) || /[.,;:!?)\]—–]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  return 'either';
}

/**
 * The paragraphs of a quote that was reopened at `open` (an opening mark starting a paragraph):
 * the earlier paragraphs, nearest last, each opened by a mark at its start and never closed — the
 * news convention for one quote over several paragraphs. Empty when the quote starts at `open`.
 */
export function reopenedFragmentsBefore(text: string, open: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (!isParagraphStart(text, lineStart, open)) return out;
  while (lineStart > 0) {
    let end = lineStart - 1;
    while (end > 0 && SPACE.test(text[end - 1])) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let first = start;
    while (first < end && SPACE.test(text[first])) first++;
    const marks = marksIn(text, first, end, false);
    const reopened =
      marks.length === 1 && marks[0].at === first && marks[0].role !== 'close' && end - first > marks[0].len;
    if (!reopened) break;
    out.unshift({ start: first + marks[0].len, end: trimEnd(text, first, end) });
    lineStart = start;
  }
  return out;
}

/**
 * "“Every week … now this.¶“We only want …,” she said.": a quote reopened at a new paragraph
 * carries the paragraphs before it, which no other attribution claims.
 */
export function joinReopenedQuotes(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const first = a.content[0];
    if (!first || first.start === 0 || !/["“„«]/.test(text[first.start - 1])) continue;
    const fragments = reopenedFragmentsBefore(text, first.start - 1);
    if (fragments.length === 0) continue;
    const from = fragments[0].start;
    const claimed = attributions.some(
      (b) =>
        b !== a &&
        ((b.cue.end > from && b.cue.start < first.start) ||
          b.content.some((c) => c.end > from && c.start < first.start)),
    );
    if (!claimed) a.content = [...fragments.map((f) => spanOf(text, f.start, f.end)), ...a.content];
  }
}

/** A closing double mark right after a content, maybe after the comma or period it holds ("coast,”"). */
const CLOSING_AFTER = /^[,.;]?(["”»])/;

/**
 * "… would sail to “secure the strait,” reported the Herald": a content that opened a quote and
 * stops at the comma before its closing mark runs on to that mark, so the quote it shows is whole;
 * so does a source ("According to a study called “Dry Wells”, …").
 */
export function closeOpenQuotes(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.source) {
      const closed = closedSpan(text, a.source);
      if (closed) Object.assign(a.source, closed);
    }
    for (const [k, c] of a.content.entries()) a.content[k] = closedSpan(text, c) ?? c;
  }
}

/** `s` run on over the closing mark right after it, when it leaves that quote open; else null. */
function closedSpan(text: string, s: Span): Span | null {
  const close = CLOSING_AFTER.exec(text.slice(s.end, s.end + 2));
  return close && opensUnclosed(s.text, close[1]) ? spanOf(text, s.start, s.end + close[0].length) : null;
}

/** Whether `s` leaves open a quote that `close` would close. */
function opensUnclosed(s: string, close: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (close === '"') {
      if (ch === '"') depth = 1 - depth;
    } else if (DOUBLE_OPEN.has(ch)) depth++;
    else if (DOUBLE_CLOSE.has(ch)) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
