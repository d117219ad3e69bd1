/** The entity page: everything one person or organisation is reported to have said, and disputes. */
import type { DisputeRecord, EntityDetail, Quote } from '../../../src/store/Store.js';
import { api } from '../api.js';
import { h } from '../dom.js';

export async function entityView(id: number): Promise<HTMLElement> {
  const e = await api<EntityDetail>(`/api/entities/${id}`);
  const byArticle = new Map<number, Quote[]>();
  for (const q of e.quotes) {
    if (!byArticle.has(q.articleId)) byArticle.set(q.articleId, []);
    byArticle.get(q.articleId)!.push(q);
  }
  return h(
    'div',
    { class: 'entity-view' },
    h('h1', {}, e.name, ' ', h('span', { class: `tag t-${e.type.toLowerCase()}` }, e.type)),
    h(
      'p',
      { class: 'meta' },
      `${e.attributions} attributions · ${e.mentions} mentions in ${e.articles} article${e.articles === 1 ? '' : 's'}`,
    ),
    e.aliases.length > 1 ? h('p', { class: 'small' }, `Also called: ${e.aliases.slice(1).join(', ')}`) : null,
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, `Reported statements (${e.quotes.length})`),
      quotes(byArticle),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, `Disputes involving ${e.name} (${e.disputes.length})`),
      disputeList(e.disputes, 'No disputes involve this entity.'),
    ),
  );
}

function quotes(byArticle: Map<number, Quote[]>): HTMLElement {
  if (byArticle.size === 0) return h('p', { class: 'empty' }, 'Nothing is attributed to this entity.');
  return h(
    'ul',
    { class: 'quotes' },
    [...byArticle.values()].map((qs) =>
      h(
        'li',
        {},
        h(
          'p',
          {},
          h('a', { href: `#/articles/${qs[0].articleId}` }, qs[0].title ?? `Article ${qs[0].articleId}`),
          h('span', { class: 'meta' }, ` ${[qs[0].outlet, qs[0].published].filter(Boolean).join(' · ')}`),
        ),
        h(
          'ul',
          {},
          qs.map((q) =>
            h(
              'li',
              { class: `quote stance-${q.stance}` },
              h('span', { class: 'tag' }, q.stance),
              ' ',
              h('span', { class: 'cue' }, q.cue),
              ` (${q.form}): `,
              h('q', {}, q.content),
            ),
          ),
        ),
      ),
    ),
  );
}

export function disputeList(list: DisputeRecord[], empty: string): HTMLElement {
  if (list.length === 0) return h('p', { class: 'empty' }, empty);
  return h(
    'ul',
    { class: 'disputes' },
    list.map((d) =>
      h(
        'li',
        { class: 'dispute' },
        h(
          'p',
          { class: 'small' },
          h('a', { href: `#/articles/${d.articleId}` }, d.title ?? `Article ${d.articleId}`),
          ` · about: ${d.about}`,
        ),
        h('p', { class: 'claim' }, h('b', {}, d.claimant ?? 'The article'), ' claims'),
        d.denials.map((x) =>
          h(
            'p',
            { class: 'denial' },
            '↔ ',
            x.entityId !== null
              ? h('a', { href: `#/entities/${x.entityId}` }, x.speaker ?? '?')
              : h('b', {}, x.speaker ?? '(unnamed)'),
            ` ${x.cue} (${x.stance}): `,
            h('q', {}, x.content),
          ),
        ),
      ),
    ),
  );
}
