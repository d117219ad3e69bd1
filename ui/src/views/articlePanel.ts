/** The article view's side panel: scorecard, entities and variants, disputes, timeline of dates. */
import type { Analysis, Attribution } from '../../../src/analysis/types.js';
import { h, pct } from '../dom.js';
import { codePointIndex } from '../highlight.js';

/** Longest sentence excerpt shown in the timeline. */
const EXCERPT_CHARS = 180;

export function sidePanel(analysis: Analysis, entityIds?: Record<string, number>): HTMLElement {
  return h(
    'aside',
    { class: 'side-panel', 'aria-label': 'Article summary' },
    scorecard(analysis),
    entities(analysis, entityIds),
    disputes(analysis),
    timeline(analysis),
  );
}

function scorecard({ scorecard: s }: Analysis): HTMLElement {
  const rows: [string, string | number][] = [
    ['Attributions', s.attributions],
    ['Distinct sources', s.distinctSources],
    ['Named people', s.named.person],
    ['Named organisations', s.named.organization],
    ['Media', s.named.media],
    ['Documents', s.named.document],
    ['Anonymous sources', s.anonymous],
    ['Without a source', s.agentless],
    ['Direct / indirect / mixed', `${s.direct} / ${s.indirect} / ${s.mixed}`],
    ['Claims (unsourced)', `${s.claims} (${s.unsourcedClaims})`],
    ['Unsourced check-worthy', s.unsourcedCheckworthy],
    ['Disputes', s.disputes],
    ['Anonymous share', pct(s.shares.anonymous)],
    ['Unsourced-claim share', pct(s.shares.unsourcedClaims)],
  ];
  return h(
    'section',
    { class: 'panel scorecard' },
    h('h2', {}, 'Scorecard'),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, String(v)))),
      ),
    ),
    s.outletsRelayed.length ? h('p', { class: 'small' }, `Relays: ${s.outletsRelayed.join(', ')}`) : null,
  );
}

function entities(analysis: Analysis, entityIds?: Record<string, number>): HTMLElement {
  const list = analysis.entities
    .filter((e) => e.type !== 'DATE')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return h(
    'section',
    { class: 'panel entities' },
    h('h2', {}, `Entities (${list.length})`),
    list.length === 0
      ? h('p', { class: 'empty' }, 'No entities found.')
      : h(
          'ul',
          {},
          list.map((e) => {
            const corpusId = entityIds?.[e.id];
            const name =
              corpusId !== undefined
                ? h('a', { href: `#/entities/${corpusId}` }, e.name)
                : h('b', {}, e.name);
            const variants = (e.variants ?? []).filter((v) => v !== e.name);
            return h(
              'li',
              {},
              name,
              ' ',
              h('span', { class: `tag t-${e.type.toLowerCase()}` }, e.type),
              ` ×${e.mentions.length}`,
              variants.length ? h('div', { class: 'small' }, `also: ${variants.join(', ')}`) : null,
            );
          }),
        ),
  );
}

function statement(analysis: Analysis, id: string): { who: string; what: string } {
  const a = analysis.attributions.find((x) => x.id === id);
  if (a) return { who: speaker(analysis, a), what: a.content.map((c) => c.text).join(' … ') || a.cue.text };
  const c = analysis.claims.find((x) => x.id === id);
  return { who: c?.sourced ? 'sourced claim' : 'the article itself', what: c?.text ?? id };
}

function speaker(analysis: Analysis, a: Attribution): string {
  if (!a.source) return '(no source)';
  const e = a.source.entity ? analysis.entities.find((x) => x.id === a.source!.entity) : undefined;
  return e?.name ?? a.source.text;
}

function disputes(analysis: Analysis): HTMLElement {
  return h(
    'section',
    { class: 'panel disputes' },
    h('h2', {}, `Disputes (${analysis.disputes.length})`),
    analysis.disputes.length === 0
      ? h('p', { class: 'empty' }, 'No claim here is denied or disputed.')
      : h(
          'ul',
          {},
          analysis.disputes.map((d) => {
            const claim = statement(analysis, d.claim);
            return h(
              'li',
              { class: 'dispute' },
              h('p', { class: 'small' }, `About: ${d.about.text}`),
              h('p', { class: 'claim' }, h('b', {}, claim.who), ': ', claim.what),
              d.denials.map((id) => {
                const denial = statement(analysis, id);
                return h('p', { class: 'denial' }, '↔ ', h('b', {}, denial.who), ': ', denial.what);
              }),
            );
          }),
        ),
  );
}

function timeline(analysis: Analysis): HTMLElement {
  const utf16 = codePointIndex(analysis.text);
  const sortKey = (v: string | { relative: string }) => (typeof v === 'string' ? v : `~${v.relative}`);
  const dates = [...analysis.dates].sort(
    (a, b) => sortKey(a.value).localeCompare(sortKey(b.value)) || a.start - b.start,
  );
  return h(
    'section',
    { class: 'panel timeline' },
    h('h2', {}, `Timeline (${dates.length})`),
    dates.length === 0
      ? h('p', { class: 'empty' }, 'No dates found.')
      : h(
          'ol',
          {},
          dates.map((d) => {
            const sentence = analysis.text
              .slice(utf16[d.sentence.start] ?? 0, utf16[d.sentence.end] ?? 0)
              .trim();
            const excerpt =
              sentence.length > EXCERPT_CHARS ? `${sentence.slice(0, EXCERPT_CHARS)}…` : sentence;
            return h(
              'li',
              {},
              h('time', {}, typeof d.value === 'string' ? d.value : `(${d.value.relative})`),
              ' ',
              h('b', {}, d.text),
              h('div', { class: 'small' }, excerpt),
            );
          }),
        ),
  );
}
