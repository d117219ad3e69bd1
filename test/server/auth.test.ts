/** Tokens and exposure: who may listen where, and how tokens are checked. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FastifyRequest } from 'fastify';
import { bearerCheck, isLoopbackHost } from '../../src/server/auth.js';
import { ApiError } from '../../src/server/errors.js';
import { checkExposure, UnsafeListenError } from '../../src/server/listen.js';

const TOKEN = 'sixteen-chars-at-least';

it('tells loopback hosts from exposed ones', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
    ['127.0.0.1.example.org', false],
  ];
  for (const [host, loopback] of cases) assert.equal(isLoopbackHost(host), loopback, host);
});

it('refuses to expose the server without a long enough token', () => {
  const cases: [string, string | null, boolean][] = [
    ['127.0.0.1', null, true],
    ['127.0.0.1', TOKEN, true],
    ['0.0.0.0', TOKEN, true],
    ['0.0.0.0', null, false],
    ['0.0.0.0', '', false],
    ['192.168.1.10', 'short', false],
    ['127.0.0.1', 'short', false],
  ];
  for (const [host, token, ok] of cases) {
    if (ok) assert.doesNotThrow(() => checkExposure(host, token), `${host} ${token}`);
    else assert.throws(() => checkExposure(host, token), UnsafeListenError, `${host} ${token}`);
  }
});

it('accepts exactly the bearer token', () => {
  const check = bearerCheck(TOKEN);
  const request = (authorization?: string) => ({ headers: { authorization } }) as FastifyRequest;
  assert.doesNotThrow(() => check(request(`Bearer ${TOKEN}`)));
  assert.doesNotThrow(() => check(request(`bearer ${TOKEN}`)));
  for (const bad of [
    undefined,
    '',
    TOKEN,
    `Bearer ${TOKEN}x`,
    `Bearer ${TOKEN.slice(1)}`,
    `Basic ${TOKEN}`,
    'Bearer ',
  ])
    assert.throws(() => check(request(bad)), ApiError, String(bad));
});
