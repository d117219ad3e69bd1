import { createHash } from 'node:crypto';

/**
 * The identity of an article in the corpus: SHA-256 of its text, Unicode-normalized (NFC) with
 * whitespace runs collapsed, so a re-scrape that differs only in spacing is the same article.
 */
export function contentHash(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex');
}
