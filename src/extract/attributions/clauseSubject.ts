/**
 * "Some studies found that …, he said, while others recorded …": a cue in a clause of its own,
 * opened by a joining word after the source the role tagger gave it, speaks for that clause's
 * subject ("others"), not for the speaker of the clause before. Token offsets.
 */

import type { Doc } from '../../language/doc.js';
import { SPEECH_LEMMAS } from '../../language/en/cues/reportingVerbs.js';
import {
  DATE_UNITS,
  MONTH_NAMES,
  RELATIVE_DAYS,
  WEEKDAY_NAMES,
} from '../../language/en/gazetteers/dateWords.js';
import { DEPREL_ID, FINITE_XPOS, UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { attitudeParticiple } from './attitudeParticiples.js';
import type { TokenSpan } from './build.js';

/** Words that open a clause with a subject of its own wherever they stand. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though']);
/**
 * Subordinators of time and cause ("… was withdrawn after readers found that …": the readers
 * found). They open a clause with a subject only before a finite cue: a participle or an
 * infinitive after them ("since the attacks, articulating …") has none of its own.
 */
const SUBORDINATORS = new Set(['after', 'when', 'because', 'before', 'since', 'until', 'once']);
/** Words that open one only after a comma (", and others said"; "X and Y said" is one subject). */
const COMMA_JOINERS = new Set(['and', 'but']);
/** The subject between the joining word and the cue is a short noun phrase ("others", "two of the crew"). */
const MAX_SUBJECT_WORDS = 4;
const NOT_IN_SUBJECT = new Set([UPOS_ID.VERB, UPOS_ID.AUX, UPOS_ID.PUNCT, UPOS_ID.SCONJ, UPOS_ID.CCONJ]);

/**
 * The subject of the cue's own clause when a joining word or a semicolon stands between the tagged
 * source and the cue in the same sentence ("… a “green land grab”; supporters call it overdue": a
 * semicolon may even fall inside the tagged source), else the tagged source unchanged.
 */
export function clauseSubject(doc: Doc, source: TokenSpan | null, cue: TokenSpan): TokenSpan | null {
  if (!source || source.end > cue.start) return source;
  const sentence = doc.sentenceOf(cue.start);
  const from = Math.max(source.start, cue.start - MAX_SUBJECT_WORDS - 1);
  for (let j = cue.start - 1; j >= from; j--) {
    const inSource = j < source.end;
    const word = doc.lowerWord(j);
    const opens =
      isSemicolon(doc, j) ||
      (!inSource &&
        (CLAUSE_OPENERS.has(word) ||
          (SUBORDINATORS.has(word) && FINITE_XPOS.has(doc.xpos[cue.start])) ||
          (COMMA_JOINERS.has(word) && j > 0 && doc.word(j - 1) === ','))) ||
      // "Halifax said prices rose in January and Nationwide reported …": the tagger took a clause
      // and the next subject for the source; a finite verb before "and" shows the clause.
      (inSource && COMMA_JOINERS.has(word) && finiteBetween(doc, source.start, j));
    if (!opens) {
      if (!inSource && NOT_IN_SUBJECT.has(doc.upos[j])) return source;
      continue;
    }
    if (j + 1 >= cue.start || doc.sentenceOf(j) !== sentence) return source;
    for (let k = j + 1; k < cue.start; k++) if (NOT_IN_SUBJECT.has(doc.upos[k])) return source;
    return { start: j + 1, end: cue.start };
  }
  return source;
}

/**
 * Whether a finite verb of a main clause stands in tokens [from, to): one after a relative word
 * ("a slide that the aides carry … and leaders shows") is the noun's clause, not the sentence's.
 */
function finiteBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (RELATIVE_WORDS.has(doc.lowerWord(k))) return false;
    if (FINITE_XPOS.has(doc.xpos[k])) return true;
  }
  return false;
}
const RELATIVE_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'where']);

/** A semicolon between clauses, not the end of an HTML entity left in the text ("Jos&#233;"). */
function isSemicolon(doc: Doc, j: number): boolean {
  if (doc.word(j) !== ';') return false;
  const at = doc.tokStart[j];
  return !/&#?[\p{L}\p{N}]+$/u.test(doc.text.slice(Math.max(0, at - 10), at));
}

const BE_FORMS_LIST = ['is', 'was', 'are', 'were', 'be', 'been', 'being'];

/** Forms of "be" and "have" that open a passive report ("was reported", "has been said"). */
const PASSIVE_OPENERS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'be']);

