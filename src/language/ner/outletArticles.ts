/**
 * A newspaper or magazine whose title begins with "The" is written with it: "in The Harwick Courier",
 * "to The Lantern". UNER annotates such titles with the capitalised "The" inside the span (8 times in
 * train, against one dev title without it), while the outlet rules find the name after it (they must:
 * "the Guardian" in running text has a lower-case article that is no part of the name). An outlet
 * span right after a capitalised "The" takes it in, unless the outlet is written in capitals, as
 * broadcasters and agencies are ("The BBC 's reporter": BBC alone in UNER).
 */
import { FLAG_ALL_CAPS } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Extends MEDIA spans of sentence [start, …) over a capitalised "The" before them, in place; `spans` sorted. */
export function takeOutletArticles(v: TokenView, spans: Candidate[], start: number): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const t = s.start - 1;
    if (s.label !== 'MEDIA' || t < start || v.words[t] !== 'The') continue;
    if ((v.lexicon.flags[v.ids[s.start]] & FLAG_ALL_CAPS) !== 0) continue;
    if (k > 0 && spans[k - 1].end > t) continue;
    s.start = t;
    s.rule += '+the';
  }
}
