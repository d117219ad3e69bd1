/**
 * Disputes: each attribution whose stance is deny, reject or dispute is linked to what it denies —
 * an earlier (or, in a lead sentence, later) attribution or an unsourced claim of the same article —
 * and all denials of one target form one dispute.
 *
 * Resolution, in order: a named owner ("the AP report", "a news agency report") picks the report
 * whose source shares its words; a stated clause ("the claim that …", "denied that …") picks the
 * attribution or claim whose words it shares most; a bare noun ("the report", "the allegations",
 * "involvement") picks the target already disputed, else the nearest report (a media, document or
 * anonymous source, then one with a reporting cue such as "reported"), earlier first, and later only
 * for a denial in the article's first sentence; with nothing at all the nearest earlier attribution
 * in the last few sentences, which for a stated clause must share a word with it or be a report. A
 * denier's own statements, and contents that are themselves denials, are never what is denied.
 */
import type { Attribution, Dispute, Entity, Range, Span } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DOCUMENT_WORDS } from '../../language/en/cues/sourceWords.js';
import { REPORTING_LEMMAS } from '../../language/en/stance.js';
import type { ExtractionContext } from '../context.js';
import { type DeniedObject, deniedObject } from './deniedObject.js';
import { contentWords, overlapScore } from './overlap.js';
import { contentDenies } from './stance.js';

const DENYING = new Set(['deny', 'reject', 'dispute']);
/** Object nouns that name a publication, so they point at a report rather than at any statement. */
const PUBLICATION_NOUNS = new Set(['report', 'reports', 'reporting', 'story', 'stories', 'article']);
/** Share of the denied clause's content words a target must hold to match by words… */
export const MIN_CLAUSE_OVERLAP = 0.3;
/** …and how many of them at least, so one common word is never enough. */
export const MIN_SHARED_WORDS = 2;
/** How many sentences back a denial with no object may reach for the statement it answers. */
export const NEAREST_WINDOW_SENTENCES = 3;

interface Target {
  id: string;
  start: number;
  end: number;
  /** What it states: an attribution's content, or the claim itself. */
  about: Span;
  attribution: Attribution | null;
  /** The first target whose attribution speaks via this one's, if any. */
  relays?: Target;
  /** The content words of `about`, its attribution's source key and its sentence, once asked for. */
  words?: Set<string>;
  key?: string | null;
  sentence?: number;
}

/** The first of the least items by `compare`: what a stable sort puts first, without the sort. */
function firstLeast<T>(items: readonly T[], compare: (x: T, y: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || compare(item, best) < 0) best = item;
  return best;
}

function sourceKey(a: Attribution, names: Map<string, string>): string | null {
  if (!a.source) return null;
  return a.source.entity ? (names.get(a.source.entity) ?? a.source.entity) : a.source.text.toLowerCase();
}

