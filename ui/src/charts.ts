/** Inline SVG charts: horizontal bars and a two-column relay network. No scripts, no styles inline. */
import type { NetworkEdge } from '../../src/store/Store.js';
import { pct, svg } from './dom.js';

const BAR_HEIGHT = 26;
const LABEL_WIDTH = 150;
const CHART_WIDTH = 360;

/** One bar per row, value in [0, 1], labelled with its percentage. */
export function shareBars(
  rows: { label: string; value: number }[],
  title: string,
  colour: string,
): SVGElement {
  const height = rows.length * BAR_HEIGHT + 4;
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 50;
  return svg(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${CHART_WIDTH} ${height}`,
      role: 'img',
      'aria-label': title,
      preserveAspectRatio: 'xMinYMin meet',
    },
    svg('title', {}, title),
    rows.map((r, i) => {
      const y = i * BAR_HEIGHT + 2;
      const w = Math.max(1, Math.round(Math.min(1, Math.max(0, r.value)) * barSpace));
      return svg(
        'g',
        {},
        svg(
          'text',
          { x: LABEL_WIDTH - 6, y: y + 15, 'text-anchor': 'end', class: 'chart-label' },
          clip(r.label, 18),
        ),
        svg('rect', { x: LABEL_WIDTH, y: y + 3, width: w, height: BAR_HEIGHT - 8, fill: colour }),
        svg('text', { x: LABEL_WIDTH + w + 4, y: y + 17, class: 'chart-value' }, pct(r.value)),
      );
    }),
  );
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Outlets on the left, speakers on the right, one line per edge, thicker for more quotes. */
export function relayNetwork(edges: NetworkEdge[], onSpeaker: (e: NetworkEdge) => string | null): SVGElement {
  const outlets = [...new Set(edges.map((e) => e.outlet))];
  const speakers = [...new Set(edges.map((e) => e.speaker))];
  const row = 24;
  const height = Math.max(outlets.length, speakers.length) * row + 10;
  const width = 420;
  const yOf = (list: string[], name: string) => {
    const offset = ((Math.max(outlets.length, speakers.length) - list.length) * row) / 2;
    return offset + list.indexOf(name) * row + 17;
  };
  const max = Math.max(1, ...edges.map((e) => e.count));
  return svg(
    'svg',
    {
      class: 'chart network',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': 'Who relays whom',
    },
    svg('title', {}, 'Outlets (left) quoting speakers (right)'),
    edges.map((e) =>
      svg(
        'line',
        {
          x1: 140,
          y1: yOf(outlets, e.outlet) - 4,
          x2: 280,
          y2: yOf(speakers, e.speaker) - 4,
          'stroke-width': 1 + (3 * e.count) / max,
          class: e.kind === 'anonymous' ? 'edge edge-anon' : 'edge',
        },
        svg('title', {}, `${e.outlet} → ${e.speaker}: ${e.count}`),
      ),
    ),
    outlets.map((o) =>
      svg('text', { x: 134, y: yOf(outlets, o), 'text-anchor': 'end', class: 'chart-label' }, clip(o, 20)),
    ),
    speakers.map((s) => {
      const edge = edges.find((e) => e.speaker === s)!;
      const href = onSpeaker(edge);
      const label = svg('text', { x: 286, y: yOf(speakers, s), class: 'chart-label' }, clip(s, 20));
      return href ? svg('a', { href }, label) : label;
    }),
  );
}
