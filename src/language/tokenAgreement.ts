/**
 * How far the tokenizer agrees with a treebank's tokens: each sentence's raw text is tokenized and
 * the resulting character spans are compared with the gold words' spans (found by walking the
 * words through the text). Sentences whose words cannot be aligned to their text (a few treebank
 * words are normalised, e.g. multiword tokens spelled differently) are counted and skipped.
 */
import type { Sentence } from './conllu.js';
import { tokenize } from './tokenize.js';

export interface TokenAgreement {
  precision: number;
  recall: number;
  f1: number;
  /** Share of aligned sentences tokenized exactly like the gold. */
  exactSentences: number;
  aligned: number;
  skipped: number;
}

/** Character spans of `words` in `text`, or null when a word is not where it should be. */
export function alignWords(text: string, words: string[]): [number, number][] | null {
  const spans: [number, number][] = [];
  let at = 0;
  for (const w of words) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (!text.startsWith(w, at)) return null;
    spans.push([at, at + w.length]);
    at += w.length;
  }
  return spans;
}

export function measureTokenAgreement(sentences: Sentence[]): TokenAgreement {
  let matched = 0;
  let predicted = 0;
  let gold = 0;
  let exact = 0;
  let aligned = 0;
  let skipped = 0;
  for (const s of sentences) {
    const goldSpans = alignWords(s.text, s.words);
    if (!goldSpans) {
      skipped++;
      continue;
    }
    aligned++;
    const t = tokenize(s.text);
    const goldKeys = new Set(goldSpans.map(([a, b]) => a * 100_000 + b));
    let hits = 0;
    for (let i = 0; i < t.start.length; i++) if (goldKeys.has(t.start[i] * 100_000 + t.end[i])) hits++;
    matched += hits;
    predicted += t.start.length;
    gold += goldSpans.length;
    if (hits === goldSpans.length && hits === t.start.length) exact++;
  }
  const precision = matched / Math.max(1, predicted);
  const recall = matched / Math.max(1, gold);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    exactSentences: exact / Math.max(1, aligned),
    aligned,
    skipped,
  };
}
