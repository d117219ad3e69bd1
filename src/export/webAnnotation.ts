/**
 * W3C Web Annotation (JSON-LD): one annotation per attribution and per claim, targeting the article
 * with a TextPositionSelector (code-point offsets, as the model requires) and a TextQuoteSelector
 * (exact text with prefix and suffix), so the annotations survive small edits of the page.
 */
import type { Analysis, Span } from '../analysis/types.js';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context kept on each side in a TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

export type WebAnnotation = Record<string, unknown>;

export function articleIri(id: number, analysis: Analysis): string {
  return analysis.article.url ?? `urn:whosaid:article:${id}`;
}

function target(source: string, chars: string[], span: Span) {
  return {
    source,
    selector: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      {
        type: 'TextQuoteSelector',
        exact: span.text,
        prefix: chars.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start).join(''),
        suffix: chars.slice(span.end, span.end + QUOTE_CONTEXT).join(''),
      },
    ],
  };
}

export function webAnnotations(id: number, analysis: Analysis): WebAnnotation[] {
  const source = articleIri(id, analysis);
  const chars = [...analysis.text];
  const base = `urn:whosaid:article:${id}`;
  const out: WebAnnotation[] = [];
  for (const a of analysis.attributions) {
    const spans = a.content.length > 0 ? a.content : [a.cue];
    const speaker = a.source ? `${a.source.text} (${a.source.kind})` : 'no source given';
    out.push({
      '@context': ANNOTATION_CONTEXT,
      id: `${base}#${a.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: `attribution:${a.form}` },
        { type: 'TextualBody', purpose: 'tagging', value: `stance:${a.cue.stance}` },
        {
          type: 'TextualBody',
          purpose: 'describing',
          format: 'text/plain',
          value: `${speaker} — ${a.cue.text}`,
        },
      ],
      target: [...spans, ...(a.source ? [a.source] : [])].map((s) => target(source, chars, s)),
      generator: {
        type: 'Software',
        name: `${analysis.generator.name} ${analysis.generator.version} (${analysis.generator.extractor})`,
      },
    });
  }
  for (const c of analysis.claims) {
    out.push({
      '@context': ANNOTATION_CONTEXT,
      id: `${base}#${c.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: c.sourced ? 'claim:sourced' : 'claim:unsourced' },
        { type: 'TextualBody', purpose: 'describing', value: `check-worthiness ${c.checkworthy}` },
      ],
      target: target(source, chars, c),
    });
  }
  return out;
}
