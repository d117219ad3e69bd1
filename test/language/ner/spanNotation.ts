import { Lexicon } from '../../../src/language/ner/lexicon.js';
import { type Candidate, makeTokenView, type TokenView } from '../../../src/language/ner/tokens.js';

const lexicon = new Lexicon();

/**
 * Runs a span repair rule on a sentence written with its input spans marked as `[words]/LABEL`
 * (tokens separated by single spaces) and returns the spans it gives back as "words/label".
 */
export function applySpanRule(
  text: string,
  rule: (view: TokenView, spans: Candidate[], length: number) => Candidate[],
): string[] {
  const words: string[] = [];
  const spans: Candidate[] = [];
  let open = -1;
  for (const token of text.split(' ')) {
    const m = /^(\[?)(.*?)(\]\/[A-Z]+)?$/.exec(token)!;
    if (m[1]) open = words.length;
    words.push(m[2]);
    if (m[3]) spans.push({ start: open, end: words.length, label: m[3].slice(2), rule: 'ner-model' });
  }
  return rule(makeTokenView(words, lexicon), spans, words.length).map(
    (s) => `${words.slice(s.start, s.end).join(' ')}/${s.label}`,
  );
}
