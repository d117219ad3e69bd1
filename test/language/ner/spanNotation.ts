import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView, type TokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/**
 * Runs a span repair rule on a sentence written with its input spans marked as `[words]/LABEL`
 * (tokens separated by single spaces; a token written `+word` touches the one before it, as "El"
 * "-" "Hagazi" in "El-Hagazi", and marking any token so gives the view its spacing) and returns
 * the spans it gives back as "words/label".
 */
export function applySpanRule(
  text: string,
  rule: (view: TokenView, spans: Candidate[], length: number) => Candidate[],
): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  const attached: number[] = [];
  let open = -1;
  for (const written of text.split(' ')) {
    const touches = written.length > 1 && written.startsWith('+');
    attached.push(touches ? 1 : 0);
    const token = touches ? written.slice(1) : written;
    const m = /^(\[?)(.*?)(\]\/[A-Z]+)?$/.exec(token)!;
    if (m[1]) open = words.length;
    words.push(m[2]);
    if (m[3]) spans.push({ start: open, end: words.length, label: m[3].slice(2), rule: 'ner-model' });
  }
  const spacing = attached.includes(1) ? Uint8Array.from(attached) : undefined;
  return rule(makeTokenView(words, lexicon, spacing), spans, words.length).map(
    (s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`,
  );
}
