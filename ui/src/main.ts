/** Hash router: #/ (corpus), #/analyze, #/result, #/articles/ID, #/entities/ID. */
import type { Analysis } from '../../src/analysis/types.js';
import type { ArticleDetail } from '../../src/store/Store.js';
import { api } from './api.js';
import { h } from './dom.js';
import './styles.css';
import { analyzeView } from './views/analyze.js';
import { articleView } from './views/article.js';
import { type ArticleFilters, dashboardView } from './views/dashboard.js';
import { entityView } from './views/entity.js';

const RESULT_KEY = 'whosaid.result';
const main = document.getElementById('main')!;
let lastResult: Analysis | null = null;
let notice: string | undefined;

function saveResult(analysis: Analysis): void {
  lastResult = analysis;
  try {
    sessionStorage.setItem(RESULT_KEY, JSON.stringify(analysis));
  } catch {
    // Too big for sessionStorage: it stays in memory for this tab.
  }
}

function loadResult(): Analysis | null {
  if (lastResult) return lastResult;
  const saved = sessionStorage.getItem(RESULT_KEY);
  return saved ? (JSON.parse(saved) as Analysis) : null;
}

function filtersFrom(params: URLSearchParams): ArticleFilters {
  const text = (k: string) => params.get(k) || undefined;
  return {
    q: text('q'),
    outlet: text('outlet'),
    from: text('from'),
    to: text('to'),
    hasAnonymous: params.get('hasAnonymous') === 'true' || undefined,
    hasDispute: params.get('hasDispute') === 'true' || undefined,
    offset: Number(params.get('offset')) || undefined,
  };
}

function goToCorpus(filters: ArticleFilters): void {
  const { notice: message, ...rest } = filters;
  notice = message;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) params.set(k, String(v));
  const target = `#/${params.size ? `?${params}` : ''}`;
  if (location.hash === target) void route();
  else location.hash = target;
}

async function view(hash: string): Promise<HTMLElement> {
  const [path, search] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || parts[0] === 'corpus') {
    const message = notice;
    notice = undefined;
    return dashboardView(filtersFrom(new URLSearchParams(search)), goToCorpus, message);
  }
  if (parts[0] === 'analyze')
    return analyzeView({
      onResult: (analysis) => {
        saveResult(analysis);
        location.hash = '#/result';
      },
    });
  if (parts[0] === 'result') {
    const analysis = loadResult();
    return analysis
      ? articleView(analysis)
      : h('p', {}, 'No analysis yet. ', h('a', { href: '#/analyze' }, 'Analyze an article'), '.');
  }
  if (parts[0] === 'articles' && /^\d+$/.test(parts[1] ?? '')) {
    const detail = await api<ArticleDetail>(`/api/articles/${parts[1]}`);
    const duplicates = detail.duplicates.length
      ? [
          h(
            'p',
            { class: 'small' },
            'Near-duplicates: ',
            detail.duplicates.flatMap((d, i) => [
              i ? ', ' : '',
              h('a', { href: `#/articles/${d.id}` }, d.title ?? `Article ${d.id}`),
              ` (${Math.round(d.similarity * 100)}%)`,
            ]),
          ),
        ]
      : [];
    return articleView(detail.analysis, {
      entityIds: detail.entityIds,
      title: detail.title,
      extra: duplicates,
    });
  }
  if (parts[0] === 'entities' && /^\d+$/.test(parts[1] ?? '')) return entityView(Number(parts[1]));
  return h('p', {}, 'Page not found. ', h('a', { href: '#/' }, 'Back to the corpus'), '.');
}

/** Counts navigations, so that a page still loading when the next one starts is never shown. */
let navigation = 0;

async function route(): Promise<void> {
  const current = ++navigation;
  document.getElementById('tooltip')!.hidden = true;
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  let page: HTMLElement;
  try {
    page = await view(location.hash || '#/');
  } catch (err) {
    page = h('p', { class: 'status error', role: 'alert' }, (err as Error).message);
  }
  // A later navigation (a hash change while this page's data was on its way) owns the page now:
  // showing this one would replace it, form inputs and all, when its own data arrives.
  if (current !== navigation) return;
  main.replaceChildren(page);
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', () => void route());
void route();
