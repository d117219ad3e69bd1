/**
 * JSONL and CSV, one result per record. The streaming versions read any size in bounded memory: only one line
 * (JSONL) or one parser buffer (CSV) is held at a time, and each record is capped at maxBytes.
 */
import { parse as parseCsvStream } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { decodeUtf8, INVALID_UTF8_WARNING, looksBinary } from './decode.js';
import { HTML_FIELDS, parseRecord, type RecordResult, recordId, TEXT_FIELDS } from './records.js';

const NEWLINE = 0x0a;

function lineResult(line: string, lineNo: number, input: string, warnings: string[]): RecordResult | null {
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return {
      input: `${input}#${lineNo}`,
      error: `malformed JSON on line ${lineNo}: ${(e as Error).message}`,
    };
  }
  const id = value && typeof value === 'object' ? recordId(value as Record<string, unknown>) : undefined;
  const result = parseRecord(value, `${input}#${id ?? lineNo}`);
  if (warnings.length && 'article' in result) result.article.warnings = [...warnings];
  return result;
}

/** JSONL already decoded in memory. */
export function jsonLinesFromText(text: string, input: string): RecordResult[] {
  const results: RecordResult[] = [];
  text.split('\n').forEach((line, i) => {
    const r = lineResult(line, i + 1, input, []);
    if (r) results.push(r);
  });
  if (results.length === 0) results.push({ input, error: 'no JSON records' });
  return results;
}

/** Splits a byte stream at newlines; a line longer than maxBytes is reported once and skipped. */
async function* byteLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<{ bytes: Buffer | null; lineNo: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let lineNo = 0;
  const take = (): { bytes: Buffer | null; lineNo: number } => {
    const bytes = tooLong ? null : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    return { bytes, lineNo: ++lineNo };
  };
  for await (const chunk of chunks) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(NEWLINE, from); nl >= 0; nl = buf.indexOf(NEWLINE, from)) {
      if (!tooLong) parts.push(buf.subarray(from, nl));
      length += nl - from;
      if (length > maxBytes) tooLong = true;
      yield take();
      from = nl + 1;
    }
    if (from < buf.length && !tooLong) {
      parts.push(Buffer.from(buf.subarray(from)));
      length += buf.length - from;
      if (length > maxBytes) {
        tooLong = true;
        parts = [];
      }
    } else if (from < buf.length) length += buf.length - from;
  }
  if (length > 0 || tooLong) yield take();
}

/** JSONL from a byte stream: one result per non-blank line; a bad line fails alone. */
export async function* jsonLines(
  chunks: AsyncIterable<Uint8Array>,
  input: string,
  maxBytes: number,
): AsyncGenerator<RecordResult> {
  let any = false;
  for await (const { bytes, lineNo } of byteLines(chunks, maxBytes)) {
    if (bytes === null) {
      any = true;
      yield { input: `${input}#${lineNo}`, error: `line ${lineNo} is over the size cap (${maxBytes} bytes)` };
      continue;
    }
    if (lineNo === 1 && looksBinary(bytes)) {
      yield { input, error: 'binary content (NUL or control bytes), not text' };
      return;
    }
    const warnings: string[] = [];
    const r = lineResult(decodeUtf8(bytes, warnings).replace(/\r$/, ''), lineNo, input, warnings);
    if (r) {
      any = true;
      yield r;
    }
  }
  if (!any) yield { input, error: 'empty input: no JSON records' };
}

/** Maps rows (arrays of cells, header first) to results. */
class CsvRows {
  private header: string[] | null = null;
  private textColumn = -1;
  done = false;

  constructor(private readonly input: string) {}

  /** The result for one row; null for the header. */
  row(cells: string[], endLine: number, hadInvalidUtf8: boolean): RecordResult | null {
    // The parser reports the line a record ends on; a quoted field may span lines.
    const lineNo = endLine - cells.reduce((n, c) => n + c.split('\n').length - 1, 0);
    if (!this.header) {
      this.header = cells.map((c) => c.trim().replace(/^\uFEFF/, ''));
      const lower = this.header.map((h) => h.toLowerCase());
      this.textColumn = lower.findIndex((h) => TEXT_FIELDS.includes(h) || HTML_FIELDS.includes(h));
      if (this.textColumn < 0) {
        this.done = true;
        return {
          input: this.input,
          error: `CSV header has no text column (expected one of: ${TEXT_FIELDS.join(', ')})`,
        };
      }
      return null;
    }
    const label = `${this.input}#${lineNo}`;
    if (cells.length !== this.header.length) {
      return {
        input: label,
        error: `CSV row ${lineNo} has ${cells.length} columns, the header has ${this.header.length}`,
      };
    }
    const obj: Record<string, string> = {};
    this.header.forEach((h, i) => {
      obj[h.toLowerCase()] = cells[i];
    });
    const id = recordId(obj);
    const result = parseRecord(obj, id ? `${this.input}#${id}` : label);
    if (hadInvalidUtf8 && 'article' in result && cells.some((c) => c.includes('\uFFFD'))) {
      result.article.warnings = [INVALID_UTF8_WARNING];
    }
    return result;
  }

