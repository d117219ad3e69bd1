/**
 * Structured records (JSON objects, JSONL lines, CSV rows) to articles: the field names scrapers and datasets
 * commonly use for text, title, authors, date, URL, id and outlet.
 */
import type { ArticleInput } from './article.js';
import { normalizeText } from './decode.js';
import { nameOf, normalizeDate, parseAuthors } from './metadata.js';
import { readHtml } from './readHtml.js';

export type RecordResult = { input: string; article: ArticleInput } | { input: string; error: string };

export const TEXT_FIELDS = ['text', 'content', 'body', 'article', 'full_text', 'maintext', 'story'];
export const HTML_FIELDS = ['html', 'raw_html', 'content_html'];
export const TITLE_FIELDS = ['title', 'headline'];
export const AUTHOR_FIELDS = ['author', 'authors', 'byline', 'creator'];
export const DATE_FIELDS = [
  'published',
  'date',
  'published_at',
  'publishedAt',
  'datePublished',
  'publish_date',
  'pubdate',
];
export const URL_FIELDS = ['url', 'link', 'canonical_url'];
export const ID_FIELDS = ['id', '_id', 'guid', 'uuid', 'doc_id', 'article_id'];
export const OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'site_name', 'site', 'media'];
/** Object fields that hold the list of records in a JSON document such as `{"articles": [...]}`. */
export const LIST_FIELDS = ['articles', 'records', 'items', 'documents', 'data', 'results'];

function firstString(obj: Record<string, unknown>, fields: string[], numbers = false): string | undefined {
  for (const f of fields) {
    const v = obj[f];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (numbers && typeof v === 'number') return String(v);
  }
  return undefined;
}

function firstName(obj: Record<string, unknown>, fields: string[]): string | undefined {
  for (const f of fields) {
    const name = nameOf(obj[f]);
    if (name) return name;
  }
  return undefined;
}

/** The record's id for its input label, or undefined. */
export function recordId(obj: Record<string, unknown>): string | undefined {
  return firstString(obj, ID_FIELDS, true)?.trim();
}

/** One JSON object or CSV row to an article; `input` is the label the result carries. */
export function parseRecord(obj: unknown, input: string): RecordResult {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { input, error: 'record is not a JSON object' };
  }
  const rec = obj as Record<string, unknown>;
  let article: ArticleInput;
  const text = firstString(rec, TEXT_FIELDS);
  const html = firstString(rec, HTML_FIELDS);
  if (text !== undefined) {
    article = { input, text: normalizeText(text) };
  } else if (html !== undefined) {
    const fromHtml = readHtml(html, input);
    if ('error' in fromHtml) return { input, error: fromHtml.error };
    article = fromHtml;
  } else {
    return { input, error: `no text field (expected one of: ${TEXT_FIELDS.join(', ')})` };
  }
  if (article.text.trim() === '') return { input, error: 'empty text field' };

  const title = firstString(rec, TITLE_FIELDS);
  if (title) article.title = title.trim();
  for (const f of AUTHOR_FIELDS) {
    const authors = parseAuthors(rec[f]);
    if (authors.length) {
      article.byline = authors;
      break;
    }
  }
  for (const f of DATE_FIELDS) {
    const date = normalizeDate(rec[f]);
    if (date) {
      article.published = date;
      break;
    }
  }
  const url = firstString(rec, URL_FIELDS);
  if (url) article.url = url.trim();
  const outlet = firstName(rec, OUTLET_FIELDS);
  if (outlet) article.outlet = outlet;
  return { input, article };
}
