/**
 * The sourcing scorecard of one article: how many attributions and distinct sources, of which kinds;
 * how many claims the article makes in its own voice and how many of those are worth checking; which
 * outlets it relays (media sources that others' words reach the article through — a person passing on
 * what someone told them is a chain too, but no outlet); how much is quoted directly; how many
 * disputes it reports.
 */
import { CHECKWORTHY_THRESHOLD } from '../extract/claims/checkworthy/model.js';
import type { Attribution, Claim, Dispute, Entity, Scorecard } from './types.js';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** One key per distinct source: its entity when resolved, else its kind and lower-cased text. */
function sourceKey(a: Attribution): string | null {
  if (!a.source) return null;
  return a.source.entity ?? `${a.source.kind}:${a.source.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Per-article sourcing counts, computed from the finished extractions. */
export function computeScorecard(
  entities: Entity[],
  attributions: Attribution[],
  claims: Claim[],
  disputes: Dispute[],
): Scorecard {
  const named = { person: 0, organization: 0, media: 0, document: 0 };
  let anonymous = 0;
  let author = 0;
  let unknown = 0;
  let agentless = 0;
  const sources = new Set<string>();
  for (const a of attributions) {
    const key = sourceKey(a);
    if (!a.source || key === null) {
      agentless++;
      continue;
    }
    if (sources.has(key)) continue;
    sources.add(key);
    switch (a.source.kind) {
      case 'anonymous':
        anonymous++;
        break;
      case 'author':
        author++;
        break;
      case 'unknown':
        unknown++;
        break;
      default:
        named[a.source.kind]++;
    }
  }
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  const outlets = new Set(entities.filter((e) => e.type === 'MEDIA').map((e) => e.id));
  const relayed = new Set<string>();
  for (const a of attributions) {
    const outer = a.via ? byId.get(a.via) : undefined;
    const source = outer?.source;
    // "According to a memo seen by the Ledger": a document an outlet passes on is relayed by it.
    if (!source || (source.kind !== 'media' && !(source.entity && outlets.has(source.entity)))) continue;
    relayed.add((source.entity && entityName.get(source.entity)) || source.text);
  }
  const count = (form: Attribution['form']) => attributions.filter((a) => a.form === form).length;
  const unsourced = claims.filter((c) => !c.sourced);
  const anonymousAttributions = attributions.filter((a) => a.source?.kind === 'anonymous').length;
  return {
    attributions: attributions.length,
    distinctSources: sources.size,
    named,
    anonymous,
    author,
    unknown,
    agentless,
    direct: count('direct'),
    indirect: count('indirect'),
    mixed: count('mixed'),
    claims: claims.length,
    unsourcedClaims: unsourced.length,
    unsourcedCheckworthy: unsourced.filter((c) => c.checkworthy >= CHECKWORTHY_THRESHOLD).length,
    disputes: disputes.length,
    outletsRelayed: [...relayed].sort(),
    shares: {
      anonymous: share(anonymousAttributions, attributions.length),
      unsourcedClaims: share(unsourced.length, claims.length),
      direct: share(count('direct'), attributions.length),
    },
  };
}