/** A source's identity for grouping statements: its entity, else its head word ("officials"). */
function sourceHead(a: Attribution): string {
  if (!a.source) return '';
  if (a.source.entity) return a.source.entity;
  const words = a.source.text
    .split(/\s*,\s*|\s+(?:at|of|in|for|from|with|who|which|close|familiar)\s+/i)[0]
    .split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

/** How much an attribution looks like a report others deny: 0 by its source's kind, 1 by its cue, else 2. */
function reportTier(a: Attribution): number {
  const kind = a.source?.kind;
  if (kind === 'media' || kind === 'document' || kind === 'anonymous') return 0;
  return REPORTING_LEMMAS.has(a.cue.lemma) ? 1 : 2;
}

/**
 * What an attribution states: its first content, without a leading "that" or opening quote mark and
 * without a trailing ", quoting …" / ", citing …" that tells where it came from.
 */
function firstContent(a: Attribution): Span {
  const c = a.content[0];
  if (!c) return { start: a.cue.start, end: a.cue.end, text: a.cue.text };
  const lead = /^(?:(?:that|whether)\s+|["“‘'])/i.exec(c.text)?.[0].length ?? 0;
  const tail = /[,;]\s*(?:quoting|citing|according|saying|adding)\b.*$|[\s,;:]+$/is.exec(c.text);
  const end = tail && tail.index > lead ? tail.index : c.text.length;
  if ((lead === 0 && end === c.text.length) || end <= lead) return c;
  return { start: c.start + lead, end: c.start + end, text: c.text.slice(lead, end) };
}

function ownerWords(a: Attribution, entities: Map<string, Entity>): Set<string> {
  const words = contentWords(a.source?.text ?? '');
  const e = a.source?.entity ? entities.get(a.source.entity) : undefined;
  for (const v of [e?.name ?? '', ...(e?.variants ?? [])]) for (const w of contentWords(v)) words.add(w);
  return words;
}

/** Whether the denied clause names the document a source phrase names ("the memo" — "a memo seen by …"). */
function namesDocument(clause: Set<string>, source: string): boolean {
  for (const w of contentWords(source))
    if (clause.has(w) && (DOCUMENT_WORDS.has(w) || DOCUMENT_WORDS.has(`${w}s`))) return true;
  return false;
}

/** The outermost relay of a target (following `via`), or the target itself. */
function relayRoot(t: Target, byId: Map<string, Attribution>): string {
  let a = t.attribution;
  const seen = new Set<string>();
  while (a?.via && !seen.has(a.id) && byId.has(a.via)) {
    seen.add(a.id);
    a = byId.get(a.via)!;
  }
  return a?.id ?? t.id;
}

/** Fewest words of a denied clause that states something ("any meeting took place"), not a noun ("that figure"). */
const MIN_STATED_WORDS = 3;

/** The content words of a denied clause that states something, else null. */
function statedClause(doc: Doc, clause: Range): Set<string> | null {
  const text = doc.text.slice(clause.start, clause.end);
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_STATED_WORDS ? contentWords(text) : null;
}

/** The candidate targets a denial may point at, in text order. */
function candidates(ctx: ExtractionContext): Target[] {
  const targets: Target[] = [];
  for (const a of ctx.attributions) {
    if (DENYING.has(a.cue.stance) || a.cue.stance === 'decline') continue;
    if (a.content.some((c) => contentDenies(c.text))) continue;
    const about = firstContent(a);
    targets.push({
      id: a.id,
      start: Math.min(a.cue.start, about.start),
      end: about.end,
      about,
      attribution: a,
    });
  }
  for (const c of ctx.claims) {
    if (c.sourced) continue;
    targets.push({ id: c.id, start: c.start, end: c.end, about: c, attribution: null });
  }
  targets.sort((x, y) => x.start - y.start);
  const byAttribution = new Map(targets.filter((t) => t.attribution).map((t) => [t.attribution!.id, t]));
  for (const u of targets) {
    const outer = u.attribution?.via ? byAttribution.get(u.attribution.via) : undefined;
    if (outer) outer.relays ??= u;
  }
  return targets;
}

/** What every denial of one article is resolved against. */
interface Scope {
  doc: Doc;
  targets: Target[];
  targetsById: Map<string, Target>;
  /** Targets already disputed, in the order the denials found them. */
  disputed: string[];
  entities: Map<string, Entity>;
  names: Map<string, string>;
  inDispute: (t: Target) => boolean;
  /** Whether an attribution stands in the article's first sentence, where a story is told before its sources. */
  inLead: (a: Attribution) => boolean;
}

function resolve(scope: Scope, denial: Attribution, object: DeniedObject): Target | null {
  const { doc, names, entities, disputed, inDispute } = scope;
  const denier = sourceKey(denial, names);
  const isEligible = (t: Target) => {
    // A claim in the article's own voice is only ever an earlier statement, never the denial's own sentence.
    if (!t.attribution) return t.end <= denial.cue.start && (object.noun === null || object.clause !== null);
    // The statement that relays the denial itself ("X denied …, according to a statement") is no target.
    if (t.attribution.id === denial.id || t.attribution.id === denial.via) return false;
    if (denier === null) return true;
    if ((t.key ??= sourceKey(t.attribution, names)) === denier) return false;
    const inner = t.relays;
    return !(inner && (inner.key ??= sourceKey(inner.attribution!, names)) === denier);
  };
  // Filtered only when a step needs the whole list: a long page has thousands of targets per denial.
  let eligibleList: Target[] | undefined;
  const eligible = () => (eligibleList ??= scope.targets.filter(isEligible));
  const before = (t: Target) => t.start < denial.cue.start;
  const byDistance = (x: Target, y: Target) =>
    Number(before(y)) - Number(before(x)) ||
    Math.abs(x.start - denial.cue.start) - Math.abs(y.start - denial.cue.start);

  if (object.owner.length > 0) {
    const owner = contentWords(object.owner.join(' '));
    const named = eligible()
      .filter((t) => t.attribution && owner.size > 0)
      .map((t) => ({ t, score: overlapScore(owner, ownerWords(t.attribution!, entities)) }))
      .filter((x) => x.score > 0);
    // "The AP report", denied again: the report already disputed, not another statement of AP's.
    const top = firstLeast(
      named,
      (x, y) => y.score - x.score || Number(inDispute(y.t)) - Number(inDispute(x.t)) || byDistance(x.t, y.t),
    );
    if (top) return top.t;
  }
  if (object.clause) {
    const clause = contentWords(doc.text.slice(object.clause.start, object.clause.end));
    const scored = eligible()
      .filter((t) => t.end <= object.clause!.start || t.start >= object.clause!.end)
      .map((t) => ({ t, score: overlapScore(clause, (t.words ??= contentWords(t.about.text))) }))
      .filter((x) => x.score >= MIN_CLAUSE_OVERLAP && x.score * clause.size >= MIN_SHARED_WORDS);
    const top = firstLeast(scored, (x, y) => y.score - x.score || byDistance(x.t, y.t));
    if (top) return top.t;
    // "denied that the memo existed": the statement whose source is that memo.
    const documents = eligible()
      .filter((t) => t.attribution?.source?.kind === 'document' && before(t))
      .filter((t) => namesDocument(clause, t.attribution!.source!.text));
    const document = firstLeast(documents, byDistance);
    if (document) return document;
  }
  // Another denial of what is already disputed ("also denied the claim …"); "the report" only if it is one.
  for (let k = disputed.length - 1; k >= 0; k--) {
    const known = scope.targetsById.get(disputed[k]);
    const already = known && isEligible(known) ? known : undefined;
    const needsReport = object.noun !== null && PUBLICATION_NOUNS.has(object.noun);
    if (already && (!needsReport || (already.attribution && reportTier(already.attribution) < 2)))
      return already;
  }
  if (object.noun) {
    const tier = (t: Target) => reportTier(t.attribution!);
    // A report told after the denial is what it answers only in the lead, which opens on the outcome.
    const reports = eligible().filter(
      (t) => t.attribution && tier(t) < 2 && (before(t) || scope.inLead(denial)),
    );
    const nearest = firstLeast(reports, (x, y) => tier(x) - tier(y) || byDistance(x, y));
    // "The report" is a source's report as a whole: its first statement, where the claim is made.
    if (nearest) {
      const speaker = sourceHead(nearest.attribution!);
      const same = reports.filter((t) => sourceHead(t.attribution!) === speaker && tier(t) === tier(nearest));
      return same.reduce((first, t) => (t.start < first.start ? t : first), nearest);
    }
  }
  const denialSentence = doc.sentenceOf(doc.tokenAtOrAfter(denial.cue.start));
  // "denied that any meeting took place" answers a statement sharing a word with it or naming the
  // denier ("the mayor had met …"), or a report; not whatever was said last.
  const clause = object.clause && statedClause(doc, object.clause);
  const denierWords = clause && ownerWords(denial, entities);
  const answers = (t: Target) => {
    if (!clause || reportTier(t.attribution!) < 2) return true;
    const words = (t.words ??= contentWords(t.about.text));
    return overlapScore(clause, words) > 0 || overlapScore(denierWords!, words) > 0;
  };
  const near = eligible()
    .filter((t) => t.attribution && before(t) && answers(t))
    .filter(
      (t) =>
        denialSentence - (t.sentence ??= doc.sentenceOf(doc.tokenAtOrAfter(t.start))) <=
        NEAREST_WINDOW_SENTENCES,
    );
  return firstLeast(near, byDistance) ?? null;
}

/** Links claims and reports to the attributions that deny or contradict them. */
export function findDisputes(ctx: ExtractionContext): Dispute[] {
  if (ctx.doc.length === 0) return [];
  const entities = new Map(ctx.entities.map((e) => [e.id, e]));
  const names = new Map(ctx.entities.map((e) => [e.id, e.name]));
  const targets = candidates(ctx);
  const byTarget = new Map<string, { target: Target; denials: string[] }>();
  const byId = new Map(ctx.attributions.map((a) => [a.id, a]));
  const disputed: string[] = [];
  const scope: Scope = {
    doc: ctx.doc,
    targets,
    targetsById: new Map(targets.map((t) => [t.id, t])),
    disputed,
    entities,
    names,
    inDispute: (t) => byTarget.has(relayRoot(t, byId)),
    inLead: (a) => {
      const sentence = (at: number) => ctx.doc.sentenceOf(ctx.doc.tokenAtOrAfter(at));
      return sentence(a.cue.start) === sentence(ctx.article.body[0]?.start ?? 0);
    },
  };
  for (const a of ctx.attributions) {
    if (!DENYING.has(a.cue.stance)) continue;
    const object = deniedObject(ctx.doc, a);
    // "rejected a petition" refuses a thing, it contradicts no statement; "denied" always does.
    if (a.cue.stance !== 'deny' && !object.propositional) continue;
    const target = resolve(scope, a, object);
    if (!target) continue;
    // A relayed statement and its relay ("officials told the agency" via "the agency reported") are one report.
    const key = relayRoot(target, byId);
    const entry = byTarget.get(key);
    if (!entry) byTarget.set(key, { target, denials: [a.id] });
    else if (!entry.denials.includes(a.id)) entry.denials.push(a.id);
    disputed.push(target.id);
  }
  return [...byTarget.values()]
    .sort((x, y) => x.target.start - y.target.start)
    .map((d, i) => ({
      id: `D${i + 1}`,
      claim: d.target.id,
      denials: d.denials,
      about: { start: d.target.about.start, end: d.target.about.end, text: d.target.about.text },
    }));
}
