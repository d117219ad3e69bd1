import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fetchUrl } from '../../src/ingest/fetchUrl.js';
import { isPrivateAddress } from '../../src/ingest/privateAddress.js';
import { type InputResult, readInputs, readUrlArticles } from '../../src/ingest/readInputs.js';

const PAGE = `<!DOCTYPE html><html><head><title>Dam Repairs Approved | Valley Post</title>
<meta property="og:title" content="Dam Repairs Approved">
<meta property="article:published_time" content="2026-02-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Dam Repairs Approved</h1>
<p>The water board approved repairs to the old dam on Monday after engineers found cracks in the spillway.</p>
<p>“We cannot wait another winter,” said the board chair, Irene Kowalski.</p></article></body></html>`;

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = Number(url.searchParams.get('hops') ?? 0);
    switch (url.pathname) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        res.end(gzipSync('Zipped story text.\n'));
        return;
      case '/records':
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.end('{"id":"q1","text":"One."}\n{"id":"q2","text":"Two."}\n');
        return;
      case '/redirect':
        res.writeHead(302, { location: hops > 1 ? `/redirect?hops=${hops - 1}` : '/page' });
        res.end();
        return;
      case '/to-file':
        res.writeHead(301, { location: 'file:///etc/passwd' });
        res.end();
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 50; i++) res.write('z'.repeat(1000));
        res.end();
        return;
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '999999' });
        res.end('short');
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('not here');
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('start');
        return; // never ends: the client's deadline must fire
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const open = { allowPrivate: true, timeoutMs: 5000 };

async function collect(specs: string[], options = open): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const r of readInputs(specs, options)) out.push(r);
  return out;
}

describe('fetchUrl against a local server', () => {
  it('fetches an HTML page and reads it as an article', async () => {
    const [r] = await collect([`${base}/page`]);
    assert.ok('article' in r, JSON.stringify(r));
    assert.equal(r.input, `${base}/page`);
    assert.equal(r.article.title, 'Dam Repairs Approved');
    assert.equal(r.article.published, '2026-02-02');
    assert.equal(r.article.url, `${base}/page`);
    assert.match(r.article.text, /cannot wait another winter/);
    assert.doesNotMatch(r.article.text, /Home/);
  });

  it('follows up to five redirects and refuses the sixth', async () => {
    const ok = await fetchUrl(`${base}/redirect?hops=5`, open);
    assert.ok('body' in ok && ok.url === `${base}/page`);
    const tooMany = await fetchUrl(`${base}/redirect?hops=6`, open);
    assert.ok('error' in tooMany && /too many redirects/.test(tooMany.error));
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const r = await fetchUrl(`${base}/to-file`, open);
    assert.ok('error' in r && /scheme/.test(r.error));
  });

  it('stops reading past the size cap, declared or streamed', async () => {
    const streamed = await fetchUrl(`${base}/big`, { ...open, maxBytes: 10_000 });
    assert.ok('error' in streamed && /size cap/.test(streamed.error));
    const declared = await fetchUrl(`${base}/big-declared`, { ...open, maxBytes: 10_000 });
    assert.ok('error' in declared && /size cap/.test(declared.error));
  });

  it('refuses a content type it cannot read', async () => {
    const r = await fetchUrl(`${base}/image`, open);
    assert.ok('error' in r && /content type image\/png/.test(r.error));
  });

  it('reports HTTP errors', async () => {
    const r = await fetchUrl(`${base}/missing`, open);
    assert.ok('error' in r && /HTTP 404/.test(r.error));
  });

  it('gives up at the deadline', async () => {
    const r = await fetchUrl(`${base}/slow`, { ...open, timeoutMs: 300 });
    assert.ok('error' in r && /timed out/.test(r.error), JSON.stringify(r));
  });

  it('decompresses gzip bodies', async () => {
    const [r] = await collect([`${base}/gzip`]);
    assert.ok('article' in r && r.article.text === 'Zipped story text.\n');
  });

  it('yields one result per record of a JSONL body', async () => {
    const results = await collect([`${base}/records`]);
    assert.deepEqual(
      results.map((r) => r.input),
      [`${base}/records#q1`, `${base}/records#q2`],
    );
  });

  it('refuses loopback without allowPrivate, and the batch goes on', async () => {
    const results = await collect([`${base}/page`, 'http://localhost:1/', `${base}/page`], {
      allowPrivate: false,
      timeoutMs: 5000,
    });
    assert.equal(results.length, 3);
    for (const r of results) assert.ok('error' in r && /private address/.test(r.error), JSON.stringify(r));
  });

  it('gives the server articles or one error per URL', async () => {
    const articles = await readUrlArticles(`${base}/records`, open);
    assert.ok(Array.isArray(articles) && articles.length === 2 && articles[0].url === `${base}/records`);
    const refused = await readUrlArticles(`${base}/page`, { timeoutMs: 5000 });
    assert.ok(!Array.isArray(refused) && /private address/.test(refused.error));
  });

  it('refuses malformed URLs', async () => {
    const r = await fetchUrl('http://', open);
    assert.ok('error' in r && /invalid URL/.test(r.error));
  });
});

describe('isPrivateAddress', () => {
  const table: [string, boolean][] = [
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ];
  for (const [address, expected] of table) {
    it(`${address} → ${expected ? 'private' : 'public'}`, () =>
      assert.equal(isPrivateAddress(address), expected));
  }
});
