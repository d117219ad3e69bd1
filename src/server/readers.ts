/**
 * How the server turns uploads and URLs into article inputs. The readers are a dependency of
 * buildServer so tests can run without the network; the defaults are the CLI's own readers.
 */
import type { ArticleInput } from '../ingest/article.js';
import { resultsFromBuffer } from '../ingest/readBuffer.js';
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

export function defaultReaders(_limits: ReaderLimits): Readers {
  return {
    async fromUrl() {
      throw new ApiError('FETCH_FAILED', 'URL fetching is not available in this build.');
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
