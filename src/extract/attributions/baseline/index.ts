/**
 * The baseline attribution extractor: small named rules over words and quote marks, no model.
 * It is the floor the trained extractor must beat, and the fallback when no weights are present.
 */
import type { Attribution, Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import {
  AGENTLESS_PASSIVES,
  cueLemma,
  INVERTIBLE,
  PHRASE_CUES,
  SPEECH_LEMMAS,
  TITLE_INTRODUCERS,
} from '../../../language/en/cues/reportingVerbs.js';
import { UPOS_ID } from '../../../language/tagsets.js';
import { type AttributionParts, buildAttribution, type TokenSpan } from '../build.js';
import { linkChains, numberInOrder } from '../chains.js';
import { indexQuotes, type QuoteIndex } from '../quoteTokens.js';
import {
  extendCueLeft,
  isCapitalized,
  isPunct,
  isQuote,
  lower,
  phraseAfter,
  phraseBefore,
  skipPunct,
  trimPunctEnd,
} from './phrases.js';

const CONFIDENCE = {
  quoteThenCue: 0.9,
  cueThenQuote: 0.85,
  accordingTo: 0.85,
  quoting: 0.7,
  colonSpeaker: 0.6,
  verbCue: 0.7,
  weakVerbCue: 0.5,
  agentless: 0.6,
} as const;

/** Objects of "told" and kin are skipped up to "that" when it comes within this many words. */
const OBJECT_WINDOW = 6;
const MAX_COLON_SPEAKER = 6;
/** Fewest tokens of a paragraph a colon-ended cue reports. */
const MIN_PARAGRAPH_WORDS = 3;
const OBJECT_VERBS = new Set(['tell', 'ask', 'warn', 'urge', 'accuse', 'remind', 'assure', 'inform']);
const NOT_A_SOURCE_END = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'with',
  'at',
  'from',
  'by',
  'his',
  'her',
  'their',
  'its',
  'this',
  'these',
  'those',
  'my',
  'our',
  'your',
  'what',
  'not',
  'also',
]);
/** "wrote a book", "tweeted a photo": an object, not a report. */
const WRITING_LEMMAS = new Set(['write', 'post', 'tweet', 'report', 'publish']);
const RELAY_PARTICIPLES = new Set(['quoting', 'citing', 'according']);

const PHRASE_STARTS = new Set(PHRASE_CUES.map((p) => p[0]));

interface Cue {
  span: TokenSpan;
  lemma: string;
  kind: 'verb' | 'according' | 'quoting' | 'colon' | 'phrase' | 'agentless';
}

/** A rule's result: its parts, and the attribution they build (built only when asked for). */
interface Found {
  parts: AttributionParts;
  built: Attribution | null;
}

/**
 * Extracts attributions from the body ranges of a Doc (UTF-16 offsets). A caller that has already
 * indexed the quotes (the trained extractor's view) passes them rather than paying twice. With
 * `only`, just the attributions of those rules are returned, the same as filtering the full result:
 * every rule still runs (a rule's match uses its cue and "quoting" reads the attribution before it)
 * but only the kept ones are built.
 */
export function extractBaseline(
  doc: Doc,
  body: Range[],
  quotes: QuoteIndex = indexQuotes(doc, body),
  only?: ReadonlySet<string>,
): Attribution[] {
  const found: Found[] = [];
  const usedCue = new Set<number>();
  const wanted = (f: Found) => only === undefined || only.has(f.parts.rule);
  for (const cue of findCues(doc, quotes)) {
    if (usedCue.has(cue.span.start)) continue;
    const parts = applyRules(doc, quotes, cue, found);
    if (!parts) continue;
    for (let i = parts.cue.start; i < parts.cue.end; i++) usedCue.add(i);
    const f: Found = { parts, built: null };
    if (wanted(f)) f.built = buildAttribution(doc, parts);
    found.push(f);
  }
  const kept: Attribution[] = [];
  for (const f of found) if (wanted(f) && f.built!.content.length > 0) kept.push(f.built!);
  numberInOrder(kept);
  linkChains(kept);
  return kept;
}

/** The attribution a rule found, built now if it was not yet. */
function builtOf(doc: Doc, f: Found): Attribution {
  if (f.built === null) f.built = buildAttribution(doc, f.parts);
  return f.built;
}

