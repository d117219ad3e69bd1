/**
 * Claims: the body split into claim units (sentences, clauses of run-ons), each marked sourced or
 * asserted in the article's own voice, scored for check-worthiness, with its framing words.
 */
import type { Claim, Range } from '../../analysis/types.js';
import type { ExtractionContext } from '../context.js';
import { predict, shippedModel } from './checkworthy/model.js';
import { findFraming } from './framing.js';
import { attributionSpans, sourcingOf, touchingIndex } from './sourcing.js';
import { claimUnits } from './units.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

function insideBody(body: Range[], start: number, end: number): boolean {
  return body.some((r) => r.start <= start && end <= r.end);
}

/** Splits the body into claim units, marks which are sourced and how check-worthy each is. */
export function findClaims(ctx: ExtractionContext): Claim[] {
  const { doc, attributions } = ctx;
  const model = shippedModel();
  if (!model) throw new Error('whosaid: models/checkworthy.bin is missing (npm run train checkworthy)');
  const spansOf = attributions.map(attributionSpans);
  const touching = touchingIndex(spansOf);
  const contents = attributions.flatMap((a) => a.content);
  const scratch: number[] = [];
  const claims: Claim[] = [];
  for (const unit of claimUnits(doc)) {
    const start = doc.tokStart[unit.start];
    const end = doc.tokEnd[unit.end - 1];
    if (!insideBody(ctx.article.body, start, end)) continue;
    const text = doc.text.slice(start, end);
    const source = sourcingOf(attributions, spansOf, start, end, touching(start, end));
    const claim: Claim = {
      id: `C${claims.length + 1}`,
      start,
      end,
      text,
      sourced: source !== null,
      attribution: source?.id ?? null,
      checkworthy: round(predict(model, text, scratch)),
    };
    const framing = findFraming(doc.text, start, end, contents);
    if (framing.length > 0) claim.framing = framing;
    claims.push(claim);
  }
  return claims;
}
