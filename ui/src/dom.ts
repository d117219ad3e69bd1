/**
 * DOM building without HTML strings: every piece of text goes through createTextNode, every
 * attribute through setAttribute, so nothing the user or an article supplies is ever parsed as markup.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') el.setAttribute('href', safeHref(String(value)));
    else if (/^on/i.test(name) || name === 'style' || name === 'srcdoc')
      throw new Error(`refusing attribute ${name}`);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Hash routes of this app and absolute http(s) URLs only: no javascript:, data: or relative tricks. */
export function safeHref(href: string): string {
  if (/^#\/[\w\-/?=&.%]*$/.test(href)) return href;
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // not a URL at all
  }
  return '#';
}

/** An external link, or plain text when the URL is not http(s). */
export function externalLink(href: string | null | undefined, text: string): Node {
  if (!href || safeHref(href) === '#') return document.createTextNode(text);
  return h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
