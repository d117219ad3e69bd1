/**
 * Report tags that close a sentence after a comma with a verb other than "said" ("…, their union
 * announced on Monday."; "…, a court heard."): wire ledes end this way, but PolNeAR's train split
 * shows few such tags for any one verb, so the cue tagger passes over most of them.
 */
import { SPEECH_LEMMAS } from '../../../language/en/cues/reportingVerbs.js';
import { FINITE_XPOS, XPOS_ID } from '../../../language/tagsets.js';
import type { PredictedAttribution } from './model.js';
import type { DocView } from './view.js';

/** Longest subject of a tag ("the county's chief fire officer"), in tokens. */
const MAX_SUBJECT = 6;
/**
 * Tokens a relative clause may add to it ("the trust that runs the museum", "the keeper who has
 * tended it every night for 22 years"): those of PolNeAR train's tag subjects run to 14 with the pronoun.
 */
const RELATIVE_CLAUSE = 8;
/** Longest adjunct after the verb ("on Monday night", "in a statement"), in tokens. */
const MAX_ADJUNCT = 5;
/** Fewest tokens of the clause a tag reports. */
const MIN_CONTENT = 4;
/** Rule attributions carry no tagger margin (see ruleCues.ts). */
const RULE_MARGIN = 0;

const SUBJECT_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP', 'CCONJ']);
/**
 * A subject opens with these ("after the interview, concluded" and "and X responded" are not tags);
 * it holds no relative ("the writer who wrote").
 */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Bodies that "hear" evidence: the tag's verb is then "heard", not a reporting verb. */
const HEARING_BODIES = new Set(['court', 'inquiry', 'tribunal', 'inquest', 'hearing', 'jury', 'committee']);

/**
 * A past-tense reporting verb after a comma and a short subject, followed by at most a short
 * adjunct up to the sentence's end or its next comma ("…, the trust confirmed on Tuesday, despite
 * …"), reports the clause before the comma (from the sentence's start: a dateline there is trimmed
 * later). The taggers' attributions it overlaps are dropped when they lie inside that clause
 * (PolNeAR never nests: the tag's report is the one annotated), save a speaker a "reported" or
 * "said" tag relays (relayWholeClause, as for the taggers' own relays); any other overlap keeps the
 * taggers' reading and drops the tag. Returns the attributions, in order.
 */
