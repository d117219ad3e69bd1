/** The OpenAPI document describes exactly the routes registered, from their own schemas. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/buildServer.js';
import type { Store } from '../../src/store/Store.js';

let app: FastifyInstance;
// The document is built from route registrations alone; no store method is ever called.
const unusedStore = new Proxy({} as Store, {
  get: () => {
    throw new Error('the OpenAPI document must not touch the store');
  },
});

before(async () => {
  app = await buildServer({ store: unusedStore, uiDir: null });
});
after(() => app.close());

const EXPECTED: [string, string][] = [
  ['post', '/api/analyze'],
  ['get', '/api/articles'],
  ['get', '/api/articles/{id}'],
  ['get', '/api/entities'],
  ['get', '/api/entities/{id}'],
  ['get', '/api/sources'],
  ['get', '/api/outlets'],
  ['get', '/api/disputes'],
  ['get', '/api/clusters'],
  ['get', '/api/network'],
  ['get', '/api/stats'],
  ['post', '/api/ingest'],
];

it('lists every API operation with its parameters and error responses', async () => {
  const r = await app.inject('/api/openapi.json');
  assert.equal(r.statusCode, 200);
  const doc = JSON.parse(r.body);
  assert.equal(doc.openapi, '3.1.0');
  const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, ops]) => Object.keys(ops).map((method) => [method, path]),
  );
  assert.deepEqual(operations.map(String).sort(), EXPECTED.map(String).sort());
  for (const [method, path] of EXPECTED) {
    const op = doc.paths[path][method];
    assert.ok(op.summary, `${method} ${path} has a summary`);
    assert.ok(op.responses['200'], `${method} ${path} documents success`);
    assert.ok(op.responses['400'].content['application/json'].schema.properties.error, 'error envelope');
    for (const name of path.match(/\{(\w+)\}/g) ?? [])
      assert.ok(
        op.parameters.some((p: { name: string; in: string }) => p.in === 'path' && `{${p.name}}` === name),
      );
  }
  const query = doc.paths['/api/articles'].get.parameters.map((p: { name: string }) => p.name);
  assert.deepEqual(query, ['q', 'outlet', 'from', 'to', 'hasAnonymous', 'hasDispute', 'limit', 'offset']);
  const analyze = doc.paths['/api/analyze'].post;
  assert.deepEqual(Object.keys(analyze.requestBody.content), ['application/json', 'text/plain', 'text/html']);
  assert.ok(analyze.requestBody.content['application/json'].schema.properties.url);
  assert.equal(
    analyze.responses['200'].content['application/json'].schema.properties.schema.const,
    'whosaid.analysis/1',
  );
  assert.equal(doc.security, undefined, 'no token, no security requirement');
});

it('declares bearer security when a token is required', async () => {
  const locked = await buildServer({ store: unusedStore, uiDir: null, token: 'a-long-enough-token' });
  const r = await locked.inject({
    url: '/api/openapi.json',
    headers: { authorization: 'Bearer a-long-enough-token' },
  });
  const doc = JSON.parse(r.body);
  assert.deepEqual(doc.security, [{ bearer: [] }]);
  assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  await locked.close();
});
