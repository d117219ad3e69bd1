/**
 * Dates: temporal expressions in the article body (patterns.ts), resolved against the publication
 * date when there is one, each tied to its sentence and to the attribution whose span holds it,
 * so a report can lay the events out on a timeline.
 */
import type { Attribution, DateMention, Range } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { MONTH_NAMES } from '../../language/en/gazetteers/dateWords.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { firstAtOrAfter } from '../attributions/byStart.js';
import type { ExtractionContext } from '../context.js';
import { parseYmd, type YMD } from './calendar.js';
import {
  DATE_PATTERNS,
  type DatePattern,
  DEADLINE_BEFORE,
  FUTURE_CONTEXT,
  FUTURE_IN_PAST,
} from './patterns.js';

/** A cheap test that a stretch of text may hold a date at all, so most of it skips the patterns. */
const MAY_HOLD_DATE = new RegExp(
  String.raw`\d|day\b|night|morning|afternoon|evening|week|month|year|ago|spring|summer|autumn|winter|Christmas|Boxing|New Year|Easter|Good Friday|` +
    MONTH_NAMES.map((name) => name[0].toUpperCase() + name.slice(1, 3)).join('|'),
);
/** How many characters before a date are read for "by" and "since". */
const LEAD_CHARS = 6;
/** How many characters before a date are read for the verb it follows. */
const VERB_CHARS = 30;
/**
 * A past-tense verb right before a date, maybe with "on" or "last" ("confirmed on Tuesday", "met last May"),
 * or with its object between ("told staff on Wednesday");
 * not a participle after "be" or a modal ("would be published in January").
 */
const PAST_VERB_BEFORE =
  /(?<!\b(?:be|been|being|to|will|would|could|should|may|might|must)\s+)\b(?:\p{L}+ed|said|told|wrote|was|were|had|did|met|spoke|came|went|began|gave|took|made|found|held|left|sent|saw|won|lost)(?:\s+(?:(?:the|its|their|his|her)\s+)?(?!due\b)\p{L}+(?=\s+(?:on|in)\s))?\s+(?:(?:on|in|last|early|late)\s+)?$/iu;
/**
 * A year the text compares with ("fewer than in the same months last year", "compared with 2019")
 * is not when the story is set, so it dates no month after it.
 */
const COMPARED_BEFORE = /\b(?:than|compared (?:with|to))\b[^,;.]*$/i;
/** "41% full, against 68% at the same point in 2030": a figure set against another year's, in the date's clause. */
const FIGURE_AGAINST_BEFORE = /\bagainst\s+(?:about\s+|around\s+)?[£$€]?\d[^,;]*$/i;
/**
 * "rose from £180,000 last year to £540,000": the year a range of figures starts from, in the date's
 * clause (a thousands comma does not end it); the figure it runs to is a later one's.
 */
const FIGURE_FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?[£$€]?\d(?:[^,;]|,(?=\d{3}))*$/i;
/** "set for Friday", "a strike for 14 October": the day something is set for. */
const SCHEDULED_FOR = /\bfor\s*$/i;
/** "until Sunday": how long something lasts, which looks ahead from a present or present perfect. */
const UNTIL_BEFORE = /\b(?:until|till)\s*$/i;
/** "adjourned until Wednesday", "postponed until Friday": a deferral to a day. */
const DEFERRED_UNTIL =
  /\b(?:adjourned|postponed|deferred|delayed|suspended|put\s+off)\s+(?:\p{L}+\s+){0,3}?until\s*$/iu;
/** "would hand it to the council in": "would" with its verb before a month's "in", in the same clause. */
const WOULD_IN_BEFORE = /\bwould\s+(?:not\s+)?(?:be\s+)?\p{L}+(?:\s+[^\s,;.]+){0,6}\s+in\s+$/iu;
/**
 * "plans published by the council on", "a scheme approved by councillors on": a past participle
 * with its agent before a day; what the agent did is done, whatever the plans say of the future.
 */
