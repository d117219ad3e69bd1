/** Which reader an input needs: by the format option, then the file extension or content type, then the content. */

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'csv';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'json', 'jsonl', 'csv'];

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
};

/** Content types a URL may answer with, and the reader each one needs (null: sniff the body). */
export const ACCEPTED_CONTENT_TYPES: Record<string, InputFormat | null> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': null,
  'application/json': 'json',
  'application/ld+json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/csv': 'csv',
};

const HTML_START =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<(?:article|main|div|p|meta|title)[\s>])/i;
const HTML_INSIDE = /<(?:html|body|p|div|article)[\s>]/i;

export function formatFromExtension(name: string): InputFormat | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0 || dot < name.lastIndexOf('/')) return undefined;
  return EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}

export function hasKnownExtension(name: string): boolean {
  return formatFromExtension(name) !== undefined;
}

/** The base content type without parameters, lower-cased ("text/html; charset=utf-8" → "text/html"). */
export function baseContentType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Guesses the format from the first kilobytes of decoded text. */
export function sniffFormat(head: string): InputFormat {
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (HTML_START.test(trimmed)) return 'html';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split('\n', 1)[0].trim();
    if (firstLine.endsWith('}') && isJsonObject(firstLine) && trimmed.length > firstLine.length + 1)
      return 'jsonl';
    return 'json';
  }
  if (trimmed.startsWith('<') && HTML_INSIDE.test(trimmed.slice(0, 4096))) return 'html';
  return 'text';
}

function isJsonObject(line: string): boolean {
  try {
    const v = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
