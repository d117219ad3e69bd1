/**
 * JavaScript strings index UTF-16 code units; whosaid's output counts Unicode code points
 * (as Python, brat and W3C Web Annotation do). The pipeline works in UTF-16 and converts once.
 */

/** True when the string has no astral characters, so both counts agree. */
export function isBmpOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return false;
  }
  return true;
}

/** A function mapping a UTF-16 index of `text` to its code-point index. */
export function utf16ToCodePoint(text: string): (index: number) => number {
  if (isBmpOnly(text)) return (i) => i;
  // prefix[i] = number of high surrogates (that start a pair) before UTF-16 index i
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isPairStart =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    prefix[i + 1] = prefix[i] + (isPairStart ? 1 : 0);
  }
  return (i) => i - prefix[i];
}

/** The inverse: a code-point index of `text` to its UTF-16 index. */
export function codePointToUtf16(text: string): (index: number) => number {
  if (isBmpOnly(text)) return (i) => i;
  const starts: number[] = [];
  for (let i = 0; i < text.length; ) {
    starts.push(i);
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
  }
  starts.push(text.length);
  return (i) => starts[Math.min(i, starts.length - 1)];
}

/** Code-point length of a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c & 0xfc00) === 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800)) n++;
  }
  return n;
}

/**
 * Rewrites, in place, every object in `value` that has numeric `start` and `end` from UTF-16
 * indices of `text` into code-point indices. Every span in the analysis format has that shape,
 * so one walk converts them all and a new span type needs no extra code here.
 */
export function convertOffsetsInPlace(value: unknown, text: string): void {
  const map = utf16ToCodePoint(text);
  if (isBmpOnly(text)) return;
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) walk(item);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start = map(o.start);
      o.end = map(o.end);
    }
    for (const key of Object.keys(o)) if (key !== 'text') walk(o[key]);
  };
  walk(value);
}
