/**
 * The HTML report (`--format html`): one self-contained page (inline CSS, no scripts, no external
 * resources) showing the article text with its sources, cues and contents highlighted, and panels
 * for the scorecard, attributions, entities, claims, disputes and the timeline. Every string that
 * comes from the input is escaped; a Content-Security-Policy forbids scripts as a second guard.
 */
import type { Analysis, Attribution } from '../analysis/types.js';
import {
  CHECKWORTHY_THRESHOLD,
  chainText,
  contentText,
  dateValue,
  describeRef,
  elideMiddle,
  entityNameOf,
  type Index,
  indexAnalysis,
  mentionsName,
  oneLine,
  percent,
  sourceKind,
  timeline,
  unsourcedCheckworthy,
} from './describe.js';
import { CSS } from './htmlStyle.js';
import { attrs, el, escapeText, type Mark, markUp, safeLink } from './markup.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'";

/** Draw order of overlapping marks with the same range: removed text outermost, dates innermost. */
const RANK = { removed: 0, claim: 1, content: 2, source: 3, cue: 4, framing: 5, date: 6 } as const;

/** One page for one or several analyses (a batch gets a list of its inputs at the top). */
export function renderHtml(analyses: Analysis[]): string {
  const pageTitle =
    analyses.length === 1
      ? `whosaid: ${analyses[0].article.title ? oneLine(analyses[0].article.title.text) : analyses[0].input}`
      : `whosaid: ${analyses.length} articles`;
  const nav =
    analyses.length > 1
      ? `<nav class="inputs"><h2>Inputs</h2><ul>${analyses
          .map((a, i) => `<li><a href="#article-${i + 1}">${escapeText(a.input)}</a></li>`)
          .join('')}</ul></nav>`
      : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="whosaid">`,
    el('title', {}, pageTitle),
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    nav,
    ...analyses.map((a, i) => renderArticle(a, i + 1)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderArticle(analysis: Analysis, n: number): string {
  const index = indexAnalysis(analysis);
  return [
    `<article class="analysis" id="article-${n}"${attrs({ 'data-input': analysis.input })}>`,
    el('h1', {}, analysis.article.title ? oneLine(analysis.article.title.text) : '(no title found)'),
    metaLine(analysis),
    LEGEND,
    '<div class="layout">',
    `<section class="text" aria-label="Article text">${markUp(analysis.text, marksOf(analysis, index))}</section>`,
    scorecardPanel(analysis),
    '</div>',
    attributionsTable(analysis, index),
    entitiesTable(analysis),
    claimsList(analysis),
    disputesList(analysis, index),
    timelineTable(analysis),
    '</article>',
  ].join('\n');
}

function metaLine(analysis: Analysis): string {
  const { article } = analysis;
  const parts = [
    article.byline.length > 0 ? `by ${article.byline.map((b) => b.name).join(', ')}` : 'author unknown',
    article.published ? `published ${article.published}` : 'date unknown',
  ].map((t) => el('span', {}, t));
  if (article.outlet) parts.push(el('span', {}, article.outlet));
  if (article.url) parts.push(`<span>${safeLink(article.url)}</span>`);
  parts.push(el('span', { class: 'muted' }, `input: ${analysis.input}`));
  return `<p class="meta">${parts.join('')}</p>`;
}

const LEGEND = `<ul class="legend" aria-label="Legend">${[
  ['source', 'source'],
  ['source anonymous', 'anonymous source'],
  ['cue', 'cue (said, denied…)'],
  ['content', 'what was said'],
  ['claim unsourced checkworthy', 'unsourced check-worthy claim'],
  ['framing', 'framing in the author’s voice'],
  ['date', 'date'],
  ['removed', 'removed (not analysed)'],
]
  .map(([cls, label]) => `<li><span class="${cls}" data-reason="…">${escapeText(label)}</span></li>`)
  .join('')}</ul>`;

/** What a reader sees when hovering any part of an attribution. */
function tooltip(a: Attribution, index: Index): string {
  const who = a.source ? `${oneLine(a.source.text)} (${a.source.kind})` : '(no source: agentless)';
  const parts = [`${a.id}: ${who}`];
  const name = entityNameOf(a, index);
  if (name && a.source && !mentionsName(a.source.text, name)) parts.push(`= ${name} (${a.source.entity})`);
  parts.push(`—${oneLine(a.cue.text)}→ ${a.form}`);
  if (a.cue.stance !== 'assert') parts.push(`stance: ${a.cue.stance}`);
  const chain = chainText(a, index);
  if (chain) parts.push(chain);
  parts.push(`${a.rule} ${a.confidence.toFixed(2)}`);
  return parts.join(' · ');
}

function marksOf(analysis: Analysis, index: Index): Mark[] {
  const marks: Mark[] = [];
  for (const r of analysis.article.removed)
    marks.push({
      ...r,
      rank: RANK.removed,
      attributes: { class: 'removed', 'data-reason': r.reason, title: `removed: ${r.reason}` },
    });
  for (const a of analysis.attributions) {
    const title = tooltip(a, index);
    const common = {
      'data-attribution': a.id,
      'data-via': a.via,
      'data-entity': a.source?.entity ?? null,
      title,
    };
    for (const c of a.content)
      marks.push({
        ...c,
        rank: RANK.content,
        attributes: { class: 'content', 'data-role': 'content', 'data-form': a.form, ...common },
      });
    if (a.source) {
      const cls = a.source.kind === 'anonymous' ? 'source anonymous' : 'source';
      marks.push({
        ...a.source,
        rank: RANK.source,
        attributes: { class: cls, 'data-role': 'source', 'data-kind': a.source.kind, ...common },
      });
    }
    marks.push({
      ...a.cue,
      rank: RANK.cue,
      attributes: { class: 'cue', 'data-role': 'cue', 'data-stance': a.cue.stance, ...common },
    });
  }
  for (const c of analysis.claims) {
    if (!c.sourced && c.checkworthy >= CHECKWORTHY_THRESHOLD)
      marks.push({
        ...c,
        rank: RANK.claim,
        attributes: {
          class: 'claim unsourced checkworthy',
          'data-claim': c.id,
          'data-checkworthy': c.checkworthy.toFixed(2),
          title: `${c.id}: asserted without a source · check-worthy ${c.checkworthy.toFixed(2)}`,
        },
      });
    for (const f of c.framing ?? [])
      marks.push({
        ...f,
        rank: RANK.framing,
        attributes: { class: 'framing', 'data-claim': c.id, title: `${c.id}: framing` },
      });
  }
  for (const d of analysis.dates)
    marks.push({
      ...d,
      rank: RANK.date,
      attributes: {
        class: 'date',
        'data-role': 'date',
        'data-value': dateValue(d),
        'data-attribution': d.attribution,
        title: `date: ${dateValue(d)}`,
      },
    });
  return marks;
}

function scorecardPanel(analysis: Analysis): string {
  const s = analysis.scorecard;
  const rows: [string, string][] = [
    ['Attributions', String(s.attributions)],
    ['Distinct sources', String(s.distinctSources)],
    ['Named people', String(s.named.person)],
    ['Named organizations', String(s.named.organization)],
    ['Named media', String(s.named.media)],
    ['Documents', String(s.named.document)],
    ['Anonymous sources', `${s.anonymous} (${percent(s.shares.anonymous)} of attributions)`],
    ['Author as source', String(s.author)],
    ['Unknown sources', String(s.unknown)],
    ['Agentless (no source)', String(s.agentless)],
    ['Direct quotes', `${s.direct} (${percent(s.shares.direct)})`],
    ['Indirect', String(s.indirect)],
    ['Mixed', String(s.mixed)],
    ['Claims', String(s.claims)],
    ['Unsourced claims', `${s.unsourcedClaims} (${percent(s.shares.unsourcedClaims)})`],
    ['…of them check-worthy', String(s.unsourcedCheckworthy)],
    ['Disputes', String(s.disputes)],
    ['Outlets relayed', s.outletsRelayed.length > 0 ? s.outletsRelayed.join(', ') : 'none'],
  ];
  const body = rows
    .map(([k, v]) => `<tr><th scope="row">${escapeText(k)}</th><td>${escapeText(v)}</td></tr>`)
    .join('');
  return `<aside class="panel scorecard"><h2>Scorecard</h2><table>${body}</table></aside>`;
}

function table(caption: string, head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<h2>${escapeText(caption)}</h2><p class="empty">${escapeText(empty)}</p>`;
  const th = head.map((h) => `<th scope="col">${escapeText(h)}</th>`).join('');
  const tr = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n');
  return `<h2>${escapeText(caption)}</h2><table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

const td = (text: string, cls?: string) => el('td', { class: cls }, text);

function attributionsTable(analysis: Analysis, index: Index): string {
  const rows = analysis.attributions.map((a) => {
    const name = entityNameOf(a, index);
    const source = a.source
      ? oneLine(a.source.text) + (name && !mentionsName(a.source.text, name) ? ` = ${name}` : '')
      : '(none)';
    return [
      td(a.id, 'id'),
      td(source),
      td(sourceKind(a), `kind-${sourceKind(a)}`),
      td(a.cue.stance === 'assert' ? oneLine(a.cue.text) : `${oneLine(a.cue.text)} (${a.cue.stance})`),
      td(`“${contentText(a)}”`),
      td(a.form),
      td(chainText(a, index)),
      td(`${a.rule} ${a.confidence.toFixed(2)}`, 'muted'),
    ];
  });
  return table(
    `Attributions (${rows.length})`,
    ['', 'Source', 'Kind', 'Cue', 'Content', 'Form', 'Chain', 'Rule'],
    rows,
    'No attributions found.',
  );
}

function entitiesTable(analysis: Analysis): string {
  const rows = analysis.entities.map((e) => {
    const variants = (e.variants ?? [...new Set(e.mentions.map((m) => oneLine(m.text)))]).filter(
      (v) => v !== e.name,
    );
    return [
      td(e.id, 'id'),
      td(e.name),
      td(e.type),
      td(String(e.mentions.length), 'num'),
      td(variants.join(', ')),
    ];
  });
  return table(
    `Entities (${rows.length})`,
    ['', 'Name', 'Type', 'Mentions', 'Variants'],
    rows,
    'No entities found.',
  );
}

function claimsList(analysis: Analysis): string {
  const claims = unsourcedCheckworthy(analysis);
  if (claims.length === 0) return '';
  const rows = claims.map((c) => [
    td(c.id, 'id'),
    td(c.checkworthy.toFixed(2), 'num'),
    td(elideMiddle(oneLine(c.text), 300)),
  ]);
  return table(`Unsourced check-worthy claims (${rows.length})`, ['', 'Score', 'Claim'], rows, '');
}

function disputesList(analysis: Analysis, index: Index): string {
  if (analysis.disputes.length === 0) return '';
  const rows = analysis.disputes.map((d) => [
    td(d.id, 'id'),
    td(describeRef(d.claim, analysis, index)),
    `<td>${d.denials.map((id) => escapeText(describeRef(id, analysis, index))).join('<br>')}</td>`,
    td(oneLine(d.about.text)),
  ]);
  return table(`Disputes (${rows.length})`, ['', 'Claim', 'Denied by', 'About'], rows, '');
}

function timelineTable(analysis: Analysis): string {
  if (analysis.dates.length === 0) return '';
  const chars = [...analysis.text];
  const rows = timeline(analysis.dates).map((d) => [
    td(dateValue(d)),
    td(oneLine(d.text)),
    td(elideMiddle(oneLine(chars.slice(d.sentence.start, d.sentence.end).join('')), 200)),
    td(d.attribution ?? '', 'id'),
  ]);
  return table(`Timeline (${rows.length})`, ['When', 'Said as', 'Sentence', 'Attribution'], rows, '');
}
