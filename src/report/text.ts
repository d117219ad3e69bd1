/**
 * The readable sourcing report (`--format text`): who the article quotes, through whom, how well
 * it is sourced overall, and what it asserts on its own. Plain text, coloured only on request.
 */
import type { Analysis, Attribution, Entity, Scorecard } from '../analysis/types.js';
import {
  chainText,
  contentText,
  describeRef,
  elideMiddle,
  entityNameOf,
  type Index,
  indexAnalysis,
  mentionsName,
  oneLine,
  percent,
  plural,
  sourceKind,
  timeline,
  unsourcedCheckworthy,
} from './describe.js';
import { DEFAULT_WIDTH, type Paint, painter, wrapLine } from './terminal.js';

export interface TextOptions {
  /** ANSI colour (only for a terminal). */
  colour?: boolean;
  /** Columns to wrap to. */
  width?: number;
}

/** Longest claim or sentence shown in the claims, disputes and timeline sections. */
const MAX_SENTENCE_CHARS = 160;
/** Column where the values of the scorecard start. */
const SCORE_LABEL_WIDTH = 18;
/** Width of the date column of the timeline (an ISO date). */
const DATE_WIDTH = 10;
/** Indentation of an attribution's continuation and detail lines, under its text. */
const ITEM_INDENT = 6;

/** Renders one analysis as a report; lines end with '\n'. */
export function renderText(analysis: Analysis, options: TextOptions = {}): string {
  const paint = painter(options.colour ?? false);
  const width = options.width ?? DEFAULT_WIDTH;
  const index = indexAnalysis(analysis);
  const out: string[] = [];
  const emit = (line: string, indent = 0) => out.push(...wrapLine(line, width, indent));

  for (const line of header(analysis, paint)) emit(line, 2);
  section('SCORECARD', paint, emit);
  for (const line of scorecardLines(analysis.scorecard)) emit(line, SCORE_LABEL_WIDTH + 2);

  section(`ATTRIBUTIONS (${analysis.attributions.length})`, paint, emit);
  if (analysis.attributions.length === 0) emit(paint('dim', '  none found'));
  for (const a of analysis.attributions) {
    emit(attributionLine(a, paint), ITEM_INDENT);
    emit(' '.repeat(ITEM_INDENT) + paint('dim', attributionDetails(a, index)), ITEM_INDENT);
  }

  section(`ENTITIES (${analysis.entities.length})`, paint, emit);
  if (analysis.entities.length === 0) emit(paint('dim', '  none found'));
  for (const e of analysis.entities) emit(entityLine(e, paint), ITEM_INDENT);

  const checkworthy = unsourcedCheckworthy(analysis);
  if (checkworthy.length > 0) {
    section(`UNSOURCED CHECK-WORTHY CLAIMS (${checkworthy.length})`, paint, emit);
    for (const c of checkworthy) {
      const text = elideMiddle(oneLine(c.text), MAX_SENTENCE_CHARS);
      emit(`  ${c.checkworthy.toFixed(2)}  ${paint('magenta', `"${text}"`)} ${paint('dim', `(${c.id})`)}`, 8);
    }
  }

  const framed = analysis.claims.filter((c) => (c.framing ?? []).length > 0);
  if (framed.length > 0) {
    section(`FRAMING IN THE AUTHOR'S VOICE (${framed.length})`, paint, emit);
    for (const c of framed) {
      const words = (c.framing ?? []).map((f) => paint('magenta', `"${oneLine(f.text)}"`)).join(', ');
      const text = elideMiddle(oneLine(c.text), MAX_SENTENCE_CHARS);
      emit(`  ${words} in "${text}" ${paint('dim', `(${c.id})`)}`, 4);
    }
  }

  if (analysis.disputes.length > 0) {
    section(`DISPUTES (${analysis.disputes.length})`, paint, emit);
    for (const d of analysis.disputes) {
      emit(`  ${paint('dim', d.id)}  ${describeRef(d.claim, analysis, index)}`, ITEM_INDENT);
      for (const denial of d.denials)
        emit(
          `${' '.repeat(ITEM_INDENT)}↔ ${paint('red', describeRef(denial, analysis, index))}`,
          ITEM_INDENT + 2,
        );
      const about = elideMiddle(oneLine(d.about.text), MAX_SENTENCE_CHARS);
      emit(`${' '.repeat(ITEM_INDENT)}${paint('dim', `about: "${about}"`)}`, ITEM_INDENT);
    }
  }

  if (analysis.dates.length > 0) {
    section(`TIMELINE (${analysis.dates.length})`, paint, emit);
    const chars = [...analysis.text];
    for (const d of timeline(analysis.dates)) {
      const sentence = elideMiddle(oneLine(chars.slice(d.sentence.start, d.sentence.end).join('')), 120);
      const ref = d.attribution ? paint('dim', ` (${d.attribution})`) : '';
      const when = typeof d.value === 'string' ? d.value : 'relative';
      emit(
        `  ${paint('bold', when.padEnd(DATE_WIDTH))}  ${oneLine(d.text)} — "${sentence}"${ref}`,
        DATE_WIDTH + 4,
      );
    }
  }
  return out.map((l) => l.trimEnd()).join('\n') + '\n';
}

