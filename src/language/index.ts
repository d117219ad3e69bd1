/**
 * The language layer: text → Doc. Tokenize and split sentences here; the trained components
 * (tagger, parser, entity recognizer) fill the Doc's arrays when their models are present.
 */
import { Doc } from './doc.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export { Doc } from './doc.js';

/** Tokenizes and sentence-splits `text`, restricted to the given character ranges (the article body). */
export function makeDoc(
  text: string,
  ranges: { start: number; end: number }[] = [{ start: 0, end: text.length }],
): Doc {
  const tokens = { start: [] as number[], end: [] as number[] };
  for (const r of ranges) tokenize(text, r.start, r.end, tokens);
  const doc = new Doc(text, Int32Array.from(tokens.start), Int32Array.from(tokens.end));
  const [ss, se] = splitSentences(text, doc.tokStart, doc.tokEnd);
  // Never let a sentence cross from one body range into the next.
  const bounds = ranges.map((r) => doc.tokenAtOrAfter(r.start));
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  for (let k = 0; k < ss.length; k++) {
    let a = ss[k];
    for (const b of bounds) {
      if (b > a && b < se[k]) {
        sentStart.push(a);
        sentEnd.push(b);
        a = b;
      }
    }
    sentStart.push(a);
    sentEnd.push(se[k]);
  }
  doc.sentStart = Int32Array.from(sentStart);
  doc.sentEnd = Int32Array.from(sentEnd);
  return doc;
}