  get sawHeader(): boolean {
    return this.header !== null;
  }
}

const CSV_OPTIONS = { relax_column_count: true, skip_empty_lines: true, bom: true, info: true } as const;

/** CSV already decoded in memory. */
export function csvRecordsFromText(text: string, input: string, hadInvalidUtf8 = false): RecordResult[] {
  const rows = new CsvRows(input);
  const results: RecordResult[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsvSync(text, CSV_OPTIONS) as unknown as typeof records;
  } catch (e) {
    return [{ input, error: `malformed CSV: ${(e as Error).message}` }];
  }
  for (const { record, info } of records) {
    const r = rows.row(record, info.lines, hadInvalidUtf8);
    if (r) results.push(r);
    if (rows.done) break;
  }
  if (results.length === 0)
    results.push({ input, error: rows.sawHeader ? 'CSV has no data rows' : 'empty CSV' });
  return results;
}

/** Decodes a byte stream as UTF-8 for the CSV parser, noting whether any bytes were invalid. */
async function* decodedChunks(
  chunks: AsyncIterable<Uint8Array>,
  state: { invalid: boolean; binary: boolean },
) {
  const lenient = new TextDecoder('utf-8');
  let strict: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let pendingCr = '';
  for await (const chunk of chunks) {
    if (first && looksBinary(chunk)) {
      state.binary = true;
      return;
    }
    first = false;
    if (strict) {
      try {
        strict.decode(chunk, { stream: true });
      } catch {
        state.invalid = true;
        strict = null;
      }
    }
    // CRLF becomes LF (the parser miscounts lines inside quoted CRLF fields); a CR at a chunk end waits.
    const text = pendingCr + lenient.decode(chunk, { stream: true });
    pendingCr = text.endsWith('\r') ? '\r' : '';
    yield (pendingCr ? text.slice(0, -1) : text).replace(/\r\n?/g, '\n');
  }
  const rest = pendingCr + lenient.decode();
  if (rest) yield rest.replace(/\r\n?/g, '\n');
}

/** CSV from a byte stream, with a header row; each bad row fails alone. */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  input: string,
  maxBytes: number,
): AsyncGenerator<RecordResult> {
  const state = { invalid: false, binary: false };
  const skipped: RecordResult[] = [];
  const parser = parseCsvStream({
    ...CSV_OPTIONS,
    max_record_size: maxBytes,
    skip_records_with_error: true,
    on_skip: (err) => {
      const line = err?.lines ?? 0;
      skipped.push({
        input: `${input}#${line}`,
        error: `malformed CSV row near line ${line}: ${err?.message ?? ''}`,
      });
      return undefined;
    },
  });
  const rows = new CsvRows(input);
  let any = false;
  // Feeding stops when the parser is destroyed (no text column, a consumer that stopped early), which ends
  // the loop over the source and so closes the file.
  const feed = (async () => {
    for await (const text of decodedChunks(chunks, state)) {
      if (parser.destroyed) break;
      if (!parser.write(text)) {
        await new Promise((resolve) => {
          parser.once('drain', resolve);
          parser.once('close', resolve);
        });
      }
    }
    if (!parser.destroyed) parser.end();
  })();
  feed.catch((e) => parser.destroy(e as Error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      while (skipped.length) yield skipped.shift()!;
      const r = rows.row(record, info.lines, state.invalid);
      if (r) {
        any = true;
        yield r;
      }
      if (rows.done) {
        parser.destroy();
        return;
      }
    }
  } catch (e) {
    yield { input, error: `malformed CSV: ${(e as Error).message}` };
    return;
  }
  while (skipped.length) yield skipped.shift()!;
  if (state.binary) yield { input, error: 'binary content (NUL or control bytes), not text' };
  else if (!any) yield { input, error: rows.sawHeader ? 'CSV has no data rows' : 'empty input' };
}