export function withTrailingTags(v: DocView, found: PredictedAttribution[]): PredictedAttribution[] {
  const { doc } = v;
  // Built at the first candidate: most articles have none.
  let cues: ReturnType<typeof cueEnds> | null = null;
  let touching: Map<number, PredictedAttribution[]> | null = null;
  const dropped = new Set<PredictedAttribution>();
  const added: PredictedAttribution[] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = doc.sentEnd[s];
    for (let verb = from + MIN_CONTENT + 2; verb < to; verb++) {
      // "…, the trust that runs it has confirmed": the auxiliary is the cue's.
      const verbStart = perfectAt(v, verb) ? verb - 1 : verb;
      const relay = isRelayVerb(v, verb) ? relayAt(v, (cues ??= cueEnds(found)), verb, verbStart) : undefined;
      if (relay) {
        const subject = endsClause(v, verb, to, true) ? tagSubjectStart(v, from, verbStart) : null;
        if (subject === null) continue;
        // A past tense cannot be the apposition's participle: what they read as content is the subject.
        // "…, the authority that pays for it said": a source the taggers cut from the end of the
        // subject ("it", the relative clause's object) is a fragment of it.
        const fragment =
          relay.source !== null && relay.source.start > subject && relay.source.end === verbStart;
        if (
          (!relay.source || fragment) &&
          (before(relay, subject) || (v.doc.xpos[verb] === XPOS_ID.VBD && within(relay, subject)))
        )
          giveSubject(relay, from, subject);
        relayWholeClause(v, (touching ??= bySentence(v, found)).get(s) ?? [], relay, from, subject);
        continue;
      }
      // "…, a misconduct hearing was told on Tuesday.": a hearing body told, in the passive.
      const told = toldBody(v, verb);
      const cueStart = told ? verb - 1 : verbStart;
      const subject =
        (told || isTagVerb(v, verb)) && endsClause(v, verb, to, false)
          ? tagSubjectStart(v, from, cueStart)
          : null;
      if (subject === null) continue;
      // A participle after the tag ("…, the board announced, blaming …") shares its subject.
      touching ??= bySentence(v, found);
      const overlapping = (touching.get(s) ?? []).filter(
        (a) => !dropped.has(a) && overlapsRange(a, from, verb + 1) && !sharesSubject(a, subject, verb),
      );
      // Its content must open in the clause before the comma: "…, a plan announced in May" reads the
      // subject as what was announced, an apposition and no tag.
      const sourceless = overlapping.find(
        (a) => !a.source && a.cue.start <= verb && verb < a.cue.end && before(a, subject),
      );
      if (sourceless && overlapping.every((a) => a === sourceless || insideRange(a, from, subject - 1))) {
        giveSubject(sourceless, from, subject);
        continue;
      }
      // The taggers' reading of the passive itself (its subject taken for what was told) gives way too.
      const sameCue = (a: PredictedAttribution) => told && a.cue.start >= cueStart && a.cue.end <= verb + 1;
      if (
        !overlapping.every(
          (a) => insideRange(a, from, subject - 1) || spillsInto(a, from, subject - 1) || sameCue(a),
        )
      )
        continue;
      const tag: PredictedAttribution = {
        cue: { start: cueStart, end: verb + 1 },
        source: { start: subject, end: cueStart },
        content: [{ start: from, end: subject - 1 }],
        margin: RULE_MARGIN,
        rule: 'trailing-tag',
      };
      // A relaying verb the taggers passed over ("…, the trade weekly reported.") relays a speaker
      // inside its clause, as when they take the verb themselves. Without a reporting verb there,
      // what they read as a cue ("the fund has revised its forecast, the paper said") is relayed.
      if (!told && relaysSpeaker(v, verb) && overlapping.some((a) => speaks(v, a)))
        relayWholeClause(v, overlapping, tag, from, subject);
      else for (const a of overlapping) dropped.add(a);
      added.push(tag);
    }
  }
  if (added.length === 0) return found;
  return [...found.filter((a) => !dropped.has(a)), ...added].sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * The taggers took the tag's verb for a cue but left its subject out ("…, the lender announced on
 * Friday." read as agentless): the subject is the source and the clause before its comma what it
 * reports.
 */
function giveSubject(a: PredictedAttribution, from: number, subject: number) {
  a.source = { start: subject, end: a.cue.start };
  a.content = [{ start: from, end: subject - 1 }];
}

/** The attributions by the first and by the last token of their cue. */
function cueEnds(found: PredictedAttribution[]) {
  return {
    first: new Map(found.map((a) => [a.cue.start, a])),
    last: new Map(found.map((a) => [a.cue.end - 1, a])),
  };
}

/**
 * The taggers' attribution whose cue opens on the relaying verb at `verb` ("said Thursday"). The
 * cue tagger may also take in the last word of a title before the verb ("… Circuit Daily reported",
 * "Daily" read as an adverb): that word is the source's, so the cue is cut back to the verb.
 */
function relayAt(
  v: DocView,
  cues: ReturnType<typeof cueEnds>,
  verb: number,
  verbStart: number,
): PredictedAttribution | undefined {
  const opening = cues.first.get(verb) ?? cues.first.get(verbStart);
  if (opening) return opening;
  const relay = cues.last.get(verb);
  if (!relay) return undefined;
  for (let k = relay.cue.start; k < verb; k++) if (!inName(v, k)) return undefined;
  relay.cue = { start: verb, end: verb + 1 };
  return relay;
}

function speaks(v: DocView, a: PredictedAttribution): boolean {
  for (let k = a.cue.start; k < a.cue.end; k++) if (SPEECH_LEMMAS.has(v.lexicon[k])) return true;
  return false;
}

