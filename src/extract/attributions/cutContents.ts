/**
 * The taggers, which never nest (PolNeAR does not), end a report's content where the source of a
 * report inside it begins ("said it would appeal after the council | refused permission"). When a
 * pass drops the inner report, the outer content takes its words back.
 */
import type { Attribution } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';

/** The attribution whose content ends right before `inner`'s source, or takes it in up to its cue. */
export function contentCutAt(doc: Doc, found: Attribution[], inner: Attribution): Attribution | undefined {
  const source = inner.source && inner.source.end <= inner.cue.start ? inner.source : null;
  // Only white space may lie between: a content ending before the blank run that leads up to the source
  // (or the cue) cannot qualify, which spares slicing the text for every attribution of a long page.
  let blankFrom = (source ?? inner.cue).start;
  while (blankFrom > 0 && /\s/.test(doc.text[blankFrom - 1])) blankFrom--;
  return found.find((a) => {
    const piece = a.content[a.content.length - 1];
    if (a === inner || !piece || piece.end < blankFrom || piece.end > inner.cue.start) return false;
    if (a.cue.end > inner.cue.start) return false;
    const gap =
      source && piece.end >= source.start
        ? doc.text.slice(source.end, inner.cue.start)
        : doc.text.slice(piece.end, (source ?? inner.cue).start);
    return !/\S/.test(gap);
  });
}

/** `outer`'s content runs on over the words of `inner`, which is dropped. */
export function giveBackWords(doc: Doc, outer: Attribution, inner: Attribution): void {
  const piece = outer.content[outer.content.length - 1];
  piece.end = Math.max(piece.end, inner.content[inner.content.length - 1].end);
  piece.text = doc.text.slice(piece.start, piece.end);
}
