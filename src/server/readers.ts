/**
 * How the server turns uploads and URLs into article inputs. The readers are a dependency of
 * buildServer so tests can run without the network; the defaults are the CLI's own readers.
 */
import type { ArticleInput } from '../ingest/article.js';
import { ApiError } from './errors.js';

export interface Readers {
  /** Fetches one URL with the CLI's safeguards (private addresses refused, size and time bounded). */
  fromUrl(url: string): Promise<ArticleInput>;
  /** Reads an uploaded file; JSONL and CSV files hold several articles. */
  fromBuffer(buf: Buffer, name: string, contentType: string | undefined): Promise<ArticleInput[]>;
}

export interface ReaderLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** Plain text or a `{text, title?, published?}` JSON object: what the server reads on its own. */
export function fallbackReaders(): Readers {
  return {
    async fromUrl() {
      throw new ApiError('FETCH_FAILED', 'URL fetching is not available in this build.');
    },
    async fromBuffer(buf, name, contentType) {
      const text = buf.toString('utf8');
      if (contentType?.includes('json') || name.endsWith('.json')) {
        const parsed = JSON.parse(text) as { text?: unknown; title?: unknown; published?: unknown };
        if (typeof parsed.text !== 'string') throw new ApiError('UNREADABLE_INPUT');
        return [
          {
            input: name,
            text: parsed.text,
            title: typeof parsed.title === 'string' ? parsed.title : null,
            published: typeof parsed.published === 'string' ? parsed.published : null,
          },
        ];
      }
      return [{ input: name, text }];
    },
  };
}
