/** The Analyze page: paste text, upload a file or give a URL; the result opens in the article view. */
import type { Analysis } from '../../../src/analysis/types.js';
import { api } from '../api.js';
import { h } from '../dom.js';

export interface AnalyzeHandlers {
  onResult(analysis: Analysis): void;
}

const HTML_FILE = /\.html?$/i;

export function analyzeView({ onResult }: AnalyzeHandlers): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const run = async (body: BodyInit, contentType: string) => {
    status.textContent = 'Analysing…';
    status.classList.remove('error');
    try {
      const analysis = await api<Analysis>('/api/analyze', {
        method: 'POST',
        body,
        headers: { 'content-type': contentType },
      });
      status.textContent = '';
      onResult(analysis);
    } catch (err) {
      status.textContent = (err as Error).message;
      status.classList.add('error');
    }
  };

  const text = h('textarea', {
    id: 'paste',
    name: 'text',
    rows: 12,
    required: true,
    placeholder: 'Paste an article…',
  });
  const published = h('input', { id: 'published', name: 'published', type: 'date' });
  const pasteForm = h(
    'form',
    { class: 'card', id: 'paste-form' },
    h('h2', {}, 'Paste text'),
    h('label', { for: 'paste' }, 'Article text'),
    text,
    h('label', { for: 'published' }, 'Published (optional, resolves “yesterday”)'),
    published,
    h('button', { type: 'submit' }, 'Analyze'),
  );
  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const body: Record<string, string> = { text: text.value };
    if (published.value) body.published = published.value;
    void run(JSON.stringify(body), 'application/json');
  });

  const file = h('input', {
    id: 'file',
    name: 'file',
    type: 'file',
    accept: '.txt,.html,.htm,text/plain,text/html',
  });
  const fileForm = h(
    'form',
    { class: 'card', id: 'file-form' },
    h('h2', {}, 'Upload a file'),
    h('label', { for: 'file' }, 'A .txt or .html article'),
    file,
    h('button', { type: 'submit' }, 'Analyze file'),
  );
  fileForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = file.files?.[0];
    if (!f) return;
    const isHtml = HTML_FILE.test(f.name) || f.type === 'text/html';
    void run(await f.text(), isHtml ? 'text/html' : 'text/plain');
  });

  const url = h('input', { id: 'url', name: 'url', type: 'url', placeholder: 'https://…', required: true });
  const urlForm = h(
    'form',
    { class: 'card', id: 'url-form' },
    h('h2', {}, 'Fetch a URL'),
    h('label', { for: 'url' }, 'Article address (public http/https only)'),
    url,
    h('button', { type: 'submit' }, 'Fetch and analyze'),
  );
  urlForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(JSON.stringify({ url: url.value }), 'application/json');
  });

  return h(
    'div',
    { class: 'analyze-view' },
    h('h1', {}, 'Analyze an article'),
    status,
    h('div', { class: 'cards' }, pasteForm, fileForm, urlForm),
  );
}
