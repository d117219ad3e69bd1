/**
 * Calendar words: the one list of month and weekday names and their abbreviations, used by the
 * tokenizer and sentence splitter (abbreviations keep their period), the entity recognizer (DATE
 * patterns) and the date extractor (numbers of months and weekdays). Lower-cased; abbreviations
 * without the period.
 */

/** Month names in calendar order: month number = index + 1. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month abbreviations → month number. */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Weekday names from Sunday: index = day of the week as `Date.getUTCDay` counts it. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Weekday abbreviations → day of the week (Sunday 0). */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 0,
};

/** Every month word, names first. */
export const MONTHS = [...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)];

/** Month names that are also ordinary words or names ("May", "March"): dates only beside a number or cue. */
export const AMBIGUOUS_MONTHS = ['may', 'march', 'jan', 'mar', 'jun', 'dec', 'sat', 'sun', 'wed'];

/** Every weekday word, names from Monday first. */
export const WEEKDAYS = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0], ...Object.keys(WEEKDAY_ABBREVIATIONS)];

/** Single words that are relative dates on their own. */
export const RELATIVE_DAYS = ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight'];

/** Units for "last week", "two years ago", "next month". */
export const DATE_UNITS = [
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'fortnight',
  'quarter',
  'season',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'morning',
  'afternoon',
  'evening',
  'night',
];

/** Words before a unit or month that make it a date: "last week", "early March". */
export const DATE_MODIFIERS = [
  'last',
  'next',
  'this',
  'past',
  'coming',
  'previous',
  'early',
  'late',
  'mid',
  'earlier',
  'later',
];

/** Words before an ambiguous month that make it a date: "in May", "since March". */
export const DATE_PREPOSITIONS = [
  'in',
  'on',
  'since',
  'until',
  'till',
  'by',
  'from',
  'during',
  'through',
  'before',
  'after',
  'last',
  'next',
  'early',
  'late',
  'mid',
  'of',
];
