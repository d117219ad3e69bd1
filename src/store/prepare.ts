/**
 * Everything about storing an analysed article that does not need the database: its content hash, its
 * rows serialized to JSON, its MinHash signature. Pure and cheap to ship between threads (strings and
 * small arrays), so the analysis threads run it and the thread that owns the store only assigns ids
 * and concatenates strings.
 */
import type { Analysis, Entity, EntityType, SourceKind } from '../analysis/types.js';
import { contentHash } from '../corpus/contentHash.js';
import { bandBuckets, minhash } from '../corpus/minhash.js';
import type { AnalysedArticle } from './Store.js';

/** An analysed article ready for `addPrepared`: built by `prepareArticle` (in any thread). */
export interface PreparedArticle {
  /** Content hash of the analysed text: the article's identity in the corpus. */
  hash: string;
  /** JSON object: the `articles` row without its id. */
  article: string;
  /** JSON object: the analysis document without its text (stored once, in articles.text). */
  doc: string;
  /** The entities to resolve against the corpus (mentions left out: they travel in `mentions`). */
  entities: Entity[];
  /** JSON arrays of the detail rows; `entity_key` is the article-local entity id to resolve. */
  mentions: string;
  attributions: string;
  claims: string;
  disputes: string;
  /** MinHash signature and LSH band buckets, or null for texts too short to compare. */
  signature: { sig: number[]; buckets: number[] } | null;
  published: string | null;
  /** Text length in code points (a tie-break for a near-duplicate cluster's canonical article). */
  length: number;
}

/** The analysis document as stored: its text lives once, in articles.text. */
export function storedDoc(analysis: Analysis): Omit<Analysis, 'text'> {
  const { text: _text, ...rest } = analysis;
  return rest;
}

export function restoreDoc(doc: Omit<Analysis, 'text'>, text: string): Analysis {
  const { schema, input, ...rest } = doc;
  return { schema, input, text, ...rest } as Analysis;
}

const SOURCE_TYPES: Partial<Record<SourceKind, EntityType>> = {
  person: 'PERSON',
  organization: 'ORG',
  media: 'MEDIA',
};
const sourceKey = (attributionId: string) => `source:${attributionId}`;
/** "The Associated Press" names someone; "the ministry" and "a spokesman" describe them. */
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'who',
  'this',
  'that',
  'one',
  'others',
]);
const isProperName = (text: string) =>
  !PRONOUNS.has(text.toLowerCase()) && /^\p{Lu}/u.test(text.replace(/^(?:the|a|an)\s+/i, ''));

/**
 * Named sources the entity extractor did not link ("Haftar said" with no entity) still become corpus
 * entities, so that who-said-what across articles does not depend on every name being recognized.
 */
function sourceEntities(analysis: Analysis): Entity[] {
  return analysis.attributions.flatMap((a) => {
    const type =
      a.source && !a.source.entity && isProperName(a.source.text) ? SOURCE_TYPES[a.source.kind] : undefined;
    return type ? [{ id: sourceKey(a.id), name: a.source!.text, type, mentions: [] }] : [];
  });
}

const contentOf = (spans: { text: string }[]) => spans.map((s) => s.text).join(' … ');

export function prepareArticle({ input, analysis }: AnalysedArticle): PreparedArticle {
  const { text: _text, ...raw } = input;
  const s = analysis.scorecard;
  const article = {
    content_hash: '',
    input: analysis.input,
    title: analysis.article.title?.text ?? input.title ?? null,
    outlet: analysis.article.outlet ?? input.outlet ?? null,
    url: analysis.article.url ?? input.url ?? null,
    published: analysis.article.published ?? input.published ?? null,
    text: analysis.text,
    raw,
    extractor: analysis.generator.extractor,
    attributions: s.attributions,
    anonymous: analysis.attributions.filter((a) => a.source?.kind === 'anonymous').length,
    claims: s.claims,
    unsourced_claims: s.unsourcedClaims,
    disputes: s.disputes,
    relays: s.outletsRelayed,
  };
  article.content_hash = contentHash(analysis.text);

  const mentions = analysis.entities.flatMap((e) =>
    e.mentions.map((m) => ({ local_id: e.id, entity_key: e.id, start: m.start, end: m.end, text: m.text })),
  );
  const attributions = analysis.attributions.map((a) => {
    const first = a.content[0] ?? a.cue;
    const last = a.content[a.content.length - 1] ?? a.cue;
    return {
      local_id: a.id,
      source_text: a.source?.text ?? null,
      source_kind: a.source?.kind ?? null,
      entity_key: a.source ? (a.source.entity ?? sourceKey(a.id)) : null,
      cue: a.cue.text,
      lemma: a.cue.lemma,
      stance: a.cue.stance,
      form: a.form,
      via: a.via,
      content: contentOf(a.content),
      start: first.start,
      end: last.end,
      confidence: a.confidence,
      rule: a.rule,
    };
  });
  const claims = analysis.claims.map((c) => ({
    local_id: c.id,
    text: c.text,
    sourced: c.sourced,
    attribution: c.attribution,
    checkworthy: c.checkworthy,
    start: c.start,
    end: c.end,
  }));
  const disputes = analysis.disputes.map((d) => ({
    local_id: d.id,
    claim: d.claim,
    denials: d.denials,
    about: d.about.text,
    start: d.about.start,
    end: d.about.end,
  }));
  const sig = minhash(analysis.text);
  return {
    hash: article.content_hash,
    article: JSON.stringify(article),
    doc: JSON.stringify(storedDoc(analysis)),
    entities: [
      ...analysis.entities.map(({ id, name, type, variants }) => ({
        id,
        name,
        type,
        mentions: [],
        ...(variants ? { variants } : {}),
      })),
      ...sourceEntities(analysis),
    ],
    mentions: JSON.stringify(mentions),
    attributions: JSON.stringify(attributions),
    claims: JSON.stringify(claims),
    disputes: JSON.stringify(disputes),
    signature: sig ? { sig: Array.from(sig), buckets: bandBuckets(sig) } : null,
    published: analysis.article.published,
    length: [...analysis.text].length,
  };
}
