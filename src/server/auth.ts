/**
 * Access tokens. Comparing SHA-256 digests (always 32 bytes) with timingSafeEqual takes the same time
 * whatever the candidate's length or content, so response timing leaks nothing about the token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Returns a checker for one token; throws UNAUTHORIZED unless the request carries it. */
export function bearerCheck(token: string): (request: FastifyRequest) => void {
  const expected = digest(token);
  return (request) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const given = digest(match ? match[1] : '');
    if (!match || !timingSafeEqual(given, expected)) throw new ApiError('UNAUTHORIZED');
  };
}

/** Hosts a server may listen on without a token: only this machine can reach them. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}
