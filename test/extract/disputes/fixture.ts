/**
 * Hand-built extraction contexts for the claims, dates and disputes tests: a Doc from makeDoc over
 * text written for the tests, and attributions given as exact substrings, so these tests do not
 * depend on the attribution extractor. Stances come from the real cueStance unless a spec sets one.
 */
import type {
  Attribution,
  Entity,
  QuoteForm,
  SourceKind,
  Span,
  Stance,
} from '../../../src/analysis/types.js';
import type { ExtractionContext } from '../../../src/extract/context.js';
import { cueStance } from '../../../src/extract/disputes/stance.js';
import { makeDoc } from '../../../src/language/index.js';

export interface AttributionSpec {
  id: string;
  /** Exact text of the source, or null for an agentless attribution. */
  source: string | null;
  kind?: SourceKind;
  entity?: string | null;
  cue: string;
  lemma: string;
  content: string[];
  stance?: Stance;
  form?: QuoteForm;
  via?: string | null;
  /** Search for this attribution's spans from the first occurrence of this text on. */
  after?: string;
}

function locate(text: string, needle: string, from: number): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text after ${from}`);
  return { start, end: start + needle.length, text: needle };
}

export function buildContext(
  text: string,
  specs: AttributionSpec[],
  options: { published?: string | null; entities?: Entity[]; body?: { start: number; end: number }[] } = {},
): ExtractionContext {
  const body = options.body ?? [{ start: 0, end: text.length }];
  const doc = makeDoc(text, body);
  const attributions: Attribution[] = specs.map((s) => {
    const from = s.after ? text.indexOf(s.after) : 0;
    if (from < 0) throw new Error(`fixture: anchor "${s.after}" is not in the text`);
    const cue = locate(text, s.cue, from);
    const cueTokens = doc.tokensInRange(cue.start, cue.end);
    return {
      id: s.id,
      source:
        s.source === null
          ? null
          : { ...locate(text, s.source, from), entity: s.entity ?? null, kind: s.kind ?? 'person' },
      cue: {
        ...cue,
        lemma: s.lemma,
        stance: s.stance ?? cueStance(doc, cueTokens.start, cueTokens.end, s.lemma),
      },
      content: s.content.map((c) => locate(text, c, from)),
      form: s.form ?? 'indirect',
      via: s.via ?? null,
      confidence: 1,
      rule: 'test-fixture',
    };
  });
  return {
    doc,
    article: {
      title: null,
      byline: [],
      published: options.published ?? null,
      url: null,
      outlet: null,
      body,
      removed: [],
    },
    published: options.published ?? null,
    entities: options.entities ?? [],
    attributions,
    claims: [],
  };
}
