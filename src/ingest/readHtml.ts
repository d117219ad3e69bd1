/**
 * An HTML page to an article: the main text by Readability (over linkedom's DOM), one paragraph per line with
 * blank lines between, plus title, authors, publication date, canonical URL and outlet from meta tags and JSON-LD.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from './article.js';
import { normalizeDate, parseAuthors } from './metadata.js';
import { REGEXPS } from './segmentPatterns.js';

/** Elements whose text never belongs to the article. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'FIGURE',
  'FIGCAPTION',
  'IMG',
  'SVG',
  'IFRAME',
]);
/** Page furniture removed before extraction: menus, footers, sidebars, forms and comment sections. */
const CHROME_SELECTOR =
  'nav, footer, aside, form, [role="navigation"], [role="contentinfo"], #comments, .comments, .comment, .comment-list, [data-component="comments"]';
/** Also dropped for the body-text fallback, where no heuristics tell a page header from the article. */
const FALLBACK_CHROME_SELECTOR = `${CHROME_SELECTOR}, header`;
/** Markup with neither <html> nor <body> is a fragment: it is wrapped so the DOM has a body to read. */
const HAS_DOCUMENT = /<(?:html|body)[\s>]/i;
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DL',
  'DT',
  'DD',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BR',
  'HR',
]);
/** Collapses layout whitespace but keeps U+00A0, which is part of the text. */
const LAYOUT_SPACE = /[ \t\n\r\f\v]+/g;

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author'];
const NEWS_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

/** Shortest headline accepted as a prefix of the metadata title. */
const MIN_TITLE_PREFIX = 12;
/** Longest author name taken from Readability's byline, in words. */
const MAX_AUTHOR_WORDS = 5;

export type HtmlResult = ArticleInput | { error: string };

interface PageMeta {
  title?: string;
  authors: string[];
  published?: string;
  url?: string;
  outlet?: string;
}

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };
type Doc = ReturnType<typeof parseHTML>['document'];

function collapse(s: string): string {
  return s.replace(LAYOUT_SPACE, ' ').replace(/^ | $/g, '');
}

/** Text of a subtree as paragraphs: one per block element, inline text joined. */
export function blockText(root: Node): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const p = collapse(buffer);
    if (p.trim()) paragraphs.push(p);
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED_TAGS.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

function metaContent(doc: Doc, names: string[]): string | undefined {
  for (const name of names) {
    for (const el of doc.querySelectorAll('meta')) {
      const key = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        ''
      )
        .trim()
        .toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (key === name && content) return content;
    }
  }
  return undefined;
}

function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the meta tags still apply.
    }
  }
  return out;
}

function isNewsObject(obj: Record<string, unknown>): boolean {
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  return types.some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
}

function stringOrName(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object') {
    const name = (v as Record<string, unknown>).name;
    if (typeof name === 'string') return name.trim() || undefined;
  }
  return undefined;
}

function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Metadata before Readability runs (it mutates the document). JSON-LD first, then meta tags. */
function pageMeta(doc: Doc): PageMeta {
  const meta: PageMeta = { authors: [] };
  const ld = jsonLdObjects(doc).find(isNewsObject);
  if (ld) {
    meta.title = stringOrName(ld.headline) ?? stringOrName(ld.name);
    meta.authors = parseAuthors(ld.author).filter((a) => !isUrl(a));
    meta.published = normalizeDate(ld.datePublished) ?? normalizeDate(ld.dateCreated) ?? undefined;
    meta.outlet = stringOrName(ld.publisher);
    const page = ld.mainEntityOfPage;
    meta.url =
      stringOrName(ld.url) ??
      (typeof page === 'string' ? page : stringOrName((page as { '@id'?: string })?.['@id']));
  }
  meta.title ??= metaContent(doc, ['og:title', 'twitter:title']);
  if (!meta.authors.length) {
    const author = metaContent(doc, AUTHOR_META);
    if (author && !isUrl(author)) meta.authors = parseAuthors(author);
  }
  meta.published ??=
    normalizeDate(metaContent(doc, PUBLISHED_META)) ??
    normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    undefined;
  meta.url ??=
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  meta.outlet ??= metaContent(doc, ['og:site_name', 'application-name']);
  return meta;
}

function readabilityParagraphs(doc: Doc): { title?: string; byline?: string; paragraphs: string[] } {
  try {
    const parsed = new Readability(doc as unknown as Document).parse();
    if (!parsed?.content) return { paragraphs: [] };
    const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`);
    return {
      title: parsed.title ?? undefined,
      byline: parsed.byline ?? undefined,
      paragraphs: blockText(content.body as unknown as Node),
    };
  } catch {
    return { paragraphs: [] };
  }
}

function parseDocument(html: string): Doc {
  return parseHTML(HAS_DOCUMENT.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`)
    .document;
}

function fallbackParagraphs(html: string): string[] {
  const document = parseDocument(html);
  for (const el of document.querySelectorAll(FALLBACK_CHROME_SELECTOR)) el.remove();
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  return root ? blockText(root) : [];
}

/** The printed headline matches the metadata title, or is that title without a site suffix. */
function sameTitle(headline: string, title: string): boolean {
  const a = headline.toLowerCase();
  const b = title.toLowerCase();
  return a === b || (a.length >= MIN_TITLE_PREFIX && b.startsWith(a));
}

/** Readability's byline can be any short text near the top ("Email the author", "Staff | 5 min read"). */
function plausibleAuthor(name: string): boolean {
  return (
    /^\p{Lu}/u.test(name) &&
    !/[\d@/]/u.test(name) &&
    name.split(/\s+/u).length <= MAX_AUTHOR_WORDS &&
    !REGEXPS.bylineRole.test(name) &&
    !/\b(?:email|e-mail|contact|follow|author|read|min)\b/iu.test(name)
  );
}

/** Reads one HTML page; `input` labels the result. */
export function readHtml(html: string, input: string): HtmlResult {
  const document = parseDocument(html);
  const meta = pageMeta(document);
  const headline = collapse(document.querySelector('article h1, h1')?.textContent ?? '');
  for (const el of document.querySelectorAll(CHROME_SELECTOR)) el.remove();
  const warnings: string[] = [];
  let { title, byline, paragraphs } = readabilityParagraphs(document);
  if (paragraphs.length === 0) {
    paragraphs = fallbackParagraphs(html);
    if (paragraphs.length) warnings.push('Readability found no article; used the page body text');
  }
  if (paragraphs.length === 0) return { error: 'no article text found in HTML' };

  title = collapse(meta.title ?? title ?? document.querySelector('title')?.textContent ?? '') || undefined;
  // The page's own headline often differs from the metadata title by a site suffix ("… | The Post"):
  // the headline as printed is kept, so the title appears in the text once.
  if (title && headline && sameTitle(headline, title)) title = headline;
  if (title && sameTitle(paragraphs[0], title)) title = paragraphs[0];
  else if (title) paragraphs.unshift(title);
  const authors = meta.authors.length ? meta.authors : parseAuthors(byline ?? '').filter(plausibleAuthor);

  const article: ArticleInput = { input, text: paragraphs.join('\n\n') };
  if (title) article.title = title;
  if (authors.length) article.byline = authors;
  if (meta.published) article.published = meta.published;
  if (meta.url) article.url = meta.url;
  if (meta.outlet) article.outlet = meta.outlet;
  if (warnings.length) article.warnings = warnings;
  return article;
}
