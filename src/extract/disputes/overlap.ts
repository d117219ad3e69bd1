/** Word overlap between a denied clause or owner name and a candidate's words (no stemmer: crude suffixes). */

const STOP = new Set(
  (
    'the a an and or but of to in on at for from by with as is was were are be been being had has have ' +
    'that this these those it its their his her they he she we i you not no any all some there which who ' +
    'would will could should may might can did do does than then also into about over after before said'
  ).split(' '),
);

/** Lower-case content words of `text`, with plural and past-tense endings folded. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const raw = word.toLowerCase();
    // Short words carry nothing, unless they are acronyms ("AP", "UN").
    if (STOP.has(raw) || (raw.length < 3 && !/\d|^\p{Lu}{2}$/u.test(word))) continue;
    out.add(raw.length > 4 ? raw.replace(/(?:ies|es|s|ed|ing)$/, '') : raw);
  }
  return out;
}

/** Share of `query`'s words that `candidate` holds. */
export function overlapScore(query: Set<string>, candidate: Set<string>): number {
  if (query.size === 0) return 0;
  let shared = 0;
  for (const w of query) if (candidate.has(w)) shared++;
  return shared / query.size;
}
