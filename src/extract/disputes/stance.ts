/**
 * The stance a cue takes toward its content: the cue lemma's stance (src/language/en/stance.ts),
 * turned by negation just before the cue ("did not confirm" → decline, "does not believe" → dispute)
 * or by a withholding verb ("refused to say" → decline), and overridden by what the words after the
 * cue say of their object ("called the report untrue", "said the report was 'completely untrue'",
 * "dismissed the claims as baseless" → deny).
 */
import type { Stance } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import {
  DENIAL_WORDS,
  INVOLVEMENT_DENIALS,
  LABELLING_CUES,
  NEGATED_LEMMA,
  NEGATED_STANCE,
  NEGATION_GAP_WORDS,
  NEGATORS,
  STANCE_BY_LEMMA,
  WITHHOLDING_VERBS,
} from '../../language/en/stance.js';

/** How many tokens after the cue may hold the words that carry a denial. */
export const CONTENT_WINDOW_TOKENS = 25;
/** How many tokens before the cue negation and auxiliaries are looked for in. */
const NEGATION_WINDOW_TOKENS = 4;

const AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
]);

const DENIAL_ALTERNATION = DENIAL_WORDS.map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|');
/** A denial word after a copula or "as", perhaps with an adverb or a quote mark between. */
const PREDICATIVE_DENIAL = new RegExp(
  String.raw`\b(?:is|was|were|are|be|been|being|as|called|calling|call|termed|labell?ed|branded|it's|that's|’s|'s)\s+` +
    String.raw`(?:["'“‘]?\s*(?:a|an|all|just|pure|simply|complete|completely|totally|entirely|utterly|absolutely|wholly|patently|categorically|clearly|baseless|outright|nothing\s+but)\s+){0,3}` +
    String.raw`["'“‘]?\s*(?:${DENIAL_ALTERNATION})\b`,
  'i',
);
const ANY_DENIAL = new RegExp(String.raw`\b(?:${DENIAL_ALTERNATION})\b`, 'i');
const INVOLVEMENT_DENIAL = new RegExp(
  String.raw`\b(?:${INVOLVEMENT_DENIALS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\b`,
  'i',
);

/**
 * True when `text` says of something that it is untrue, baseless, a lie (predicative use only:
 * "was completely untrue", not "a false alarm"), or denies involvement ("had no role in").
 */
export function contentDenies(text: string): boolean {
  return PREDICATIVE_DENIAL.test(text) || INVOLVEMENT_DENIAL.test(text);
}

/** Where in `text` a predicative denial starts ("was completely untrue", "as baseless"), or -1. */
export function denialIndex(text: string): number {
  return PREDICATIVE_DENIAL.exec(text)?.index ?? -1;
}

/** A cue lemma's base form: the lemma itself when known, else a guess from common inflections. */
export function baseLemma(lemma: string): string {
  const l = lemma.toLowerCase().trim();
  if (l in STANCE_BY_LEMMA || l === '') return l;
  const guesses = [
    l.replace(/ied$/, 'y'),
    l.replace(/ies$/, 'y'),
    l.replace(/ed$/, ''),
    l.replace(/ed$/, 'e'),
    l.replace(/d$/, ''),
    l.replace(/es$/, ''),
    l.replace(/s$/, ''),
    l.replace(/ing$/, ''),
    l.replace(/ing$/, 'e'),
  ];
  return guesses.find((g) => g in STANCE_BY_LEMMA) ?? l;
}

const lower = (doc: Doc, i: number) => doc.word(i).toLowerCase();

/** Looks back from the cue over adverbs and auxiliaries for a negator; true when one is found. */
function negatedBefore(doc: Doc, cueStart: number, sentenceStart: number): boolean {
  for (let i = cueStart - 1; i >= Math.max(sentenceStart, cueStart - NEGATION_WINDOW_TOKENS); i--) {
    const w = lower(doc, i);
    if (NEGATORS.has(w)) return true;
    if (!NEGATION_GAP_WORDS.has(w) && !AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** "refused to confirm", "declined to say", "would not … comment" handled by negation. */
function withheldBefore(doc: Doc, cueStart: number, sentenceStart: number): boolean {
  if (cueStart - 2 < sentenceStart || lower(doc, cueStart - 1) !== 'to') return false;
  return WITHHOLDING_VERBS.has(baseLemma(lower(doc, cueStart - 2)));
}

export function cueStance(doc: Doc, cueStartTok: number, cueEndTok: number, lemma: string): Stance {
  const base = baseLemma(lemma);
  let stance: Stance = STANCE_BY_LEMMA[base] ?? 'assert';
  if (cueStartTok < 0 || cueEndTok > doc.length || cueEndTok <= cueStartTok) return stance;
  const sentence = doc.sentenceCount > 0 ? doc.sentenceOf(cueStartTok) : -1;
  const sentStart = sentence >= 0 ? doc.sentStart[sentence] : 0;
  const sentEnd = sentence >= 0 ? doc.sentEnd[sentence] : doc.length;
  if (withheldBefore(doc, cueStartTok, sentStart)) return 'decline';
  if (negatedBefore(doc, cueStartTok, sentStart)) return NEGATED_LEMMA[base] ?? NEGATED_STANCE[stance];
  // What follows the cue may deny its object whatever the verb: "said the report was untrue".
  if (stance === 'assert' || stance === 'reject' || stance === 'dispute' || stance === 'accuse') {
    const last = Math.min(sentEnd, cueEndTok + CONTENT_WINDOW_TOKENS);
    if (last > cueEndTok) {
      const after = doc.text.slice(doc.tokEnd[cueEndTok - 1], doc.tokEnd[last - 1]);
      const labelling = LABELLING_CUES.has(base);
      if (labelling ? ANY_DENIAL.test(after) : contentDenies(after)) stance = 'deny';
    }
  }
  return stance;
}
