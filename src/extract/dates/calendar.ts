/** Calendar arithmetic on plain dates (UTC, no time of day, no time zone surprises). */

export interface YMD {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Parses "YYYY-MM-DD" (a longer ISO timestamp is cut to its date); null when it is not one. */
export function parseYmd(iso: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValid(d) ? d : null;
}

export function isValid(d: YMD): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const toTime = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day);
function fromTime(t: number): YMD {
  const x = new Date(t);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

export function addDays(d: YMD, days: number): YMD {
  return fromTime(toTime(d) + days * DAY_MS);
}

/** Days from a to b (b − a). */
export function daysBetween(a: YMD, b: YMD): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: YMD): number {
  return new Date(toTime(d)).getUTCDay();
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + months;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDay = (d: YMD) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const formatYear = (year: number) => pad(year, 4);

/** ISO 8601 week of a date, as "YYYY-Www". */
export function formatWeek(d: YMD): string {
  const thursday = addDays(d, 3 - ((weekday(d) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): YMD {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
