/**
 * The corpus dashboard: articles with search and filters, most-cited sources, sourcing shares by
 * outlet, the relay network, near-duplicate clusters, and an upload form to add files.
 */
import type {
  ArticleSummary,
  CorpusStats,
  DisputeRecord,
  DuplicateCluster,
  NetworkEdge,
  OutletStats,
  Page,
  SourceCount,
} from '../../../src/store/Store.js';
import { api, query } from '../api.js';
import { relayNetwork, shareBars } from '../charts.js';
import { clear, h } from '../dom.js';
import { disputeList } from './entity.js';
import { uploadForm } from './upload.js';

const PAGE_SIZE = 25;
/** Okabe–Ito reddish purple and orange: the article view's anonymous and unsourced colours. */
const ANON_COLOUR = '#CC79A7';
const UNSOURCED_COLOUR = '#E69F00';

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
  hasAnonymous?: boolean;
  hasDispute?: boolean;
  offset?: number;
  /** A one-off message to show after re-rendering (e.g. what an upload added). */
  notice?: string;
}

export async function dashboardView(
  filters: ArticleFilters,
  go: (f: ArticleFilters) => void,
  notice?: string,
): Promise<HTMLElement> {
  const [stats, outlets, sources, network, clusters, disputes] = await Promise.all([
    api<CorpusStats>('/api/stats'),
    api<OutletStats[]>('/api/outlets'),
    api<SourceCount[]>('/api/sources?limit=15'),
    api<NetworkEdge[]>('/api/network?limit=40'),
    api<DuplicateCluster[]>('/api/clusters?limit=20'),
    api<DisputeRecord[]>('/api/disputes?limit=10'),
  ]);
  const table = h('div', { class: 'articles-table' });
  const root = h(
    'div',
    { class: 'dashboard' },
    h('h1', {}, 'Corpus'),
    h(
      'p',
      { class: 'meta' },
      `${stats.articles} articles · ${stats.attributions} attributions · ${stats.entities} entities · ${stats.disputes} disputes · ${stats.outlets} outlets`,
    ),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    uploadForm((message) => go({ ...filters, notice: message })),
    h('section', { class: 'panel' }, h('h2', {}, 'Articles'), filterForm(filters, outlets, go), table),
    h(
      'div',
      { class: 'grid' },
      sourcesPanel(sources),
      h(
        'section',
        { class: 'panel' },
        h('h2', {}, 'Anonymous-source share by outlet'),
        outlets.length
          ? shareBars(
              outlets.map((o) => ({ label: o.outlet, value: o.anonymousShare })),
              'Anonymous-source share by outlet',
              ANON_COLOUR,
            )
          : h('p', { class: 'empty' }, 'No outlets yet.'),
        h('h2', {}, 'Unsourced-claim share by outlet'),
        outlets.length
          ? shareBars(
              outlets.map((o) => ({ label: o.outlet, value: o.unsourcedClaimShare })),
              'Unsourced-claim share by outlet',
              UNSOURCED_COLOUR,
            )
          : h('p', { class: 'empty' }, 'No outlets yet.'),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', {}, 'Who relays whom'),
        network.length
          ? relayNetwork(network, (e) => (e.entityId !== null ? `#/entities/${e.entityId}` : null))
          : h('p', { class: 'empty' }, 'No outlet quotes anyone yet.'),
      ),
      clustersPanel(clusters),
      h(
        'section',
        { class: 'panel' },
        h('h2', {}, 'Latest disputes'),
        disputeList(disputes, 'No claim in the corpus is denied or disputed yet.'),
      ),
    ),
  );
  await fillTable(table, filters, go);
  return root;
}

function filterForm(
  filters: ArticleFilters,
  outlets: OutletStats[],
  go: (f: ArticleFilters) => void,
): HTMLElement {
  const q = h('input', {
    id: 'f-q',
    type: 'search',
    name: 'q',
    value: filters.q ?? '',
    placeholder: 'Search text and quotes',
  });
  const outlet = h(
    'select',
    { id: 'f-outlet', name: 'outlet' },
    h('option', { value: '' }, 'All outlets'),
    outlets.map((o) => h('option', { value: o.outlet, selected: o.outlet === filters.outlet }, o.outlet)),
  );
  const from = h('input', { id: 'f-from', type: 'date', name: 'from', value: filters.from ?? '' });
  const to = h('input', { id: 'f-to', type: 'date', name: 'to', value: filters.to ?? '' });
  const anon = h('input', {
    id: 'f-anon',
    type: 'checkbox',
    name: 'hasAnonymous',
    checked: filters.hasAnonymous,
  });
  const dispute = h('input', {
    id: 'f-dispute',
    type: 'checkbox',
    name: 'hasDispute',
    checked: filters.hasDispute,
  });
  const field = (id: string, label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    field('f-q', 'Search', q),
    field('f-outlet', 'Outlet', outlet),
    field('f-from', 'From', from),
    field('f-to', 'To', to),
    h(
      'div',
      { class: 'field' },
      h('label', { class: 'check' }, anon, ' Has anonymous sources'),
      h('label', { class: 'check' }, dispute, ' Has disputes'),
    ),
    h('div', { class: 'field' }, h('button', { type: 'submit' }, 'Filter')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({
      q: q.value || undefined,
      outlet: outlet.value || undefined,
      from: from.value || undefined,
      to: to.value || undefined,
      hasAnonymous: anon.checked || undefined,
      hasDispute: dispute.checked || undefined,
    });
  });
  return form;
}

