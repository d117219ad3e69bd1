import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ReadResult } from '../../src/corpus/ingest.js';
import { corpusInputs } from '../../src/corpus/inputs.js';
import { ATOM_FEED, RSS_FEED, WARC_PAGE_TEXT, warcBytes } from './feeds.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-readers-'));

async function all(specs: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of corpusInputs(specs)) out.push(r);
  return out;
}

describe('corpus readers: WARC and feeds', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads HTML responses from a WARC and passes over other records', async () => {
    const path = join(dir, 'crawl.warc');
    writeFileSync(path, await warcBytes());
    const results = await all([path]);
    assert.equal(results.length, 1);
    const [r] = results;
    assert.ok(r && 'article' in r, JSON.stringify(r));
    assert.equal(r.article.url, 'https://island-gazette.example/gull-rock');
    assert.ok(r.article.text.includes(WARC_PAGE_TEXT.slice(0, 60)));
  });

  it('reads RSS items and Atom entries with their metadata, reporting teasers', async () => {
    writeFileSync(join(dir, 'courier.rss'), RSS_FEED);
    writeFileSync(join(dir, 'post.atom'), ATOM_FEED);
    const rss = await all([join(dir, 'courier.rss')]);
    assert.equal(rss.length, 2);
    const item = rss[0]!;
    assert.ok('article' in item);
    assert.equal(item.article.outlet, 'Valley Courier');
    assert.equal(item.article.title, 'Mill to close');
    assert.deepEqual(item.article.byline, ['Sam Ridley']);
    assert.equal(item.article.published?.slice(0, 10), '2025-06-03');
    assert.match(item.article.text, /Joan Pike, said the site would close/);
    assert.ok('error' in rss[1]!);

    const atom = await all([join(dir, 'post.atom')]);
    assert.equal(atom.length, 1);
    assert.ok('article' in atom[0]!);
    assert.equal(atom[0].article.url, 'https://harbor-post.example/fares');
    assert.equal(atom[0].article.outlet, 'Harbor Post');
    assert.deepEqual(atom[0].article.byline, ['Lee Grant']);
  });

  it('walks directories, reading archives and feeds beside ordinary files', async () => {
    const sub = join(dir, 'mixed');
    rmSync(sub, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    writeFileSync(join(sub, 'crawl.warc'), await warcBytes());
    writeFileSync(join(sub, 'post.atom'), ATOM_FEED);
    writeFileSync(
      join(sub, 'note.txt'),
      'The school board said on Monday that classes would resume after the heating was repaired.',
    );
    const results = await all([sub]);
    const inputs = results.map((r) => r.input).sort();
    assert.deepEqual(
      inputs,
      [
        join(sub, 'note.txt'),
        'https://harbor-post.example/fares',
        'https://island-gazette.example/gull-rock',
      ].sort(),
    );
    assert.ok(results.every((r) => 'article' in r));
  });

  it('reports a truncated WARC instead of hanging or throwing', async () => {
    const path = join(dir, 'broken.warc');
    writeFileSync(path, 'WARC/1.0\r\nContent-Length: 99999\r\n\r\nshort');
    const results = await all([path]);
    assert.equal(results.length, 1);
    assert.match((results[0] as { error: string }).error, /truncated WARC/);
  });
});
