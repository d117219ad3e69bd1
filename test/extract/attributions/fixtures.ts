// Hand-made attributions and entities for tests, found by their words in an invented text.
import type {
  Attribution,
  Entity,
  EntityType,
  QuoteForm,
  SourceKind,
  Span,
  Stance,
} from '../../../src/analysis/types.js';

/** The span of the first `s` in `text` at or after `from`; throws when there is none, so a typo cannot give -1. */
export function spanIn(text: string, s: string, from = 0): Span {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`spanIn: ${JSON.stringify(s)} is not in the text after ${from}`);
  return { start, end: start + s.length, text: s };
}

/** The span from `start` to `end`, with its text. */
export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Each part is its words (the first found at or after its own offset, else `from`) or a ready span. */
export interface AttributionParts {
  source: string | Span | null;
  cue: string | Span;
  content: string | Span | Span[];
  from?: number;
  cueFrom?: number;
  contentFrom?: number;
  kind?: SourceKind;
  entity?: string | null;
  lemma?: string;
  stance?: Stance;
  form?: QuoteForm;
  via?: string | null;
  confidence?: number;
  rule?: string;
  id?: string;
}

/** An attribution as a tagger would give it: an indirect "say" by an unresolved person, unless told otherwise. */
export function attributionIn(text: string, parts: AttributionParts): Attribution {
  const from = parts.from ?? 0;
  const find = (part: string | Span, at: number) =>
    typeof part === 'string' ? spanIn(text, part, at) : part;
  const source = parts.source === null ? null : find(parts.source, from);
  const content = Array.isArray(parts.content)
    ? parts.content
    : [find(parts.content, parts.contentFrom ?? from)];
  return {
    id: parts.id ?? '',
    source: source && { ...source, entity: parts.entity ?? null, kind: parts.kind ?? 'person' },
    cue: {
      ...find(parts.cue, parts.cueFrom ?? from),
      lemma: parts.lemma ?? 'say',
      stance: parts.stance ?? 'assert',
    },
    content,
    form: parts.form ?? 'indirect',
    via: parts.via ?? null,
    confidence: parts.confidence ?? 1,
    rule: parts.rule ?? 'test',
  };
}

/** A flat attribution as the PolNeAR-trained tagger gives it, each part the first occurrence of its words. */
export function flatIn(
  text: string,
  source: string | null,
  cue: string,
  content: string,
  lemma = 'say',
  kind: SourceKind = 'person',
): Attribution {
  return attributionIn(text, { source, cue, content, lemma, kind });
}

/** An entity named `name`, mentioned at each of `at` (default: its first occurrence in `text`). */
export function entityIn(
  text: string,
  id: string,
  name: string,
  type: EntityType,
  { at = [0], variants = [] as string[] } = {},
): Entity {
  return { id, name, type, mentions: at.map((from) => spanIn(text, name, from)), variants };
}
