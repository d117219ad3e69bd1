/** Every corpus command once through a spawned `whosaid` process, on one PGlite directory. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/Store.js';
import { RSS_FEED, warcBytes } from './feeds.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
const db = join(dir, 'db');

function whosaid(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const LINES = [
  {
    id: 'grove-1',
    outlet: 'Valley Courier',
    published: '2025-06-02',
    title: 'Pool to reopen',
    text: 'Mayor Tessa Grove said on Monday that the public pool would reopen in July after repairs to its roof. The works cost more than planned, council papers show.',
  },
  {
    id: 'grove-2',
    outlet: 'Harbor Post',
    published: '2025-06-05',
    title: 'Pool delay',
    text: 'Tessa Grove told the council that the pool opening could slip to August. Residents said they had waited long enough.',
  },
];

describe('whosaid corpus commands (spawned)', () => {
  before(async () => {
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(
      join(inputs, 'batch.jsonl'),
      `${JSON.stringify(LINES[0])}\n{"id": "broken", "text": \n${JSON.stringify(LINES[1])}\n`,
    );
    writeFileSync(join(inputs, 'courier.rss'), RSS_FEED);
    writeFileSync(join(inputs, 'crawl.warc'), await warcBytes());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingest: stores the good inputs, names the bad ones, exits 1', async () => {
    const r = await whosaid(['ingest', join(dir, 'inputs'), '--db', db, '--workers', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /batch\.jsonl#2: malformed JSON/);
    assert.match(r.stderr, /feed item has no article text/);
    assert.match(r.stderr, /4 new, 0 already stored, 2 failed/);
  });

  it('sources --format json', async () => {
    const r = await whosaid(['sources', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { name: string; kind: string; attributions: number }[];
    assert.ok(rows.length > 0);
    assert.ok(rows.every((s) => typeof s.name === 'string' && s.attributions > 0));
  });

  it('quotes --by finds what one person said in two outlets', async () => {
    const r = await whosaid(['quotes', '--by', 'Tessa Grove', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { outlet: string; content: string }[];
    assert.deepEqual([...new Set(rows.map((q) => q.outlet))].sort(), ['Harbor Post', 'Valley Courier']);
    assert.ok(rows.some((q) => q.content.includes('reopen in July')));
  });

  it('outlets --format csv', async () => {
    const r = await whosaid(['outlets', '--db', db, '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\r\n');
    assert.equal(lines[0], 'outlet,articles,attributions,anonymous,unsourced claims,relays');
    assert.ok(lines.some((l) => l.startsWith('Valley Courier,2,')));
  });

  it('disputes prints a table', async () => {
    const r = await whosaid(['disputes', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout === '(none)\n' || r.stdout.startsWith('published'));
  });

  it('search finds the WARC page', async () => {
    const r = await whosaid(['search', 'lighthouse lamp', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const hits = JSON.parse(r.stdout) as { articleId: number; in: string }[];
    assert.ok(hits.some((h) => h.in === 'article'));
  });

  it('article ID shows one article; a missing one exits 1', async () => {
    const r = await whosaid(['article', '1', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^article 1: /);
    const json = await whosaid(['article', '1', '--db', db, '--format', 'json']);
    assert.equal(JSON.parse(json.stdout).analysis.schema, 'whosaid.analysis/1');
    const missing = await whosaid(['article', '999', '--db', db]);
    assert.equal(missing.code, 1);
  });

  it('export --format web-annotation --out FILE', async () => {
    const out = join(dir, 'annotations.jsonld');
    const r = await whosaid(['export', '--format', 'web-annotation', '--out', out, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /4 articles as web-annotation/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).type, 'AnnotationCollection');
  });

  it('refuses a database another live process holds, in one line', async () => {
    const store = await openStore(db);
    try {
      const r = await whosaid(['sources', '--db', db]);
      assert.equal(r.code, 1);
      assert.match(
        r.stderr,
        new RegExp(`^whosaid: the database .* is in use by pid ${process.pid}: .*whosaid serve.*\\n$`),
      );
    } finally {
      await store.close();
    }
  });

  it('usage errors exit 2', async () => {
    const r = await whosaid(['quotes', '--db', db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--by NAME is required/);
  });
});
