/**
 * Where a source the role tagger marked before its cue begins and ends, by PolNeAR's conventions
 * (counted on polnear/train's gold sources): an appositive set off by commas belongs to the source,
 * a participle or place/time phrase set off after it does not, nor the predicate a cue joined by
 * "and" shares its subject with, an adverb right before the cue is
 * the cue's, the relative pronoun a cue's object stands for ("which officials said") and the noun
 * a relative clause hangs from ("a charge that Mrs. Clinton denied") are no part of who spoke, and
 * the words before a tag set off inside the sentence ("The truth, the senator said, was …") are
 * what was said. Token offsets.
 */
import type { Doc } from '../../language/doc.js';
import { ANONYMOUS_HEADS, COMPANY_HEADS, DOCUMENT_WORDS } from '../../language/en/cues/sourceWords.js';
import { BUSINESS_NOUNS } from '../../language/en/gazetteers/businessNouns.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../language/en/gazetteers/dateWords.js';
import { FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import type { TokenSpan } from './build.js';
import { namesPerson } from './speakers/descriptions.js';

/**
 * Relative pronouns that stand for the cue's object ("the plan, which officials called …"): gold
 * begins the source after them (train: 209 sources right after one, 3 starting with one).
 */
const OBJECT_RELATIVES = new Set(['which', 'what', 'whom']);

/**
 * Adverbs that belong to the noun phrase before them: where ("officials here", "voters
 * nationwide"), how many ("polls respectively", "voters overall"). Any other lower-case adverb
 * right before the cue is the cue's ("also said", "repeatedly warned": train 770 in the cue, 34
 * ending the source, nearly all of these words or names the tagger took for adverbs).
 */
const SOURCE_ADVERBS = new Set([
  'here',
  'there',
  'ago',
  'elsewhere',
  'everywhere',
  'overseas',
  'abroad',
  'nationwide',
  'statewide',
  'worldwide',
  'online',
  'over',
  'overall',
  'respectively',
  'together',
  'alike',
  'alone',
  'too',
]);

/**
 * Prepositions whose phrase, set off by a comma after a source, says when or where it spoke, not
 * who ("Ms Hale, at a briefing on Monday, said": train 74 of 101 such phrases outside the source;
 * "like", "of", "with", "along with", "including" name more of the source and stay).
 */
const SETTING_PREPOSITIONS = new Set([
  'at',
  'in',
  'on',
  'during',
  'after',
  'before',
  'under',
  'amid',
  'despite',
]);

/** A participle that names more of the source ("officials, including the mayor"). */
const LISTING_PARTICIPLE = 'including';

/** An appositive joined to a source is a noun phrase of at most this many tokens. */
const MAX_APPOSITIVE_TOKENS = 25;

/** A verb or an infinitive's "to" (a possessive's "’s" is a particle too, and stays). */
const NOT_IN_APPOSITIVE = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.PART]);
/** Words set off by commas that comment on the clause, whatever the tagger made of them. */
const DISCOURSE_WORDS = new Set([
  'meanwhile',
  'however',
  'instead',
  'too',
  'though',
  'nonetheless',
  'nevertheless',
]);
/** Tokens that cannot open an appositive noun phrase. */
const NOT_NOUN_PHRASE_START = new Set(
  ['ADV', 'ADP', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'PUNCT', 'INTJ', 'SYM'].map((t) => UPOS_ID[t]),
);
const NOMINAL = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN, UPOS_ID.NUM]);
/** A token that is only quotation marks (not the apostrophe of “county’s”). */
export const QUOTE_MARK = /^["“”‘’«»`]+$/;
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);
const PRECONJUNCTIONS = new Set(['both', 'either', 'neither']);
/** Pronouns a relative clause can hang from without "that" ("everything she says"). */
const INDEFINITE_HEADS = new Set(['everything', 'something', 'anything', 'nothing']);

export interface SourceAndCue {
  /** Null when the tagger's source was only the predicate the cue is joined to, with no subject. */
  source: TokenSpan | null;
  cue: TokenSpan;
  /** The content, given only when a piece of it moved out of the source. */
  content?: TokenSpan[];
}

