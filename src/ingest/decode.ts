/**
 * Bytes to text for every reader: BOM, UTF-16, invalid UTF-8 (replaced and warned), binary detection and
 * line-ending normalisation. Nothing else changes, so offsets into the result stay meaningful.
 */
import { isUtf8 } from 'node:buffer';

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

/** True when the bytes (or a UTF-16 text's code units) look like a binary file: any NUL, or many control bytes. */
export function looksBinary(buf: ArrayLike<number>): boolean {
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

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top of a page. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
/** Bytes of a page searched for a meta charset, as browsers do. */
const META_CHARSET_WINDOW = 1024;

/** The charset parameter of a content type, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w:.-]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** Labels that mean windows-1252 on the web (WHATWG Encoding), which Node's TextDecoder reads as plain Latin-1. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'l1',
  'us-ascii',
  'ascii',
]);
/** windows-1252 bytes 0x80-0x9F (0 where undefined, which then stays a C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

interface Decoder {
  decode(buf: Uint8Array): string;
}

const windows1252: Decoder = {
  decode(buf) {
    let out = '';
    for (let i = 0; i < buf.length; i += 8192) {
      const codes = Array.from(
        buf.subarray(i, i + 8192),
        (b) => (b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80]) || b,
      );
      out += String.fromCharCode(...codes);
    }
    return out;
  },
};

function decoderFor(label: string | null): Decoder | null {
  if (!label || UTF8_LABELS.has(label.toLowerCase())) return null;
  if (WINDOWS_1252_LABELS.has(label.toLowerCase())) return windows1252;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes one whole document. Empty and binary inputs are errors; invalid UTF-8 is a warning. A declared
 * legacy charset (HTTP header, or a page's meta tag when the bytes are not UTF-8) is honoured.
 */
export function decodeBytes(buf: Uint8Array, charset: string | null = null): Decoded {
  if (buf.length === 0) return { error: 'empty input' };
  let text: string;
  const warnings: string[] = [];
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const le = buf[0] === 0xff;
    const body = buf.subarray(2);
    // A byte-order mark alone proves nothing: random bytes start with FF FE too.
    if (body.length % 2 === 1)
      return { error: 'invalid UTF-16: odd number of bytes after the byte-order mark' };
    try {
      text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(body);
    } catch {
      return { error: 'invalid UTF-16: unpaired surrogate after the byte-order mark' };
    }
    const units = Uint16Array.from(text.slice(0, BINARY_SNIFF_BYTES), (c) => c.charCodeAt(0));
    if (looksBinary(units)) return { error: 'binary content (NUL or control bytes), not text' };
  } else {
    if (looksBinary(buf)) return { error: 'binary content (NUL or control bytes), not text' };
    const bom = startsWith(buf, UTF8_BOM);
    const body = bom ? buf.subarray(3) : buf;
    // Bytes that are valid UTF-8 are read as UTF-8 whatever the header says: mislabelled pages are common,
    // and legacy-encoded text is almost never valid UTF-8 by accident.
    const declared = bom || isUtf8(body) ? null : decoderFor(charset);
    text = declared ? declared.decode(body) : decodeUtf8(body, warnings);
    if (warnings.length) {
      const head = new TextDecoder('latin1').decode(body.subarray(0, META_CHARSET_WINDOW));
      const fromMeta = decoderFor(META_CHARSET.exec(head)?.[1] ?? null);
      if (fromMeta) {
        text = fromMeta.decode(body);
        warnings.length = 0;
      }
    }
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