/** The attributions with a span in each sentence: a long page has thousands, a sentence a few. */
function bySentence(v: DocView, found: PredictedAttribution[]): Map<number, PredictedAttribution[]> {
  const touching = new Map<number, PredictedAttribution[]>();
  for (const a of found)
    for (const span of spansOfAttribution(a)) {
      const last = v.doc.sentenceOf(span.end - 1);
      for (let s = v.doc.sentenceOf(span.start); s <= last; s++) {
        const list = touching.get(s);
        if (!list) touching.set(s, [a]);
        else if (list[list.length - 1] !== a) list.push(a);
      }
    }
  return touching;
}

const RELAY_LEMMAS = new Set(['report', 'say', 'write']);
/** Words that join a second clause after a comma ("…, KING-TV reported, while …"). */
const CLAUSE_JOINERS = new Set(['while', 'and', 'but', 'whereas']);

/**
 * A relaying tag verb: a report, or "told" with its listener ("…, a union official told the
 * Courier"), which passes on what the speaker in its clause said as a report does.
 */
function relaysSpeaker(v: DocView, verb: number): boolean {
  return RELAY_LEMMAS.has(v.lexicon[verb]) || v.lexicon[verb] === 'tell';
}

/**
 * A tag verb the taggers may have read themselves that relays a speaker inside its clause. "told"
 * only in the past tense: its participle is a passive ("was told"), the told no relay's source.
 */
function isRelayVerb(v: DocView, i: number): boolean {
  if (v.lexicon[i] === 'tell') return v.doc.xpos[i] === XPOS_ID.VBD;
  return RELAY_LEMMAS.has(v.lexicon[i]) && (v.doc.xpos[i] === XPOS_ID.VBD || v.doc.xpos[i] === XPOS_ID.VBN);
}

/**
 * "Ana Ruiz told staff that …, the Courier reported.": the report relays the whole clause before its
 * comma, speaker and cue included, from whoever stands between the comma and its verb, when another
 * attribution's cue lies in that clause (chains.ts then points that one's `via` at the report).
 * The taggers, which never nest, start the report's content after the inner cue or take the inner
 * speaker for the report's source.
 */
function relayWholeClause(
  v: DocView,
  inSentence: PredictedAttribution[],
  relay: PredictedAttribution,
  sentenceStart: number,
  subject: number,
) {
  let from = sentenceStart;
  const comma = subject - 1;
  // "…, KING-TV reported, while in Chicago …, the Sun-Times reported": a tag closing an earlier
  // clause ends what this report relays.
  for (const a of inSentence) {
    if (
      a === relay ||
      !a.source ||
      a.source.end > a.cue.start ||
      a.cue.end >= comma ||
      a.source.start <= from
    )
      continue;
    if (v.lower[a.source.start - 1] === ',' && v.lower[a.cue.end] === ',') {
      from = a.cue.end + 1;
      if (CLAUSE_JOINERS.has(v.lower[from])) from++;
    }
  }
  const inner = inSentence.filter((a) => a !== relay && from <= a.cue.start && a.cue.end <= comma);
  if (inner.length === 0) return;
  relay.source = { start: subject, end: relay.cue.start };
  relay.content = [{ start: from, end: comma }];
  // What the inner speaker said ends at the comma too, not with the relay's words in it.
  for (const a of inner) {
    const before = a.content
      .filter((c) => c.start < comma)
      .map((c) => (c.end > comma ? { start: c.start, end: comma } : c));
    if (before.length > 0) a.content = before;
  }
}

const ADJUNCT_OPENERS = new Set(['ADP', 'ADV', 'ADJ', 'DET']);
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|morning|afternoon|evening|night)$/;
const OBJECT_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/** Pieces a report is published in ("in a story carried by the Courier"). */
const PUBLISHED_PIECES = new Set([
  'story',
  'report',
  'article',
  'interview',
  'broadcast',
  'bulletin',
  'post',
]);
const PUBLISHING_VERBS = new Set(['carried', 'published', 'broadcast', 'aired', 'posted', 'printed', 'run']);
/** Longest name of the outlet and time after "by" ("the Courier on Tuesday"), in tokens. */
const MAX_OUTLET = 6;

