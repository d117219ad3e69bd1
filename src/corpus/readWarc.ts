/**
 * WARC archives (plain or gzipped, streamed by warcio): each `response` record holding an HTML page
 * with a 2xx status becomes an article, read by the ingest HTML reader; other records are passed over.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { decodeBytes } from '../ingest/decode.js';
import { readHtml } from '../ingest/readHtml.js';
import type { ReadResult } from './ingest.js';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

export async function* readWarc(path: string): AsyncGenerator<ReadResult> {
  let index = 0;
  try {
    for await (const record of new WARCParser(createReadStream(path))) {
      index++;
      const url = record.warcTargetURI ?? `${path}#${index}`;
      const status = Number(record.httpHeaders?.statusCode ?? 0);
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      const wanted = record.warcType === 'response' && status >= 200 && status < 300 && HTML_TYPES.test(type);
      // Every record is read to its end, even skipped ones: letting warcio skip a truncated record loops forever.
      const body = await record.readFully(wanted);
      const declared = Number(record.warcHeaders.headers.get('Content-Length'));
      if (!wanted && !record.httpHeaders && body.length < declared) {
        yield {
          input: path,
          error: `truncated WARC: record ${index} has ${body.length} of ${declared} bytes`,
        };
        return;
      }
      if (!wanted) continue;
      const decoded = decodeBytes(body);
      if ('error' in decoded) {
        yield { input: url, error: decoded.error };
        continue;
      }
      const article = readHtml(decoded.text, url);
      if ('error' in article) yield { input: url, error: article.error };
      else yield { input: url, article: { ...article, url: article.url ?? url } };
    }
  } catch (err) {
    yield { input: path, error: `unreadable WARC after ${index} records: ${(err as Error).message}` };
  }
}
