/**
 * Attributions written as phrases of a test sentence, for passes that drop or mend attributions
 * after the taggers: each role is the first occurrence of its words in the text.
 */
import type { Attribution, SourceKind, Stance } from '../../src/analysis/types.js';
import type { Doc } from '../../src/language/doc.js';
import { makeDoc } from '../../src/language/index.js';
import { annotate } from '../../src/language/pipeline.js';

/** [source (null: none), cue, content, stance, source kind]. */
export type PhraseSpec = [
  source: string | null,
  cue: string,
  content: string,
  stance?: Stance,
  kind?: SourceKind,
];

/** The annotated Doc of `text` and the attributions `specs` describe in it. */
export function phraseAttributions(text: string, specs: PhraseSpec[]): { doc: Doc; found: Attribution[] } {
  const doc = makeDoc(text);
  annotate(doc);
  const span = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words };
  };
  const found = specs.map(
    ([source, cue, content, stance = 'assert', kind = 'person']) =>
      ({
        source: source ? { ...span(source), kind, entity: null } : null,
        cue: { ...span(cue), lemma: '', stance },
        content: [span(content)],
      }) as unknown as Attribution,
  );
  return { doc, found };
}

/** Each attribution as [cue, content pieces joined by " … "]. */
export function cuesAndContents(found: Attribution[]): string[][] {
  return found.map((a) => [a.cue.text, a.content.map((c) => c.text).join(' … ')]);
}