/**
 * "It was reported that …": "it" right before a passive cue is the clause's placeholder subject,
 * not a speaker, so the report has no source (as PolNeAR's Attribution-no-source has it).
 */
export function isPlaceholderIt(doc: Doc, source: TokenSpan, cue: TokenSpan): boolean {
  if (source.end - source.start !== 1 || source.end !== cue.start || doc.lowerWord(source.start) !== 'it')
    return false;
  return (
    (PASSIVE_OPENERS.has(doc.lowerWord(cue.start)) && hasParticiple(doc, cue)) || evidenceAdjective(doc, cue)
  );
}

/** Verbs that link "it" to an adjective ("it is", "it's", "it became", "it remains"). */
const LINKING = new Set([
  ...BE_FORMS_LIST,
  "'s",
  '’s',
  'became',
  'becomes',
  'become',
  'remains',
  'remained',
  'seems',
  'seemed',
]);
/** Adjectives that say how known something is ("it is unclear whether …", "it's obvious that …"). */
const EVIDENCE_ADJECTIVES = new Set([
  'clear',
  'unclear',
  'obvious',
  'evident',
  'apparent',
  'certain',
  'uncertain',
  'likely',
  'unlikely',
  'possible',
  'true',
]);

/**
 * "It is unclear whether …", "it's not clear", "it became resoundingly clear": "it" placeholds the
 * clause after an adjective of knowing (PolNeAR train: 22 such cues without a source, 18 of them
 * holding the "it"; 1 with "it" as source).
 */
function evidenceAdjective(doc: Doc, cue: TokenSpan): boolean {
  if (!LINKING.has(doc.lowerWord(cue.start))) return false;
  for (let k = cue.start + 1; k < cue.end; k++) {
    if (EVIDENCE_ADJECTIVES.has(doc.lowerWord(k))) return true;
    if (doc.upos[k] !== UPOS_ID.ADV && doc.upos[k] !== UPOS_ID.PART && doc.upos[k] !== UPOS_ID.ADP)
      return false;
  }
  return false;
}

/**
 * Whether a cue is passive: a form of "be" then a past participle ("was reported", "has been
 * said", "was reported last week"; not the active "has shown").
 */
function hasParticiple(doc: Doc, cue: TokenSpan): boolean {
  let be = false;
  for (let k = cue.start; k < cue.end; k++) {
    if (be && doc.xpos[k] === XPOS_ID.VBN) return true;
    if (BE_FORMS.has(doc.lowerWord(k))) be = true;
  }
  return false;
}

const PASSIVE_AGENT = DEPREL_ID['obl:agent'];
/** Bodies that hear evidence: "the court was told" is what the court heard. */
const HEARING_BODIES = new Set([
  'court',
  'inquiry',
  'tribunal',
  'inquest',
  'hearing',
  'jury',
  'committee',
  'panel',
]);
/**
 * Passives whose subject speaks after all: "was reported as saying", "was heard asking", "is
 * expected to say" (a speech verb after the participle), and a feeling, not words, in "is convinced
 * that", "were incensed about", "is convinced the plan will work" (a participle that is no speech
 * verb before that/about/over or a clause: its subject holds the view; "was told that" is spoken to).
 */
function subjectSpeaks(doc: Doc, verb: number): boolean {
  const next = verb + 1 < doc.length ? doc.lowerWord(verb + 1) : '';
  const speech = (k: number) => k < doc.length && SPEECH_LEMMAS.has(doc.lemma[k]);
  if (attitudeParticiple(doc.lowerWord(verb), next)) return true;
  if (next === 'as' || next === 'to') return speech(verb + 2) || doc.lowerWord(verb + 2) === 'having';
  if (doc.xpos[verb + 1] === XPOS_ID.VBG) return speech(verb + 1);
  return !speech(verb) && (VIEW_MARKERS.has(next) || clauseFollows(doc, verb + 1));
}

/** Tokens before a clause's finite verb ("convinced [the plan] will work"). */
const CLAUSE_REACH = 6;

/** Words of a clause's subject, before its verb. */
const SUBJECT_WORDS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'ADV'].map((t) => UPOS_ID[t]));

/**
 * Whether a clause opens at `start`: a short subject, then a finite verb ("[the plan] will work";
 * not "for policies that objectors see", a phrase holding a clause).
 */
function clauseFollows(doc: Doc, start: number): boolean {
  for (let k = start; k < doc.length && k < start + CLAUSE_REACH; k++) {
    if (FINITE_XPOS.has(doc.xpos[k])) return k > start;
    if (!SUBJECT_WORDS.has(doc.upos[k])) return false;
  }
  return false;
}