function findCues(doc: Doc, quotes: QuoteIndex): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < doc.length; i++) {
    if (quotes.inside[i] >= 0) continue;
    const w = lower(doc, i);
    const phrase = PHRASE_STARTS.has(w)
      ? PHRASE_CUES.find((p) => p.every((pw, k) => i + k < doc.length && lower(doc, i + k) === pw))
      : undefined;
    if (phrase) {
      const kind = phrase[0] === 'according' ? 'according' : 'phrase';
      cues.push({ span: { start: i, end: i + phrase.length }, lemma: phrase.join(' '), kind });
      i += phrase.length - 1;
      continue;
    }
    if (w === 'quoting' || w === 'citing') {
      cues.push({
        span: { start: i, end: i + 1 },
        lemma: w === 'quoting' ? 'quote' : 'cite',
        kind: 'quoting',
      });
      continue;
    }
    if (w === ':') {
      cues.push({ span: { start: i, end: i + 1 }, lemma: ':', kind: 'colon' });
      continue;
    }
    const lemma = cueLemma(w);
    // "United States", "the Post": capitalized forms mid-sentence are names, not cues.
    if (lemma && isCapitalized(doc, i) && doc.sentStart[doc.sentenceOf(i)] !== i) continue;
    if (lemma) cues.push({ span: { start: i, end: i + 1 }, lemma, kind: 'verb' });
    // "It is understood that …": a verb that reports only in the agentless passive.
    else if (AGENTLESS_PASSIVES.has(w) || (w === 'clear' && notYetClear(doc, i)))
      cues.push({ span: { start: i, end: i + 1 }, lemma: w, kind: 'agentless' });
  }
  return cues;
}

function applyRules(doc: Doc, quotes: QuoteIndex, cue: Cue, found: Found[]): AttributionParts | null {
  const sent = doc.sentenceOf(cue.span.start);
  const ss = doc.sentStart[sent];
  const se = doc.sentEnd[sent];
  switch (cue.kind) {
    case 'according':
      return accordingTo(doc, quotes, cue, ss, se);
    case 'quoting':
      return quoting(doc, cue, ss, se, found);
    case 'colon':
      return colonSpeaker(doc, quotes, cue, ss, se);
    case 'agentless':
      return agentless(doc, cue, ss, se);
    default:
      return agentless(doc, cue, ss, se) ?? verbCue(doc, quotes, cue, ss, se);
  }
}

/** "According to X, …" and "…, according to X." */
function accordingTo(
  doc: Doc,
  quotes: QuoteIndex,
  cue: Cue,
  ss: number,
  se: number,
): AttributionParts | null {
  const source = phraseAfter(doc, cue.span.end, se);
  if (!source) return null;
  // "according to a study called “…”": the title belongs to the source.
  const title = TITLE_INTRODUCERS.has(lower(doc, source.end - 1))
    ? quotes.opening.get(source.end)
    : undefined;
  if (title?.closed) source.end = Math.min(title.close, se);
  const atStart = skipPunct(doc, ss, se) === cue.span.start;
  const content = atStart
    ? { start: skipPunct(doc, source.end, se), end: trimPunctEnd(doc, source.end, se) }
    : { start: skipPunct(doc, ss, cue.span.start), end: trimPunctEnd(doc, ss, cue.span.start) };
  if (content.end - content.start < 2) return null;
  return {
    source,
    cue: cue.span,
    content: [content],
    lemma: 'according to',
    rule: 'according-to',
    confidence: CONFIDENCE.accordingTo,
  };
}

/** "…, quoting two unnamed officials": the relayed source of the sentence's report. */
function quoting(doc: Doc, cue: Cue, ss: number, se: number, found: Found[]): AttributionParts | null {
  const source = phraseAfter(doc, cue.span.end, se);
  if (!source) return null;
  const cueChar = doc.tokStart[cue.span.start];
  let outer: Attribution | undefined;
  for (let k = found.length - 1; k >= 0 && !outer; k--) {
    const a = builtOf(doc, found[k]);
    if (a.cue.start >= doc.tokStart[ss] && a.cue.start < cueChar) outer = a;
  }
  const content = outer
    ? outer.content.map((c) => doc.tokensInRange(c.start, c.end))
    : [{ start: skipPunct(doc, ss, cue.span.start), end: trimPunctEnd(doc, ss, cue.span.start) }];
  if (content.every((c) => c.end <= c.start)) return null;
  return {
    source,
    cue: cue.span,
    content,
    lemma: cue.lemma,
    rule: 'quoting',
    confidence: CONFIDENCE.quoting,
  };
}

