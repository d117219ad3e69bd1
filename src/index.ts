/** whosaid as a library. */

export type * from './analysis/types.js';
export { type AnalyzeOptions, analyze } from './analyze.js';
export type { ArticleInput } from './ingest/article.js';
export { Doc } from './language/doc.js';
export { makeDoc } from './language/index.js';
