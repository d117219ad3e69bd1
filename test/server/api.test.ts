/** The JSON API through inject: every endpoint, good and bad requests, one error envelope. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Analysis } from '../../src/analysis/types.js';
import { openStore, type Store } from '../../src/store/Store.js';
import { ARTICLES, jsonl, makeServer } from './corpus.js';

let store: Store;
let app: FastifyInstance;

before(async () => {
  store = await openStore('memory://');
  ({ app } = await makeServer({ store }));
  const r = await app.inject({
    method: 'POST',
    url: '/api/ingest?name=bridge.jsonl',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: jsonl(ARTICLES),
  });
  assert.equal(r.statusCode, 200, r.body);
});
after(async () => {
  await app.close();
  await store.close();
});

function assertEnvelope(r: { statusCode: number; body: string }, status: number, code: string) {
  const body = JSON.parse(r.body);
  assert.equal(r.statusCode, status, r.body);
  assert.deepEqual(Object.keys(body).sort(), ['error', 'ok', 'status']);
  assert.equal(body.ok, false);
  assert.equal(body.status, status);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.doesNotMatch(r.body, /\/work\/|node_modules|\.ts:\d+|at \w+ \(/, 'no paths or stack frames');
}

describe('POST /api/analyze', () => {
  const text = ARTICLES[0].text;
  it('analyses JSON text, raw text and HTML to the same attributions', async () => {
    const json = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
    const raw = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: text,
    });
    assert.equal(json.statusCode, 200);
    assert.equal(raw.statusCode, 200);
    const a = JSON.parse(json.body) as Analysis;
    assert.equal(a.schema, 'whosaid.analysis/1');
    assert.equal(a.text, text);
    assert.ok(a.attributions.length > 0);
    assert.deepEqual(JSON.parse(raw.body).attributions, a.attributions);
    for (const at of a.attributions)
      assert.equal(
        [...a.text].slice(at.cue.start, at.cue.end).join(''),
        at.cue.text,
        'code-point offsets survive',
      );

    const html = `<html><head><title>Bridge</title></head><body><article>${text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const fromHtml = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'text/html' },
      payload: html,
    });
    assert.equal(fromHtml.statusCode, 200, fromHtml.body);
    assert.match(JSON.parse(fromHtml.body).text, /harbour bridge would reopen/);
  });

  it('uses the published date given', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text, published: '2025-03-04' },
    });
    assert.equal(JSON.parse(r.body).article.published, '2025-03-04');
  });

  const bad: [string, InjectOptions, number, string][] = [
    [
      'malformed JSON',
      { payload: '{"text": ', headers: { 'content-type': 'application/json' } },
      400,
      'BAD_JSON',
    ],
    ['empty JSON body', { payload: '', headers: { 'content-type': 'application/json' } }, 400, 'BAD_JSON'],
    ['no input field', { payload: { published: '2025-01-01' } }, 400, 'MISSING_INPUT'],
    ['two input fields', { payload: { text: 'a', html: '<p>b</p>' } }, 400, 'MISSING_INPUT'],
    ['text of the wrong type', { payload: { text: 42 } }, 400, 'VALIDATION'],
    ['bad published date', { payload: { text: 'x', published: 'yesterday' } }, 400, 'VALIDATION'],
    ['blank text', { payload: { text: ' \n ' } }, 400, 'EMPTY_INPUT'],
    ['javascript: URL', { payload: { url: 'javascript:alert(1)' } }, 400, 'BAD_URL'],
    [
      'unsupported type',
      { payload: 'x', headers: { 'content-type': 'image/png' } },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ];
  for (const [name, request, status, code] of bad)
    it(`answers ${status} ${code} for ${name}`, async () => {
      assertEnvelope(await app.inject({ method: 'POST', url: '/api/analyze', ...request }), status, code);
    });

  it('refuses URLs that lead to private or loopback addresses', async () => {
    for (const url of [
      'http://127.0.0.1:9/article',
      'http://localhost/x',
      'http://10.1.2.3/',
      'http://[::1]/',
    ])
      assertEnvelope(
        await app.inject({ method: 'POST', url: '/api/analyze', payload: { url } }),
        403,
        'PRIVATE_ADDRESS',
      );
  });

  it('analyses what the URL reader returns', async () => {
    const fetched: string[] = [];
    const { app: withReader } = await makeServer({
      store,
      readers: {
        async fromUrl(url) {
          fetched.push(url);
          return {
            input: url,
            url,
            text: ARTICLES[2].text,
            title: ARTICLES[2].title,
            outlet: ARTICLES[2].outlet,
          };
        },
        async fromBuffer() {
          throw new Error('not used');
        },
      },
    });
    const url = 'https://news.example/council';
    const r = await withReader.inject({ method: 'POST', url: '/api/analyze', payload: { url } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(fetched, [url]);
    const a = JSON.parse(r.body) as Analysis;
    assert.equal(a.article.url, url);
    assert.equal(a.article.outlet, ARTICLES[2].outlet);
    await withReader.close();
  });

  it('refuses a body over the limit with 413', async () => {
    const { app: small } = await makeServer({ store, limits: { analyzeBytes: 2048 } });
    const r = await small.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'word '.repeat(1000) },
    });
    assertEnvelope(r, 413, 'PAYLOAD_TOO_LARGE');
    await small.close();
  });
});

describe('corpus endpoints', () => {
  it('lists, filters and pages articles', async () => {
    const all = JSON.parse((await app.inject('/api/articles')).body);
    assert.equal(all.total, ARTICLES.length);
    const outlet = JSON.parse((await app.inject('/api/articles?outlet=Harbour%20Gazette')).body);
    assert.deepEqual(
      outlet.items.map((a: { title: string }) => a.title),
      ['Contractor denies payment dispute'],
    );
    const range = JSON.parse((await app.inject('/api/articles?from=2025-03-05&to=2025-03-05')).body);
    assert.equal(range.total, 1);
    const paged = JSON.parse((await app.inject('/api/articles?limit=1&offset=1')).body);
    assert.equal(paged.items.length, 1);
    assert.equal(paged.total, ARTICLES.length);
    const searched = JSON.parse((await app.inject('/api/articles?q=taxpayers')).body);
    assert.deepEqual(
      searched.items.map((a: { title: string }) => a.title),
      ['Council questions bridge costs'],
    );
    const flags = JSON.parse((await app.inject('/api/articles?hasAnonymous=false&hasDispute=false')).body);
    assert.ok(
      flags.items.every(
        (a: { anonymous: number; disputes: number }) => a.anonymous === 0 && a.disputes === 0,
      ),
    );
  });

  it('returns one article with its analysis and corpus entity ids', async () => {
    const list = JSON.parse((await app.inject('/api/articles')).body);
    const id = list.items[0].id;
    const r = await app.inject(`/api/articles/${id}`);
    assert.equal(r.statusCode, 200);
    const detail = JSON.parse(r.body);
    assert.equal(detail.id, id);
    assert.equal(detail.analysis.schema, 'whosaid.analysis/1');
    assert.equal(typeof detail.entityIds, 'object');
    assert.equal(detail.raw, undefined, 'the serializer only sends what the schema declares');
  });

  it('returns an entity with its quotes, and finds it by name', async () => {
    const found = JSON.parse((await app.inject('/api/entities?name=ruiz')).body);
    assert.ok(found.length >= 1);
    const r = await app.inject(`/api/entities/${found[0].id}`);
    assert.equal(r.statusCode, 200);
    const entity = JSON.parse(r.body);
    assert.match(entity.name, /Ruiz/);
    assert.ok(entity.quotes.length >= 2, 'quoted in two articles');
    assert.ok(Array.isArray(entity.disputes));
  });

  const lists: [string, (body: unknown[]) => void][] = [
    ['/api/sources?limit=5', (b) => assert.ok(b.length > 0 && b.length <= 5)],
    ['/api/sources?kind=person', (b) => assert.ok(b.every((s) => (s as { kind: string }).kind === 'person'))],
    [
      '/api/outlets',
      (b) =>
        assert.deepEqual(b.map((o) => (o as { outlet: string }).outlet).sort(), [
          'Harbour Gazette',
          'Lakeside Courier',
        ]),
    ],
    ['/api/disputes', (b) => assert.ok(Array.isArray(b))],
    ['/api/clusters', (b) => assert.ok(Array.isArray(b))],
    [
      '/api/network',
      (b) => assert.ok(b.length > 0 && b.every((e) => typeof (e as { outlet: string }).outlet === 'string')),
    ],
  ];
  for (const [url, check] of lists)
    it(`GET ${url}`, async () => {
      const r = await app.inject(url);
      assert.equal(r.statusCode, 200, r.body);
      check(JSON.parse(r.body));
    });

  it('reports corpus totals', async () => {
    const stats = JSON.parse((await app.inject('/api/stats')).body);
    assert.equal(stats.articles, ARTICLES.length);
  });

  const bad: [string, number, string][] = [
    ['/api/articles/999999', 404, 'NOT_FOUND'],
    ['/api/entities/999999', 404, 'NOT_FOUND'],
    ['/api/articles/abc', 400, 'VALIDATION'],
    ['/api/articles?limit=0', 400, 'VALIDATION'],
    ['/api/articles?limit=100000', 400, 'VALIDATION'],
    ['/api/articles?from=March', 400, 'VALIDATION'],
    ['/api/articles?hasAnonymous=maybe', 400, 'VALIDATION'],
    ['/api/sources?kind=alien', 400, 'VALIDATION'],
    ['/api/entities', 400, 'VALIDATION'],
    ['/api/nothing-here', 404, 'NOT_FOUND'],
  ];
  for (const [url, status, code] of bad)
    it(`answers ${status} ${code} for GET ${url}`, async () =>
      assertEnvelope(await app.inject(url), status, code));
});

describe('POST /api/ingest', () => {
  it('stores multipart uploads and skips what it already has', async () => {
    const form = new FormData();
    form.append(
      'files',
      new Blob(['The harbour master said the pier would close for a week of dredging.'], {
        type: 'text/plain',
      }),
      'pier.txt',
    );
    form.append(
      'files',
      new Blob([jsonl([{ text: 'Officials said the ferry would run all weekend.', title: 'Ferry' }])]),
      'ferry.jsonl',
    );
    form.append(
      'files',
      new Blob(['{"title": "no text here"}\n{oops'], { type: 'application/x-ndjson' }),
      'broken.jsonl',
    );
    const request = new Request('http://x/', { method: 'POST', body: form });
    const payload = Buffer.from(await request.arrayBuffer());
    const headers = { 'content-type': request.headers.get('content-type')! };
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers, payload });
    assert.equal(r.statusCode, 200, r.body);
    const result = JSON.parse(r.body);
    assert.equal(result.files, 3);
    assert.equal(result.inserted, 2);
    assert.ok(result.failed.length >= 1);
    assert.ok(result.failed.every((f: { input: string }) => f.input.startsWith('broken.jsonl')));
    const again = JSON.parse(
      (await app.inject({ method: 'POST', url: '/api/ingest', headers, payload })).body,
    );
    assert.equal(again.inserted, 0);
    assert.equal(again.skipped, 2);
  });

  it('refuses empty bodies, bad names and oversize uploads', async () => {
    assertEnvelope(
      await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { 'content-type': 'text/plain' },
        payload: '',
      }),
      400,
      'EMPTY_INPUT',
    );
    assertEnvelope(
      await app.inject({
        method: 'POST',
        url: '/api/ingest?name=../../etc/passwd',
        headers: { 'content-type': 'text/plain' },
        payload: 'x',
      }),
      400,
      'VALIDATION',
    );
    assertEnvelope(
      await app.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { 'content-type': 'multipart/form-data' },
        payload: 'no boundary',
      }),
      400,
      'VALIDATION',
    );
    const { app: small } = await makeServer({ store, limits: { ingestBytes: 1024 } });
    const r = await small.inject({
      method: 'POST',
      url: '/api/ingest',
      headers: { 'content-type': 'text/plain' },
      payload: 'x'.repeat(5000),
    });
    assertEnvelope(r, 413, 'PAYLOAD_TOO_LARGE');
    await small.close();
  });
});

describe('access token, rate limit, headers, failures', () => {
  const token = 'correct-horse-battery-staple';
  it('requires the bearer token on every API route when one is set', async () => {
    const { app: locked } = await makeServer({ store, token });
    const urls = ['/api/articles', '/api/articles/1', '/api/sources', '/api/openapi.json', '/api/stats'];
    for (const url of urls) {
      assertEnvelope(await locked.inject(url), 401, 'UNAUTHORIZED');
      assertEnvelope(
        await locked.inject({ url, headers: { authorization: `Bearer ${token}x` } }),
        401,
        'UNAUTHORIZED',
      );
      assertEnvelope(await locked.inject({ url, headers: { authorization: token } }), 401, 'UNAUTHORIZED');
      const ok = await locked.inject({ url, headers: { authorization: `Bearer ${token}` } });
      assert.equal(ok.statusCode, 200, url);
    }
    assertEnvelope(
      await locked.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'x' } }),
      401,
      'UNAUTHORIZED',
    );
    await locked.close();
  });

  it('rate-limits /api/analyze and /api/ingest per client', async () => {
    const { app: limited } = await makeServer({ store, limits: { rateMax: 2, rateWindowMs: 60_000 } });
    const analyzeOnce = (ip: string) =>
      limited.inject({
        method: 'POST',
        url: '/api/analyze',
        payload: { text: 'She said so.' },
        remoteAddress: ip,
      });
    assert.equal((await analyzeOnce('10.0.0.1')).statusCode, 200);
    assert.equal((await analyzeOnce('10.0.0.1')).statusCode, 200);
    const third = await analyzeOnce('10.0.0.1');
    assertEnvelope(third, 429, 'RATE_LIMITED');
    assert.ok(third.headers['retry-after']);
    assert.equal((await analyzeOnce('10.0.0.2')).statusCode, 200, 'another client has its own budget');
    assert.equal((await limited.inject('/api/articles')).statusCode, 200, 'reads are not limited');
    const ingestOnce = () =>
      limited.inject({
        method: 'POST',
        url: '/api/ingest',
        headers: { 'content-type': 'text/plain' },
        payload: 'The council said it would meet.',
        remoteAddress: '10.0.0.3',
      });
    await ingestOnce();
    await ingestOnce();
    assertEnvelope(await ingestOnce(), 429, 'RATE_LIMITED');
    await limited.close();
  });

  it('answers 503 BUSY with Retry-After when the analysis queue is full, and serves reads meanwhile', async () => {
    const { app: busy } = await makeServer({
      store,
      analysisThreads: 1,
      limits: { analysisQueuePerThread: 2 },
    });
    try {
      const analyzeOnce = () =>
        busy.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLES[1].text } });
      const burst = await Promise.all([
        analyzeOnce(),
        analyzeOnce(),
        analyzeOnce(),
        analyzeOnce(),
        analyzeOnce(),
      ]);
      const codes = burst.map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [200, 200, 503, 503, 503]);
      for (const r of burst.filter((b) => b.statusCode === 503)) {
        assertEnvelope(r, 503, 'BUSY');
        assert.ok(Number(r.headers['retry-after']) >= 1, 'Retry-After is a whole number of seconds');
      }
      assert.equal((await analyzeOnce()).statusCode, 200, 'accepted again once the queue has drained');
    } finally {
      await busy.close();
    }
  });

  it('sends security headers on API and UI responses', async () => {
    for (const url of ['/api/articles', '/', '/api/missing']) {
      const r = await app.inject(url);
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
      assert.doesNotMatch(String(r.headers['content-security-policy']), /unsafe-inline/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
    }
  });

  it('hides internal errors behind a generic message', async () => {
    const broken = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'outlets')
          return async () => {
            throw new Error(
              'ENOENT: /var/secret/whosaid-data/pg_wal at readFile (/work/main/src/store/x.ts:12:3)',
            );
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const { app: failing } = await makeServer({ store: broken });
    const r = await failing.inject('/api/outlets');
    assertEnvelope(r, 500, 'INTERNAL');
    assert.doesNotMatch(r.body, /secret|ENOENT/);
    await failing.close();
  });
});