/** "Mr Hill: “We are ready.”" — a short speaker phrase opening the sentence, then a colon. */
function colonSpeaker(
  doc: Doc,
  quotes: QuoteIndex,
  cue: Cue,
  ss: number,
  se: number,
): AttributionParts | null {
  const first = skipPunct(doc, ss, se);
  if (cue.span.start > 0 && cueLemma(lower(doc, cue.span.start - 1))) return null;
  const source = phraseBefore(doc, cue.span.start, first);
  if (!source || source.start !== first || source.end - source.start > MAX_COLON_SPEAKER) return null;
  if (!isCapitalized(doc, source.start) && !/^(?:he|she|they)$/.test(lower(doc, source.start))) return null;
  const next = cue.span.end;
  const quote = next < doc.length ? quotes.opening.get(next) : undefined;
  const content = quote ? quote.fragments : [{ start: next, end: trimPunctEnd(doc, next, se) }];
  if (!quote && content[0].end - content[0].start < 3) return null;
  return {
    source,
    cue: cue.span,
    content,
    lemma: ':',
    rule: 'colon-speaker',
    confidence: CONFIDENCE.colonSpeaker,
  };
}

/**
 * "He added:" closing its paragraph: what it reports is the next paragraph, a closed quote opening
 * it or else the paragraph's words (PolNeAR train: after a reporting verb and a paragraph-final
 * colon, the next paragraph is the content 10 times in 14; the taggers read one sentence and find
 * no content for such a cue).
 */
function paragraphBelow(doc: Doc, quotes: QuoteIndex, after: number): TokenSpan[] | null {
  if (after + 1 >= doc.length || doc.word(after) !== ':' || !breaksLine(doc, after + 1)) return null;
  const quote = quotes.opening.get(after + 1);
  if (quote?.closed) return quote.fragments;
  let start = after + 1;
  while (start < doc.length && isQuote(doc, start)) start++;
  let end = start;
  while (end < doc.length && (end === start || !breaksLine(doc, end))) end++;
  while (end > start && (isPunct(doc, end - 1) || isQuote(doc, end - 1))) end--;
  return end - start >= MIN_PARAGRAPH_WORDS ? [{ start, end }] : null;
}

/** Whether a line break stands before token `k`. */
const breaksLine = (doc: Doc, k: number) => doc.text.slice(doc.tokEnd[k - 1], doc.tokStart[k]).includes('\n');

const NEGATION_WORDS = new Set(['not', "n't", 'never']);
/** Passives that report only what is, or is not, known: their content is a question or a "that" clause. */
const UNKNOWN_FORMS = new Set(['known', 'disclosed']);
const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'how',
  'what',
  'who',
  'why',
  'when',
  'where',
  'which',
  'that',
]);

/**
 * "It is not yet clear how many …": like "not known", an open question nobody has answered yet,
 * reported with no source. Only with "not yet" before it and a question word after: "it is clear
 * that …" and "made it clear" are the writer's or a speaker's own assertion, and a plain "it was not
 * clear if …" is, in reviews and features (750 BBC texts: 3 in 3), the writer's own judgement.
 */
function notYetClear(doc: Doc, i: number): boolean {
  const sent = doc.sentenceOf(i);
  const se = doc.sentEnd[sent];
  if (i - 3 < doc.sentStart[sent] || lower(doc, i - 1) !== 'yet' || !NEGATION_WORDS.has(lower(doc, i - 2)))
    return false;
  const next = skipPunct(doc, i + 1, se);
  return next < se && lower(doc, next) !== 'that' && QUESTION_OPENERS.has(lower(doc, next));
}

