/**
 * Every input the user names — files, directories, http(s) URLs, `-` for stdin — as a stream of articles or
 * one-line errors. One bad input (or one bad record in a batch file) yields an error and the rest go on:
 * the generator never throws. JSONL and CSV are streamed, so a file of any size is read in bounded memory.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleInput } from './article.js';
import { formatFromExtension, hasKnownExtension, type InputFormat, sniffFormat } from './detect.js';
import { DEFAULT_MAX_BYTES, fetchUrl } from './fetchUrl.js';
import { resultsFromBuffer } from './readBuffer.js';
import { csvRecords, jsonLines } from './readRecordStreams.js';

export type InputResult = { input: string; article: ArticleInput } | { input: string; error: string };

export interface ReadOptions {
  /** Largest document (or JSONL/CSV record) read, in bytes; default 5 MB. */
  maxBytes?: number;
  /** Let URLs reach private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** URL fetch deadline, default 15 s. */
  timeoutMs?: number;
  /** Skip detection and read every input as this format. */
  format?: InputFormat;
  /** What `-` reads; process.stdin unless given. */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Bytes read before deciding a stream's format. */
export const SNIFF_BYTES = 64 * 1024;
/** Files a directory walk skips: annotation sidecars, not articles. */
export const SIDECAR_SUFFIXES = ['.expected.json'];

const URL_SPEC = /^https?:\/\//i;
const STREAMED: ReadonlySet<InputFormat> = new Set(['jsonl', 'csv']);

export async function* readInputs(specs: string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  for (const spec of specs) {
    try {
      if (spec === '-') yield* readStream(options.stdin ?? process.stdin, '-', undefined, options);
      else if (URL_SPEC.test(spec)) yield* readUrl(spec, options);
      else yield* readPath(spec, options);
    } catch (e) {
      yield { input: spec, error: describeFsError(e) };
    }
  }
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read: ${(e as Error)?.message ?? String(e)}`;
}

/** Every result for one URL: the fetch error, or one result per article (a JSONL body holds several). */
export async function readUrlResults(url: string, options: ReadOptions = {}): Promise<InputResult[]> {
  const fetched = await fetchUrl(url, options);
  if ('error' in fetched) return [{ input: url, error: fetched.error }];
  const results = resultsFromBuffer(fetched.body, url, {
    contentType: fetched.contentType,
    filename: new URL(fetched.url).pathname,
    format: options.format,
  });
  for (const result of results) if ('article' in result) result.article.url ??= fetched.url;
  return results;
}

/** The articles behind one URL, or the first error (for the web server, which answers one URL at a time). */
export async function readUrlArticles(
  url: string,
  options: ReadOptions = {},
): Promise<ArticleInput[] | { error: string }> {
  const results = await readUrlResults(url, options);
  const failed = results.find((r) => 'error' in r);
  return failed && 'error' in failed
    ? { error: failed.error }
    : results.map((r) => (r as { article: ArticleInput }).article);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<InputResult> {
  yield* await readUrlResults(url, options);
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const files = await listArticleFiles(path);
    if (files.length === 0) {
      yield { input: path, error: 'directory has no readable files (.txt, .html, .json, .jsonl, .csv)' };
      return;
    }
    for (const file of files) {
      try {
        yield* readFile(file, options);
      } catch (e) {
        yield { input: file, error: describeFsError(e) };
      }
    }
    return;
  }
  yield* readFile(path, options);
}

/** Article files under a directory, recursively, sorted by path; hidden entries and sidecars skipped. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listArticleFiles(full)));
    else if (
      // Symlinked files are followed; symlinked directories are not (they can loop).
      (entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile())) &&
      hasKnownExtension(entry.name) &&
      !SIDECAR_SUFFIXES.some((s) => entry.name.endsWith(s))
    ) {
      out.push(full);
    }
  }
  return out;
}

async function* readFile(path: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size === 0) {
    yield { input: path, error: 'empty file' };
    return;
  }
  const stream = createReadStream(path);
  // Surface open errors (EACCES) as the generator's error rather than an unhandled stream event.
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', resolve);
    stream.once('error', reject);
  });
  yield* readStream(stream, path, formatFromExtension(basename(path)), options);
}

/**
 * Reads one byte stream: peeks SNIFF_BYTES to pick the format, then streams JSONL and CSV record by record and
 * reads anything else whole, up to maxBytes.
 */
async function* readStream(
  source: AsyncIterable<Uint8Array>,
  input: string,
  extensionFormat: InputFormat | undefined,
  options: ReadOptions,
): AsyncGenerator<InputResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < Math.min(SNIFF_BYTES, maxBytes + 1)) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    headBytes += chunk.length;
  }
  if (headBytes === 0) {
    yield { input, error: 'empty input' };
    return;
  }
  const headText = new TextDecoder('utf-8').decode(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  let format = options.format ?? extensionFormat ?? sniffFormat(headText);
  // A large `.json` file whose first line is a whole object is JSONL; stream it rather than refuse it.
  if (format === 'json' && !options.format && !ended && sniffFormat(headText) === 'jsonl') format = 'jsonl';

  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (ended) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }

  if (STREAMED.has(format)) {
    yield* format === 'jsonl' ? jsonLines(rest(), input, maxBytes) : csvRecords(rest(), input, maxBytes);
    return;
  }
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of rest()) {
    total += chunk.length;
    if (total > maxBytes) {
      await iterator.return?.();
      yield { input, error: `over the size cap (more than ${maxBytes} bytes)` };
      return;
    }
    parts.push(Buffer.from(chunk));
  }
  yield* resultsFromBuffer(Buffer.concat(parts, total), input, { format });
}
