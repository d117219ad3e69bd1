/**
 * "“…” Mr Dalby said he had been told by the minister …": a rule reading "had been told" as the
 * quote's cue takes "Mr Dalby said he" for its source, a phrase that holds the cue of another
 * statement whose content the inner cue lies in. The inner report is part of what Mr Dalby said
 * (PolNeAR never nests one in another: train shows the outer statement alone, 3 of 3), and the quote
 * is not its content; so it goes, and the outer statement stays.
 */
import type { Attribution } from '../../analysis/types.js';
import { cuesByStart, startingIn } from './byStart.js';

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * Whether `a`'s source holds `b`'s cue, and `a`'s cue lies inside `b`'s content or `a` reports the
 * same words ("“…,” Mr Cole told the Morning show": "show" read as a second cue of the quote).
 */
function swallows(a: Attribution, b: Attribution): boolean {
  if (a === b || !a.source || !within(b.cue, a.source)) return false;
  const same =
    a.content.length > 0 &&
    a.content.every((c) => b.content.some((d) => d.start === c.start && d.end === c.end));
  return same || b.content.some((c) => within(a.cue, c));
}

/** The attributions less those whose source swallows the cue of the statement they are reported in. */
export function withoutSwallowedCues(found: Attribution[]): Attribution[] {
  // Only a cue that starts inside a source can be swallowed by it: those are looked up by where they
  // start, not every pair of a long page's attributions compared.
  const cues = cuesByStart(found);
  const kept = found.filter(
    (a) => !a.source || !startingIn(cues, a.source.start, a.source.end).some((k) => swallows(a, found[k])),
  );
  return kept.length === found.length ? found : kept;
}
