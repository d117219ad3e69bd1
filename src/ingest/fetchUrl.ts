/**
 * Fetches one http(s) URL for analysis, defensively: a deadline, a streamed size cap, an allow-list of content
 * types, at most MAX_REDIRECTS redirects followed by hand, and every hop's host resolved first and refused when
 * any address is private. The connection is pinned to the checked addresses, so a second DNS answer cannot
 * point it elsewhere.
 */
import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { VERSION } from '../version.js';
import { ACCEPTED_CONTENT_TYPES, baseContentType } from './detect.js';
import { isPrivateAddress } from './privateAddress.js';

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  allowPrivate?: boolean;
}

export interface Fetched {
  /** The URL that answered, after redirects. */
  url: string;
  /** The Content-Type header as sent, parameters (charset) included. */
  contentType: string;
  body: Buffer;
}

type Address = { address: string; family: number };

class FetchError extends Error {}

async function resolveHost(hostname: string, allowPrivate: boolean): Promise<Address[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: Address[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new FetchError(`cannot resolve host ${host}`);
    }
  }
  if (!allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad)
      throw new FetchError(
        `refused: ${host} resolves to a private address (${bad.address}); use --allow-private`,
      );
  }
  return addresses;
}

function pinnedLookup(addresses: Address[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

function request(url: URL, addresses: Address[], signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers: {
        'user-agent': `whosaid/${VERSION} (+https://github.com/whosaid)`,
        accept: 'text/html,application/xhtml+xml,text/plain,application/json;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
      lookup: pinnedLookup(addresses),
      signal,
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function decompressed(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
    res.destroy();
    throw new FetchError(`over the size cap (${declared} bytes > ${maxBytes})`);
  }
  const parts: Buffer[] = [];
  let total = 0;
  const body = decompressed(res);
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      res.destroy();
      body.destroy();
      throw new FetchError(`over the size cap (more than ${maxBytes} bytes)`);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts, total);
}

async function follow(start: string, options: Required<FetchOptions>, signal: AbortSignal): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    throw new FetchError('invalid URL');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError(`unsupported URL scheme ${url.protocol}`);
    }
    const addresses = await resolveHost(url.hostname, options.allowPrivate);
    const res = await request(url, addresses, signal);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new FetchError(`too many redirects (more than ${MAX_REDIRECTS})`);
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new FetchError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
    }
    const contentType = res.headers['content-type'] ?? '';
    const base = baseContentType(contentType);
    if (!(base in ACCEPTED_CONTENT_TYPES)) {
      res.resume();
      throw new FetchError(`unsupported content type ${base || '(none)'}`);
    }
    const body = await readCapped(res, options.maxBytes);
    return { url: url.href, contentType, body };
  }
}

/** The body of one URL, or a one-line error. Never throws. */
export async function fetchUrl(
  url: string,
  options: FetchOptions = {},
): Promise<Fetched | { error: string }> {
  const opts: Required<FetchOptions> = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    allowPrivate: options.allowPrivate ?? false,
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    return await follow(url, opts, controller.signal);
  } catch (e) {
    if (controller.signal.aborted) return { error: `timed out after ${opts.timeoutMs / 1000} s` };
    if (e instanceof FetchError) return { error: e.message };
    return { error: `fetch failed: ${(e as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}
