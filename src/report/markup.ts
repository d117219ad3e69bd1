/**
 * Safe HTML building: escaping of everything that comes from an input, and the markup of
 * overlapping annotations over a text. Spans may nest or cross (a source inside a content, a claim
 * crossing a quote); HTML elements may only nest, so a span that crosses another is closed and
 * reopened around it, every fragment carrying the same attributes.
 */

/** C0 controls other than tab, newline and carriage return are not allowed in HTML text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes text for an HTML text node (also safe inside RCDATA such as <title>). */
export function escapeText(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** `name="value"` pairs from a record; null and undefined values are left out. */
export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

/** An element with escaped text content. */
export function el(
  tag: string,
  attributes: Record<string, string | number | null | undefined>,
  text: string,
): string {
  return `<${tag}${attrs(attributes)}>${escapeText(text)}</${tag}>`;
}

/** An http(s) URL as a link; anything else (javascript:, data:, relative) as plain text. */
export function safeLink(url: string): string {
  return /^https?:\/\/[^\s]+$/i.test(url)
    ? `<a href="${escapeAttr(url)}" rel="noreferrer">${escapeText(url)}</a>`
    : escapeText(url);
}

/** One annotation over the text: a half-open range in code points and the attributes of its <span>. */
export interface Mark {
  start: number;
  end: number;
  /** Which of two marks with the same range goes outside: lower ranks enclose higher ones. */
  rank: number;
  attributes: Record<string, string | number | null | undefined>;
}

/**
 * The text as HTML with every mark as a <span>. Marks are opened at their start in order
 * (longer first, then by rank) and closed at their end; closing a mark that is not innermost
 * closes the marks inside it too and reopens those that continue.
 */
export function markUp(text: string, marks: Mark[]): string {
  const chars = [...text];
  const valid = marks
    .filter((m) => m.start < m.end && m.start >= 0 && m.end <= chars.length)
    .map((m, order) => ({ ...m, order, open: `<span${attrs(m.attributes)}>` }))
    .sort((x, y) => x.start - y.start || y.end - x.end || x.rank - y.rank || x.order - y.order);
  const boundaries = [...new Set([0, chars.length, ...valid.flatMap((m) => [m.start, m.end])])].sort(
    (x, y) => x - y,
  );
  const stack: typeof valid = [];
  let next = 0;
  let out = '';
  let previous = 0;
  for (const at of boundaries) {
    out += escapeText(chars.slice(previous, at).join(''));
    previous = at;
    const firstEnding = stack.findIndex((m) => m.end <= at);
    if (firstEnding >= 0) {
      const closed = stack.splice(firstEnding);
      out += '</span>'.repeat(closed.length);
      for (const m of closed) {
        if (m.end > at) {
          out += m.open;
          stack.push(m);
        }
      }
    }
    while (next < valid.length && valid[next].start === at) {
      out += valid[next].open;
      stack.push(valid[next]);
      next++;
    }
  }
  return out + '</span>'.repeat(stack.length);
}
