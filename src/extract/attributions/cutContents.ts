/**
 * The taggers, which never nest (PolNeAR does not), end a report's content where the source of a
 * report inside it begins ("said it would appeal after the council | refused permission"). When a
 * pass drops the inner report, the outer content takes its words back.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { firstAtOrAfter } from './byStart.js';

/**
 * A page's attributions by where their contents end, kept as words are given back: the content cut
 * before a report ends in the blank run just before it, so only the few ending there are compared
 * (a long page's thousands of reports each met every other).
 */
export class ContentEnds {
  /** Attributions with a content, by where it ends, then by list position. */
  private readonly byEnd: Attribution[] = [];
  private readonly ends: number[] = [];
  private readonly position = new Map<Attribution, number>();

  constructor(found: readonly Attribution[]) {
    found.forEach((a, k) => {
      this.position.set(a, k);
      if (a.content.length > 0) this.byEnd.push(a);
    });
    this.byEnd.sort((x, y) => endOf(x) - endOf(y) || this.positionOf(x) - this.positionOf(y));
    for (const a of this.byEnd) this.ends.push(endOf(a));
  }

  positionOf(a: Attribution): number {
    return this.position.get(a) ?? -1;
  }

  /** The attributions whose content ends at or after `from` and at or before `to`. */
  endingIn(from: number, to: number): Attribution[] {
    const found: Attribution[] = [];
    for (let k = firstAtOrAfter(this.ends, from); k < this.ends.length && this.ends[k] <= to; k++)
      found.push(this.byEnd[k]);
    return found;
  }

  /** Files `a` again after its content's end moved. */
  moved(a: Attribution): void {
    const k = this.byEnd.indexOf(a);
    if (k >= 0) {
      this.byEnd.splice(k, 1);
      this.ends.splice(k, 1);
    }
    if (a.content.length === 0) return;
    const end = endOf(a);
    let at = firstAtOrAfter(this.ends, end);
    while (
      at < this.ends.length &&
      this.ends[at] === end &&
      this.positionOf(this.byEnd[at]) < this.positionOf(a)
    )
      at++;
    this.byEnd.splice(at, 0, a);
    this.ends.splice(at, 0, end);
  }
}

function endOf(a: Attribution): number {
  return a.content[a.content.length - 1].end;
}

/**
 * The attribution whose content ends right before `inner`'s source, or takes it in up to its cue:
 * the first in list order of `found`, whose contents `ends` files by their ends.
 */
export function contentCutAt(doc: Doc, ends: ContentEnds, inner: Attribution): Attribution | undefined {
  const source = inner.source && inner.source.end <= inner.cue.start ? inner.source : null;
  // Only white space may lie between: a content ending before the blank run that leads up to the source
  // (or the cue) cannot qualify.
  let blankFrom = (source ?? inner.cue).start;
  while (blankFrom > 0 && /\s/.test(doc.text[blankFrom - 1])) blankFrom--;
  let first: Attribution | undefined;
  for (const a of ends.endingIn(blankFrom, inner.cue.start)) {
    if (a === inner || a.cue.end > inner.cue.start) continue;
    if (first && ends.positionOf(first) < ends.positionOf(a)) continue;
    const piece = a.content[a.content.length - 1];
    const gap =
      source && piece.end >= source.start
        ? doc.text.slice(source.end, inner.cue.start)
        : doc.text.slice(piece.end, (source ?? inner.cue).start);
    if (!/\S/.test(gap)) first = a;
  }
  return first;
}

/** `outer`'s content runs on over the words of `inner`, which is dropped. */
export function giveBackWords(doc: Doc, ends: ContentEnds, outer: Attribution, inner: Attribution): void {
  const piece = outer.content[outer.content.length - 1];
  piece.end = Math.max(piece.end, inner.content[inner.content.length - 1].end);
  piece.text = doc.text.slice(piece.start, piece.end);
  ends.moved(outer);
}
