/**
 * Agreement self-training: two differently built taggers, one reading left to right and one
 * trained on reversed sentences, tag unlabeled news text; the sentences where they give exactly
 * the same spans (and at least one name) become extra, silver training sentences. News is rich in
 * organisations, which the labeled web and e-mail text lacks. Costs nothing at run time: only
 * the training data grows.
 */
import { iobSpans, type TaggedSentence } from './data.js';
import type { Lexicon } from './lexicon.js';
import type { NerModel } from './model.js';
import { type Candidate, makeTokenView, type TokenView } from './tokens.js';

/** Span lists as [start, end, type]; types are the tagger's (PER, ORG, LOC, OTH). */
type Spans = [number, number, string][];

/** The sentence read right to left, with its tags reversed span by span (IOB2 stays well-formed). */
export function reverseSentence(s: TaggedSentence): TaggedSentence {
  const n = s.words.length;
  const words = s.words.slice().reverse();
  return { doc: s.doc, words, tags: spansToTags(n, reverseSpans(n, iobSpans(s.tags))) };
}

function reverseSpans(n: number, spans: Spans): Spans {
  return spans.map(([start, end, type]): [number, number, string] => [n - end, n - start, type]).reverse();
}

/** IOB2 tags of n words with `spans` (sorted, not overlapping). */
export function spansToTags(n: number, spans: Spans): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const [start, end, type] of spans) {
    tags[start] = `B-${type}`;
    for (let k = start + 1; k < end; k++) tags[k] = `I-${type}`;
  }
  return tags;
}

function predict(model: NerModel, v: TokenView, rulesFor: (v: TokenView) => Candidate[]): Spans {
  const out: Candidate[] = [];
  model.predictSpans(v, 0, v.words.length, rulesFor(v), out);
  return out.map((c): [number, number, string] => [c.start, c.end, c.label]);
}

const sameSpans = (a: Spans, b: Spans): boolean =>
  a.length === b.length && a.every((s, k) => s[0] === b[k][0] && s[1] === b[k][1] && s[2] === b[k][2]);

export interface AgreementOptions {
  /**
   * Keep at most this many sentences, spread evenly over all the agreed ones (the first ones in
   * file order would all come from a few outlets).
   */
  cap: number;
  /** Document ids of the silver sentences start here (after the labeled ones). */
  firstDoc: number;
  /** Types that count as a name for "at least one name" (OTH alone does not make a sentence useful). */
  named: ReadonlySet<string>;
}

/**
 * The sentences of `documents` (each a list of tokenized sentences) on which `forward` and
 * `backward` (trained on reversed sentences) agree exactly and that hold a name, tagged with
 * the agreed spans; at most `cap` of them, evenly spaced, in document order.
 */
export function agreedSentences(
  forward: NerModel,
  backward: NerModel,
  documents: Iterable<string[][]>,
  lexicon: Lexicon,
  rulesFor: (v: TokenView) => Candidate[],
  options: AgreementOptions,
): TaggedSentence[] {
  const agreed: TaggedSentence[] = [];
  let doc = options.firstDoc;
  for (const sentences of documents) {
    forward.beginDocument();
    backward.beginDocument();
    let kept = false;
    for (const words of sentences) {
      if (words.length === 0) continue;
      const ahead = predict(forward, makeTokenView(words, lexicon), rulesFor);
      const reversed = words.slice().reverse();
      const behind = reverseSpans(
        words.length,
        predict(backward, makeTokenView(reversed, lexicon), rulesFor),
      );
      if (!ahead.some((s) => options.named.has(s[2])) || !sameSpans(ahead, behind)) continue;
      agreed.push({ doc, words, tags: spansToTags(words.length, ahead) });
      kept = true;
    }
    if (kept) doc++;
  }
  const n = Math.min(options.cap, agreed.length);
  return Array.from({ length: n }, (_, k) => agreed[Math.floor((k * agreed.length) / n)]);
}