/** Words that open what a feeling or belief is about ("convinced that", "worried about"). */
const VIEW_MARKERS = new Set(['that', 'about', 'over']);

const BE_FORMS = new Set(BE_FORMS_LIST);

/**
 * "The harbour chief was accused of selling fuel": the subject of a passive cue is who the words
 * are about, not who spoke them. On PolNeAR dev the role tagger took it for the source in every
 * such case ("was accused of", "has been criticized for", "were charged with"), where the gold has
 * no source, or the agent after "by", and the subject in the content. Returns the agent (null when
 * none is named) when the tagged source stands right before the cue's passive verb, else null. "Two nurses were quoted as saying …" ("reported as saying") names its speakers in the
 * subject, and stays.
 */
export function passiveRoles(
  doc: Doc,
  source: TokenSpan | null,
  cue: TokenSpan,
): { agent: TokenSpan | null; detached: boolean } | null {
  if (!source || source.end > cue.start) return null;
  // The participle the source stands right before, past auxiliaries and adverbs only, one of them
  // a form of "be" ("have sometimes been accused of"; "have questioned" is active). A cue that
  // holds its own "be" is passive wherever the source stands ("The report said two staff had
  // raised concerns but were told to …": whoever the tagger gave it, the told are not the tellers);
  // such a detached source is no subject to move into the content.
  let found = participleAfter(doc, source.end, cue);
  const detached = found.verb < 0 && BE_FORMS.has(doc.lowerWord(cue.start));
  if (detached) found = participleAfter(doc, cue.start, cue);
  const { verb, be } = found;
  // Only a verb whose object is the one spoken to makes its passive subject a listener: the
  // subject of "was focused on", "is aimed at", "was known for" holds the view (PolNeAR train).
  if (detached && !ADDRESSED.has(doc.lemma[verb])) return null;
  if (verb < 0 || !be || doc.lemma[verb] === 'quote' || subjectSpeaks(doc, verb)) return null;
  // "…, a misconduct hearing was told": what a hearing is told it hears, as "a court heard" does.
  if (doc.lemma[verb] === 'tell' && HEARING_BODIES.has(doc.lowerWord(source.end - 1))) return null;
  const end = doc.sentEnd[doc.sentenceOf(verb)];
  for (let t = verb + 1; t < end; t++) {
    if (doc.dep[t] !== PASSIVE_AGENT || doc.head[t] !== verb) continue;
    let by = t - 1;
    while (by > verb && doc.lowerWord(by) !== 'by') by--;
    if (by > verb && isTimePhrase(doc, by + 1, t + 1)) continue;
    return { agent: by > verb ? { start: by + 1, end: t + 1 } : null, detached };
  }
  return { agent: null, detached };
}

/** Verbs whose object is who is spoken to: "were told", "was warned", "had been asked". */
const ADDRESSED = new Set([
  'tell',
  'ask',
  'warn',
  'inform',
  'advise',
  'urge',
  'order',
  'instruct',
  'remind',
  'assure',
]);

/** The past participle the cue holds after `from`, past auxiliaries and adverbs, and whether one of them is a "be". */
function participleAfter(doc: Doc, from: number, cue: TokenSpan): { verb: number; be: boolean } {
  let be = false;
  for (let k = from; k < cue.end; k++) {
    if (doc.upos[k] === UPOS_ID.AUX || doc.upos[k] === UPOS_ID.ADV || doc.upos[k] === UPOS_ID.PART) {
      be ||= BE_FORMS.has(doc.lowerWord(k));
      continue;
    }
    const verb = k >= cue.start && doc.upos[k] === UPOS_ID.VERB && doc.xpos[k] === XPOS_ID.VBN ? k : -1;
    return { verb, be };
  }
  return { verb: -1, be };
}

/** Heads of a time phrase after "by" ("by March", "by the end of the year"), which the parser may take for an agent. */
const TIME_HEADS = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  ...RELATIVE_DAYS,
  ...DATE_UNITS,
  'end',
  'time',
  'then',
  'now',
  'midnight',
  'noon',
  'spring',
  'summer',
  'autumn',
  'winter',
]);

/** Words a time phrase may hold besides its head ("the end of next year", "early March"). */
const TIME_PHRASE_WORDS = new Set(['the', 'a', 'of', 'next', 'this', 'that', 'early', 'late', 'mid', 'same']);

