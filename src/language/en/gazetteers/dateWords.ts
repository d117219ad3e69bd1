/** Calendar words for DATE patterns. Lower-cased; abbreviations without the period. */
export const MONTHS = [
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
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Month names that are also ordinary words or names ("May", "March"): dates only beside a number or cue. */
export const AMBIGUOUS_MONTHS = ['may', 'march', 'jan', 'mar', 'jun', 'dec', 'sat', 'sun', 'wed'];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

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
