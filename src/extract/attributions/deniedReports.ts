/**
 * "The firm denied that Mrs Hale had known about the leak": what a denial says did not happen is no
 * report of the article's. The taggers read "Mrs Hale had known about" as one, cut the denial's
 * content before it, and the reader is shown a knowledge the article denies.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { ContentEnds, contentCutAt, giveBackWords } from './cutContents.js';

/**
 * "denied a report claiming …": a report or document a participle hangs on exists, whatever is
 * denied of it; only what a denied clause says someone did is no report.
 */
function namesReport(a: Attribution): boolean {
  return /^\p{L}+ing\b/iu.test(a.cue.text) || a.source?.kind === 'document' || a.source?.kind === 'media';
}

/** The attributions less those a denial's content was cut before in its sentence, whose words it takes back. */
export function withoutDeniedReports(doc: Doc, found: Attribution[]): Attribution[] {
  const sentence = (at: number) => doc.sentenceOf(doc.tokenAtOrAfter(at));
  // Only a sentence holding a denial can hold what it denies; looking no further keeps long pages linear.
  const denials = new Set(found.filter((a) => a.cue.stance === 'deny').map((a) => sentence(a.cue.start)));
  if (denials.size === 0) return found;
  const denied = new Set<Attribution>();
  const ends = new ContentEnds(found);
  for (const inner of found) {
    if (!denials.has(sentence(inner.cue.start)) || namesReport(inner)) continue;
    const outer = contentCutAt(doc, ends, inner);
    if (outer?.cue.stance !== 'deny' || denied.has(outer)) continue;
    if (sentence(outer.cue.start) !== sentence(inner.cue.start)) continue;
    giveBackWords(doc, ends, outer, inner);
    denied.add(inner);
  }
  return denied.size === 0 ? found : found.filter((a) => !denied.has(a));
}
