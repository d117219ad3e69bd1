/**
 * The article view: the text with sources, cues and contents highlighted, and a side panel with
 * the scorecard, entities, disputes and a timeline. Used for stored articles and fresh analyses.
 */
import type { Analysis, Attribution } from '../../../src/analysis/types.js';
import { externalLink, h } from '../dom.js';
import { chainOf, type MarkKind, type Segment, segment } from '../highlight.js';
import { sidePanel } from './articlePanel.js';

export interface ArticleViewOptions {
  /** Analysis entity id → corpus entity id, for links to entity pages (stored articles only). */
  entityIds?: Record<string, number>;
  /** The title from the article's metadata, when the text itself has none. */
  title?: string | null;
  /** Extra lines under the title (e.g. near-duplicates). */
  extra?: Node[];
}

const LEGEND: [MarkKind, string][] = [
  ['source', 'Source (who)'],
  ['cue', 'Cue (said, denied …)'],
  ['content', 'Content (what)'],
  ['anonymous', 'Anonymous source'],
  ['unsourced', 'Unsourced check-worthy claim'],
];

export function articleView(analysis: Analysis, options: ArticleViewOptions = {}): HTMLElement {
  const info = analysis.article;
  const title = info.title?.text ?? options.title ?? analysis.input;
  const meta = [info.outlet, info.published, info.byline.map((b) => b.name).join(', ')]
    .filter(Boolean)
    .join(' · ');
  const body = textWithMarks(analysis, options);
  return h(
    'article',
    { class: 'article-view' },
    h('h1', {}, title),
    h('p', { class: 'meta' }, meta, info.url ? [' · ', externalLink(info.url, 'original')] : null),
    options.extra ?? null,
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Legend' },
      LEGEND.map(([kind, label]) => h('li', {}, h('span', { class: `swatch m-${kind}` }, 'Aa'), ' ', label)),
    ),
    h('p', { class: 'hint' }, 'Hover or tab to a highlighted cue to see who said it and through whom.'),
    h(
      'div',
      { class: 'article-layout' },
      h('section', { class: 'article-text', 'aria-label': 'Article text' }, body),
      sidePanel(analysis, options.entityIds),
    ),
  );
}

function textWithMarks(analysis: Analysis, options: ArticleViewOptions): HTMLElement {
  const byId = new Map(analysis.attributions.map((a) => [a.id, a]));
  const container = h('div', { class: 'text' });
  const spansOf = new Map<string, HTMLElement[]>();
  for (const seg of segment(analysis)) {
    const piece = analysis.text.slice(seg.start, seg.end);
    if (seg.kinds.size === 0) {
      container.append(piece);
      continue;
    }
    const span = segmentElement(seg, piece, byId);
    for (const id of seg.attributions) {
      if (!spansOf.has(id)) spansOf.set(id, []);
      spansOf.get(id)!.push(span);
    }
    container.append(span);
  }
  wireTooltip(container, analysis, spansOf, options);
  return container;
}

function segmentElement(seg: Segment, piece: string, byId: Map<string, Attribution>): HTMLElement {
  const classes = [...seg.kinds].map((k) => `m-${k}`).join(' ');
  const innermost = seg.attributions.at(-1);
  const attrs: Record<string, string | number | undefined> = { class: classes, 'data-attr': innermost };
  if (seg.cueOf) {
    const a = byId.get(seg.cueOf)!;
    const who = a.source?.text ?? 'no named source';
    Object.assign(attrs, {
      tabindex: 0,
      'data-attr': seg.cueOf,
      'data-cue': seg.cueOf,
      'aria-describedby': 'tooltip',
      'aria-label': `${piece} — attribution to ${who}`,
    });
  }
  return h('span', attrs, piece);
}

function wireTooltip(
  container: HTMLElement,
  analysis: Analysis,
  spansOf: Map<string, HTMLElement[]>,
  options: ArticleViewOptions,
): void {
  const tooltip = document.getElementById('tooltip')!;
  let active: string | null = null;
  const show = (id: string, anchor: HTMLElement) => {
    if (active) for (const s of spansOf.get(active) ?? []) s.classList.remove('active');
    active = id;
    for (const s of spansOf.get(id) ?? []) s.classList.add('active');
    fillTooltip(tooltip, analysis, id, options);
    tooltip.hidden = false;
    const r = anchor.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    tooltip.style.maxWidth = `${width}px`;
    tooltip.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
    tooltip.style.top = `${r.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    if (active) for (const s of spansOf.get(active) ?? []) s.classList.remove('active');
    active = null;
    tooltip.hidden = true;
  };
  const target = (e: Event) => (e.target as HTMLElement).closest<HTMLElement>('[data-attr]');
  container.addEventListener('mouseover', (e) => {
    const el = target(e);
    if (el?.dataset.attr) show(el.dataset.attr, el);
  });
  container.addEventListener('mouseleave', hide);
  container.addEventListener('focusin', (e) => {
    const el = target(e);
    if (el?.dataset.cue) show(el.dataset.cue, el);
  });
  container.addEventListener('focusout', hide);
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

function fillTooltip(
  tooltip: HTMLElement,
  analysis: Analysis,
  id: string,
  options: ArticleViewOptions,
): void {
  const a = analysis.attributions.find((x) => x.id === id);
  if (!a) return;
  const entity = a.source?.entity ? analysis.entities.find((e) => e.id === a.source!.entity) : undefined;
  const chain = chainOf(analysis, id);
  tooltip.replaceChildren(
    h(
      'p',
      { class: 'chain', 'aria-label': 'Chain' },
      chain.flatMap((name, i) => [
        i ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null,
        h('b', {}, name),
      ]),
    ),
    entity
      ? h(
          'p',
          {},
          `Entity: ${entity.name} (${entity.type})`,
          entity.variants && entity.variants.length > 1
            ? ` — also ${entity.variants.slice(1).join(', ')}`
            : '',
          options.entityIds?.[entity.id] !== undefined ? ' · see its page in the side panel' : '',
        )
      : h('p', {}, a.source ? `Source kind: ${a.source.kind}` : 'No source named'),
    h(
      'p',
      { class: 'small' },
      `“${a.cue.text}” (${a.cue.stance}) · ${a.form} quote · confidence ${a.confidence.toFixed(2)} · rule ${a.rule}`,
    ),
  );
}
