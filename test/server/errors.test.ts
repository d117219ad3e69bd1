/** The error catalog: documented in docs/api.md, and mapped from fastify's own errors. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { packageRoot } from '../../src/paths.js';
import { ApiError, ERRORS, toEnvelope } from '../../src/server/errors.js';

it('documents every error code with its status in docs/api.md', () => {
  const doc = readFileSync(join(packageRoot, 'docs', 'api.md'), 'utf8');
  const documented = new Map(
    [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]),
  );
  assert.deepEqual(
    [...documented.entries()].sort(),
    Object.entries(ERRORS)
      .map(([code, { status }]) => [code, status])
      .sort(),
  );
});

it('maps thrown values onto catalog codes and never leaks a foreign message', () => {
  const cases: [unknown, string, number][] = [
    [new ApiError('NOT_FOUND', 'No article 7.'), 'NOT_FOUND', 404],
    [
      Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }),
      'PAYLOAD_TOO_LARGE',
      413,
    ],
    [
      Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }),
      'UNSUPPORTED_MEDIA_TYPE',
      415,
    ],
    [new SyntaxError('Unexpected token } in JSON at position 3'), 'BAD_JSON', 400],
    [Object.assign(new Error('slow down'), { statusCode: 429 }), 'RATE_LIMITED', 429],
    [new Error('ENOENT: /srv/data/secret.db'), 'INTERNAL', 500],
    ['a string', 'INTERNAL', 500],
    [null, 'INTERNAL', 500],
  ];
  for (const [thrown, code, status] of cases) {
    const body = toEnvelope(thrown);
    assert.equal(body.ok, false);
    assert.equal(body.error.code, code, String(thrown));
    assert.equal(body.status, status);
    if (!(thrown instanceof ApiError))
      assert.equal(body.error.message, ERRORS[code as keyof typeof ERRORS].message);
  }
});
