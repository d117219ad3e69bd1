/** Upload files to the corpus (POST /api/ingest as multipart/form-data). */
import { api } from '../api.js';
import { h } from '../dom.js';

interface IngestResult {
  files: number;
  articles: number;
  inserted: number;
  skipped: number;
  failed: { input: string; code: string; message: string }[];
}

export function uploadForm(onDone: (message: string) => void): HTMLElement {
  const files = h('input', {
    id: 'ingest-files',
    type: 'file',
    name: 'files',
    multiple: true,
    accept: '.txt,.html,.htm,.jsonl,.ndjson,.csv,.json',
  });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'panel upload', id: 'ingest-form' },
    h('h2', {}, 'Add to the corpus'),
    h('label', { for: 'ingest-files' }, 'Text, HTML, JSON Lines or CSV files'),
    files,
    h('button', { type: 'submit' }, 'Upload and analyse'),
    status,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const list = files.files;
    if (!list?.length) return;
    const data = new FormData();
    for (const f of list) data.append('files', f, f.name);
    status.textContent = 'Analysing…';
    status.classList.remove('error');
    try {
      const r = await api<IngestResult>('/api/ingest', { method: 'POST', body: data });
      const message = `${r.inserted} added, ${r.skipped} already stored, ${r.failed.length} failed (${r.articles} articles in ${r.files} files).`;
      status.textContent = message;
      if (r.inserted) onDone(message);
    } catch (err) {
      status.textContent = (err as Error).message;
      status.classList.add('error');
    }
  });
  return form;
}
