/**
 * The stylesheet of the HTML report. Colours are the Okabe–Ito palette, distinguishable with the
 * common colour-vision deficiencies; each role also differs by shape (border, underline, weight)
 * so the page reads in greyscale too.
 */
export const PALETTE = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const CSS = `
:root { --source: ${PALETTE.skyBlue}; --cue: ${PALETTE.orange}; --content: ${PALETTE.bluishGreen};
  --anonymous: ${PALETTE.vermillion}; --claim: ${PALETTE.reddishPurple}; --date: ${PALETTE.blue}; --framing: ${PALETTE.yellow}; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff;
  margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; } h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
.meta { color: #555; margin: 0 0 1rem; } .meta span + span::before { content: " · "; }
nav.inputs ul { padding-left: 1.2rem; }
article.analysis + article.analysis { border-top: 3px double #999; margin-top: 2rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem; line-height: 1.8; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; }
aside.panel { border: 1px solid #ddd; border-radius: 6px; padding: .75rem 1rem; position: sticky; top: .5rem; }
aside.panel h2 { margin-top: .25rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .25rem .4rem; border-bottom: 1px solid #eee; }
th { font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; padding: 0; list-style: none; font-size: .9rem; }
.source { background: color-mix(in srgb, var(--source) 35%, transparent); border-bottom: 2px solid var(--source); }
.source.anonymous { background: color-mix(in srgb, var(--anonymous) 22%, transparent); outline: 2px dashed var(--anonymous); outline-offset: 1px; }
.cue { font-weight: 700; background: color-mix(in srgb, var(--cue) 40%, transparent); }
.content { background: color-mix(in srgb, var(--content) 14%, transparent); text-decoration: underline solid var(--content) 2px; text-underline-offset: 4px; }
.claim.unsourced.checkworthy { text-decoration: underline wavy var(--claim) 2px; text-underline-offset: 5px; text-decoration-skip-ink: none; }
.date { border-bottom: 2px dotted var(--date); }
.framing { font-style: italic; background: color-mix(in srgb, var(--framing) 45%, transparent); }
.removed { color: #8a8a8a; background: repeating-linear-gradient(135deg, #f4f4f4 0 6px, #ebebeb 6px 12px); text-decoration: line-through #bbb; }
.removed::before { content: "[removed: " attr(data-reason) "]"; display: inline-block; margin-right: .35em; font: .75rem system-ui, sans-serif; color: #666; }
.id { color: #777; font-size: .85em; font-variant-numeric: tabular-nums; }
.kind-anonymous { color: var(--anonymous); font-weight: 600; }
.muted { color: #777; } .empty { color: #777; font-style: italic; }
`;
