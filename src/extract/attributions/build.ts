/** Turns token spans (source, cue, content) into an Attribution of whosaid.analysis/1 (UTF-16 offsets). */
import type { Attribution, QuoteForm, Span } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { cueStance } from '../disputes/stance.js';
import { classifySource } from './sourceKind.js';

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
const LEADING_PUNCT = /^[\s,;:.!?—–\-"“”„«»‘’'()[\]]+/u;
const TRAILING_PUNCT = /[\s,;:—–\-"“”„«»‘’'([]+$/u;

/** Builds the attribution; ids are given later, in document order. */
export function buildAttribution(doc: Doc, parts: AttributionParts): Attribution {
  const source = parts.source ? span(doc, parts.source) : null;
  const content = parts.content
    .filter((c) => c.end > c.start)
    .map((c) => span(doc, c))
    .filter((s) => s.end > s.start);
  return {
    id: '',
    source: source
      ? { ...source, entity: null, kind: classifySource(source.text, entityLabelAt(doc, parts.source!)) }
      : null,
    cue: {
      ...span(doc, parts.cue),
      lemma: parts.lemma,
      stance: cueStance(doc, parts.cue.start, parts.cue.end, parts.lemma),
    },
    content,
    form: formOf(doc, content),
    via: null,
    confidence: parts.confidence,
    rule: parts.rule,
  };
}

/** The text of a token span, without the punctuation and quote marks at its edges. */
export function span(doc: Doc, t: TokenSpan): Span {
  if (t.end <= t.start || t.start < 0 || t.end > doc.length) return { start: 0, end: 0, text: '' };
  const start = doc.tokStart[t.start];
  const end = doc.tokEnd[t.end - 1];
  const raw = doc.text.slice(start, end);
  const lead = raw.length - raw.replace(LEADING_PUNCT, '').length;
  const trimmed = raw.slice(lead).replace(TRAILING_PUNCT, '');
  if (trimmed.length === 0) return { start, end, text: raw };
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

function formOf(doc: Doc, content: Span[]): QuoteForm {
  let quoted = 0;
  let bare = 0;
  for (const c of content) {
    const before = doc.text.slice(Math.max(0, c.start - 2), c.start);
    const after = doc.text.slice(c.end, c.end + 2);
    if (QUOTE_CHARS.test(before) && QUOTE_CHARS.test(after) && !QUOTE_CHARS.test(c.text)) quoted++;
    else if (QUOTE_CHARS.test(c.text) || /[‘’]/.test(before + after)) return 'mixed';
    else bare++;
  }
  if (quoted > 0 && bare === 0) return 'direct';
  return quoted > 0 ? 'mixed' : 'indirect';
}

function entityLabelAt(doc: Doc, t: TokenSpan): string | null {
  for (const e of doc.ents) if (e.start < t.end && e.end > t.start) return e.label;
  return null;
}