/**
 * "…, the agency reported in a story carried by the Courier on Tuesday.": the piece a report came
 * out in and the outlet that carried it, up to the sentence's end, is an adjunct too, though longer
 * than most and holding a participle.
 */
function carriedStory(v: DocView, first: number, to: number): boolean {
  if (v.lower[first] !== 'in' || v.upos[first + 1] !== 'DET') return false;
  if (!PUBLISHED_PIECES.has(v.lower[first + 2]) || !PUBLISHING_VERBS.has(v.lower[first + 3])) return false;
  if (v.lower[first + 4] !== 'by') return false;
  for (let k = first + 5; k < to && k - first - 5 <= MAX_OUTLET; k++) {
    if (/^[.!]$/.test(v.lower[k])) return true;
    if (v.lower[k] === ',' || v.shape[k] === 'q' || v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return false;
  }
  return false;
}

/**
 * Whether only a short adjunct without a verb ("on Monday", "Thursday", "in a statement") follows
 * the verb before the sentence's end or, unless `atEnd`, a comma that opens no quote ("…, she
 * recalled, “…”" introduces what follows instead). A comma before a participle ("…, adding that")
 * ends the clause either way. A name or a word after the verb is what was said ("he said Ryan"),
 * save the listener of "told".
 */
function endsClause(v: DocView, verb: number, to: number, atEnd: boolean): boolean {
  const first = verb + 1;
  if (carriedStory(v, first, to)) return true;
  if (
    first < to &&
    /^[XxdD]/.test(v.shape[first]) &&
    !ADJUNCT_OPENERS.has(v.upos[first]) &&
    !TIME_WORD.test(v.lower[first]) &&
    v.lexicon[verb] !== 'tell'
  )
    return false;
  let prepositional = false;
  for (let k = first; k < to && k - first <= MAX_ADJUNCT; k++) {
    if (/^[.!;]$/.test(v.lower[k])) return true;
    // An object before any preposition ("added only 146 jobs") makes the verb no tag's.
    prepositional ||= v.upos[k] === 'ADP';
    if (
      !prepositional &&
      OBJECT_TAGS.has(v.upos[k]) &&
      !TIME_WORD.test(v.lower[k]) &&
      v.lexicon[verb] !== 'tell'
    )
      return false;
    if (v.lower[k] === ',') {
      if (k + 1 >= to || /ing$/.test(v.lower[k + 1])) return true;
      return !atEnd && v.shape[k + 1] !== 'q' && v.lower[k + 1] !== ':';
    }
    if (v.shape[k] === 'q' || v.upos[k] === 'VERB' || v.upos[k] === 'AUX') return false;
  }
  return first >= to || to - first <= MAX_ADJUNCT;
}

/**
 * An attribution within the clause but for a content the tagger ran on over the tag ("… after tests
 * found traces in one batch, the maker said"): the tag ends that content, so it is the tag's too.
 */
function spillsInto(a: PredictedAttribution, start: number, comma: number): boolean {
  return (
    start <= a.cue.start &&
    a.cue.end <= comma &&
    (!a.source || (start <= a.source.start && a.source.end <= comma))
  );
}

function sharesSubject(a: PredictedAttribution, subject: number, verb: number): boolean {
  return a.cue.start > verb && a.source !== null && subject <= a.source.start && a.source.end <= verb;
}

function spansOfAttribution(a: PredictedAttribution) {
  return a.source ? [a.cue, a.source, ...a.content] : [a.cue, ...a.content];
}

function overlapsRange(a: PredictedAttribution, start: number, end: number): boolean {
  return spansOfAttribution(a).some((x) => x.start < end && start < x.end);
}

/**
 * Whether an attribution's content opens before the tag's comma and ends by its cue (the taggers
 * run it on over a subject they left out).
 */
function before(a: PredictedAttribution, subject: number): boolean {
  return (
    a.content.length > 0 && a.content[0].start < subject - 1 && a.content.every((c) => c.end <= a.cue.start)
  );
}

/** Whether an attribution's content lies between the tag's comma and its cue. */
function within(a: PredictedAttribution, subject: number): boolean {
  return a.content.every((c) => subject <= c.start && c.end <= a.cue.start);
}

function insideRange(a: PredictedAttribution, start: number, end: number): boolean {
  return spansOfAttribution(a).every((x) => start <= x.start && x.end <= end);
}

function isTagVerb(v: DocView, i: number): boolean {
  const word = v.lower[i];
  if (v.doc.xpos[i] !== XPOS_ID.VBD && v.doc.xpos[i] !== XPOS_ID.VBN) return false;
  if (word === 'heard') return HEARING_BODIES.has(v.lower[i - 1]);
  // The tagger reads some past tenses as participles ("a minister announced"), and the subject
  // holds no auxiliary; but a form unlike the past tense ("written") or an agent after it ("claims
  // denied by …") is a passive. "said" is the taggers' own, so it comes here only when they let it
  // go (the relay branch takes it otherwise); "quoted" relays someone else's words.
  if ((v.doc.xpos[i] === XPOS_ID.VBN && !/ed$|^said$/.test(word)) || v.lower[i + 1] === 'by') return false;
  return v.lexicon[i] !== 'quote' && SPEECH_LEMMAS.has(v.lexicon[i]);
}

const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/** A participle after "has", "have" or "had": the verb of a tag in a perfect tense. */
function perfectAt(v: DocView, i: number): boolean {
  return v.doc.xpos[i] === XPOS_ID.VBN && PERFECT_AUXILIARIES.has(v.lower[i - 1]);
}

/** "a hearing was told", "the court was told": "told" after "was" and a body that hears evidence. */
function toldBody(v: DocView, i: number): boolean {
  return v.lower[i] === 'told' && v.lower[i - 1] === 'was' && HEARING_BODIES.has(v.lower[i - 2]);
}

/** Where the tag's subject begins (just after its comma), or null when the verb has no such subject. */
function tagSubjectStart(v: DocView, from: number, verb: number): number | null {
  if (v.upos[verb - 1] === 'CCONJ') return null;
  let k = verb - 1;
  let head = false;
  let aside = 0;
  // A verb seen walking back, waiting for its relative pronoun; whether the subject holds a relative clause.
  let relativeVerb = false;
  let relative = false;
  // Words only a relative clause holds ("to build it there"): the walk must then meet its pronoun.
  let clauseWords = false;
  // Walking back, a relative clause is known only at its pronoun: the subject's length is checked after.
  while (k > from && v.lower[k] !== ',' && verb - k - aside <= MAX_SUBJECT + RELATIVE_CLAUSE) {
    const open = v.lower[k] === ')' ? asideOpening(v, from, k) : -1;
    if (open >= 0) {
      aside += k - open + 1;
      k = open - 1;
      continue;
    }
    // "the trust that runs it": a verb in the subject is its relative clause's, after the pronoun.
    // "a process that began in May and | concluded": the verb is the relative clause's second.
    if (relativeVerb && v.upos[k] === 'CCONJ') return null;
    if (RELATIVES.has(v.lower[k])) {
      if (!relativeVerb && !verbReadAsNoun(v, k)) return null;
      relativeVerb = false;
      relative = true;
      // The head stands before the pronoun: "it" in "that runs it" is the clause's object.
      head = false;
      k--;
      continue;
    }
    // "the law firm bringing the claim": a participle after its head opens a reduced relative.
    if (
      !relativeVerb &&
      !relative &&
      v.doc.xpos[k] === XPOS_ID.VBG &&
      k < verb - 1 &&
      HEAD_TAGS.has(v.upos[k - 1])
    ) {
      relative = true;
      head = false;
      k--;
      continue;
    }
    // "the regulator that must approve it": the bare verb after a modal, which is the finite one.
    if (v.doc.xpos[k] === XPOS_ID.VB && v.doc.xpos[k - 1] === XPOS_ID.MD && !relative && k < verb - 1) {
      k--;
      continue;
    }
    // "the keeper who has tended it": the participle after a perfect's auxiliary, the finite one.
    if (perfectAt(v, k) && !relative && k < verb - 1) {
      k--;
      continue;
    }
    const verbal = v.upos[k] === 'VERB' || v.upos[k] === 'AUX';
    // The clause's finite verb, not next to the tag's ("of which will be | announced" is a passive).
    if (verbal && !relative && !inCompound(v, k) && k < verb - 1 && FINITE_XPOS.has(v.doc.xpos[k]))
      relativeVerb = true;
    else if (!SUBJECT_TAGS.has(v.upos[k]) && !inName(v, k) && !inCompound(v, k)) {
      // "that wants to build it there": an infinitive and an adverb after the relative clause's verb.
      if (relativeVerb || relative || !relativeClauseWord(v, k, verb)) return null;
      clauseWords = true;
    }
    head ||= HEAD_TAGS.has(v.upos[k]);
    k--;
  }
  if (relativeVerb || (!relative && (clauseWords || verb - k - 1 - aside > MAX_SUBJECT))) return null;
  if (v.lower[k] !== ',' || !head || k - from < MIN_CONTENT || !SUBJECT_OPENERS.has(v.upos[k + 1]))
    return null;
  // The clause reported must have a verb of its own: "In a speech, he declared" reports nothing here.
  for (let c = from; c < k; c++) if (v.upos[c] === 'VERB' || v.upos[c] === 'AUX') return k + 1;
  return null;
}

/**
 * "the council that issues it": a plural noun right after a relative pronoun is the clause's verb
 * in the present tense the tagger misread; after "whose" it is the clause's subject.
 */
function verbReadAsNoun(v: DocView, pronoun: number): boolean {
  return v.lower[pronoun] !== 'whose' && v.doc.xpos[pronoun + 1] === XPOS_ID.NNS;
}

/**
 * An adverb, a bare infinitive ("to build") or a preposition the tagger took for a subordinator
 * ("that pays for it") before the tag's verb, which a relative clause may end on ("that wants to
 * build it there") and a noun phrase never holds.
 */
function relativeClauseWord(v: DocView, k: number, verb: number): boolean {
  return (
    v.upos[k] === 'ADV' ||
    (k < verb - 1 && v.upos[k] === 'SCONJ' && v.doc.xpos[k] === XPOS_ID.IN) ||
    (k < verb - 1 && v.doc.xpos[k] === XPOS_ID.VB && v.lower[k - 1] === 'to')
  );
}

/** A word of a hyphenated compound ("state-owned"), the hyphen included: the tagger splits it. */
function inCompound(v: DocView, k: number): boolean {
  const { doc } = v;
  const joined = (a: number, b: number) => a >= 0 && b < doc.length && doc.tokEnd[a] === doc.tokStart[b];
  if (doc.word(k) === '-') return joined(k - 1, k) && joined(k, k + 1);
  return (doc.word(k - 1) === '-' && joined(k - 1, k)) || (doc.word(k + 1) === '-' && joined(k, k + 1));
}

/**
 * A capitalised word after a proper noun belongs to its name whatever the tagger read it as: a
 * title's "Weekly", "Daily" or "Today" is tagged an adverb or a noun of time.
 */
function inName(v: DocView, k: number): boolean {
  return /^X/.test(v.shape[k]) && v.upos[k - 1] === 'PROPN';
}

/** Longest bracketed aside in a tag's subject ("Sen. Ana Ruiz (D-Ore.)"), brackets included. */
const MAX_ASIDE = 6;

/**
 * The "(" opening the short aside that `close` ends, with no comma inside ("Rep. Ana Ruiz (D-Ore.)",
 * "the agency (FEMA)"), or -1.
 */
function asideOpening(v: DocView, from: number, close: number): number {
  for (let k = close - 1; k > from && close - k < MAX_ASIDE; k--) {
    if (v.lower[k] === '(') return k;
    if (v.lower[k] === ',' || v.lower[k] === ')') return -1;
  }
  return -1;
}
