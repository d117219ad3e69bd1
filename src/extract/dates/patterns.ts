/**
 * Temporal expressions of news English, as regular expressions with a resolver each. Spans leave out
 * leading prepositions ("in 2011" → "2011", TimeML style) but keep words that change the value
 * ("last May", "Tuesday night", "the end of June", "Sept. 11 last year").
 *
 * How relative expressions resolve against the publication date P (news is mostly past tense):
 * - a weekday ("Wednesday", "Tuesday night") is the latest such day on or before P, or in a sentence
 *   about the future the first on or after P; "last Wednesday" the latest strictly before P;
 *   "next Wednesday" the first strictly after;
 * - "last May" is the latest May strictly before P's month, "next May" the first strictly after,
 *   "this May" May of P's year; a bare month ("in July", "the end of June") and a month-day without a
 *   year ("Sept. 11") are the latest occurrence on or before P, unless the sentence speaks of the future
 *   ("will", "is expected to", "is due", "by the end of June", or, when tagged, only present-tense
 *   verbs: "the inquiry continues on Thursday"): then the first on or after P; and when this or the
 *   previous sentence named a year ("last year", "in 2019"), they belong to that year
 *   ("… last year. He wrote in February, June and September");
 * - "last week" / "next week" / "this week" are ISO weeks; "last month", "earlier this month" months;
 *   "last year" a year; "three days ago" a day, "two weeks ago" a week, "five years ago" a year.
 * Vague ones ("a few days ago") and everything relative when P is unknown stay `{relative}`.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../language/en/gazetteers/dateWords.js';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  easterSunday,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isValid,
  weekday,
  type YMD,
} from './calendar.js';

export type DateValue = string | { relative: string };

/** What a match is resolved against. */
export interface ResolveContext {
  /** The publication date, or null. */
  ref: YMD | null;
  /** The sentence looks ahead ("will", "is due", present tense only): undated days and months lie ahead. */
  future: boolean;
  /** The year set by the last year-level expression ("last year", "in 2019") in this or the previous sentence. */
  anchorYear: number | null;
  /**
   * The sentence looks ahead from a past point ("said members would protest on 2 April"): an
   * undated month or day is the occurrence nearest P, before or after it.
   */
  nearest?: boolean;
}

export interface DatePattern {
  name: string;
  re: RegExp;
  /**
   * A cheap test that every match of `re` passes (text `re` cannot match without): a sentence
   * that fails it skips `re`.
   */
  requires?: RegExp;
  resolve(m: RegExpExecArray, c: ResolveContext): DateValue | null;
  /** True when a match names a year that later undated months and days belong to. */
  setsYear?(m: RegExpExecArray): boolean;
}

const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  ...MONTH_ABBREVIATIONS,
};
const WEEKDAYS: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((name, day) => [name, day]));
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);
const FULL_MONTH = MONTH_NAMES.map(capitalized).join('|');
/** Months whose names are no other word ("the March", "the May government" are not dates). */
const PLAIN_MONTH = MONTH_NAMES.filter((m) => m !== 'may' && m !== 'march')
  .map(capitalized)
  .join('|');
// In calendar order, the longer first within a month, so that "Sept." is not read as "Sep" + "t".
const ABBR_MONTH = `(?:${Object.keys(MONTH_ABBREVIATIONS)
  .sort((a, b) => MONTH_ABBREVIATIONS[a] - MONTH_ABBREVIATIONS[b] || b.length - a.length)
  .map(capitalized)
  .join('|')})\\.?`;
const MONTH = `(?:${FULL_MONTH}|${ABBR_MONTH})`;
const WEEKDAY = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]].map(capitalized).join('|');
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/**
 * An adverb of frequency earlier in the clause: "sometimes filled in at the end of the week" is
 * done at the end of any week, no date.
 */
const HABITUAL_BEFORE =
  /\b(?:sometimes|often|usually|always|normally|generally|typically|regularly|occasionally|routinely)\b[^.;!?]*$/i;
