/** Turns token spans (source, cue, content) into an Attribution of whosaid.analysis/1 (UTF-16 offsets). */
import type { Attribution, Cue, QuoteForm, Source, SourceKind, Span, Stance } from '../../analysis/types.js';
import type { Doc, EntitySpan } from '../../language/doc.js';
import { TITLE_ABBREVIATIONS } from '../../language/en/abbreviations.js';
import { PERSON_NOUNS, PERSON_TITLES } from '../../language/en/cues/sourceWords.js';
import { isJsSpaceCode } from '../../language/tokenize.js';
import { cueStance } from '../disputes/stance.js';
import { firstAtOrAfter } from './byStart.js';
import { classifySource, singular } from './sourceKind.js';

export interface TokenSpan {
  start: number;
  end: number;
}

export interface AttributionParts {
  source: TokenSpan | null;
  cue: TokenSpan;
  content: TokenSpan[];
  lemma: string;
  rule: string;
  confidence: number;
}

const QUOTE_CHARS = /["“”„«»]/;
/** Marks trimmed from the start of a span, besides white space. */
const LEADING_MARKS = codes(',;:.!?—–-"“”„«»‘’\'()[]');
/** A letter, an apostrophe, a letter: the apostrophe of a contraction ("you're", "she's"). */
const CONTRACTION_AT = /^\p{L}['’]\p{L}$/u;
/** Marks trimmed from its end: not . ! ? ) ], which close a sentence or an aside. */
const TRAILING_MARKS = codes(',;:—–-"“”„«»‘’\'([');

function codes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Builds the attribution; ids are given later, in document order. */
export function buildAttribution(doc: Doc, parts: AttributionParts): Attribution {
  const source = parts.source ? span(doc, parts.source) : null;
  // Pushed into a literal rather than filtered and mapped: an empty result of map() or filter()
  // has another elements kind than a filled one, which deoptimised the code reading contents.
  const content: Span[] = [];
  for (const c of parts.content) {
    if (c.end <= c.start) continue;
    const s = span(doc, c);
    if (s.end > s.start) content.push(s);
  }
  return {
    id: '',
    source: source ? sourceOf(source, classifySource(source.text, entityLabelAt(doc, parts.source!))) : null,
    cue: cueOf(
      span(doc, parts.cue),
      parts.lemma,
      cueStance(doc, parts.cue.start, parts.cue.end, parts.lemma),
    ),
    content,
    form: formOf(doc.text, content),
    via: null,
    confidence: parts.confidence,
    rule: parts.rule,
  };
}

// Sources and cues are written out field by field, never spread from a span: V8 gives each object
// a spread site builds (once the site has seen a few) a hidden class of its own, so every function
// reading sources or cues went megamorphic and was re-optimised again and again.

/** A source over span `s` (the same fields in the same order as every other source). */
export function sourceOf(s: Span, kind: SourceKind, entity: string | null = null): Source {
  return { start: s.start, end: s.end, text: s.text, entity, kind };
}

/** A cue over span `s`. */
export function cueOf(s: Span, lemma: string, stance: Stance): Cue {
  return { start: s.start, end: s.end, text: s.text, lemma, stance };
}

/** The text of a token span, without the punctuation and quote marks at its edges. */
export function span(doc: Doc, t: TokenSpan): Span {
  if (t.end <= t.start || t.start < 0 || t.end > doc.length) return { start: 0, end: 0, text: '' };
  const start = doc.tokStart[t.start];
  const end = doc.tokEnd[t.end - 1];
  const text = doc.text;
  let from = start;
  // "you're", "He's": an apostrophe glued to the word before opens a contraction ("'re", "'s"), not a quote.
  const contraction = CONTRACTION_AT.test(text.slice(Math.max(0, start - 1), start + 2));
  while (
    !contraction &&
    from < end &&
    (isJsSpaceCode(text.charCodeAt(from)) || LEADING_MARKS.has(text.charCodeAt(from)))
  )
    from++;
  let to = end;
  while (to > from && (isJsSpaceCode(text.charCodeAt(to - 1)) || TRAILING_MARKS.has(text.charCodeAt(to - 1))))
    to--;
  if (to === from) return { start, end, text: text.slice(start, end) };
  return { start: from, end: to, text: text.slice(from, to) };
}

/** Whether the content is a quotation whole (direct), holds one in part (mixed), or none (indirect). */
/** A title in quotation marks after the word that introduces it. */
const QUOTED_TITLE = /\b(?:titled|entitled|headlined)\s+["“][^"“”\n]*["”]/giu;
/** A single closing mark, maybe a stop, then the double one. */
const NESTED_CLOSE_AFTER = /^['’][,.!?;:]?["”»]/;
/** A single mark opening a quote, after a space, a colon or the text's start ("told me, ‘…", "wrote: '…"). */
const SINGLE_OPEN_BEFORE = /(?:^|[\s:(—–])['‘]$/;
/** A single mark closing the quote, maybe after its stop or comma ("…,’ she said"). */
const SINGLE_CLOSE_AFTER = /^[,.!?;:]?['’](?!\p{L})/u;
/** A word or phrase in single marks inside a content ("its ‘plan’ failed"). */
const SINGLE_QUOTED_WORDS = /‘[^‘’]+’|(?:^|\s)'[^'\n]+'(?=[\s,.;:!?]|$)/;
/** A paragraph break, then an opening quotation mark. */
const REOPENED_AFTER = /^[ \t]*\n\s*["“]/;

export function formOf(text: string, content: Span[]): QuoteForm {
  let quoted = 0;
  let bare = 0;
  for (const c of content) {
    const before = text.slice(Math.max(0, c.start - 2), c.start);
    const after = text.slice(c.end, c.end + 2);
    // A quote left open at a paragraph's end goes on where the next paragraph reopens it.
    // A nested quote may close first ("… 'funded by your grandchildren',\"").
    const closes =
      QUOTE_CHARS.test(after) ||
      NESTED_CLOSE_AFTER.test(text.slice(c.end, c.end + 4)) ||
      REOPENED_AFTER.test(text.slice(c.end, c.end + 12));
    // A quoted title ("a petition titled “Stop the Corridor”") quotes nobody.
    const words = c.text.replace(QUOTED_TITLE, '');
    // British style quotes in single marks: "She said: ‘The gate was open.’"
    const singly = SINGLE_OPEN_BEFORE.test(before) && SINGLE_CLOSE_AFTER.test(after);
    if (((QUOTE_CHARS.test(before) && closes) || singly) && !QUOTE_CHARS.test(c.text)) quoted++;
    else if (QUOTE_CHARS.test(words) || SINGLE_QUOTED_WORDS.test(c.text) || /[‘’]/.test(before + after))
      return 'mixed';
    else bare++;
  }
  if (quoted > 0 && bare === 0) return 'direct';
  return quoted > 0 ? 'mixed' : 'indirect';
}

/** The label of the first named entity in a source phrase that says what the source is. */
export function entityLabelAt(doc: Doc, t: TokenSpan): string | null {
  const ents = doc.ents;
  const index = startIndexOf(ents);
  // In order of start, only entities starting less than the longest's length before the span reach it.
  for (let k = index ? firstAtOrAfter(index.starts, t.start - index.longest + 1) : 0; k < ents.length; k++) {
    const e = ents[k];
    if (index && e.start >= t.end) break;
    if (e.start >= t.end || e.end <= t.start) continue;
    // "the Tory leader", "US officials": a people or place before a person's word says whose they are.
    if (MODIFIER_LABELS.has(e.label) && e.end < t.end && isPersonWord(doc.lowerWord(t.end - 1))) continue;
    return e.label;
  }
  return null;
}

/**
 * Where each entity of a Doc's list starts, and the longest entity's length in tokens, when the list is in
 * order of start (null when it is not): every source of a long page looked through all its entities.
 */
const entityStarts = new WeakMap<readonly EntitySpan[], { starts: Int32Array; longest: number } | null>();

function startIndexOf(ents: readonly EntitySpan[]): { starts: Int32Array; longest: number } | null {
  let index = entityStarts.get(ents);
  if (index === undefined) {
    const starts = new Int32Array(ents.length);
    let longest = 0;
    let sorted = true;
    ents.forEach((e, k) => {
      starts[k] = e.start;
      longest = Math.max(longest, e.end - e.start);
      if (k > 0 && e.start < ents[k - 1].start) sorted = false;
    });
    index = sorted ? { starts, longest } : null;
    entityStarts.set(ents, index);
  }
  return index;
}

/** Labels of names that, before a lower-case head, say whose or where it is, not what. */
const MODIFIER_LABELS = new Set(['NORP', 'GPE']);

const isPersonWord = (w: string) =>
  PERSON_TITLES.has(w) ||
  PERSON_NOUNS.has(w) ||
  PERSON_TITLES.has(singular(w)) ||
  PERSON_NOUNS.has(singular(w));

/** The text of a character range as a Span. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The title abbreviation ending right before a sentence start, its period included ("Dr. "). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.\s*$/u;

/**
 * Where the sentence holding `at` starts: after the last sentence end or line break before it,
 * not after a title's period ("Dr. Reyes gave …").
 */
export function sentenceStart(text: string, at: number): number {
  let from = sentenceBreakBefore(text, at);
  for (;;) {
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
    if (!title || !TITLE_ABBREVIATIONS.has(title[1].toLowerCase())) return from;
    from = sentenceBreakBefore(text, from - title[0].length + title[0].indexOf(title[1]));
  }
}

function sentenceBreakBefore(text: string, at: number): number {
  let i = at - 1;
  while (i > 0) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) {
      let s = i + 1;
      while (s < at && /\s/.test(text[s])) s++;
      return s;
    }
    i--;
  }
  return 0;
}

/** Where the sentence holding `at` ends: before its final punctuation, or at the line end. */
export function sentenceEnd(text: string, at: number): number {
  const m = /[.!?](?=["”’]?(?:\s|$))|\n/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** No sentence end (or line break) between two character offsets. */
export function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.!?]["”’]?\s|\n/.test(text.slice(from, to));
}
