/**
 * The API's error catalog: every error a client can see has a stable code, an HTTP status and a
 * message written for people. Anything not in the catalog is reported as INTERNAL with a generic
 * message, so stack traces and file paths never leave the server.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export const ERRORS = {
  BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  VALIDATION: { status: 400, message: 'The request does not match the expected shape.' },
  MISSING_INPUT: { status: 400, message: 'Give one of text, html or url.' },
  EMPTY_INPUT: { status: 400, message: 'The article text is empty.' },
  BAD_URL: { status: 400, message: 'The URL must be an absolute http(s) URL.' },
  PRIVATE_ADDRESS: { status: 403, message: 'Fetching private or loopback addresses is not allowed.' },
  UNAUTHORIZED: { status: 401, message: 'A valid access token is required (Authorization: Bearer TOKEN).' },
  NOT_FOUND: { status: 404, message: 'Nothing here.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'This content type is not accepted here.' },
  UNREADABLE_INPUT: { status: 422, message: 'The input could not be read as an article.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; slow down and retry later.' },
  FETCH_FAILED: { status: 502, message: 'The URL could not be fetched.' },
  BUSY: { status: 503, message: 'The server is busy analysing other articles; retry shortly.' },
  INTERNAL: { status: 500, message: 'Internal error.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error meant for the client: its message is safe to show. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  /** Seconds after which a retry should succeed (sent as Retry-After), for BUSY and the like. */
  readonly retryAfter: number | null;
  constructor(code: ErrorCode, message?: string, retryAfter: number | null = null) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.statusCode = ERRORS[code].status;
    this.retryAfter = retryAfter;
  }
}

export interface ErrorEnvelope {
  ok: false;
  error: { code: ErrorCode; message: string };
  status: number;
}

export function envelope(code: ErrorCode, message?: string): ErrorEnvelope {
  return {
    ok: false,
    error: { code, message: message ?? ERRORS[code].message },
    status: ERRORS[code].status,
  };
}

/** Fastify's own errors that are the client's fault, mapped onto catalog codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_JSON',
  FST_ERR_VALIDATION: 'VALIDATION',
};

/** Maps any thrown value to the envelope; only catalog errors keep their message. */
export function toEnvelope(err: unknown): ErrorEnvelope {
  if (err instanceof ApiError) return envelope(err.code, err.message);
  const e = (typeof err === 'object' && err !== null ? err : {}) as Partial<FastifyError> & { code?: string };
  if (e.validation) return envelope('VALIDATION', validationMessage(e as FastifyError));
  if (e.code && e.code in FASTIFY_CODES) return envelope(FASTIFY_CODES[e.code]);
  if (e.statusCode === 429) return envelope('RATE_LIMITED');
  if (e instanceof SyntaxError) return envelope('BAD_JSON');
  return envelope('INTERNAL');
}

/** "querystring/limit must be <= 200": names the field, never echoes the input. */
function validationMessage(err: FastifyError): string {
  const first = err.validation?.[0];
  if (!first) return ERRORS.VALIDATION.message;
  const where = err.validationContext ?? 'request';
  const field = first.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : '';
  const missing = (first.params as { missingProperty?: string } | undefined)?.missingProperty;
  const name = missing ?? field;
  return `${where}${name ? `.${name}` : ''} ${first.message ?? 'is invalid'}`;
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const body = toEnvelope(err);
  if (body.error.code === 'INTERNAL') request.log.error({ err }, 'unhandled error');
  if (body.error.code === 'RATE_LIMITED') {
    const retry = (err as { headers?: Record<string, string> }).headers?.['retry-after'];
    if (retry) reply.header('retry-after', retry);
  }
  if (err instanceof ApiError && err.retryAfter !== null) reply.header('retry-after', String(err.retryAfter));
  reply.code(body.status).type('application/json; charset=utf-8').send(body);
}