/** "It was reported that …": an attribution without a source. */
function agentless(doc: Doc, cue: Cue, ss: number, se: number): AttributionParts | null {
  const i = cue.span.start;
  const w = lower(doc, i);
  if (!(AGENTLESS_PASSIVES.has(w) || (w === 'clear' && notYetClear(doc, i))) || i - 2 < ss) return null;
  // Only an open question is reported as not known ("It is not known whether …", not "… known as").
  if (UNKNOWN_FORMS.has(lower(doc, i)) && !QUESTION_OPENERS.has(lower(doc, skipPunct(doc, cue.span.end, se))))
    return null;
  // "It is not yet known": the negation is part of the cue.
  let j = i - 1;
  while (j > ss && (NEGATION_WORDS.has(lower(doc, j)) || lower(doc, j) === 'yet')) j--;
  const aux = lower(doc, j);
  let start = -1;
  // "It was reported": with no source, the dummy subject belongs to the cue.
  if (/^(?:is|was|has|had)$/.test(aux) && j - 1 >= ss && lower(doc, j - 1) === 'it') start = j - 1;
  else if (aux === 'been' && j - 2 >= ss && lower(doc, j - 2) === 'it') start = j - 2;
  if (start < 0) return null;
  const from = skipPunct(doc, cue.span.end, se);
  const end = trimPunctEnd(doc, from, se);
  if (end - from < 2) return null;
  return {
    source: null,
    cue: { start, end: cue.span.end },
    content: [{ start: from, end }],
    lemma: cueLemma(lower(doc, i)) ?? lower(doc, i),
    rule: 'agentless-passive',
    confidence: CONFIDENCE.agentless,
  };
}

/** Words before a noun inside its phrase: "the", "single", "28", "TV", "Lopez's", "giving". */
const NOUN_MODIFIERS = new Set([
  UPOS_ID.DET,
  UPOS_ID.ADJ,
  UPOS_ID.NUM,
  UPOS_ID.NOUN,
  UPOS_ID.PART,
  UPOS_ID.VERB,
]);

/**
 * "Lopez's show was cancelled", "a single state", "at one point": a reporting verb's word that the
 * tagger reads as a noun, after a word that can open or modify a noun phrase, names a thing, not a
 * report. After a name or a pronoun it may still be the verb ("the Saudis state in the paper"), and
 * a capitalised word before it may be a name the tagger took for a noun ("Haldane reports: …").
 */
function readAsNoun(doc: Doc, i: number): boolean {
  const noun = doc.upos[i] === UPOS_ID.NOUN || doc.upos[i] === UPOS_ID.PROPN;
  return noun && i > 0 && NOUN_MODIFIERS.has(doc.upos[i - 1]) && !isCapitalized(doc, i - 1);
}

/** A reporting verb with its speaker before or after it and its content before or after. */
function verbCue(doc: Doc, quotes: QuoteIndex, cue: Cue, ss: number, se: number): AttributionParts | null {
  if (readAsNoun(doc, cue.span.start)) return null;
  const cueSpan = {
    start: extendCueLeft(doc, cue.span.start, ss),
    end: extendCueRight(doc, cue.span.end, se),
  };
  let source = goodSource(doc, phraseBefore(doc, cueSpan.start, ss));
  let inverted = false;
  const before = source ? source.start : cueSpan.start;
  if (!source && INVERTIBLE.has(cue.lemma)) {
    source = goodSource(doc, phraseAfter(doc, cueSpan.end, se, true));
    inverted = source !== null;
  }
  if (!source) return null;
  const after = inverted ? source.end : cueSpan.end;

  // "He said:" ending its paragraph, the quote opening the next.
  const below = inverted ? null : paragraphBelow(doc, quotes, cueSpan.end);
  if (below) return parts(source, cueSpan, below, cue.lemma, 'colon-then-quote', CONFIDENCE.cueThenQuote);
  // "“…,” he said" and "“…,” said Hill": the quote just before, in the same paragraph (train
  // gold: 1,631 such quotes, 7 across a paragraph break, signed with a dash).
  let p = before - 1;
  while (p >= ss && (doc.word(p) === ',' || doc.word(p) === '—')) p--;
  const closing = p >= 0 ? quotes.closing.get(p) : undefined;
  if (closing && !doc.text.slice(doc.tokEnd[p], doc.tokStart[before]).includes('\n')) {
    const content = [...closing.fragments];
    const resumed = resumingQuote(doc, quotes, after, se);
    if (resumed) content.push(...resumed);
    return parts(source, cueSpan, content, cue.lemma, 'quote-then-cue', CONFIDENCE.quoteThenCue);
  }
  // "The talks failed, he said." — indirect content before the cue.
  if (p > ss && doc.word(p + 1) === ',' && before > ss && trimPunctEnd(doc, after, se) <= after) {
    const content = { start: skipPunct(doc, ss, p + 1), end: trimPunctEnd(doc, ss, p + 1) };
    if (content.end - content.start >= 2)
      return parts(source, cueSpan, [content], cue.lemma, 'content-before-cue', CONFIDENCE.verbCue);
  }
  if (inverted) return null;
  // "Hill said (that) …" / "Hill told reporters that …" / "Hill said: “…”"
  let from = after;
  if (OBJECT_VERBS.has(cue.lemma)) from = skipObject(doc, from, se);
  from = skipPunct(doc, from, se);
  const opening = from < se ? (quotes.opening.get(from - 1) ?? quotes.opening.get(from)) : undefined;
  if (opening && !TITLE_INTRODUCERS.has(lower(doc, Math.max(ss, from - 1))))
    return parts(source, cueSpan, opening.fragments, cue.lemma, 'cue-then-quote', CONFIDENCE.cueThenQuote);
  const end = stopAtRelay(doc, from, trimPunctEnd(doc, from, se));
  if (end - from < 2) return null;
  if (WRITING_LEMMAS.has(cue.lemma) && /^(?:a|an)$/.test(lower(doc, from))) return null;
  const weak = !SPEECH_LEMMAS.has(cue.lemma);
  if (weak && lower(doc, from) !== 'that') return null;
  return parts(
    source,
    cueSpan,
    [{ start: from, end }],
    cue.lemma,
    'verb-cue',
    weak ? CONFIDENCE.weakVerbCue : CONFIDENCE.verbCue,
  );
}

