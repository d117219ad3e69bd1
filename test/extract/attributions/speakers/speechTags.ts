import type { Attribution, Entity, SourceKind } from '../../../../src/analysis/types.js';
import { attributionIn } from '../fixtures.js';

// What the resolver reads of a speech tag and of an article, and the name it resolved a source to: the
// helpers the speaker tests share.

/**
 * An attribution of `source` (found at `at`, a string or an offset, else its first place in `t`) with
 * the first `cue` after it and an empty content: what the resolver reads of a speech tag.
 */
export function saidBy(
  t: string,
  source: string,
  cue: string,
  kind: SourceKind,
  at: string | number = source,
): Attribution {
  const from = typeof at === 'number' ? at : t.indexOf(at);
  const c = t.indexOf(` ${cue}`, from + source.length - 1) + 1;
  return attributionIn(t, { source, cue, content: ' ', from, cueFrom: c, contentFrom: c, kind });
}

/** An article of a lede paragraph and the rest: its text and its body's two ranges. */
export function ledeArticle(lede: string, rest: string) {
  const t = `${lede}\n${rest}`;
  return {
    t,
    body: [
      { start: 0, end: lede.length },
      { start: lede.length + 1, end: t.length },
    ],
  };
}

/** The name of the entity an attribution's source was resolved to; null when none, undefined when unknown. */
export function speakerName(a: Attribution, ents: Entity[]): string | null | undefined {
  const id = a.source?.entity ?? null;
  return id ? ents.find((e) => e.id === id)?.name : null;
}
