/**
 * Finds the parts of a scraped page: title, repeated title, byline and timestamp, body, author bio and site
 * boilerplate. Works on paragraphs (lines); the first paragraph's dateline is cut off. Offsets are UTF-16 indices into
 * `article.text`. Patterns and thresholds live in segmentPatterns.ts.
 */
import type { ArticleInfo, Range, RemovedReason, Span } from '../analysis/types.js';
import { DATELINE } from '../language/en/datelines.js';
import { firstNames } from '../language/en/gazetteers/firstNames.js';
import type { ArticleInput } from './article.js';
import { normalizeDate } from './metadata.js';
import {
  FOOTER_PREFILTERS,
  FOOTER_SHORT_WORDS,
  HEADER_WINDOW_LINES,
  MAX_BIO_LINES,
  MAX_BIO_WORDS,
  MAX_CAPTION_WORDS,
  MAX_HEADER_LABEL_WORDS,
  MAX_HEADER_LINE_WORDS,
  MAX_TITLE_CHARS,
  MAX_TITLE_WORDS,
  NAME_ONLY,
  REGEXPS,
} from './segmentPatterns.js';

interface Line extends Range {
  text: string;
  words: number;
}

type Byline = ArticleInfo['byline'][number];

/** Non-blank lines with their offsets, surrounding whitespace excluded. */
export function paragraphs(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body, words: body.split(/\s+/u).length });
  }
  return lines;
}

/** Compares titles loosely: case, spacing, quote shapes and trailing punctuation do not matter. */
function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’‚‛]/gu, "'")
    .replace(/[“”„‟]/gu, '"')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[\s.:;,!|-]+$/u, '')
    .trim();
}

/** What may follow a headline in a page's metadata title: " | Site", " - Site", " — Site". */
const TITLE_SITE_SEPARATOR = /^\s*[|–—-]\s/u;

function isTitleLike(line: Line): boolean {
  return (
    line.text.length <= MAX_TITLE_CHARS &&
    line.words <= MAX_TITLE_WORDS &&
    /\p{L}/u.test(line.text) &&
    !/[.;,:]$/u.test(line.text) &&
    !REGEXPS.byline.test(line.text) &&
    !isFooterStart(line)
  );
}

function findTitle(lines: Line[], metaTitle: string | null | undefined): number {
  if (metaTitle) {
    // A record or page that names its own title is believed: its headline line is found (the site
    // name may follow it: "Headline | Site"), and a first line that is not it is body — in
    // hard-wrapped wire copy the first line is half a sentence ("Acme Corp Inc" / "said …").
    const key = titleKey(metaTitle);
    const isTitle = (l: Line) => {
      const k = titleKey(l.text);
      return (
        k === key || (k.length > 0 && key.startsWith(k) && TITLE_SITE_SEPARATOR.test(key.slice(k.length)))
      );
    };
    return lines.slice(0, HEADER_WINDOW_LINES).findIndex(isTitle);
  }
  // Navigation trails and ad labels above the headline are skipped, not taken for it.
  let first = 0;
  while (
    first < lines.length &&
    (REGEXPS.breadcrumb.test(lines[first].text) || isInlineBoilerplate(lines[first]))
  ) {
    first++;
  }
  return first < lines.length - 1 && isTitleLike(lines[first]) ? first : -1;
}

/** " in Kaltenau", " in New Delhi" ending a byline's name. */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

function bylineNames(line: Line, match: string, offsetInLine: number): Byline[] {
  const names: Byline[] = [];
  let cursor = offsetInLine;
  for (const part of match.split(REGEXPS.bylineSeparator)) {
    // "By Felix Brandauer in Kaltenau": where the reporter filed from is no part of the name.
    const name = part.trim().replace(FILED_FROM, '');
    const at = line.text.indexOf(name, cursor);
    if (at >= 0) cursor = at + name.length;
    if (!name || !/^\p{Lu}/u.test(name) || REGEXPS.bylineRole.test(name) || name.split(/\s+/u).length > 5)
      continue;
    names.push({
      name,
      start: at >= 0 ? line.start + at : null,
      end: at >= 0 ? line.start + at + name.length : null,
    });
  }
  return names;
}