/** Characters before a date read for that adverb. */
const HABIT_REACH = 80;
/** Parts of every such day ("on Saturday mornings"): a habit, no date. */
const PARTS_OF_DAYS = '(?:mornings|afternoons|evenings|nights)';
/** The month a listed month follows ("March and ", "June, "). */
const LISTED_AFTER = new RegExp(String.raw`\b(${FULL_MONTH})(?:,\s+|,?\s+(?:and|or)\s+)$`);
/**
 * Nouns for what is held or done every such day ("Sunday request show", "Saturday job", "Friday
 * prayers", "its Saturday fixtures").
 */
const RECURRING = `(?:shows?|programmes?|markets?|services?|editions?|papers?|lunch(?:es)?|leagues?|schools?|clubs?|shifts?|jobs?|prayers|mass|sessions?|class(?:es)?|slots?|supplements?|roasts?|sales|auctions|fixtures|matches|games)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const OLD_YEAR = String.raw`1[0-7]\d\d`;
const OLD_YEAR_DIGITS = /1[0-7]\d\d/;
const NUMBER_WORD = Object.keys(NUMBERS).join('|');
/**
 * Words after which a bare year is a date, not a count ("in 2011", "between 2012 and 2018"), among them
 * a determiner or possessive before a year that dates a noun ("whose 2019 album", "the band's 2008 tour").
 */
// "since at least 2029", "as early as 2019": a preposition's year with "at least" or "as early as" between.
const YEAR_LEAD = `(?:(?:[Ss]ince|[Ii]n|[Bb]y|[Ff]rom)\\s+(?:at\\s+least|as\\s+(?:early|late)\\s+as)|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Oo]f|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]etween|[Aa]round|and|or|to|[Aa]|[Tt]he|its|his|her|their|our|my|your|whose|['’]s|[Ee]arly|[Ll]ate|[Mm]id-?)`;

/** Every month name and abbreviation starts with one of these (May is both). */
const HAS_MONTH = new RegExp(MONTH_NAMES.map((name) => capitalized(name.slice(0, 3))).join('|'));
const HAS_YEAR = new RegExp(YEAR);
/** Every weekday name ends so. */
const HAS_WEEKDAY = /day/;

const monthOf = (s: string) => MONTHS[s.toLowerCase().replace('.', '')];
const relative = (m: RegExpExecArray): DateValue => ({ relative: m[0] });
/** The first and last months of the seasons that fall within one year (the northern hemisphere's). */
const SEASON_MONTHS = { spring: [3, 5], summer: [6, 8], autumn: [9, 11] } as const;

/**
 * The year of a month (and day) without one: the anchoring year when the text just named one, else
 * the latest on or before P, or, looking ahead, the first on or after P.
 */
function yearOf(c: ResolveContext & { ref: YMD }, month: number, day: number | null): number {
  const { ref, future } = c;
  if (c.anchorYear !== null) return c.anchorYear;
  const sameYear = { year: ref.year, month, day: day ?? (future ? 31 : 1) };
  const after = daysBetween(ref, sameYear) > 0 || (day === null && month > ref.month);
  const before = daysBetween(ref, sameYear) < 0 || (day === null && month < ref.month);
  if (future) return before ? ref.year + 1 : ref.year;
  if (c.nearest) return nearestYear(ref, month, day);
  return after ? ref.year - 1 : ref.year;
}

/** The year, of P's and the ones either side, whose `month` (and `day`) lies nearest P. */
function nearestYear(ref: YMD, month: number, day: number | null): number {
  let best = ref.year;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const distance =
      day === null
        ? Math.abs(year * 12 + month - (ref.year * 12 + ref.month))
        : Math.abs(daysBetween(ref, { year, month, day: Math.min(day, daysInMonth(year, month)) }));
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/** A sentence that speaks of what is to come: its undated months and days lie ahead. */
export const FUTURE_CONTEXT =
  /\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|to\s+be)|plans?\s+(?:to|an?\s+\p{L}+\s+(?:on|for|from|to|at|in|outside|through|across))|(?:is|are)\s+planning|upcoming|deadline)\b|['’]ll\b/iu;
/**
 * Looking ahead from a past point: "said they would", "talks could resume", "was to", "were going
 * to", "offered to host talks", "hoped to fly again".
 */
export const FUTURE_IN_PAST =
  /\b(?:would|(?:could|might)\s+(?!have\b)\p{L}+|(?:was|were)\s+(?:to|going\s+to)|(?:offered|agreed|promised|planned|pledged|vowed|threatened|decided|arranged|hoped|intended|expected)\s+to|(?:had|has|have)\s+(?:rent|bills?|money|a\s+\p{L}+)\s+to\s+\p{L}+|(?:was|were)\s+(?:working|hoping|trying|aiming|preparing)\b[^.;]{0,40}?\bto\s+\p{L}+)\b/iu;
/** "by the end of June", "by March": a deadline ahead. */
export const DEADLINE_BEFORE = /\bby\s*$/i;

function monthBefore(ref: YMD, month: number, strict: boolean): number {
  return month < ref.month || (!strict && month === ref.month) ? ref.year : ref.year - 1;
}

function dayValue(d: YMD): DateValue | null {
  return isValid(d) ? formatDay(d) : null;
}

function weekdayValue(ref: YMD, target: number, modifier: string | undefined): string {
  const back = (weekday(ref) - target + 7) % 7;
  const m = modifier?.toLowerCase();
  if (m === 'next') return formatDay(addDays(ref, (target - weekday(ref) + 7) % 7 || 7));
  // An unqualified weekday in a sentence about what is to come: the first on or after P.
  if (m === 'coming') return formatDay(addDays(ref, (target - weekday(ref) + 7) % 7));
  if (m === 'nearest') {
    const ahead = (target - weekday(ref) + 7) % 7;
    return formatDay(addDays(ref, ahead < back ? ahead : -back));
  }
  if (m === 'last') return formatDay(addDays(ref, -(back || 7)));
  // "this Wednesday": that day of the ISO week (Monday to Sunday) holding P.
  if (m === 'this') return formatDay(addDays(ref, ((target + 6) % 7) - ((weekday(ref) + 6) % 7)));
  return formatDay(addDays(ref, -back));
}

function shiftBy(ref: YMD, amount: number, unit: string): DateValue {
  if (unit.startsWith('day')) return formatDay(addDays(ref, -amount));
  if (unit.startsWith('week')) return formatWeek(addDays(ref, -7 * amount));
  if (unit.startsWith('month')) {
    const m = addMonths(ref.year, ref.month, -amount);
    return formatMonth(m.year, m.month);
  }
  return formatYear(ref.year - amount);
}

const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

/** Holidays news dates things by: their day in a given year (Easter's moves with the moon). */
const fixed =
  (month: number, day: number) =>
  (year: number): YMD => ({ year, month, day });
const fromEaster = (days: number) => (year: number) => addDays(easterSunday(year), days);
const HOLIDAYS: Record<string, (year: number) => YMD> = {
  christmas: fixed(12, 25),
  'christmas day': fixed(12, 25),
  'christmas eve': fixed(12, 24),
  'boxing day': fixed(12, 26),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  easter: fromEaster(0),
  'easter sunday': fromEaster(0),
  'easter monday': fromEaster(1),
  'good friday': fromEaster(-2),
};

/** A holiday's day: "last" the one strictly before P, "next" the first after, "this" P's year's, else the nearest as a month-day. */
function holidayValue(m: RegExpExecArray, c: ResolveContext): DateValue {
  const dayIn = HOLIDAYS[m[2].toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
  if (m[3]) return formatDay(dayIn(+m[3]));
  if (!c.ref) return relative(m);
  const modifier = m[1];
  const thisYear = dayIn(c.ref.year);
  if (modifier === 'this') return formatDay(thisYear);
  if (modifier === 'last')
    return formatDay(dayIn(daysBetween(c.ref, thisYear) < 0 ? c.ref.year : c.ref.year - 1));
  if (modifier === 'next')
    return formatDay(dayIn(daysBetween(c.ref, thisYear) > 0 ? c.ref.year : c.ref.year + 1));
  return formatDay(dayIn(yearOf({ ...c, ref: c.ref }, thisYear.month, thisYear.day)));
}

export const DATE_PATTERNS: DatePattern[] = [
  {
    // "before Christmas", "on Boxing Day", "last Christmas": after a preposition of time or with
    // last/next/this, not as a modifier after an article ("the Christmas lights", "a Christmas card").
    name: 'holiday',
    requires: /Christmas|Boxing|New Year|Easter|Good Friday/,
    // "Last Christmas" capitalised mid-sentence is a title's; "at Christmas 1986" has its year.
    re: new RegExp(
      String.raw`(?:\b(last|next|this)\s+|(?<=\b(?:[Bb]efore|[Aa]fter|[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Oo]ver|[Ss]ince|[Oo]n|[Ff]rom|[Dd]uring)\s+))(Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday)(?:,?\s+(${YEAR}))?(?![\p{L}\d-])`,
      'gu',
    ),
    resolve: holidayValue,
  },
  {
    name: 'iso-date',
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => dayValue({ year: +m[1], month: +m[2], day: +m[3] }),
  },
  {
    // "Sept. 11", "Sept. 11, 2001", "Wednesday, Oct. 15", "Sept. 11 last year"
    name: 'month-day',
    requires: HAS_MONTH,
    re: new RegExp(
      String.raw`\b(?:(?:${WEEKDAY}),?\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(${YEAR})\b|\s+(last|this|next)\s+year\b)?`,
      'g',
    ),
    resolve: (m, c) => {
      const month = monthOf(m[1]);
      const day = +m[2];
      if (m[3]) return dayValue({ year: +m[3], month, day });
      if (!c.ref) return relative(m);
      const year = m[4]
        ? c.ref.year + YEAR_SHIFT[m[4].toLowerCase()]
        : yearOf({ ...c, ref: c.ref }, month, day);
      return dayValue({ year, month, day });
    },
    setsYear: (m) => m[3] !== undefined || m[4] !== undefined,
  },
  {
    // "11 September 2001", "15th of October"
    name: 'day-month',
    requires: HAS_MONTH,
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?:,?\s+(${YEAR}))?\b`, 'g'),
    resolve: (m, c) => {
      const month = monthOf(m[2]);
      const day = +m[1];
      if (m[3]) return dayValue({ year: +m[3], month, day });
      return c.ref ? dayValue({ year: yearOf({ ...c, ref: c.ref }, month, day), month, day }) : relative(m);
    },
    setsYear: (m) => m[3] !== undefined,
  },
  {
    name: 'month-year',
    requires: HAS_YEAR,
    re: new RegExp(
      String.raw`\b(?:(?:early|late|mid-?)\s*)?(${FULL_MONTH}|${ABBR_MONTH})\s+(?:of\s+)?(${YEAR})\b`,
      'g',
    ),
    resolve: (m) => formatMonth(+m[2], monthOf(m[1])),
    setsYear: () => true,
  },
  {
    // "the spring of 2027", "summer 2014": a season stands for its year
    name: 'season-year',
    requires: HAS_YEAR,
    re: new RegExp(
      String.raw`\b(?:[Tt]he\s+)?(?:(?:early|late|mid-?)\s*)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(${YEAR})\b`,
      'g',
    ),
    resolve: (m) => m[1],
    setsYear: () => true,
  },
  {
    // "this summer": the season of the publication date's year
    name: 'this-season',
    requires: /spring|summer|autumn|winter/i,
    re: /\b[Tt]his\s+(?:spring|summer|autumn|winter)\b/g,
    resolve: (m, { ref }) => (ref ? formatYear(ref.year) : relative(m)),
  },
  {
    // "next summer", "last spring": the year is sure once the publication date is in or past the
    // season ("next summer" in July is next year's; "last summer" in September this year's, in
    // January last year's); "next summer" in March may be either, and winter straddles two years.
    name: 'season-relative',
    requires: /spring|summer|autumn/i,
    re: /\b([Ll]ast|[Nn]ext)\s+(spring|summer|autumn)\b/g,
    resolve: (m, { ref }) => {
      if (!ref) return relative(m);
      const [first, last] = SEASON_MONTHS[m[2] as keyof typeof SEASON_MONTHS];
      if (m[1].toLowerCase() === 'last') return formatYear(ref.month > last ? ref.year : ref.year - 1);
      return ref.month >= first ? formatYear(ref.year + 1) : null;
    },
  },
  {
    // "last May", "next March", "this June"
    name: 'month-relative',
    requires: HAS_MONTH,
    re: new RegExp(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his)\s+(${FULL_MONTH})\b`, 'g'),
    resolve: (m, { ref }) => {
      if (!ref) return relative(m);
      const month = monthOf(m[2]);
      const which = m[1].toLowerCase();
      if (which === 'this') return formatMonth(ref.year, month);
      if (which === 'last') return formatMonth(monthBefore(ref, month, true), month);
      return formatMonth(month > ref.month ? ref.year : ref.year + 1, month);
    },
  },
  {
    // "in July", "the end of June", "early March", "in February, June and September": a month named
    // (a week of it, "the first week of June", is as near as a month says)
    // after a preposition, a qualifier or another month of a list ("bookings for December", though
    // not "voted for May", a name too); "in February last year" is that
    // year's February; "in a warm April" is the April the article is about, as "in April" is; "for March
    // and April": a month that opens a list of months; "in the year to April", "the three months to June":
    // the month a period a figure covers ends in
    name: 'month',
    requires: HAS_MONTH,
    re: new RegExp(
      String.raw`(?:\b(?:[Tt]he\s+(?:end|beginning|start|middle|(?:first|second|third|fourth|last|final)\s+week)\s+of|[Ee]arly|[Ll]ate|[Mm]id-)\s*|(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f)\s+)|(?<=\b(?:[Ii]n|[Aa]fter|[Dd]uring)\s+an?\s+[a-z]+\s+)|(?<=\b[Ff]or\s+)(?=(?:${PLAIN_MONTH})\b)|(?<=\b(?:year|months|quarter|weeks)\s+to\s+)|(?<=\b(?:${FULL_MONTH})(?:,\s+|,?\s+(?:and|or)\s+))|\b(?=(?:${FULL_MONTH})(?:,\s+|,?\s+(?:and|or)\s+)(?:${FULL_MONTH})\b(?!\s+\d)))(${FULL_MONTH})\b(?!\s+\d)(?:\s+(last|this|next)\s+year\b)?`,
      'g',
    ),
    resolve: (m, c) => {
      if (!c.ref) return relative(m);
      const month = monthOf(m[1]);
      if (m[2]) return formatMonth(c.ref.year + YEAR_SHIFT[m[2]], month);
      // "March and April": a listed month follows the one before it, the year turning between them.
      const listed = LISTED_AFTER.exec(m.input.slice(Math.max(0, m.index - 20), m.index));
      if (listed) {
        const before = monthOf(listed[1]);
        const year = yearOf({ ...c, ref: c.ref }, before, null);
        return formatMonth(month < before ? year + 1 : year, month);
      }
      return formatMonth(yearOf({ ...c, ref: c.ref }, month, null), month);
    },
    setsYear: (m) => m[2] !== undefined,
  },
  {
    // "February was the busiest month", "… said June had been dry": a month opening its sentence or a
    // reported clause as the subject of a verb of being or seeing ("May" and "March" left out: they open
    // sentences as a verb or a noun)
    name: 'month-subject',
    requires: HAS_MONTH,
    re: new RegExp(
      String.raw`(?:^|(?<=\b(?:said|says|that)\s+))(${PLAIN_MONTH})(?=\s+(?:was|is|has|had|saw|brought)\b)`,
      'g',
    ),
    resolve: (m, c) =>
      c.ref ? formatMonth(yearOf({ ...c, ref: c.ref }, monthOf(m[1]), null), monthOf(m[1])) : relative(m),
  },
  {
    // "the October storms", "the January sales", "its August races": a month that names a noun after
    // "the" or an owner's word
    name: 'month-modifier',
    requires: HAS_MONTH,
    re: new RegExp(String.raw`(?<=\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+)(${PLAIN_MONTH})(?=\s+[a-z])`, 'g'),
    resolve: (m, c) =>
      c.ref ? formatMonth(yearOf({ ...c, ref: c.ref }, monthOf(m[1]), null), monthOf(m[1])) : relative(m),
  },
  {
    name: 'weekday',
    requires: HAS_WEEKDAY,
    // "on a Sunday night", "every Monday": any such day, no date; so is "on a hot Saturday", a kind
    // of day ("a week on Saturday" counts from one).
    // "the station's Sunday request show", "her Saturday job": a day naming something held every
    // such day, no date ("On Monday school inspectors said" is a date); so is "on Saturday mornings".
    re: new RegExp(
      String.raw`(?<!\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Oo]ne)\s+(?:(?!(?:week|fortnight|month|year|day|from|on|by|until|till|to|before|after|since|of)\b)[a-z]+\s+)?)\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(${WEEKDAY})${PART_OF_DAY}\b(?!\s+${PARTS_OF_DAYS}\b)(?!(?<!\b[Oo]n\s+(?:${WEEKDAY})${PART_OF_DAY})\s+(?:[a-z]+\s+)?${RECURRING}\b)`,
      'g',
    ),
    // Looking ahead from a past point ("offered to host talks on Thursday"): the nearer of the
    // last and the coming such day, as for months.
    resolve: (m, { ref, future, nearest }) =>
      ref
        ? weekdayValue(
            ref,
            WEEKDAYS[m[2].toLowerCase()],
            m[1] ?? (future ? 'coming' : nearest ? 'nearest' : undefined),
          )
        : relative(m),
  },
  {
    name: 'year',
    requires: HAS_YEAR,
    re: new RegExp(
      String.raw`(?<=\b${YEAR_LEAD}\s+)(${YEAR})\b(?![,.]?\d|\s*%|\s+(?:percent|per\s+cent)\b)`,
      'g',
    ),
    resolve: (m) => m[1],
    setsYear: () => true,
  },
  {
    // Before 1800 a bare number after "in" is as often a count ("one in 1500"): such a year is a date
    // after "since" (no count follows it), or when it closes a clause ("built in 1754, …").
    name: 'old-year',
    requires: OLD_YEAR_DIGITS,
    re: new RegExp(
      String.raw`(?<=\b(?:[Ss]ince\s+|(?:[Ii]n|[Uu]ntil|[Bb]efore)\s+(?=${OLD_YEAR}\s*(?:[,.;:)]|$))))(${OLD_YEAR})\b(?![,.]?\d|\s*%|\s+(?:percent|per\s+cent)\b)`,
      'g',
    ),
    resolve: (m) => m[1],
    setsYear: () => true,
  },
  {
    name: 'ago',
    requires: /ago/i,
    re: new RegExp(
      String.raw`\b(a\s+few|\d{1,3}|${NUMBER_WORD}|few|several|many)\s+(days?|weeks?|months?|years?)\s+ago\b`,
      'gi',
    ),
    resolve: (m, { ref }) => {
      const n = /^\d/.test(m[1]) ? +m[1] : NUMBERS[m[1].toLowerCase()];
      return ref && n !== undefined ? shiftBy(ref, n, m[2].toLowerCase()) : relative(m);
    },
  },
  {
    name: 'this-last-next',
    requires: /week|month|year/,
    // "by the end of the month": the month of the date, as "this month" is.
    // "until the last week" is the final week of something, no calendar week.
    re: /\b(?:(?:[Ee]arlier|[Ll]ater)\s+this|[Tt]he\s+(?:end|beginning|start|middle)\s+of\s+the|(?<!\b(?:[Uu]ntil|[Tt]ill)\s+the\s+)([Ll]ast|[Nn]ext|[Tt]his))\s+(week|month|year)\b/g,
    resolve: (m, { ref }) => {
      if (
        m[1] === undefined &&
        HABITUAL_BEFORE.test(m.input.slice(Math.max(0, m.index - HABIT_REACH), m.index))
      )
        return null;
      if (!ref) return relative(m);
      const which = (m[1] ?? 'this').toLowerCase();
      const shift = YEAR_SHIFT[which];
      if (m[2] === 'week') return formatWeek(addDays(ref, 7 * shift));
      if (m[2] === 'month') {
        const x = addMonths(ref.year, ref.month, shift);
        return formatMonth(x.year, x.month);
      }
      return formatYear(ref.year + shift);
    },
    setsYear: (m) => m[2] === 'year',
  },
  {
    name: 'deictic',
    // "the newspaper Tarvia Today", "USA Today": a capital after a capitalised word ends a name.
    // '"Not today."': a refusal opening what someone says, no day.
    re: /(?<![A-Z][\w'’-]*\s+(?=[A-Z]))(?<!(?:^|["“:]\s*|[.!?]\s+)Not\s+)\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b/g,
    resolve: (m, { ref }) => {
      if (!ref) return relative(m);
      const w = m[0].toLowerCase();
      const offset =
        w.startsWith('yesterday') || w.startsWith('last') ? -1 : w.startsWith('tomorrow') ? 1 : 0;
      return formatDay(addDays(ref, offset));
    },
  },
];