/** A report as one item of a batch: under a rule naming its input, after a blank line unless first. */
export function renderTextBatchItem(analysis: Analysis, first: boolean, options: TextOptions = {}): string {
  const rule = '═'.repeat(Math.min(options.width ?? DEFAULT_WIDTH, 60));
  return `${first ? '' : '\n'}${rule}\n${analysis.input}\n${rule}\n${renderText(analysis, options)}`;
}

function section(title: string, paint: Paint, emit: (line: string) => void): void {
  emit('');
  emit(paint('bold', title));
}

function header(analysis: Analysis, paint: Paint): string[] {
  const { article } = analysis;
  const lines = [paint('bold', article.title ? oneLine(article.title.text) : '(no title found)')];
  const facts: string[] = [];
  if (article.byline.length > 0) facts.push(`by ${article.byline.map((b) => b.name).join(', ')}`);
  else facts.push('author unknown');
  facts.push(article.published ? `published ${article.published}` : 'date unknown');
  if (article.outlet) facts.push(article.outlet);
  lines.push(facts.join(' · '));
  if (article.url) lines.push(paint('dim', article.url));
  const meta = [`input: ${analysis.input}`];
  if (article.removed.length > 0) meta.push(`removed: ${removedSummary(analysis)}`);
  lines.push(paint('dim', meta.join(' · ')));
  return lines;
}

/** `repeated-title, boilerplate ×3`: what segmentation set aside, in order of first appearance. */
function removedSummary(analysis: Analysis): string {
  const counts = new Map<string, number>();
  for (const r of analysis.article.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason)).join(', ');
}

function scorecardLines(s: Scorecard): string[] {
  const row = (label: string, value: string) => `  ${label.padEnd(SCORE_LABEL_WIDTH)}${value}`;
  const rows = [
    row('attributions', `${s.attributions} · ${plural(s.distinctSources, 'distinct source')}`),
    row(
      'named sources',
      `${plural(s.named.person, 'person', 'people')} · ${plural(s.named.organization, 'organization')} · ${s.named.media} media · ${plural(s.named.document, 'document')}`,
    ),
    row('anonymous', `${plural(s.anonymous, 'source')} · ${percent(s.shares.anonymous)} of attributions`),
    row('other sources', `${s.author} author · ${s.unknown} unknown · ${s.agentless} agentless (no source)`),
    row(
      'quotes',
      `${s.direct} direct · ${s.indirect} indirect · ${s.mixed} mixed (${percent(s.shares.direct)} direct)`,
    ),
    row(
      'claims',
      `${s.claims} · ${s.unsourcedClaims} unsourced (${percent(s.shares.unsourcedClaims)}) · ${s.unsourcedCheckworthy} unsourced and check-worthy`,
    ),
    row('disputes', String(s.disputes)),
    row('outlets relayed', s.outletsRelayed.length > 0 ? s.outletsRelayed.join(', ') : 'none'),
  ];
  return rows;
}

/** `A1  Haftar —said→ "we will…"`: the attribution as the reader would say it. */
function attributionLine(a: Attribution, paint: Paint): string {
  const source = a.source ? oneLine(a.source.text) : '(no source)';
  const sourceColour = !a.source || a.source.kind === 'anonymous' ? 'red' : 'cyan';
  const id = paint('dim', a.id.padEnd(ITEM_INDENT - 2));
  return `  ${id}${paint(sourceColour, source)} ${paint('yellow', `—${oneLine(a.cue.text)}→`)} ${paint('green', `"${contentText(a)}"`)}`;
}

/** Form, kind, resolved entity, chain, stance and provenance of an attribution. */
function attributionDetails(a: Attribution, index: Index): string {
  const parts: string[] = [a.form, sourceKind(a)];
  const name = entityNameOf(a, index);
  if (name && a.source && !mentionsName(a.source.text, name)) parts.push(`= ${name} (${a.source.entity})`);
  const chain = chainText(a, index);
  if (chain) parts.push(chain);
  if (a.cue.stance !== 'assert') parts.push(`stance: ${a.cue.stance}`);
  parts.push(`${a.rule} ${a.confidence.toFixed(2)}`);
  return parts.join(' · ');
}

/** `E1  PERSON  Khalifa Haftar ×4 — also: Haftar, Gen. Haftar`. */
function entityLine(e: Entity, paint: Paint): string {
  const variants = (e.variants ?? [...new Set(e.mentions.map((m) => oneLine(m.text)))]).filter(
    (v) => v !== e.name,
  );
  const also = variants.length > 0 ? ` — also: ${variants.join(', ')}` : '';
  return `  ${paint('dim', e.id.padEnd(ITEM_INDENT - 2))}${e.type.padEnd(7)} ${paint('bold', e.name)} ×${e.mentions.length}${also}`;
}
