// The dates a careful reader marked in examples/*.expected.json (articles the team wrote), found in the
// segmented body (HTML pages read as the CLI reads them) and resolved against each example's date.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findDates } from '../../../src/extract/dates/index.js';
import type { ArticleInput } from '../../../src/ingest/article.js';
import { readHtml } from '../../../src/ingest/readHtml.js';
import { segmentArticle } from '../../../src/ingest/segment.js';
import { makeDoc } from '../../../src/language/index.js';
import { annotate } from '../../../src/language/pipeline.js';
import { packageRoot } from '../../../src/paths.js';

const dir = join(packageRoot, 'examples');

describe('findDates on examples/', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      file?: string;
      published: string;
      dates: { text: string; value: string }[];
    };
    const textFile = expected.file ?? file.replace('.expected.json', '.txt');
    it(textFile, () => {
      const raw = readFileSync(join(dir, textFile), 'utf8');
      const input = textFile.endsWith('.html') ? readHtml(raw, textFile) : { input: textFile, text: raw };
      if ('error' in input) throw new Error(input.error);
      const article = segmentArticle(input as ArticleInput);
      const doc = makeDoc(input.text, article.body);
      // Tense tells whether an undated "Thursday" lies ahead: the tagger runs, as in analyze().
      annotate(doc);
      const ctx = { doc, article, published: expected.published, entities: [], attributions: [], claims: [] };
      assert.deepEqual(
        findDates(ctx).map((d) => ({ text: d.text, value: d.value })),
        expected.dates,
      );
    });
  }
});
