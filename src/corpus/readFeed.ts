/**
 * RSS 2.0 and Atom feed files: each item/entry with content becomes an article (its HTML content read
 * by the ingest HTML reader), with the feed's title as outlet and the item's date, link and author.
 */
import { readFile } from 'node:fs/promises';
import { DOMParser } from 'linkedom';
import { normalizeDate } from '../ingest/metadata.js';
import { readHtml } from '../ingest/readHtml.js';
import type { ReadResult } from './ingest.js';

/** Feed items shorter than this (characters of text) are teasers, not articles. */
export const MIN_ITEM_TEXT = 40;

export function isFeedPath(path: string): boolean {
  return /\.(rss|atom)$/i.test(path);
}

/** Whether an XML document is a feed (for `.xml` files). */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed)[\s>]/i.test(head.slice(0, 4096));
}

type El = {
  textContent: string | null;
  getAttribute(n: string): string | null;
  querySelector(s: string): El | null;
};

function childText(el: El, ...names: string[]): string | null {
  for (const n of names) {
    const v = el.querySelector(n.replace(':', '\\:'))?.textContent?.trim();
    if (v) return v;
  }
  return null;
}

function plainText(html: string, input: string): string {
  const read = readHtml(`<html><body><article>${html}</article></body></html>`, input);
  if (!('error' in read) && read.text.trim()) return read.text;
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function* readFeed(path: string): AsyncGenerator<ReadResult> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (err) {
    yield { input: path, error: (err as Error).message };
    return;
  }
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as {
    querySelectorAll(s: string): El[];
    querySelector(s: string): El | null;
  };
  const atom = doc.querySelector('feed') !== null && doc.querySelector('rss') === null;
  const outlet = childText((doc.querySelector(atom ? 'feed' : 'channel') ?? ({} as El)) as El, 'title');
  const items = [...doc.querySelectorAll(atom ? 'entry' : 'item')];
  if (items.length === 0) {
    yield { input: path, error: 'no feed items (expected RSS <item> or Atom <entry>)' };
    return;
  }
  let n = 0;
  for (const item of items) {
    n++;
    const link = atom
      ? (item.querySelector('link')?.getAttribute('href') ?? null)
      : childText(item, 'link', 'guid');
    const input = link ?? `${path}#${n}`;
    const html = childText(item, 'content:encoded', 'content', 'description', 'summary') ?? '';
    const text = plainText(html, input);
    if (text.length < MIN_ITEM_TEXT) {
      yield { input, error: `feed item has no article text (${text.length} characters)` };
      continue;
    }
    const author = childText(item, 'author name', 'dc:creator', 'author');
    yield {
      input,
      article: {
        input,
        text,
        title: childText(item, 'title'),
        byline: author ? [author] : [],
        published: normalizeDate(childText(item, 'pubDate', 'published', 'updated', 'dc:date')),
        url: link,
        outlet,
      },
    };
  }
}
