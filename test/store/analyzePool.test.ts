/** The analysis thread pool (src/corpus; tests live here because the runner skips directories named corpus). */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';
import { AnalyzePool, PoolFullError } from '../../src/corpus/analyzePool.js';
import { contentHash } from '../../src/corpus/contentHash.js';
import { prepareArticle } from '../../src/store/prepare.js';

const ARTICLE = {
  input: 'pool-test',
  title: 'Ferry timetable',
  published: '2025-04-02',
  text: 'The ferry operator said on Monday that winter crossings would resume in May. "We need two more crews," its director, Marta Ilves, told the island council.',
};

describe('AnalyzePool', () => {
  const pool = new AnalyzePool(1);
  after(() => pool.close());

  it('analyses in a thread exactly as in-process', async () => {
    assert.deepEqual(await pool.analyze(ARTICLE), analyze(ARTICLE));
    assert.deepEqual(
      await pool.analyze(ARTICLE, '2025-05-01'),
      analyze(ARTICLE, { published: '2025-05-01' }),
    );
  });

  it('prepares the article for the store in the thread', async () => {
    const prepared = await pool.prepare(ARTICLE);
    const local = prepareArticle({ input: ARTICLE, analysis: analyze(ARTICLE) });
    assert.deepEqual(prepared, local);
    assert.equal(prepared.hash, contentHash(ARTICLE.text));
    assert.equal(JSON.parse(prepared.article).title, ARTICLE.title);
    assert.equal(JSON.parse(prepared.doc).text, undefined, 'the text is stored once, not in the document');
  });

  it('refuses work beyond its bound, and says when to come back', async () => {
    const bounded = new AnalyzePool(1, { maxQueued: 2 });
    try {
      const accepted = [bounded.analyze(ARTICLE), bounded.analyze(ARTICLE)];
      await assert.rejects(bounded.analyze(ARTICLE), PoolFullError);
      assert.equal(bounded.inFlight, 2);
      assert.ok(bounded.retryAfterSeconds() >= 1);
      await Promise.all(accepted);
      assert.equal(bounded.inFlight, 0);
      assert.ok(await bounded.analyze(ARTICLE), 'room again once the queue drains');
    } finally {
      await bounded.close();
    }
  });

  it('rejects pending and new work once closed', async () => {
    const closing = new AnalyzePool(1);
    const pending = assert.rejects(closing.analyze(ARTICLE), /closed/);
    await closing.close();
    await pending;
    await assert.rejects(closing.analyze(ARTICLE), /closed/);
  });
});
