/**
 * One input already in memory (a file, a fetched body, an uploaded request body) to articles. The web server
 * reuses this for uploads; readInputs uses it for everything except streamed JSONL and CSV.
 */
import type { ArticleInput } from './article.js';
import { charsetOf, decodeBytes } from './decode.js';
import {
  ACCEPTED_CONTENT_TYPES,
  baseContentType,
  formatFromExtension,
  type InputFormat,
  sniffFormat,
} from './detect.js';
import { readHtml } from './readHtml.js';
import { csvRecordsFromText, jsonLinesFromText } from './readRecordStreams.js';
import { LIST_FIELDS, parseRecord, type RecordResult, recordId } from './records.js';

export interface BufferHint {
  contentType?: string | null;
  filename?: string | null;
  format?: InputFormat;
}

/** The format for a buffer: explicit format, then content type, then file name, then the content itself. */
export function chooseFormat(text: string, hint: BufferHint = {}): InputFormat {
  if (hint.format) return hint.format;
  const byType = ACCEPTED_CONTENT_TYPES[baseContentType(hint.contentType)];
  if (byType) return byType;
  const byName = hint.filename ? formatFromExtension(hint.filename) : undefined;
  return byName ?? sniffFormat(text.slice(0, 65536));
}

/** Records of a JSON document: an array, an object holding a list, or one article object. */
export function jsonDocumentResults(text: string, input: string): RecordResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // A `.json` file holding one object per line is JSONL in all but name.
    const lines = jsonLinesFromText(text, input);
    if (lines.length > 1 && lines.some((r) => 'article' in r)) return lines;
    return [{ input, error: `malformed JSON: ${(e as Error).message}` }];
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const listField = LIST_FIELDS.find((f) => Array.isArray(obj[f]));
    if (listField && 'error' in parseRecord(obj, input)) value = obj[listField];
  }
  if (!Array.isArray(value)) return [parseRecord(value, input)];
  if (value.length === 0) return [{ input, error: 'empty JSON array: no records' }];
  return value.map((item, i) => {
    const id = item && typeof item === 'object' ? recordId(item as Record<string, unknown>) : undefined;
    return parseRecord(item, `${input}#${id ?? i + 1}`);
  });
}

/** Every result for one in-memory input, in order; bad records give error results beside the good ones. */
export function resultsFromBuffer(buf: Uint8Array, input: string, hint: BufferHint = {}): RecordResult[] {
  const decoded = decodeBytes(buf, charsetOf(hint.contentType));
  if ('error' in decoded) return [{ input, error: decoded.error }];
  const { text, warnings } = decoded;
  const format = chooseFormat(text, hint);
  let results: RecordResult[];
  if (format === 'html') {
    const article = readHtml(text, input);
    results = ['error' in article ? { input, error: article.error } : { input, article }];
  } else if (format === 'json') results = jsonDocumentResults(text, input);
  else if (format === 'jsonl') results = jsonLinesFromText(text, input);
  else if (format === 'csv') results = csvRecordsFromText(text, input);
  else results = [{ input, article: { input, text } }];
  if (warnings.length) {
    for (const r of results)
      if ('article' in r) r.article.warnings = [...warnings, ...(r.article.warnings ?? [])];
  }
  return results;
}

/**
 * Articles from one uploaded body, or one error line. A body with several records fails as a whole when any
 * record fails, naming the first bad one; use resultsFromBuffer to keep the good records.
 */
export function articleFromBuffer(
  buf: Uint8Array,
  input: string,
  hint: BufferHint = {},
): ArticleInput[] | { error: string } {
  const results = resultsFromBuffer(buf, input, hint);
  const failed = results.filter((r): r is { input: string; error: string } => 'error' in r);
  if (failed.length === 0) return results.map((r) => (r as { article: ArticleInput }).article);
  if (results.length === 1) return { error: failed[0].error };
  const first = failed[0];
  return { error: `${failed.length} of ${results.length} records failed; ${first.input}: ${first.error}` };
}