/** The author names a byline line holds, and an outlet when it names one ("Jane Doe | Reuters"). */
function parseBylineLine(line: Line): { names: Byline[]; outlet?: string; published?: string } | null {
  const by = REGEXPS.byline.exec(line.text);
  if (by?.groups) {
    const trailer = REGEXPS.bylineDateTrailer.exec(by.groups.names);
    const written = trailer ? by.groups.names.slice(0, trailer.index) : by.groups.names;
    const names = bylineNames(line, written, by.index + by[0].length - by.groups.names.length);
    if (!names.length) return null;
    const published = trailer ? normalizeDate(trailer[0]) : null;
    return published ? { names, published } : { names };
  }
  const withOutlet = REGEXPS.bylineWithOutlet.exec(line.text);
  if (withOutlet?.groups && looksLikePerson(withOutlet.groups.name)) {
    return {
      names: [
        { name: withOutlet.groups.name, start: line.start, end: line.start + withOutlet.groups.name.length },
      ],
      outlet: withOutlet.groups.outlet.trim(),
    };
  }
  return null;
}

/** "Jane Doe | Outlet" versus a section header such as "World | Middle East". */
function looksLikePerson(name: string): boolean {
  if (REGEXPS.bylineRole.test(name)) return false;
  const first = name.split(/[\s.]+/u)[0].toLowerCase();
  return firstNames().has(first) || !REGEXPS.sectionLabel.test(name);
}

function isTimestamp(line: Line): boolean {
  return REGEXPS.timestampLabel.test(line.text) || REGEXPS.timestampOnly.test(line.text);
}

function bioName(line: Line): { name: string; start: number } | null {
  if (line.words > MAX_BIO_WORDS) return null;
  for (const re of REGEXPS.bio) {
    const m = re.exec(line.text);
    const name = m?.groups?.name?.trim();
    if (m && name && NAME_ONLY.test(name)) return { name, start: line.start + line.text.indexOf(name) };
  }
  return null;
}

/** The footer patterns, each after the prefilter it has (FOOTER_PREFILTERS). */
const FOOTER_TESTS = REGEXPS.footerStart.map((re) => ({ re, needs: FOOTER_PREFILTERS.get(re) ?? null }));

function isFooterStart(line: Line): boolean {
  for (const { re, needs } of FOOTER_TESTS)
    if ((needs === null || needs.test(line.text)) && re.test(line.text)) return true;
  return false;
}

function isInlineBoilerplate(line: Line): boolean {
  return REGEXPS.inline.some((re) => re.test(line.text));
}

/**
 * The first line from which everything to the end is footer: a footer marker followed only by boilerplate,
 * short lines, or anything at all once a comments section has begun.
 */
function findFooterStart(lines: Line[], from: number): number {
  let start = lines.length;
  let firstComments = lines.length;
  for (let i = from; i < lines.length && firstComments === lines.length; i++) {
    if (REGEXPS.commentsHeading.test(lines[i].text)) firstComments = i;
  }
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (isFooterStart(line)) {
      start = i;
      continue;
    }
    if (i > firstComments) continue;
    if (isInlineBoilerplate(line) || line.words <= FOOTER_SHORT_WORDS) continue;
    break;
  }
  return start;
}

