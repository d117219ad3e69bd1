/** Runs an attribution extractor over PolNeAR articles and tallies its scores. */
import type { Attribution, Range } from '../../../analysis/types.js';
import type { Doc } from '../../../language/doc.js';
import { makeDoc } from '../../../language/index.js';
import { annotate } from '../../../language/pipeline.js';
import type { PolnearArticle } from './load.js';
import { emptyTally, flatten, scoreArticle, type Tally } from './score.js';

export type Extractor = (doc: Doc, body: Range[]) => Attribution[];

/** The Doc the pipeline would build for an article's whole text. */
export function polnearDoc(article: PolnearArticle): Doc {
  const doc = makeDoc(article.text);
  try {
    annotate(doc);
  } catch {
    // Without the language models the Doc stays untagged; the extractors then use words alone.
  }
  return doc;
}

export function evaluateExtractor(articles: PolnearArticle[], extract: Extractor, docs?: Doc[]): Tally {
  const tally = emptyTally();
  articles.forEach((a, k) => {
    const doc = docs?.[k] ?? polnearDoc(a);
    const predicted = flatten(extract(doc, [{ start: 0, end: a.text.length }]));
    scoreArticle(a.text, predicted, a.gold, tally);
  });
  return tally;
}