async function fillTable(table: HTMLElement, filters: ArticleFilters, go: (f: ArticleFilters) => void) {
  const offset = filters.offset ?? 0;
  const { notice: _notice, ...params } = filters;
  const page = await api<Page<ArticleSummary>>(
    `/api/articles${query({ ...params, limit: PAGE_SIZE, offset })}`,
  );
  clear(table);
  if (page.total === 0) {
    table.append(h('p', { class: 'empty' }, 'No articles match.'));
    return;
  }
  table.append(
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'data' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Title', 'Outlet', 'Published', 'Attributions', 'Anonymous', 'Unsourced claims', 'Disputes'].map(
              (c) => h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          page.items.map((a) =>
            h(
              'tr',
              {},
              h('td', { 'data-label': 'Title' }, h('a', { href: `#/articles/${a.id}` }, a.title ?? a.input)),
              h('td', { 'data-label': 'Outlet' }, a.outlet ?? '—'),
              h('td', { 'data-label': 'Published' }, a.published ?? '—'),
              h('td', { class: 'num', 'data-label': 'Attributions' }, String(a.attributions)),
              h('td', { class: 'num', 'data-label': 'Anonymous' }, String(a.anonymous)),
              h('td', { class: 'num', 'data-label': 'Unsourced claims' }, `${a.unsourcedClaims}/${a.claims}`),
              h('td', { class: 'num', 'data-label': 'Disputes' }, String(a.disputes)),
            ),
          ),
        ),
      ),
    ),
    pager(page.total, offset, (o) => go({ ...filters, offset: o })),
  );
}

function pager(total: number, offset: number, to: (offset: number) => void): HTMLElement {
  const prev = h('button', { type: 'button', disabled: offset === 0 }, '← Previous');
  const next = h('button', { type: 'button', disabled: offset + PAGE_SIZE >= total }, 'Next →');
  prev.addEventListener('click', () => to(Math.max(0, offset - PAGE_SIZE)));
  next.addEventListener('click', () => to(offset + PAGE_SIZE));
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    prev,
    ` ${offset + 1}–${Math.min(total, offset + PAGE_SIZE)} of ${total} `,
    next,
  );
}

function sourcesPanel(sources: SourceCount[]): HTMLElement {
  return h(
    'section',
    { class: 'panel' },
    h('h2', {}, 'Most-cited sources'),
    sources.length === 0
      ? h('p', { class: 'empty' }, 'No sources yet.')
      : h(
          'ol',
          { class: 'sources' },
          sources.map((s) =>
            h(
              'li',
              {},
              s.entityId !== null
                ? h('a', { href: `#/entities/${s.entityId}` }, s.name)
                : h('span', {}, s.name),
              ' ',
              h('span', { class: `tag k-${s.kind}` }, s.kind),
              ` ${s.attributions} in ${s.articles} article${s.articles === 1 ? '' : 's'}`,
            ),
          ),
        ),
  );
}

function clustersPanel(clusters: DuplicateCluster[]): HTMLElement {
  return h(
    'section',
    { class: 'panel' },
    h('h2', {}, 'Near-duplicate clusters'),
    clusters.length === 0
      ? h('p', { class: 'empty' }, 'No near-duplicates found.')
      : h(
          'ul',
          { class: 'clusters' },
          clusters.map((c) =>
            h(
              'li',
              {},
              h(
                'a',
                { href: `#/articles/${c.canonical.id}` },
                c.canonical.title ?? `Article ${c.canonical.id}`,
              ),
              ` (${c.canonical.outlet ?? 'unknown outlet'})`,
              h(
                'ul',
                {},
                c.members
                  .filter((m) => m.id !== c.canonical.id)
                  .map((m) =>
                    h(
                      'li',
                      {},
                      h('a', { href: `#/articles/${m.id}` }, m.title ?? `Article ${m.id}`),
                      ` ${m.outlet ?? ''} · ${Math.round(m.similarity * 100)}% similar`,
                    ),
                  ),
              ),
            ),
          ),
        ),
  );
}
