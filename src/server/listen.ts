/** Starts the web app on a socket, refusing to expose it beyond this machine without a token. */
import type { FastifyInstance } from 'fastify';
import { isLoopbackHost } from './auth.js';
import { buildServer, type ServerOptions } from './buildServer.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
/** Shortest token accepted: anything shorter is guessable over a network. */
export const MIN_TOKEN_LENGTH = 16;

export class UnsafeListenError extends Error {}

export interface ListenOptions extends ServerOptions {
  host?: string;
  port?: number;
}

/** Checks the host/token pair before anything listens. */
export function checkExposure(host: string, token: string | null | undefined): void {
  if (token != null && token.length < MIN_TOKEN_LENGTH)
    throw new UnsafeListenError(`the access token must be at least ${MIN_TOKEN_LENGTH} characters long`);
  if (!isLoopbackHost(host) && !token)
    throw new UnsafeListenError(
      `refusing to listen on ${host} without an access token: pass --token or set WHOSAID_TOKEN (or use --host 127.0.0.1)`,
    );
}

export async function startServer(options: ListenOptions): Promise<{ app: FastifyInstance; url: string }> {
  const host = options.host ?? DEFAULT_HOST;
  checkExposure(host, options.token);
  const app = await buildServer(options);
  const url = await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  return { app, url };
}