function parts(
  source: TokenSpan | null,
  cue: TokenSpan,
  content: TokenSpan[],
  lemma: string,
  rule: string,
  confidence: number,
): AttributionParts {
  return { source, cue, content, lemma, rule, confidence };
}

/** "said in a statement" keeps its phrase in the cue. */
function extendCueRight(doc: Doc, end: number, se: number): number {
  const words = ['in', 'a', 'statement'];
  if (end + 3 <= se && words.every((w, k) => lower(doc, end + k) === w)) return end + 3;
  return end;
}

function goodSource(doc: Doc, s: TokenSpan | null): TokenSpan | null {
  if (!s) return null;
  if (NOT_A_SOURCE_END.has(lower(doc, s.end - 1))) return null;
  if (isPunct(doc, s.start) || isQuote(doc, s.end - 1)) return null;
  if (cueLemma(lower(doc, s.end - 1))) return null;
  // "“full responsibility” for the failings described in the report": a phrase a preposition
  // opens hangs on a noun; the participle after it modifies that noun and reports nothing.
  if (doc.upos[s.start] === UPOS_ID.ADP) return null;
  return s;
}

/** Skips the object of "told"/"asked" up to a "that" close by, else one phrase. */
function skipObject(doc: Doc, from: number, se: number): number {
  for (let k = from; k < Math.min(se, from + OBJECT_WINDOW); k++) {
    const w = lower(doc, k);
    if (w === 'that') return k;
    if (isPunct(doc, k)) return k;
  }
  const object = phraseAfter(doc, from, se);
  return object ? Math.min(object.end, from + 2) : from;
}

/** "“We will win,” he said, “and soon.”" — the second half of a split quote. */
function resumingQuote(doc: Doc, quotes: QuoteIndex, from: number, se: number): TokenSpan[] | null {
  let k = from;
  while (k < se && (doc.word(k) === ',' || doc.word(k) === ':' || doc.word(k) === '—')) k++;
  const q = quotes.opening.get(k);
  return q ? q.fragments : null;
}

/** Content stops before ", quoting …", ", according to …" or an inverted cue (", reported the Herald"). */
function stopAtRelay(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k + 1 < end; k++) {
    if (doc.word(k) !== ',') continue;
    const w = lower(doc, k + 1);
    if (RELAY_PARTICIPLES.has(w)) return k;
    const lemma = cueLemma(w);
    if (lemma && INVERTIBLE.has(lemma) && k + 2 < end && !isPunct(doc, k + 2)) return k;
  }
  return end;
}