/**
 * The source and cue with their shared edge put where PolNeAR puts it. Only a source that stands
 * before its cue in the same sentence moves; the cue only ever gains adverbs before it. `content`
 * is the content the tagger gave the cue, returned with a piece added when the source held it.
 */
export function sourceExtent(
  doc: Doc,
  source: TokenSpan,
  cue: TokenSpan,
  content: TokenSpan[] = [],
): SourceAndCue {
  if (doc.sentenceOf(source.start) !== doc.sentenceOf(cue.start)) return { source, cue };
  source = withoutDanglingRelative(doc, source);
  if (source.start >= cue.end && isTrailingAccordingTo(doc, cue))
    return { source: withTrailingAppositives(doc, source), cue };
  if (source.start >= cue.end) return { source: withoutTimeTail(doc, source), cue };
  if (source.end > cue.start) return { source, cue };
  const possessor = pluralPossessorStart(doc, source);
  const possessed = possessor < source.start;
  if (possessed) {
    source = { start: possessor, end: source.end };
    content = contentBefore(doc, content, possessor);
  }
  const asked = askedParticipleEnd(doc, source, cue);
  if (asked > cue.start) {
    source = { start: source.start, end: asked };
    cue = { start: asked, end: cue.end };
  }
  const joiner = joinerEnding(doc, source, cue);
  // The adverbs after the conjunction are the cue's ("and later said").
  if (joiner >= 0)
    return { source: subjectBeforeVerb(doc, source), cue: { start: joiner + 1, end: cue.end } };
  const tag = insideTag(doc, source, cue, content);
  if (tag) return tag;
  source = afterJoinedClause(doc, source);
  let s = afterObjectRelative(doc, source, cue);
  // "Everything the mayor says": the pronoun is what was said, a piece of the content.
  const said = saidPronoun(doc, s, cue);
  if (said) s = { start: said.end, end: s.end };
  s = afterRelativeHead(doc, s, cue);
  s = withoutSettingTail(doc, s);
  if (s.end === cue.start) s = withoutTimeTail(doc, s);
  s = withoutTimeHead(doc, s);
  s = withAppositive(doc, s, cue);
  s = withListHead(doc, fromPhraseStart(doc, s));
  const result = adverbsToCue(doc, s, cue);
  if (said) result.content = [said, ...content].sort((a, b) => a.start - b.start);
  else if (possessed) result.content = content;
  return result;
}

/** Words of a possessor's noun phrase the tagger may leave out of a source. */
const MAX_POSSESSOR_TOKENS = 6;
const POSSESSOR_UPOS = new Set([UPOS_ID.PROPN, UPOS_ID.NOUN, UPOS_ID.ADJ, UPOS_ID.NUM]);

/**
 * "the Music Managers' Forum said": the part-of-speech tagger may read a plural possessive's
 * apostrophe as a closing quote, and the role tagger then starts the source after it. An apostrophe
 * glued to a noun ending in "s", with a space after it and no quotation open before it in the
 * sentence, is a possessive: the source starts at the possessor's phrase (back to its determiner).
 * Returns the source's start, moved or not.
 */
