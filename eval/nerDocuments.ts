/**
 * What the entity evaluations share: gold sentences regrouped into the documents they came from (the
 * recognizer reads a whole article at a time), whosaid's labels mapped to the scored types, and the
 * table they print.
 */
import { iobSpans, type TaggedSentence } from '../src/language/ner/data.js';
import type { Span, SpanScore } from '../src/language/ner/score.js';

/** whosaid's labels as scored: PERSON → PER; ORG and MEDIA → ORG; GPE and LOC → LOC (others unscored). */
export const SCORED_AS: Record<string, string> = {
  PERSON: 'PER',
  ORG: 'ORG',
  MEDIA: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
};
export const TYPES = ['PER', 'ORG', 'LOC'];

export interface GoldDocument {
  words: string[];
  gold: Span[];
  sentStart: number[];
  sentEnd: number[];
  /**
   * Per token, whether it was written attached to the one before: UNER's "# text" tells hyphenated
   * names from spaced dashes; undefined when a sentence lacks it (CoNLL has none).
   */
  attached: Uint8Array | undefined;
}

/** Consecutive sentences of one document joined, with gold spans at document offsets. */
export function* goldDocuments(sentences: TaggedSentence[]): Generator<GoldDocument> {
  for (let a = 0; a < sentences.length; ) {
    let b = a;
    while (b < sentences.length && sentences[b].doc === sentences[a].doc) b++;
    const doc: GoldDocument = { words: [], gold: [], sentStart: [], sentEnd: [], attached: undefined };
    const attached: number[] = [];
    let spacingKnown = true;
    for (let k = a; k < b; k++) {
      const s = sentences[k];
      if (s.attached) attached.push(...s.attached);
      else spacingKnown = false;
      const offset = doc.words.length;
      for (const [start, end, type] of iobSpans(s.tags)) doc.gold.push([offset + start, offset + end, type]);
      doc.words.push(...s.words);
      doc.sentStart.push(offset);
      doc.sentEnd.push(doc.words.length);
    }
    if (spacingKnown) doc.attached = Uint8Array.from(attached);
    yield doc;
    a = b;
  }
}

/** Precision, recall, F1 and counts per scored type and over all, one row each. */
export function printSpanScores(scores: Record<string, SpanScore>): void {
  console.log('type    P      R      F1     gold  predicted');
  for (const t of [...TYPES, 'ALL']) {
    const s = scores[t];
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    console.log(
      `${t.padEnd(6)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp + s.fn).padStart(6)} ${String(s.tp + s.fp).padStart(6)}`,
    );
  }
}
