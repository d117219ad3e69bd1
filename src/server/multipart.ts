/**
 * A small multipart/form-data reader for uploads (RFC 7578). The whole body is already in memory
 * and bounded by the route's body limit, so a buffer scan is all it takes.
 */
import { ApiError } from './errors.js';

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

/** Most parts one request may carry. */
export const MAX_PARTS = 1000;

export function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  if (!m) throw new ApiError('VALIDATION', 'multipart body without a boundary');
  return m[1] ?? m[2];
}

/** The file parts of a multipart body (plain fields are ignored). */
export function parseMultipart(body: Buffer, contentType: string): UploadedFile[] {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const files: UploadedFile[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new ApiError('VALIDATION', 'multipart body without parts');
  let parts = 0;
  while (pos >= 0) {
    const after = pos + delimiter.length;
    if (body.subarray(after, after + 2).toString() === '--') break;
    const headerStart = after + 2; // CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) throw new ApiError('VALIDATION', 'malformed multipart part');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new ApiError('VALIDATION', 'multipart body is not terminated');
    if (++parts > MAX_PARTS) throw new ApiError('VALIDATION', `more than ${MAX_PARTS} parts`);
    const headers = parseHeaders(body.subarray(headerStart, headerEnd).toString('utf8'));
    const disposition = headers.get('content-disposition') ?? '';
    const field = param(disposition, 'name') ?? '';
    const filename = param(disposition, 'filename');
    if (filename !== null) {
      files.push({
        field,
        filename: baseName(filename) || 'upload',
        contentType: headers.get('content-type'),
        data: body.subarray(headerEnd + 4, next),
      });
    }
    pos = next + 2;
  }
  return files;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Browsers percent-encode `"`, CR and LF in quoted values (WHATWG HTML form encoding) and escape nothing else. */
function param(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}="([^"]*)"`, 'i').exec(header);
  if (m) return m[1].replace(/%22/gi, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  const bare = new RegExp(`(?:^|;)\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return bare ? bare[1] : null;
}

/** Browsers send bare names, but a path must never reach the reader or the response. */
const baseName = (name: string) => name.split(/[\\/]/).pop()!.slice(0, 200);
