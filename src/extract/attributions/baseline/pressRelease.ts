/**
 * Quotes attributed the way press releases and features do it, which PolNeAR-style taggers never
 * see: a quote paragraph signed "— Minister Declan Foyle"; a paragraph "And from Orla Kinsella, …:"
 * introducing the quote paragraph after it; "“…” The words came from Liam Walsh, …". Offsets are
 * UTF-16; the attributions are added to `attributions` unless one already holds their content.
 */
import type { Attribution, Span } from '../../../analysis/types.js';
import { cueOf, sourceOf, spanOf } from '../build.js';
import { classifySource } from '../sourceKind.js';

const CONFIDENCE = 0.8;
/** A whole paragraph in quote marks, then a dash and a name: the signature. */
const SIGNED = /^\s*["“](.+)["”]\s*([—–]|--)\s*(\p{Lu}[^\n.!?"“”]{1,80})\s*$/u;
/** A paragraph that introduces the quote paragraph after it: "And from X:" or "From X:". */
const INTRODUCED_BY = /^\s*((?:And\s+)?[Ff]rom)\s+(\p{Lu}[^\n:]{1,160}):\s*$/u;
const QUOTE_PARAGRAPH = /^\s*["“](.+)["”]\s*$/u;
/**
 * "“…” The words came from X, …" and "“…” So said X, …": the speaker named or described ("a
 * spokeswoman for the agency") in the sentence after the quote.
 */
const CAME_FROM =
  /["”]\s+(?:(?:The|Those|These)\s+(?:words|remarks|comments)\s+(came\s+from)|(?:So|Thus)\s+(said|wrote))\s+((?:\p{Lu}|(?:an?|the|one)\s)[^.!?\n]*?)(?:,\s+who\b|[.!?]|\n|$)/gu;

export function pressReleaseQuotes(text: string, attributions: Attribution[]): boolean {
  const added: Attribution[] = [];
  const paragraphs = paragraphsOf(text);
  paragraphs.forEach((p, k) => {
    const line = text.slice(p.start, p.end);
    const signed = SIGNED.exec(line);
    if (signed) {
      const quote = at(text, p.start + line.indexOf(signed[1]), signed[1]);
      const dash =
        p.start +
        line.lastIndexOf(signed[2], line.indexOf(signed[3], line.indexOf(signed[1]) + signed[1].length));
      const name = at(text, p.start + line.lastIndexOf(signed[3].trim()), signed[3].trim());
      added.push(make(name, spanOf(text, dash, dash + signed[2].length), 'sign', quote, 'signed-quote'));
      return;
    }
    const intro = INTRODUCED_BY.exec(line);
    const next = paragraphs[k + 1];
    const quoted = next && QUOTE_PARAGRAPH.exec(text.slice(next.start, next.end));
    if (intro && quoted) {
      const cue = at(text, p.start + line.indexOf(intro[1]), intro[1]);
      const name = at(
        text,
        p.start + line.indexOf(intro[2], line.indexOf(intro[1]) + intro[1].length),
        intro[2].trim(),
      );
      const quote = at(text, next.start + text.slice(next.start, next.end).indexOf(quoted[1]), quoted[1]);
      added.push(make(name, cue, 'from', quote, 'introduced-quote'));
    }
  });
  for (const m of text.matchAll(CAME_FROM)) {
    const closing = m.index;
    const opening = Math.max(text.lastIndexOf('“', closing - 1), text.lastIndexOf('"', closing - 1));
    if (opening < 0 || text.slice(opening, closing).includes('\n')) continue;
    const verb = m[1] ?? m[2];
    const name = m[3];
    const cueAt = m.index + m[0].indexOf(verb);
    const nameAt = m.index + m[0].indexOf(name, m[0].indexOf(verb) + verb.length);
    const quote = trimmed(text, opening + 1, closing);
    // "The words came from the same speech": a description must name a speaker, not a place the words were.
    if (/^\p{Ll}/u.test(name) && classifySource(name.trim()) === 'unknown') continue;
    const cue = spanOf(text, cueAt, cueAt + verb.length);
    added.push(
      make(
        at(text, nameAt, name.trim()),
        cue,
        m[1] ? 'come from' : m[2] === 'wrote' ? 'write' : 'say',
        quote,
        'quote-then-named',
      ),
    );
  }
  const fresh = added.filter(
    (a) => !attributions.some((b) => b.content.some((c) => overlaps(c, a.content[0]))),
  );
  // "So said X": the taggers read the inverted verb as an agentless report of X; the quote's replaces it.
  for (const a of fresh) if (a.rule === 'quote-then-named') dropFromCue(attributions, a.cue);
  attributions.push(...fresh);
  return fresh.length > 0;
}

function make(source: Span, cue: Span, lemma: string, content: Span, rule: string): Attribution {
  return {
    id: '',
    source: sourceOf(source, classifySource(source.text)),
    cue: cueOf(cue, lemma, 'assert'),
    content: [content],
    form: 'direct',
    via: null,
    confidence: CONFIDENCE,
    rule,
  };
}

/** Removes the attributions whose cue overlaps `cue`. */
function dropFromCue(attributions: Attribution[], cue: Span): void {
  for (let k = attributions.length - 1; k >= 0; k--)
    if (overlaps(attributions[k].cue, cue)) attributions.splice(k, 1);
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++)
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  return out;
}

function at(text: string, start: number, s: string): Span {
  return spanOf(text, start, start + s.length);
}

/** The quoted words without the punctuation and space at their end ("We were never asked."). */
function trimmed(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s.,!?]/.test(text[e - 1])) e--;
  return spanOf(text, start, e);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
