/** Metadata values as containers write them (dates, author lists) to what an article carries. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})/;
const DAY_MONTH_YEAR = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const AUTHOR_SEPARATOR = /\s*(?:,|;|\band\b|&)\s*/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as written (ISO, "8 April 2026", "Apr. 8, 2026", RFC 2822) to YYYY-MM-DD. The calendar date as written
 * is kept, not shifted to UTC, so "2026-04-08T23:30-05:00" stays the 8th.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new Date(value < 1e11 ? value * 1000 : value);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = ISO_DATE.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m && MONTHS.includes(m[2].toLowerCase()))
    return ymd(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m && MONTHS.includes(m[1].toLowerCase()))
    return ymd(+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  return null;
}

export function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') {
    return (v as { name: string }).name.trim() || undefined;
  }
  return undefined;
}

/** Authors from a string ("Jane Doe and John Roe"), a list of strings or a list of objects with a name. */
export function parseAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = nameOf(item);
    if (!name) continue;
    const cleaned = name.replace(/^(?:by|written by)\s+/i, '');
    for (const part of typeof item === 'string' ? cleaned.split(AUTHOR_SEPARATOR) : [cleaned]) {
      const p = part.trim();
      if (p && !names.includes(p)) names.push(p);
    }
  }
  return names;
}
