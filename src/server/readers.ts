/**
 * How the server turns uploads and URLs into article inputs. The readers are a dependency of
 * buildServer so tests can run without the network; the defaults are the CLI's own readers.
 */
import type { ArticleInput } from '../ingest/article.js';
import { resultsFromBuffer } from '../ingest/readBuffer.js';
import { readUrlArticles } from '../ingest/readInputs.js';
import { ApiError } from './errors.js';

export interface ReadResult {
  articles: ArticleInput[];
  /** Records that could not be read, with the reader's reason (it names the upload, never a server path). */
  failed: { input: string; message: string }[];
}

export interface Readers {
  /** Fetches one URL with the CLI's safeguards (private addresses refused, size and time bounded). */
  fromUrl(url: string): Promise<ArticleInput>;
  /** Reads one uploaded body: text, HTML, JSON, JSON Lines or CSV (the last three may hold many articles). */
  fromBuffer(buf: Buffer, name: string, contentType: string | undefined): Promise<ReadResult>;
}

export interface ReaderLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** The fetcher's own words for a refused private address. */
const PRIVATE_REFUSAL = /private address/i;

export function defaultReaders(limits: ReaderLimits): Readers {
  return {
    async fromUrl(url) {
      const read = await readUrlArticles(url, { ...limits, allowPrivate: false });
      if ('error' in read) {
        if (PRIVATE_REFUSAL.test(read.error)) throw new ApiError('PRIVATE_ADDRESS');
        throw new ApiError('FETCH_FAILED', `The URL could not be fetched: ${read.error}`);
      }
      if (!read[0]) throw new ApiError('UNREADABLE_INPUT');
      return read[0];
    },
    async fromBuffer(buf, name, contentType) {
      const result: ReadResult = { articles: [], failed: [] };
      for (const r of resultsFromBuffer(buf, name, { contentType, filename: name })) {
        if ('article' in r) result.articles.push(r.article);
        else result.failed.push({ input: r.input, message: r.error });
      }
      return result;
    },
  };
}