export function segmentArticle(article: ArticleInput): ArticleInfo {
  const text = article.text;
  const lines = paragraphs(text);
  const reasons: (RemovedReason | null)[] = lines.map(() => null);
  const info: ArticleInfo = {
    title: null,
    byline: [],
    published: article.published ?? null,
    url: article.url ?? null,
    outlet: article.outlet ?? null,
    body: [],
    removed: [],
  };

  // Header: title, repeated title, byline and timestamp lines, until the first body paragraph.
  const titleAt = findTitle(lines, article.title);
  let headerEnd = 0;
  if (titleAt >= 0) {
    const t = lines[titleAt];
    info.title = { start: t.start, end: t.end, text: t.text } satisfies Span;
    reasons[titleAt] = 'title';
    // Whatever stands above the headline (site name, section, menu) is page furniture.
    for (let i = 0; i < titleAt; i++) reasons[i] = 'boilerplate';
    headerEnd = titleAt + 1;
  }
  const textByline: Byline[] = [];
  const labels: number[] = [];
  for (let i = headerEnd; i < Math.min(lines.length, headerEnd + HEADER_WINDOW_LINES); i++) {
    const line = lines[i];
    if (info.title && titleKey(line.text) === titleKey(info.title.text)) {
      reasons[i] = 'repeated-title';
      continue;
    }
    const byline = line.words <= MAX_HEADER_LINE_WORDS ? parseBylineLine(line) : null;
    if (byline) {
      reasons[i] = 'byline';
      textByline.push(...byline.names);
      if (byline.outlet) info.outlet ??= byline.outlet;
      if (byline.published) info.published ??= byline.published;
      continue;
    }
    if (isTimestamp(line)) {
      reasons[i] = 'byline';
      info.published ??= normalizeDate(line.text);
      continue;
    }
    // Short labels (a section name, a reading time) may stand between headline and byline.
    if (line.words > MAX_HEADER_LABEL_WORDS && !isInlineBoilerplate(line)) break;
    labels.push(i);
  }
  // Labels are page furniture when a byline or timestamp follows them; otherwise they may be body.
  const lastHeader = reasons.findLastIndex((r, i) => r === 'byline' && i < headerEnd + HEADER_WINDOW_LINES);
  for (const i of labels) if (i < lastHeader) reasons[i] = 'boilerplate';

  // Footer, then bio and credit lines just above it.
  const bodyStart = reasons.indexOf(null);
  const footerAt = bodyStart < 0 ? lines.length : findFooterStart(lines, bodyStart + 1);
  const bioNames: Byline[] = [];
  let bioLines = 0;
  for (let i = footerAt - 1; i > bodyStart && bioLines < MAX_BIO_LINES; i--) {
    if (isInlineBoilerplate(lines[i])) {
      reasons[i] = 'boilerplate';
      continue;
    }
    const bio = bioName(lines[i]);
    if (!bio || mentionedInBody(bio.name, lines, reasons, i, textByline)) break;
    reasons[i] = 'author-bio';
    bioNames.unshift({ name: bio.name, start: bio.start, end: bio.start + bio.name.length });
    bioLines++;
  }
  for (let i = 0; i < lines.length; i++) {
    if (reasons[i] !== null) continue;
    if (i >= footerAt || isFooterStart(lines[i]) || isInlineBoilerplate(lines[i])) reasons[i] = 'boilerplate';
    else if (lines[i].words <= MAX_CAPTION_WORDS && REGEXPS.caption.test(lines[i].text))
      reasons[i] = 'caption';
  }

  info.byline = mergeBylines(article.byline ?? [], textByline, bioNames, lines, reasons);
  collectRanges(lines, reasons, info);
  return info;
}

/** A bio's person is someone the story is about, not its author, when the body names them. */
function mentionedInBody(
  name: string,
  lines: Line[],
  reasons: (RemovedReason | null)[],
  before: number,
  byline: Byline[],
): boolean {
  if (byline.some((b) => b.name === name)) return false;
  const surname = name.split(/\s+/u).pop()!;
  return lines
    .slice(0, before)
    .some((l, i) => reasons[i] === null && l.text.includes(surname) && !bioName(l));
}

/** Metadata authors first (located in byline lines when written there), then names found only in the text. */
function mergeBylines(
  metadata: string[],
  fromText: Byline[],
  fromBio: Byline[],
  lines: Line[],
  reasons: (RemovedReason | null)[],
): Byline[] {
  const out: Byline[] = [];
  const seen = new Set<string>();
  const add = (b: Byline) => {
    const key = b.name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(b);
    }
  };
  for (const name of metadata) {
    const inText = [...fromText, ...fromBio].find((b) => b.name.toLowerCase() === name.toLowerCase());
    const line = inText ? null : lines.find((l, i) => reasons[i] === 'byline' && l.text.includes(name));
    const at = line ? line.start + line.text.indexOf(name) : null;
    add(inText ?? { name, start: at, end: at === null ? null : at + name.length });
  }
  fromText.forEach(add);
  if (out.length === 0) fromBio.forEach(add);
  return out;
}

/** Removed ranges per reason, merging neighbours that share one; body ranges per paragraph. */
function collectRanges(lines: Line[], reasons: (RemovedReason | null)[], info: ArticleInfo): void {
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason === null) {
      // "TARROW (Reuters) — Dock workers …": the first paragraph's dateline says where the story was
      // filed; read as part of the sentence it hides that sentence's subject.
      const dateline = info.body.length === 0 ? DATELINE.exec(line.text) : null;
      const from = dateline ? line.start + dateline[0].length : line.start;
      if (dateline) info.removed.push({ start: line.start, end: from, reason: 'dateline' });
      info.body.push({ start: from, end: line.end });
      return;
    }
    const last = info.removed[info.removed.length - 1];
    const previousReason = i > 0 ? reasons[i - 1] : null;
    if (last && reason === 'boilerplate' && previousReason === 'boilerplate') last.end = line.end;
    else info.removed.push({ start: line.start, end: line.end, reason });
  });
}