function pluralPossessorStart(doc: Doc, source: TokenSpan): number {
  const mark = source.start - 1;
  const noun = mark - 1;
  if (noun < 0 || !/^['’]$/.test(doc.word(mark)) || doc.sentenceOf(noun) !== doc.sentenceOf(source.start))
    return source.start;
  if (!pluralPossessive(doc, mark) || !NOMINAL.has(doc.upos[noun])) return source.start;
  const from = doc.sentStart[doc.sentenceOf(noun)];
  // "for fans' seats …, the Stage Workers' Guild": an earlier possessive opens no quotation.
  for (let k = from; k < noun; k++) {
    const apostrophe = /^['’]$/.test(doc.word(k));
    if (apostrophe ? !pluralPossessive(doc, k) : QUOTE_MARK.test(doc.word(k))) return source.start;
  }
  let k = noun;
  while (k - 1 >= from && noun - k < MAX_POSSESSOR_TOKENS && POSSESSOR_UPOS.has(doc.upos[k - 1])) k--;
  if (k - 1 >= from && doc.upos[k - 1] === UPOS_ID.DET) k--;
  return k;
}

/** Whether the apostrophe token at `mark` is glued to a word ending in "s" before it, a space and a word after. */
function pluralPossessive(doc: Doc, mark: number): boolean {
  const noun = mark - 1;
  return (
    noun >= 0 &&
    mark + 1 < doc.length &&
    doc.tokEnd[noun] === doc.tokStart[mark] &&
    doc.tokEnd[mark] < doc.tokStart[mark + 1] &&
    /s$/i.test(doc.word(noun)) &&
    /^\p{L}/u.test(doc.word(mark + 1))
  );
}

/** The content pieces cut to end before `at` (and its comma), dropping any left empty. */
function contentBefore(doc: Doc, content: TokenSpan[], at: number): TokenSpan[] {
  return content.flatMap((c) => {
    if (c.end <= at || c.start >= at) return c.start >= at && c.end > at ? [] : [c];
    let end = at;
    while (end > c.start && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
    return end > c.start ? [{ start: c.start, end }] : [];
  });
}

const DANGLING_RELATIVES = new Set(['who', 'which']);

/**
 * "said Tom Reeve, the club chairman, who added …": a source the tagger ran on to the relative
 * pronoun after its comma ends before the comma; the pronoun opens a clause of its own.
 */
function withoutDanglingRelative(doc: Doc, source: TokenSpan): TokenSpan {
  const last = source.end - 1;
  if (last - source.start < 2 || !DANGLING_RELATIVES.has(doc.lowerWord(last)) || doc.word(last - 1) !== ',')
    return source;
  return { start: source.start, end: last - 1 };
}

/**
 * A source the tagger started inside a word or after its determiner ("a Turkish-[Libyan firm …]")
 * starts at the phrase: back over tightly hyphenated words, then over the determiner.
 */
function fromPhraseStart(doc: Doc, source: TokenSpan): TokenSpan {
  let start = source.start;
  while (
    start >= 2 &&
    /^[-‐]$/.test(doc.word(start - 1)) &&
    doc.tokEnd[start - 2] === doc.tokStart[start - 1] &&
    doc.tokEnd[start - 1] === doc.tokStart[start]
  )
    start -= 2;
  if (start === source.start) return source;
  if (start > 0 && doc.upos[start - 1] === UPOS_ID.DET && doc.sentenceOf(start - 1) === doc.sentenceOf(start))
    start--;
  return { start, end: source.end };
}

/** Words of the first item of a list that the tagger left out of a source. */
const MAX_LIST_HEAD_TOKENS = 6;

/**
 * "Libya's health ministry, a Turkish firm and the council rejected …": a source that is the rest
 * of a list ("a Turkish firm and the council") after a comma takes the list's first item when that
 * opens the sentence and is a plain noun phrase.
 */
function withListHead(doc: Doc, source: TokenSpan): TokenSpan {
  const comma = source.start - 1;
  if (comma <= 0 || doc.word(comma) !== ',') return source;
  let listed = false;
  for (let k = source.start; k < source.end; k++) if (doc.upos[k] === UPOS_ID.CCONJ) listed = true;
  if (!listed) return source;
  const from = doc.sentStart[doc.sentenceOf(comma)];
  if (comma - from > MAX_LIST_HEAD_TOKENS) return source;
  for (let k = from; k < comma; k++)
    if (!LIST_HEAD_UPOS.has(doc.upos[k]) && !(doc.upos[k] === UPOS_ID.PART && /^['’]s$/.test(doc.word(k))))
      return source;
  return { start: from, end: source.end };
}

const LIST_HEAD_UPOS = new Set([UPOS_ID.DET, UPOS_ID.ADJ, UPOS_ID.NOUN, UPOS_ID.PROPN, UPOS_ID.NUM]);

/**
 * The indefinite pronoun a relative clause hangs from when it opens the source ("Everything the
 * mayor says", "Nothing she claimed"): train gold starts 16 sources after one and 1 with it.
 */
function saidPronoun(doc: Doc, source: TokenSpan, cue: TokenSpan): TokenSpan | null {
  if (source.end !== cue.start || source.end - source.start < 2) return null;
  if (!INDEFINITE_HEADS.has(doc.lowerWord(source.start))) return null;
  return NOT_NOUN_PHRASE_START.has(doc.upos[source.start + 1])
    ? null
    : { start: source.start, end: source.start + 1 };
}

/**
 * "most of those questioned said", "voters polled say": a past participle opening a cue that goes on
 * to a finite verb modifies the source's head (the people asked), and gold keeps it in the source
 * (train: "those surveyed said" 6 of 6). Returns the token after the participle, or the cue's
 * start when the cue opens otherwise.
 */
function askedParticipleEnd(doc: Doc, source: TokenSpan, cue: TokenSpan): number {
  if (source.end !== cue.start || cue.end - cue.start < 2 || doc.xpos[cue.start] !== XPOS_ID.VBN)
    return cue.start;
  let k = cue.start + 1;
  while (k < cue.end && doc.upos[k] === UPOS_ID.ADV) k++;
  return k < cue.end && FINITE_XPOS.has(doc.xpos[k]) ? cue.start + 1 : cue.start;
}

/** "which state media claimed", "the gap between what Trump says": the source starts after the pronoun. */
function afterObjectRelative(doc: Doc, source: TokenSpan, cue: TokenSpan): TokenSpan {
  if (source.end !== cue.start) return source;
  for (let k = source.end - 2; k >= source.start; k--) {
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return source;
    // "which in March imposed": the pronoun is the subject itself when no noun phrase follows it.
    if (OBJECT_RELATIVES.has(doc.lowerWord(k)))
      return NOT_NOUN_PHRASE_START.has(doc.upos[k + 1]) ? source : { start: k + 1, end: source.end };
  }
  return source;
}

/** Conjunctions that join a second clause after a comma ("…, and the union said"). */
const CLAUSE_JOINERS = new Set(['and', 'but']);

/**
 * "The price cut hit incomes hard, and the union said": a source that opens with a clause of its own
 * (a finite verb outside a relative clause) before ", and" or ", but" holds the writer's sentence;
 * the speaker is the subject after the conjunction. A list ("the Trust, the Society, and Save Our
 * Marsh") has no finite verb before its last conjunction and stays whole.
 */
function afterJoinedClause(doc: Doc, source: TokenSpan): TokenSpan {
  let relative = false;
  let finite = false;
  let start = source.start;
  for (let k = source.start; k + 1 < source.end; k++) {
    const word = doc.lowerWord(k);
    // A quotation's own "but" is the speaker's words, not the writer's clause.
    if (QUOTE_MARK.test(word)) return source;
    if (RELATIVE_PRONOUNS.has(word) && doc.upos[k] === UPOS_ID.PRON) relative = true;
    else if (word === ',') relative = false;
    else if (!relative && FINITE_XPOS.has(doc.xpos[k])) finite = true;
    else if (finite && CLAUSE_JOINERS.has(word) && k > source.start && doc.word(k - 1) === ',') start = k + 1;
  }
  if (start === source.start) return source;
  // What follows must be a subject alone ("the union", "Tarvia, which had objected"), not a clause
  // with a tag inside ("…, but it is under pressure, its chief executive said").
  relative = false;
  for (let k = start; k < source.end; k++) {
    const word = doc.lowerWord(k);
    if (RELATIVE_PRONOUNS.has(word) && doc.word(k - 1) === ',') relative = true;
    else if (word === ',') relative = false;
    else if (!relative && (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX)) return source;
  }
  return { start, end: source.end };
}

/**
 * "Harbour police announced … and said", "The inspectors, who include …, went through … and found":
 * a source the tagger ended with a conjunction (and adverbs) before the cue holds the predicate the
 * cue is joined to (train gold: no source of 18,361 ends with one). Returns the conjunction's
 * token, or -1.
 */
function joinerEnding(doc: Doc, source: TokenSpan, cue: TokenSpan): number {
  if (source.end !== cue.start) return -1;
  let k = source.end - 1;
  while (k > source.start && doc.upos[k] === UPOS_ID.ADV) k--;
  // "Ann and Bo both said": a conjunction's first word ("both", "either") closes no predicate.
  const joins = doc.upos[k] === UPOS_ID.CCONJ && !PRECONJUNCTIONS.has(doc.lowerWord(k));
  return k > source.start && joins ? k : -1;
}

/**
 * The words of `source` before its first verb outside a relative clause, the subject the joined
 * predicates share; null when it holds none (the subject then comes from the parse: sharedSubject).
 */
function subjectBeforeVerb(doc: Doc, source: TokenSpan): TokenSpan | null {
  let relative = false;
  for (let k = source.start + 1; k < source.end; k++) {
    if (RELATIVE_PRONOUNS.has(doc.lowerWord(k)) && doc.upos[k] === UPOS_ID.PRON) relative = true;
    else if (doc.word(k) === ',') relative = false;
    else if (!relative && (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX)) {
      let end = k;
      while (end > source.start && doc.upos[end - 1] === UPOS_ID.PUNCT) end--;
      return end > source.start ? { start: source.start, end } : null;
    }
  }
  return null;
}

/**
 * "a charge that Mrs. Clinton denied", "the way they see it": a cue heading a relative clause on
 * a noun in the source speaks for the clause's subject, after the relative "that" or right after
 * the noun when a pronoun opens the clause (train gold: 114 sources start after such a "that",
 * about 2 hold one; 56 pronouns after a noun are the whole source, none with the noun).
 */
function afterRelativeHead(doc: Doc, source: TokenSpan, cue: TokenSpan): TokenSpan {
  if (source.end !== cue.start) return source;
  // A cue of two verbs ("the people it questioned said") runs over the clause into the sentence's own.
  let verbs = 0;
  for (let k = cue.start; k < cue.end; k++) if (doc.upos[k] === UPOS_ID.VERB) verbs++;
  if (verbs > 1) return source;
  for (let k = source.end - 1; k > source.start; k--) {
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX || doc.word(k) === ',') return source;
    const head = k - 1;
    const word = doc.word(head);
    if (doc.upos[head] !== UPOS_ID.NOUN || word !== word.toLowerCase()) continue;
    if (doc.lowerWord(k) === 'that' && k + 1 < source.end && !NOT_NOUN_PHRASE_START.has(doc.upos[k + 1]))
      return { start: k + 1, end: source.end };
    // A person's title before a pronoun would be the pronoun's own ("the spokesman he …" is rare).
    const singular = doc.xpos[head] === XPOS_ID.NNS ? word.replace(/s$/, '') : word;
    if (doc.xpos[k] === XPOS_ID.PRP && !namesPerson(singular)) return { start: k, end: source.end };
  }
  return source;
}

/**
 * "The truth, the senator said then, was that …": a tag set off inside the sentence, which goes on
 * after it with its verb; the words before the tag's comma open the content, not the source
 * (train gold: 248 such openings in the content, 2 in a source). Null when the source is no such
 * tag's.
 */
function insideTag(doc: Doc, source: TokenSpan, cue: TokenSpan, content: TokenSpan[]): SourceAndCue | null {
  if (source.end !== cue.start) return null;
  let comma = -1;
  for (let k = source.end - 1; k > source.start && comma < 0; k--) {
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return null;
    if (doc.word(k) === ',') comma = k;
  }
  if (comma < 0 || comma + 1 >= source.end) return null;
  // After the cue: only a setting ("earlier in the hearing", "then") before the tag's closing comma.
  const end = doc.sentEnd[doc.sentenceOf(cue.start)];
  let k = cue.end;
  let afterPreposition = false;
  for (; k < end && doc.word(k) !== ','; k++) {
    const upos = doc.upos[k];
    if (upos === UPOS_ID.VERB || upos === UPOS_ID.AUX || upos === UPOS_ID.PUNCT) return null;
    afterPreposition ||= upos === UPOS_ID.ADP;
    if (!afterPreposition && (NOMINAL.has(upos) || upos === UPOS_ID.PRON || upos === UPOS_ID.DET))
      return null;
  }
  const next = k + 1;
  if (next >= end || !(doc.upos[next] === UPOS_ID.AUX || FINITE_XPOS.has(doc.xpos[next]))) return null;
  const opening = { start: source.start, end: comma };
  const rest = content.filter((c) => c.end <= opening.start || c.start >= opening.end);
  return {
    source: { start: comma + 1, end: source.end },
    cue,
    content: [opening, ...rest].sort((a, b) => a.start - b.start),
  };
}

/**
 * "President Obama, opening the museum on Saturday", "Ms Hale, at a briefing": the source ends
 * before a comma that opens a participle or a setting phrase (train: participles 71 outside, 3
 * titles inside).
 */
function withoutSettingTail(doc: Doc, source: TokenSpan): TokenSpan {
  for (let k = source.start + 1; k < source.end - 1; k++) {
    // A comma inside a clause of the source ("Biden, who was to travel to Ohio, on Wednesday …").
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return source;
    if (doc.word(k) !== ',') continue;
    const next = k + 1;
    const word = doc.lowerWord(next);
    // A participle before a noun makes a title ("ranking member", "acting director").
    const participle =
      doc.xpos[next] === XPOS_ID.VBG && word !== LISTING_PARTICIPLE && !NOMINAL.has(doc.upos[next + 1]);
    const setting =
      doc.upos[next] === UPOS_ID.ADP &&
      SETTING_PREPOSITIONS.has(word) &&
      hasNominal(doc, next + 1, source.end);
    if (participle || setting) return { start: source.start, end: k };
  }
  return source;
}

/** Prepositions of a time phrase between a subject and its verb ("Ms Hale in May said"). */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'since']);
/** Words that make a noun a time after "this", "last" or "next" ("last week", "this spring"). */
const TIME_NOUNS = new Set([
  'week',
  'weekend',
  'month',
  'year',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);
const TIME_DETERMINERS = new Set(['this', 'last', 'next']);
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * "Two inspectors in May warned", "who in 2011 said", "said Ann Cole on Monday": a time
 * phrase right before the cue, or ending a source after it, says when the source spoke, not who
 * (train gold before the cue: 62 such phrases outside the source; of 27 inside, 24 follow a poll,
 * report or other document, or a participle: "a poll released last week found").
 */
export function withoutTimeTail(doc: Doc, source: TokenSpan): TokenSpan {
  const from = timePhraseStart(doc, source);
  if (from <= source.start) return source;
  for (let k = source.start; k < from; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX || DOCUMENT_WORDS.has(doc.lowerWord(k)))
      return source;
  return { start: source.start, end: from };
}

/** Words that say when on their own ("Yesterday the mayor said"). */
const TIME_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later']);
/** What a speaker's phrase may open with after a time phrase: a determiner, a name, a noun, a pronoun. */
const PHRASE_OPENERS = new Set([
  UPOS_ID.DET,
  UPOS_ID.PROPN,
  UPOS_ID.NOUN,
  UPOS_ID.PRON,
  UPOS_ID.ADJ,
  UPOS_ID.NUM,
]);

/**
 * "Last Wednesday a spokeswoman for the retailer told …": a time phrase opening the source says
 * when the source spoke, not who.
 */
function withoutTimeHead(doc: Doc, source: TokenSpan): TokenSpan {
  let k = source.start;
  const first = doc.lowerWord(k);
  if (
    TIME_DETERMINERS.has(first) &&
    (CALENDAR_WORDS.has(doc.lowerWord(k + 1)) || TIME_NOUNS.has(doc.lowerWord(k + 1)))
  )
    k += 2;
  else if (TIME_ADVERBS.has(first)) k += 1;
  else if (TIME_PREPOSITIONS.has(first) && CALENDAR_WORDS.has(doc.lowerWord(k + 1))) {
    k += 2;
    while (k < source.end && (/^\d{1,4}$/.test(doc.word(k)) || doc.word(k) === ',')) k++;
  } else return source;
  if (k < source.end && doc.word(k) === ',') k++;
  if (k >= source.end || !PHRASE_OPENERS.has(doc.upos[k])) return source;
  return { start: k, end: source.end };
}

/** Where a time phrase ending the span begins ("in April", "on Monday", "in May 2015", "last week"), or -1. */
function timePhraseStart(doc: Doc, span: TokenSpan): number {
  let k = span.end - 1;
  const last = doc.lowerWord(k);
  if (TIME_NOUNS.has(last) || CALENDAR_WORDS.has(last))
    if (k - 1 >= span.start && TIME_DETERMINERS.has(doc.lowerWord(k - 1))) return k - 1;
  // Back over the date: a year, a day number, a comma, a month or weekday, "early"/"late".
  const end = k;
  while (k >= span.start && (YEAR.test(doc.word(k)) || /^\d{1,2}$/.test(doc.word(k)) || doc.word(k) === ','))
    k--;
  if (k >= span.start && CALENDAR_WORDS.has(doc.lowerWord(k))) k--;
  else if (k === end || !YEAR.test(doc.word(k + 1))) return -1;
  if (k >= span.start && /^(?:early|late|mid)$/.test(doc.lowerWord(k))) k--;
  return k >= span.start && TIME_PREPOSITIONS.has(doc.lowerWord(k)) ? k : -1;
}

/**
 * "Clinton, the former secretary of state, said": a noun phrase set off by commas between the
 * source and its cue is the source's appositive (train: 717 inside the source, 75 outside, most of
 * those adverbs like "meanwhile" or a clause's fronted phrase).
 */
function withAppositive(doc: Doc, source: TokenSpan, cue: TokenSpan): TokenSpan {
  const open = source.end;
  if (doc.word(open) !== ',' || open + 1 >= cue.start) return source;
  const first = doc.lowerWord(open + 1);
  if (
    NOT_NOUN_PHRASE_START.has(doc.upos[open + 1]) ||
    OBJECT_RELATIVES.has(first) ||
    DISCOURSE_WORDS.has(first)
  )
    return source;
  const last = Math.min(cue.start, open + 1 + MAX_APPOSITIVE_TOKENS);
  let noun = false;
  for (let k = open + 1; k < last; k++) {
    const w = doc.word(k);
    // The comma that closes it, before the cue or the predicate the cue is part of ("Clinton, the
    // former senator, stressed … and said").
    if (w === ',') return noun && opensPredicate(doc, k + 1, cue) ? { start: source.start, end: k } : source;
    // A verb or "to" makes it a clause ("eager all evening to jab", "set to end on Tuesday").
    const clause = NOT_IN_APPOSITIVE.has(doc.upos[k]) && doc.xpos[k] !== XPOS_ID.POS;
    if (w === ';' || clause || QUOTE_MARK.test(w)) return source;
    if (doc.upos[k] === UPOS_ID.PRON && doc.xpos[k] !== XPOS_ID.PRP$) return source;
    // An age alone ("Ms Hale, 54,") is left as the tagger gave it: annotators differ on it.
    noun ||= doc.upos[k] === UPOS_ID.NOUN || doc.upos[k] === UPOS_ID.PROPN;
  }
  return source;
}

/**
 * ", according to": the cue after the words it reports. Opening a sentence ("According to the
 * ministry, the director, Ali Omar, said …") what follows the source's comma is the statement.
 */
const isTrailingAccordingTo = (doc: Doc, cue: TokenSpan) =>
  cue.end - cue.start === 2 &&
  doc.lowerWord(cue.start) === 'according' &&
  doc.lowerWord(cue.start + 1) === 'to' &&
  cue.start > 0 &&
  doc.word(cue.start - 1) === ',';

/**
 * "…, according to Ann Lee, an economist at the bank, and two of her colleagues.": noun phrases set
 * off by commas after the source of "according to" are its appositives and the rest of a list
 * (train: all such phrases are in the gold source), up to a clause ("…, whose figures …").
 */
function withTrailingAppositives(doc: Doc, source: TokenSpan): TokenSpan {
  const end = doc.sentEnd[doc.sentenceOf(source.start)];
  let to = source.end;
  while (to + 1 < end && doc.word(to) === ',') {
    let k = to + 1;
    if (doc.upos[k] === UPOS_ID.CCONJ) k++;
    if (k >= end || NOT_NOUN_PHRASE_START.has(doc.upos[k]) || OBJECT_RELATIVES.has(doc.lowerWord(k))) break;
    if (doc.upos[k] === UPOS_ID.PRON && doc.xpos[k] !== XPOS_ID.PRP$) break;
    // The head noun: the last noun before a preposition ("director of the office" -> director).
    let head = -1;
    let clause = false;
    let afterPreposition = false;
    for (; k < end && doc.word(k) !== ','; k++) {
      afterPreposition ||= doc.upos[k] === UPOS_ID.ADP;
      if (!afterPreposition && (doc.upos[k] === UPOS_ID.NOUN || doc.upos[k] === UPOS_ID.PROPN)) head = k;
      clause ||= doc.upos[k] === UPOS_ID.AUX || FINITE_XPOS.has(doc.xpos[k]) || QUOTE_MARK.test(doc.word(k));
    }
    if (head < 0 || clause || !describesSpeaker(doc, head)) break;
    to = k;
  }
  // Up to the last word: the sentence's closing mark is no part of it.
  while (to > source.end && doc.upos[to - 1] === UPOS_ID.PUNCT) to--;
  return { start: source.start, end: to };
}

/**
 * Whether a noun heads a description of who speaks ("an economist", "the advocacy group", "other
 * scientists", a name), not of what was said ("a huge sum", "the most of any candidate").
 */
function describesSpeaker(doc: Doc, head: number): boolean {
  if (doc.upos[head] === UPOS_ID.PROPN) return true;
  const word = doc.lowerWord(head);
  const singular = doc.xpos[head] === XPOS_ID.NNS ? word.replace(/s$/, '') : word;
  return (
    namesPerson(singular) ||
    ANONYMOUS_HEADS.has(singular) ||
    COMPANY_HEADS.has(singular) ||
    BUSINESS_NOUNS.has(singular)
  );
}

/** Whether the source's predicate begins at `k`: the cue itself, or a verb before it. */
function opensPredicate(doc: Doc, k: number, cue: TokenSpan): boolean {
  if (k === cue.start) return true;
  return (
    k < cue.start &&
    (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX || doc.upos[k] === UPOS_ID.ADV)
  );
}

/** A lower-case adverb that is not the noun phrase's own (a name the tagger took for one is not). */
function cueAdverb(doc: Doc, k: number): boolean {
  const word = doc.word(k);
  return doc.upos[k] === UPOS_ID.ADV && word === word.toLowerCase() && !SOURCE_ADVERBS.has(word);
}

/** Whether a noun, name, number or pronoun comes before the next comma ("in particular" has none). */
function hasNominal(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end && doc.word(k) !== ','; k++)
    if (NOMINAL.has(doc.upos[k]) || doc.upos[k] === UPOS_ID.PRON) return true;
  return false;
}

/** "World leaders almost universally expressed": adverbs ending the source open the cue. */
function adverbsToCue(doc: Doc, source: TokenSpan, cue: TokenSpan): SourceAndCue {
  if (source.end !== cue.start) return { source, cue };
  // "those who moved here illegally say": the adverb may be the relative clause's.
  for (let k = source.start; k < source.end; k++)
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return { source, cue };
  let k = source.end;
  while (k - 1 > source.start && cueAdverb(doc, k - 1)) k--;
  if (k === source.end) return { source, cue };
  return { source: { start: source.start, end: k }, cue: { start: k, end: cue.end } };
}