/** "expected by March", "due by the end of 2027": tokens [start, end) are a time, not an agent. */
function isTimePhrase(doc: Doc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const lower = doc.lowerWord(k);
    if (!TIME_HEADS.has(lower) && !TIME_PHRASE_WORDS.has(lower) && !/^(?:1[89]|20)\d\d$/.test(lower))
      return false;
  }
  return end > start;
}

/**
 * "a ruling was expected by March": a phrase after "by" that is a time is a deadline, which the
 * role tagger may take for the passive's agent.
 */
export function isDeadline(doc: Doc, span: TokenSpan): boolean {
  return span.start > 0 && doc.lowerWord(span.start - 1) === 'by' && isTimePhrase(doc, span.start, span.end);
}

/** What a subject may face or draw: words against it, not its own. */
const CRITICISM_NOUNS = new Set([
  'criticism',
  'criticisms',
  'questions',
  'scrutiny',
  'accusations',
  'allegations',
  'calls',
  'pressure',
  'fire',
  'backlash',
  'condemnation',
  'ridicule',
]);
const RECEIVING_LEMMAS = new Set(['face', 'receive', 'draw', 'attract', 'come', 'endure']);
/** Words of the phrase after "from" that names who criticised. */
const AGENT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'CCONJ'].map((t) => UPOS_ID[t]));

/**
 * "The mayor has faced questions about the pier contract", "the port chief drew sharp criticism for …": the
 * subject is who the words are about; they come from whoever "from" names, else from nobody named
 * (PolNeAR train: of such cues, those with "from" have its phrase as source, the others none).
 * Returns that agent (null when none) when the tagged source stands before such a cue, else null.
 */
export function receivedCriticism(
  doc: Doc,
  source: TokenSpan | null,
  cue: TokenSpan,
): { agent: TokenSpan | null } | null {
  if (!source || source.end > cue.start) return null;
  let receiving = false;
  let noun = -1;
  for (let k = source.end; k < cue.end; k++) {
    if (RECEIVING_LEMMAS.has(doc.lemma[k]) && doc.upos[k] === UPOS_ID.VERB) receiving = true;
    else if (receiving && CRITICISM_NOUNS.has(doc.lowerWord(k))) noun = k;
  }
  if (noun < 0) return null;
  const sentenceEnd = doc.sentEnd[doc.sentenceOf(noun)];
  let from = noun + 1;
  while (from < sentenceEnd && from < noun + 4 && doc.lowerWord(from) !== 'from') from++;
  if (from >= sentenceEnd || doc.lowerWord(from) !== 'from') return { agent: null };
  let end = from + 1;
  while (end < sentenceEnd && AGENT_WORDS.has(doc.upos[end])) end++;
  while (end > from + 1 && doc.upos[end - 1] === UPOS_ID.CCONJ) end--;
  return { agent: end > from + 1 ? { start: from + 1, end } : null };
}

/** Words of a noun phrase before its head noun ("the east side", "two senior"). */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].map((t) => UPOS_ID[t]));
const NOUNS = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN, UPOS_ID.PRON, UPOS_ID.NUM]);
/** Prepositions inside a noun phrase ("the side of town"); "after", "before", "than" open clauses. */
const PHRASE_PREPOSITIONS = new Set([
  'of',
  'on',
  'in',
  'at',
  'from',
  'near',
  'across',
  'around',
  'along',
  'inside',
  'outside',
]);

/**
 * "Households on the east side of [Lowfield] were told …": a passive's subject never starts right
 * after a preposition; the tagger took the last noun of a phrase whose head comes before it. The
 * subject starts where the noun phrase the preposition hangs from starts, across further
 * prepositions ("on the east side").
 */
export function wholeSubject(doc: Doc, subject: TokenSpan): TokenSpan {
  const sentenceStart = doc.sentStart[doc.sentenceOf(subject.start)];
  let start = subject.start;
  while (
    start - 2 >= sentenceStart &&
    PHRASE_PREPOSITIONS.has(doc.lowerWord(start - 1)) &&
    NOUNS.has(doc.upos[start - 2])
  ) {
    let k = start - 2;
    while (k - 1 >= sentenceStart && NOUN_PHRASE_WORDS.has(doc.upos[k - 1])) k--;
    // A possessive pronoun opens the phrase too ("their side of the river").
    if (k - 1 >= sentenceStart && doc.xpos[k - 1] === XPOS_ID.PRP$) k--;
    start = k;
  }
  return { start, end: subject.end };
}