const PARTICIPLE_AGENT_BEFORE =
  /(?<!\b(?:be|been|being|to|will|would|could|should|may|might|must)\s+)\b\p{L}+ed\s+by\s+(?:[\p{L}'’-]+\s+){1,4}on\s+$/iu;
/** "would" with its verb before a date in the same clause ("would hold a service on", "would stay shut until"). */
/** "is retiring at the end of", "are closing on": a present progressive right before a date, in its clause. */
const PROGRESSIVE_BEFORE = /\b(?:is|are)\s+(?:\p{L}+ly\s+)?\p{L}+ing\s+(?:[^\s,.;:!?]+\s+){0,3}$/iu;
const WOULD_BEFORE =
  /\bwould\s+(?:not\s+)?(?:be\s+)?\p{L}+(?:\s+[^\s,;.]+){0,6}\s+(?:on|from|until(?:\s+at\s+least)?)\s+$/iu;
/** "should" or "must" with its verb before "until" a date in the same clause ("should keep them shut until"). */
const SHOULD_UNTIL =
  /\b(?:should|must)\s+(?:not\s+)?(?!have\b)\p{L}+(?:\s+[^\s,;.]+){0,4}\s+until(?:\s+at\s+least)?\s+$/iu;
/** "given until the end of March", "gave owners until January", "have until Friday": a deadline granted. */
const GRANTED_UNTIL = /\b(?:given|gave|give|gives|has|have|had)\s+(?:[^\s,;.]+\s+){0,2}?until\s+$/iu;
/** "to decide" after such a date: what the deadline is for. */
const TO_DO_AFTER = /^\s+to\s+\p{L}/u;
/**
 * "said the trails could not reopen until the felling was finished in", "said the council could not
 * promise money before its budget was set in": a reported modal before an "until" clause, or a
 * "before" clause with a verb of its own, holding the date, in one clause of the sentence ("could
 * not remember anything before the crash in June" has no such clause).
 */
const SAID_MODAL_UNTIL =
  /\b(?:said|says|told|warned|added|announced|insisted|confirmed|explained)\b[^;.]*?\b(?:could|would|can|cannot|will|should|must)(?:n['’]t)?\s+(?:not\s+|never\s+)?(?:be\s+)?\p{L}+(?:\s+[^\s,;.]+){0,4}\s+(?:until\b[^,;.]*|before\s[^,;.]*\b(?:is|are|was|were)\s+\p{L}+\s+(?:in|on))\s$/iu;
/**
 * "said she did not expect an answer before the derby on", "said he expected a ruling in": what a
 * speaker expects lies ahead of the saying ("had expected" looks back).
 */
const SAID_EXPECTED = /\b(?:said|says|told|added)\b[^;.]*?(?<!\bhad\s)\bexpect(?:s|ed)?\b[^;.]*$/iu;
/**
 * "said they planned another on Friday": what a speaker said was planned or arranged, an event
 * named as its object, lies ahead of the saying ("had planned" looks back; "planned to …" is
 * FUTURE_IN_PAST's).
 */
const SAID_PLANNED =
  /\b(?:said|says|told|added)\b[^;.]*?(?<!\bhad\s)\b(?:planned|plans|intended|intends|arranged)\s+(?:another|a|an|more|further)\b[^;.]*$/iu;
/**
 * "said the club's licence ended in September": a term a speaker said ended, in the simple past of
 * reported speech, may still have to run ("ends in September") or have run out; the month nearest
 * the saying ("had ended", a past perfect, looks back).
 */
const SAID_TERM_ENDED =
  /\b(?:said|says|told|added|confirmed)\b[^;.]*?(?<!\bhad\s)\b(?:ended|expired|lapsed|ran\s+out)\s+(?:in|at\s+the\s+end\s+of)\s+$/iu;
/** "should" with its verb before a date in the same clause ("should resume in"). */
const SHOULD_BEFORE =
  /\bshould\s+(?:not\s+)?(?:be\s+)?(?!have\b)\p{L}+(?:\s+[^\s,;.]+){0,4}\s+(?:in|on|by|from)\s+$/iu;
/** "was due in": what is due then lies ahead of the saying, whatever verb the parse hangs the date on. */
const DUE_BEFORE = /\b(?:is|are|was|were)\s+due\s+(?:in|on|by)\s+$/i;
/** An arrangement: a future word, or a present progressive ("is being presented", "are running"). */
const ARRANGED = new RegExp(
  String.raw`${FUTURE_CONTEXT.source}|\b(?:is|are)\s+(?:being\s+)?\p{L}+ing\b`,
  'iu',
);
/** "since Monday" always looks back, whatever the tense. */
const SINCE_BEFORE = /\bsince\s*$/i;
/** A present perfect ("has been", "have not seen", "has risen"): what it tells runs up to now. */
const PRESENT_PERFECT =
  /\b(?:has|have)(?:n['’]t)?\s+(?:(?:not|never|only|already|\p{L}+ly)\s+)?(?:been|\p{L}+(?:ed|en|wn|ne|ht|un|ng|lt))\b/iu;
/** What must or will still happen ("has to look in the mirror before …"). */
const OBLIGATION = /\b(?:must|(?:has|have|need|needs|ought)\s+to|will|should)\b/i;
/** Words putting an event after what is told ("before Saturday's match"). */
const AHEAD_OF_EVENT = /\b(?:before|ahead\s+of)\s*$/i;
/** A request earlier in the sentence, which a "by" date is the deadline of. */
const REQUEST_BEFORE = /\b(?:asked|ordered|told|demanded|urged|instructed|requested|given|gave)\b/i;

const PRESENT_TAGS = new Set([XPOS_ID.VBZ, XPOS_ID.VBP, XPOS_ID.MD]);

interface Match {
  pattern: DatePattern;
  m: RegExpExecArray;
  start: number;
  end: number;
}

/** The extent of an attribution: from its first span to its last. */
function extent(a: Attribution): Range {
  let start = a.cue.start;
  let end = a.cue.end;
  for (const c of a.content) {
    start = Math.min(start, c.start);
    end = Math.max(end, c.end);
  }
  if (a.source) {
    start = Math.min(start, a.source.start);
    end = Math.max(end, a.source.end);
  }
  return { start, end };
}

/** The attributions' extents, in list order. */
interface Extent {
  id: string;
  range: Range;
  order: number;
}

/**
 * The extents by start, and the longest's length: only those starting at most that far before a
 * date's end can hold it, so a long page's dates do not each meet every attribution.
 */
interface Extents {
  byStart: Extent[];
  starts: number[];
  longest: number;
}

function extentsOf(attributions: Attribution[]): Extents {
  // Pushed into a literal, not mapped: map() gives an article without attributions an array of
  // another elements kind, and holdingAttribution, optimised for the filled kind, deoptimised.
  const byStart: Extent[] = [];
  let longest = 0;
  for (const a of attributions) {
    const range = extent(a);
    byStart.push({ id: a.id, range, order: byStart.length });
    longest = Math.max(longest, range.end - range.start);
  }
  byStart.sort((x, y) => x.range.start - y.range.start || x.order - y.order);
  return { byStart, starts: byStart.map((e) => e.range.start), longest };
}

/** The innermost attribution whose extent holds [start, end) (the first in list order of those as short). */
function holdingAttribution(extents: Extents, start: number, end: number): string | null {
  let best: Extent | null = null;
  const { byStart, starts } = extents;
  for (let k = firstAtOrAfter(starts, end - extents.longest); k < starts.length && starts[k] <= start; k++) {
    const e = byStart[k];
    if (e.range.end < end) continue;
    const length = e.range.end - e.range.start;
    const bestLength = best ? best.range.end - best.range.start : 0;
    if (!best || length < bestLength || (length === bestLength && e.order < best.order)) best = e;
  }
  return best?.id ?? null;
}

const HAVE = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", '’d']);

/**
 * When the tagger has run: does the sentence have present-tense verbs and no past ones? A past
 * participle counts as past only after "has/have/had" ("has resigned"), not in a reduced relative
 * ("the inquiry, chaired by …, continues on Thursday").
 */
function presentTenseOnly(doc: Doc, first: number, end: number): boolean {
  let present = false;
  for (let i = first; i < end; i++) {
    const tag = doc.xpos[i];
    if (tag === XPOS_ID.VBD) return false;
    if (tag === XPOS_ID.VBN) {
      for (let j = i - 1; j >= Math.max(first, i - 3); j--)
        if (HAVE.has(doc.word(j).toLowerCase())) return false;
    } else if (PRESENT_TAGS.has(tag)) present = true;
  }
  return present;
}

/** When the tagger has run: is a verb in tokens [first, end) in the simple past ("stayed", "had")? */
function pastTense(doc: Doc, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (doc.xpos[i] === XPOS_ID.VBD) return true;
  return false;
}

/**
 * The quotation holding offset `at` within [from, to), by its marks, or null when it stands outside one.
 * Not attributions/quotes.ts's pairing: a tense only needs to know which side of a mark a date is, and
 * that pairing drops a quote its writer reopened before closing ('said: "… on Tuesday and … "The …"'),
 * which read the one such date of 750 BBC texts in the tag's past tense.
 */
function quotedStretch(text: string, from: number, to: number, at: number): Range | null {
  const open = text.lastIndexOf('“', at);
  if (open >= from && text.lastIndexOf('”', at) < open) {
    const close = text.indexOf('”', at);
    return { start: open + 1, end: close >= 0 && close < to ? close : to };
  }
  let marks = 0;
  let last = -1;
  for (let k = text.indexOf('"', from); k >= 0 && k < at; k = text.indexOf('"', k + 1)) {
    marks++;
    last = k;
  }
  if (marks % 2 === 0) return null;
  const close = text.indexOf('"', at);
  return { start: last + 1, end: close >= 0 && close < to ? close : to };
}

/** How many steps up the parse a date may sit below the verb it modifies ("at Thursday's concert" is two). */
const MAX_STEPS_TO_VERB = 3;

/**
 * When the parser has run: the verb (or auxiliary) a date hangs from, within MAX_STEPS_TO_VERB heads
 * of its last token, or -1.
 */
function verbOfDate(doc: Doc, start: number, end: number): number {
  const { start: first, end: last } = doc.tokensInRange(start, end);
  if (last <= first) return -1;
  let k = last - 1;
  for (let step = 0; step < MAX_STEPS_TO_VERB; step++) {
    k = doc.head[k];
    if (k < 0 || (k >= first && k < last)) return -1;
    if (doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX) return k;
  }
  return -1;
}

/**
 * Is the verb a date hangs from in the past tense? "told a meeting on Thursday that the council
 * would pay" and "On Thursday, the club said it will …" look back although what was said looks
 * ahead; the words before the date alone miss both.
 */
function modifiesPastVerb(doc: Doc, start: number, end: number, within: Range | null): boolean {
  const k = verbOfDate(doc, start, end);
  if (k < 0 || doc.xpos[k] !== XPOS_ID.VBD) return false;
  // A parse that hangs a date in a relative clause on the sentence's verb outside it misreads it.
  return !within || (doc.tokStart[k] >= within.start && doc.tokStart[k] < within.end);
}

/** A "will" ahead in the sentence: the main clause's future. */
const WILL_AFTER = /\bwill\b/;

/**
 * The tense of a plain form ("set", not "sets") the tagger calls present, right after "who" or
 * "that", that a date hangs on: after a plural noun ("riders who set off on Friday") it may be
 * either, so 'unsure'; after a singular one ("a rider who set off on Friday") a present would be
 * "sets", so it is 'past'. Null when the date hangs on no such form.
 */
function relativeForm(doc: Doc, start: number, end: number): 'unsure' | 'past' | null {
  const k = verbOfDate(doc, start, end);
  if (k < 1 || doc.xpos[k] !== XPOS_ID.VBP) return null;
  const before = doc.lowerWord(k - 1);
  if (before !== 'who' && before !== 'that') return null;
  let noun = k - 2;
  if (noun >= 0 && doc.word(noun) === ',') noun--;
  const singular = noun >= 0 && (doc.xpos[noun] === XPOS_ID.NN || doc.xpos[noun] === XPOS_ID.NNP);
  return singular ? 'past' : 'unsure';
}

/** Whether the verb a date hangs on is a past tense or a participle with no "be", "have" or modal before it. */
function underPastForm(doc: Doc, start: number, end: number): boolean {
  const k = verbOfDate(doc, start, end);
  if (k < 0) return false;
  if (doc.xpos[k] === XPOS_ID.VBD) return true;
  return (
    doc.xpos[k] === XPOS_ID.VBN && k > 0 && doc.upos[k - 1] !== UPOS_ID.AUX && doc.lowerWord(k - 1) !== 'to'
  );
}

/** The distinct `requires` tests of the patterns (several share one), and which each pattern needs. */
const REQUIREMENTS = [...new Set(DATE_PATTERNS.flatMap((p) => (p.requires ? [p.requires] : [])))];
const REQUIREMENT_OF = DATE_PATTERNS.map((p) => (p.requires ? REQUIREMENTS.indexOf(p.requires) : -1));
/** Per stretch of text: each requirement untested (0), met (1) or not (-1). */
const met = new Int8Array(REQUIREMENTS.length);

/** Non-overlapping matches of every pattern in text[start, end), in text order: the longest wins. */
function matches(text: string, start: number, end: number): Match[] {
  const slice = text.slice(start, end);
  if (!MAY_HOLD_DATE.test(slice)) return [];
  const found: Match[] = [];
  met.fill(0);
  for (let k = 0; k < DATE_PATTERNS.length; k++) {
    const pattern = DATE_PATTERNS[k];
    const r = REQUIREMENT_OF[k];
    if (r >= 0) {
      if (met[r] === 0) met[r] = REQUIREMENTS[r].test(slice) ? 1 : -1;
      if (met[r] < 0) continue;
    }
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(slice); m; m = pattern.re.exec(slice))
      found.push({ pattern, m, start: start + m.index, end: start + m.index + m[0].length });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** A sentence in the past perfect ("had been told", "had won"). */
const PAST_PERFECT = /\bhad\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ld|ght|t)\b/u;

/** A relative clause opened by a comma and not yet closed before a date ("…, who split in "). */
// A thousands comma ("who paid £7,800 …") does not close the clause.
const RELATIVE_OPEN = /,\s+(?:who|which|whose)\s(?:[^,]|(?<=\d),(?=\d))*$/;
/** A sentence opening with someone described and a relative clause not yet closed ("A baker who entered it "). */
const SUBJECT_RELATIVE_OPEN =
  /^[\s"“]*(?:An?|The|One)\s+(?:[\p{Ll}'’-]+\s+){1,3}(?:who|that)\s(?:[^,]|(?<=\d),(?=\d))*$/u;
/** "her test in November would now be …": a month closing a subject whose verb is "would" or "will". */
const SUBJECT_OF_WOULD = /^\s+(?:would|will)\s/;

/**
 * The relative clause set off by commas that holds the date at [at, end) ("…, who is due to visit
 * on Thursday, said …"), from its pronoun to its closing comma, or null.
 */
function relativeAside(text: string, from: number, to: number, at: number, end: number): Range | null {
  const open = RELATIVE_OPEN.exec(text.slice(from, at));
  if (!open) return null;
  const close = text.indexOf(',', end);
  if (close < 0 || close >= to) return null;
  return { start: from + open.index + 1, end: close };
}

/** Temporal expressions, resolved against the publication date when there is one. */
export function findDates(ctx: ExtractionContext): DateMention[] {
  const { doc } = ctx;
  const ref: YMD | null = parseYmd(ctx.published);
  const extents = extentsOf(ctx.attributions);
  const out: DateMention[] = [];
  let previousAnchor: number | null = null;
  for (let s = 0; s < doc.sentenceCount; s++) {
    if (doc.sentEnd[s] <= doc.sentStart[s]) continue;
    const sentence = doc.charRange(doc.sentStart[s], doc.sentEnd[s]);
    const found = matches(doc.text, sentence.start, sentence.end);
    let anchorYear = previousAnchor;
    let sentenceAnchor: number | null = null;
    if (found.length > 0) {
      const text = doc.text.slice(sentence.start, sentence.end);
      const futureSentence =
        FUTURE_CONTEXT.test(text) || presentTenseOnly(doc, doc.sentStart[s], doc.sentEnd[s]);
      for (const f of found) {
        // "offered to host talks on Thursday": looking ahead from a past point dates what comes after
        // it; "had told them in January and had offered to train …" is dated before the offer.
        const nearest = FUTURE_IN_PAST.test(doc.text.slice(sentence.start, f.start));
        const lead = doc.text.slice(Math.max(sentence.start, f.start - LEAD_CHARS), f.start);
        // "by the end of June" sets a deadline ahead; "by Wednesday afternoon" tells how far things had
        // got, unless something was asked for by then ("asked the firm for an account by Friday").
        const deadline =
          DEADLINE_BEFORE.test(lead) &&
          (f.pattern.name !== 'weekday' || REQUEST_BEFORE.test(doc.text.slice(sentence.start, f.start)));
        // "…will rise in September, the trust confirmed on Tuesday": the verb the date follows sets its tense.
        const verbLead = doc.text.slice(Math.max(sentence.start, f.start - VERB_CHARS), f.start);
        // "must improve before Saturday's match": an event something is still to happen before is to
        // come, whatever verb the parse hangs it on ("had invested before Wednesday's announcement" is past).
        const event =
          f.pattern.name === 'weekday' &&
          AHEAD_OF_EVENT.test(verbLead) &&
          /^['’]s\s/.test(doc.text.slice(f.end, f.end + 3)) &&
          OBLIGATION.test(doc.text.slice(sentence.start, f.start));
        // '"We cannot fly on through February," she said': quoted words keep their own tense; so do
        // the words of a relative clause set off by commas ("Eriksen, who is due to visit on Thursday, said").
        const quote = quotedStretch(doc.text, sentence.start, sentence.end, f.start);
        const quoted = quote && doc.tokensInRange(quote.start, quote.end);
        // "Eriksen, who is due to visit on Thursday, said …": a relative clause set off by commas that
        // says what is arranged (a future word, or "is being presented") looks ahead, whatever the
        // sentence's own verb; a parse hanging its date on that verb misreads it.
        const clause = quote ? null : relativeAside(doc.text, sentence.start, sentence.end, f.start, f.end);
        const arranged = clause !== null && ARRANGED.test(doc.text.slice(clause.start, clause.end));
        const ahead = quoted
          ? FUTURE_CONTEXT.test(doc.text.slice(quote.start, quote.end)) ||
            presentTenseOnly(doc, quoted.start, quoted.end)
          : futureSentence || arranged;
        // "said normal supplies should resume in March": what should happen looks ahead from the saying;
        // so does what "was due in May".
        const due = DUE_BEFORE.test(doc.text.slice(sentence.start, f.start));
        const should = due || SHOULD_BEFORE.test(doc.text.slice(sentence.start, f.start));
        // "a further strike for 14 October": what a day is set for lies nearest the publication date;
        // so does a deadline granted ("were given until the end of March to decide"), which may have
        // just run out.
        const granted =
          GRANTED_UNTIL.test(doc.text.slice(Math.max(sentence.start, f.start - VERB_CHARS), f.start)) &&
          TO_DO_AFTER.test(doc.text.slice(f.end, sentence.end));
        const scheduled = SCHEDULED_FOR.test(lead) || granted;
        // "said the trails could not reopen until the felling was finished in September": what was said
        // could not happen until then looks ahead of the saying, whatever past form the date follows;
        // so does what was said to be expected.
        const told = doc.text.slice(sentence.start, f.start);
        const notUntil =
          !quoted && (SAID_MODAL_UNTIL.test(told) || SAID_EXPECTED.test(told) || SAID_PLANNED.test(told));
        const termEnded = !quoted && f.pattern.name !== 'weekday' && SAID_TERM_ENDED.test(told);
        const relative = quoted ? null : relativeForm(doc, f.start, f.end);
        // "said the town would hold a service on Saturday": what "would" happen lies ahead of the saying.
        // "said walkers should keep off the dunes until Monday": so does how long something should last.
        const wouldHappen =
          f.pattern.name === 'weekday' &&
          !quoted &&
          (WOULD_BEFORE.test(doc.text.slice(sentence.start, f.start)) ||
            SHOULD_UNTIL.test(doc.text.slice(sentence.start, f.start)));
        // "told the Echo she would hand it to the council in December": what "would" happen in a month
        // is not dated by the saying's past, whatever verb the parse hangs the month on.
        const wouldIn =
          f.pattern.name === 'month' &&
          !quoted &&
          (WOULD_IN_BEFORE.test(told) || SUBJECT_OF_WOULD.test(doc.text.slice(f.end, f.end + 8)));
        const past =
          !scheduled &&
          !termEnded &&
          (PAST_VERB_BEFORE.test(verbLead) ||
            (f.pattern.name === 'weekday' && PARTICIPLE_AGENT_BEFORE.test(told)) ||
            (f.pattern.name === 'weekday' && relative === 'past') ||
            // "said the hall would be open from Saturday": a parse hanging the day on "said" misreads it.
            (!event &&
              !wouldHappen &&
              !wouldIn &&
              !due &&
              (ahead || deadline || nearest || should) &&
              modifiesPastVerb(doc, f.start, f.end, arranged ? clause : null)));
        // "The weather office has warned of rain until Sunday": a warning that stands now runs ahead.
        const lastsFromNow =
          UNTIL_BEFORE.test(lead) &&
          PRESENT_PERFECT.test(doc.text.slice(sentence.start, f.start)) &&
          !pastTense(doc, doc.sentStart[s], doc.tokensInRange(f.start, f.end).start);
        // "The trial was adjourned until Wednesday": a deferral runs to a day still to come.
        const deferred = f.pattern.name === 'weekday' && DEFERRED_UNTIL.test(verbLead);
        // "Runners who set bests at Sunday's marathon will lose their times": a present form in a
        // relative clause before the sentence's "will" may be a past one ("set", "cut", "hit"); its
        // tense is unsure, so the day is the one nearest the publication date. After a singular noun
        // the form is a past one (relativeForm).
        const unsure =
          f.pattern.name === 'weekday' &&
          relative === 'unsure' &&
          WILL_AFTER.test(doc.text.slice(f.end, sentence.end));
        // "…, who has run it for 19 years and is retiring at the end of October": a present
        // progressive the date belongs to tells what is arranged, whatever perfect came before.
        const arrangedNow = !quoted && PROGRESSIVE_BEFORE.test(verbLead);
        const future =
          !unsure &&
          !SINCE_BEFORE.test(lead) &&
          (!past || deferred || notUntil) &&
          (ahead || deadline || event || lastsFromNow || deferred || wouldHappen || arrangedNow || notUntil);
        // "…to rise next year. … had warned in September": a year ahead dates no month read in the past.
        // "…, who fled in 2024, has not been seen since August": a present perfect runs up to now,
        // so its "since" month is the latest one, whatever year the sentence named before.
        const sinceNow =
          SINCE_BEFORE.test(lead) && PRESENT_PERFECT.test(doc.text.slice(sentence.start, f.start));
        // "… next year …. The ministry said the cut, agreed … at talks in October, …": a year ahead
        // dates no month whose verb is a past form, finite or a participle.
        // "… before her term ends in 2032. The bank will next review rates in April": a year ahead
        // named in the sentence before dates no month a sentence of its own looks ahead to; that is
        // the next such month. So does a year gone by ("… fell between 2019 and 2031. The council will
        // decide in November"): what will happen is still to come.
        // "A firm that lost money last year will close the yard in June": a year gone by in the same
        // sentence dates what was done then, not what will be.
        const aheadOfPrevious =
          future &&
          ref !== null &&
          anchorYear !== null &&
          (sentenceAnchor === null ? anchorYear !== ref.year : anchorYear < ref.year);
        const anchor =
          sinceNow ||
          aheadOfPrevious ||
          // "… will double next year. Letters had given them until the end of October to sign": a
          // deadline runs from when it was given, not from a year ahead named before.
          ((past || granted || underPastForm(doc, f.start, f.end)) &&
            ref &&
            anchorYear !== null &&
            anchorYear > ref.year)
            ? null
            : anchorYear;
        const value = f.pattern.resolve(f.m, {
          ref,
          future,
          anchorYear: anchor,
          nearest: (nearest || scheduled || should || unsure || termEnded || wouldIn) && !past,
        });
        if (value === null) continue;
        // "Skarness Council, which approved the site in 2022, said … in November": a year inside a
        // relative clause set off by commas dates that clause, not the rest of the sentence.
        // So does one in the relative clause of a subject, closed by a comma ("A baker who entered
        // the competition last year, and who …, said … in April").
        const aside =
          (RELATIVE_OPEN.test(doc.text.slice(sentence.start, f.start)) ||
            SUBJECT_RELATIVE_OPEN.test(doc.text.slice(sentence.start, f.start))) &&
          doc.text.slice(f.end, sentence.end).includes(',');
        if (
          typeof value === 'string' &&
          f.pattern.setsYear?.(f.m) &&
          !COMPARED_BEFORE.test(verbLead) &&
          !FIGURE_AGAINST_BEFORE.test(doc.text.slice(sentence.start, f.start)) &&
          !FIGURE_FROM_BEFORE.test(doc.text.slice(sentence.start, f.start)) &&
          // "the highest since 2016": where a stretch up to now began sets no year for what follows.
          !SINCE_BEFORE.test(lead) &&
          !aside
        )
          anchorYear = sentenceAnchor = +value.slice(0, 4);
        // "… after an outbreak in 2001. She told the paper on Wednesday that the trials would go ahead
        // in September": a day of this week sets the sentence now; a year from the sentence before no
        // longer dates what follows it.
        if (
          sentenceAnchor === null &&
          typeof value === 'string' &&
          (f.pattern.name === 'weekday' || f.pattern.name === 'deictic')
        )
          anchorYear = null;
        out.push({
          start: f.start,
          end: f.end,
          text: doc.text.slice(f.start, f.end),
          value,
          sentence,
          attribution: holdingAttribution(extents, f.start, f.end),
        });
      }
    }
    // "The board had been told … after an inspection in 2026, … reported. … in May": a year the
    // past perfect gives is the backstory's, and dates nothing in the sentence after.
    previousAnchor =
      sentenceAnchor !== null && PAST_PERFECT.test(doc.text.slice(sentence.start, sentence.end))
        ? null
        : sentenceAnchor;
  }
  return out;
}
