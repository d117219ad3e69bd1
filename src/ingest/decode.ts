/**
 * Bytes to text for every reader: BOM, UTF-16, invalid UTF-8 (replaced and warned), binary detection and
 * line-ending normalisation. Nothing else changes, so offsets into the result stay meaningful.
 */

/** How many leading bytes are inspected to decide whether a file is binary. */
export const BINARY_SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, newline, carriage return, form feed, escape) that marks binary data. */
export const BINARY_CONTROL_SHARE = 0.1;

export const INVALID_UTF8_WARNING = 'invalid UTF-8: malformed bytes were replaced with U+FFFD';

export type Decoded = { text: string; warnings: string[] } | { error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(buf: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => buf[i] === b);
}

/** True when the bytes look like a binary file: any NUL, or many control bytes. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

/** CRLF and lone CR become LF; a leading U+FEFF is dropped. */
export function normalizeText(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Decodes one whole document. Empty and binary inputs are errors; invalid UTF-8 is a warning. */
export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { error: 'empty input' };
  let text: string;
  const warnings: string[] = [];
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const le = buf[0] === 0xff;
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2));
  } else {
    if (looksBinary(buf)) return { error: 'binary content (NUL or control bytes), not text' };
    const body = startsWith(buf, UTF8_BOM) ? buf.subarray(3) : buf;
    text = decodeUtf8(body, warnings);
  }
  text = normalizeText(text);
  if (text.trim() === '') return { error: 'empty input (only whitespace)' };
  return { text, warnings };
}

/** UTF-8 with replacement; pushes INVALID_UTF8_WARNING when anything was replaced. */
export function decodeUtf8(buf: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    warnings.push(INVALID_UTF8_WARNING);
    return new TextDecoder('utf-8').decode(buf);
  }
}
