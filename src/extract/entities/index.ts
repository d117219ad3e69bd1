/**
 * Article entities: the Doc's entity spans (doc.ents, DATE excluded: dates have their own
 * extractor) clustered into entities with a canonical name, a type by vote and their variants.
 * Ids E1, E2… follow the order of first mention. Offsets are UTF-16 here; analyze() converts.
 */
import type { Entity, EntityType, Mention } from '../../analysis/types.js';
import { BUSINESS_NOUNS } from '../../language/en/gazetteers/businessNouns.js';
import { firstNames } from '../../language/en/gazetteers/firstNames.js';
import { ORG_HEADS, PLACE_HEADS } from '../../language/en/gazetteers/nameHeads.js';
import { NAME_PARTICLES } from '../../language/en/gazetteers/titles.js';
import { courtesyGender } from '../../language/names/gender.js';
import { nameSimilarity, SAME_NAME_THRESHOLD } from '../../language/names/nameSimilarity.js';
import { foldName } from '../../language/names/normalize.js';
import { parseName } from '../../language/names/parseName.js';
import { OCCUPATIONS } from '../../language/ner/occupationNames.js';
import { wordProfiles } from '../../language/ner/wordProfiles.js';
import type { ExtractionContext } from '../context.js';
import {
  clusterMentions,
  groupOf,
  kindOf,
  type MentionCluster,
  type MentionRecord,
  nameLength,
  nameOf,
} from './cluster.js';

/** Entity labels the recognizer emits that become article entities. */
const ENTITY_LABELS = new Set(['PERSON', 'ORG', 'MEDIA', 'GPE', 'LOC', 'NORP']);

export function extractEntities(ctx: ExtractionContext): Entity[] {
  const { doc } = ctx;
  const mentions: MentionRecord[] = [];
  for (const e of doc.ents) {
    if (!ENTITY_LABELS.has(e.label) || e.end <= e.start) continue;
    const { start, end } = doc.charRange(e.start, e.end);
    const text = doc.text.slice(start, end);
    mentions.push({
      start,
      end,
      text,
      label:
        looksLikePerson(text, e.label) ||
        afterOccupation(doc.text, start, text, e.label) ||
        titledAfterThe(doc.text, start, text, e.label)
          ? 'PERSON'
          : afterOutletKind(doc.text, start, text, e.label)
            ? 'MEDIA'
            : firmOfProfession(text, e.label)
              ? 'ORG'
              : e.label,
      rule: e.rule,
    });
  }
  for (const m of mentions) if (m.label === 'PERSON') dropCommonNounTitle(m, doc.text);
  for (const m of mentions)
    if (m.label === 'PERSON') m.courtesy = courtesyGender(doc.text.slice(Math.max(0, m.start - 8), m.start));
  joinHyphenatedNames(mentions, doc.text);
  const entities = mergeFirstWordsIntoOrgs(mergeSurnamesIntoPersons(clusterMentions(mentions, doc.text))).map(
    (c, k) => toEntity(c, k + 1),
  );
  shareCoordinatedSurnames(entities, doc.text);
  return entities;
}

/**
 * "Tom and Jenny Hartley": a given name alone joined by "and" to a given name and surname shares
 * that surname, so the person named only by the given name is "Tom Hartley" (in place; not when
 * someone else already bears the full name).
 */
function shareCoordinatedSurnames(entities: Entity[], text: string): void {
  for (const e of entities) {
    if (e.type !== 'PERSON' || !/^\p{Lu}\p{Ll}+$/u.test(e.name) || !firstNames().has(e.name.toLowerCase()))
      continue;
    for (const m of e.mentions) {
      const after = /^\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?!\s+\p{Lu})/u.exec(
        text.slice(m.end, m.end + 60),
      );
      if (!after || !firstNames().has(after[1].toLowerCase())) continue;
      const at = m.end + after[0].indexOf(after[1]);
      const partner = entities.find(
        (x) =>
          x !== e &&
          x.type === 'PERSON' &&
          x.mentions.some((k) => k.start === at && k.text.endsWith(after[2])),
      );
      const full = `${e.name} ${after[2]}`;
      if (!partner || entities.some((x) => x.name === full)) continue;
      e.variants = [full, ...(e.variants ?? [])];
      e.name = full;
      break;
    }
  }
}

/** Labels a person's name is sometimes mistaken for ("Libyan General Khalifa Haftar" as ORG). */
const MISTAKABLE_FOR_PERSON = new Set(['ORG', 'MEDIA', 'LOC']);
const PARTICLES = new Set(NAME_PARTICLES.map((p) => p.replace(/-$/, '')));

/** Professions practised as firms named after their partners ("Brogan Whitley Solicitors"). */
const FIRM_PROFESSIONS = new Set([
  'solicitors',
  'lawyers',
  'barristers',
  'accountants',
  'architects',
  'surveyors',
  'auctioneers',
  'actuaries',
  'consultants',
]);

/**
 * "Brogan Whitley Solicitors" read as a person: partners' names and their profession in the plural
 * are a firm's name, no one's.
 */
function firmOfProfession(text: string, label: string): boolean {
  if (label !== 'PERSON') return false;
  const words = text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    FIRM_PROFESSIONS.has(words[words.length - 1].toLowerCase())
  );
}

/** A courtesy title and one capitalised surname ("Ms Dunbar", "Mr. O'Neill"). */
const COURTESY_TITLED = /^(?:Mr|Mrs|Ms|Miss|Mx)\.? \p{Lu}[\p{L}'’-]+$/u;

/**
 * A name the recognizer labelled an organisation or place that is built like a person's: a title
 * before a given name and surname ("General Khalifa Haftar"). (A listed first name alone is not
 * enough: "Harmon County Board".)
 */
function looksLikePerson(text: string, label: string): boolean {
  if (!MISTAKABLE_FOR_PERSON.has(label) && label !== 'GPE') return false;
  // "According to Ms Dunbar" read as a place: a courtesy title only ever stands before a person's name.
  if (COURTESY_TITLED.test(text)) return true;
  if (!MISTAKABLE_FOR_PERSON.has(label)) return false;
  const p = parseName(text);
  if (p.surname === '' || p.given.length === 0 || !/^\p{Lu}/u.test(p.surname)) return false;
  if (!p.given.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return p.titles.length > 0 && !PARTICLES.has(p.given[0].toLowerCase());
}

/** A title short as clergy's and nobles' are ("Ven", "Revd", "Rt", "Hon"); a place's name is longer. */
const SHORT_TITLE = /^\p{Lu}\p{Ll}{1,3}$/u;
/** Last words of bodies' and places' names ("the Royal Albert Hall" is no person). */
const NAME_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS]);

/**
 * "the Ven Anne Dacre" labelled a place: a person's name takes no "the", so a capitalised word
 * between "the" and a listed given name and surname is a title before a person's name, unless the
 * last word heads bodies' or places' names.
 */
function titledAfterThe(text: string, start: number, name: string, label: string): boolean {
  if (!MISTAKABLE_FOR_PERSON.has(label)) return false;
  const words = name.split(' ');
  if (words.length !== 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || !SHORT_TITLE.test(words[0]))
    return false;
  if (!/(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 5), start))) return false;
  return (
    firstNames().has(words[1].toLowerCase()) &&
    !firstNames().has(words[0].toLowerCase()) &&
    !NAME_HEADS.has(words[2].toLowerCase())
  );
}

/** Nouns for someone by what they do ("footballer", "novelist", "chairman"). */
const AGENT_NOUN = /(?:er|or|ist|ian|man|woman)$/;
/**
 * Words ending so that are no one: nouns that also name a business or an outlet ("the retailer
 * Larkfield Home" is caught by BUSINESS_NOUNS) and adjectives ("the outdoor European Championships").
 */
const NOT_PERSON_AGENTS = new Set([
  'broadcaster',
  'owner',
  'provider',
  'landlord',
  'sponsor',
  'partner',
  'outdoor',
  'indoor',
  'former',
  'latter',
  'other',
  'major',
  'minor',
  'senior',
  'junior',
  'interior',
  'exterior',
  'inner',
  'outer',
  'upper',
  'super',
  'premier',
  'popular',
  'regular',
  'similar',
  'particular',
  'human',
]);
const PLACE_LABELS = new Set(['LOC', 'GPE']);

/**
 * "the singer Adaeze Okafor", "The footballer Kwame Ansah", read as a place: a name of two or three
 * capitalised words right after "the/a" and a noun for someone by what they do is a person's. A
 * listed occupation outranks any label; another agent noun only a place's, and none that also
 * names a business ("the developer Brockley Estates").
 */
function afterOccupation(text: string, start: number, name: string, label: string): boolean {
  if (!MISTAKABLE_FOR_PERSON.has(label) && label !== 'GPE') return false;
  if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name)) return false;
  const m = /\b(?:the|a|an)\s+(\p{Ll}+)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const noun = m[1].toLowerCase();
  if (OCCUPATIONS.has(noun)) return true;
  return (
    PLACE_LABELS.has(label) &&
    AGENT_NOUN.test(noun) &&
    !BUSINESS_NOUNS.has(noun) &&
    !NOT_PERSON_AGENTS.has(noun)
  );
}

/** Nouns for a kind of outlet that may stand right before its name ("the business daily …"). */
const OUTLET_KIND_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'tabloid', 'broadcaster', 'magazine']);
const ADJECTIVE_KINDS = new Set(['daily', 'weekly']);

/**
 * "the business daily Korlin Kurier", "the newspaper Nordpressen", read as a place or a person: a
 * name right after "the", maybe a few lower-case words, and a noun for a kind of outlet is the
 * outlet's.
 */
function afterOutletKind(text: string, start: number, name: string, label: string): boolean {
  if (label === 'MEDIA' || label === 'ORG' || !/^\p{Lu}/u.test(name)) return false;
  // "the local newspaper Marvella Today" with only "Marvella" found: a place opening the name.
  if (/^\s+\p{Lu}/u.test(text.slice(start + name.length, start + name.length + 3))) return false;
  const m = /\bthe\s+((?:\p{Ll}+\s+){0,2})(\p{Ll}+)\s+$/iu.exec(text.slice(Math.max(0, start - 40), start));
  // "daily" and "weekly" alone may be adjectives ("the weekly Farmers Market"): a kind before them says they are not.
  return !!m && OUTLET_KIND_NOUNS.has(m[2]) && (m[1] !== '' || !ADJECTIVE_KINDS.has(m[2]));
}

/**
 * "Grandmaster Tomas Brekke", "Skipper Ana Ruiz", "the Ven Peter Lusk": a capitalised common noun (or
 * a word after "the") used as a title before a given name and surname is no part of the name. A noun is common when the article writes it in lower
 * case somewhere ("A grandmaster ranked …") or running text seldom capitalises it; a listed given
 * name ("Grace Anne Holt") and a title the name parser knows (kept as a variant) stay. In place.
 */
function dropCommonNounTitle(m: MentionRecord, text: string): void {
  const words = m.text.split(' ');
  if (
    words.length < 3 ||
    !/^\p{Lu}\p{Ll}+$/u.test(words[0]) ||
    !words.slice(1).every((w) => /^\p{Lu}/u.test(w))
  )
    return;
  const lower = words[0].toLowerCase();
  if (firstNames().has(lower) || parseName(m.text).titles.length > 0) return;
  const profile = wordProfiles().get(lower);
  const common =
    (profile !== undefined && profile.cap <= 1) ||
    // "the Ven Peter Lusk": a person's name takes no "the", so a word between it and a given name is a title.
    (SHORT_TITLE.test(words[0]) &&
      firstNames().has(words[1].toLowerCase()) &&
      /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, m.start - 5), m.start))) ||
    // `lower` is letters only: a text without it cannot match, and most titles are settled so.
    (text.includes(lower) && new RegExp(`(?<!\\p{L})${lower}(?!\\p{L})`, 'u').test(text));
  if (!common) return;
  const cut = words[0].length + 1;
  m.start += cut;
  m.text = m.text.slice(cut);
}

/**
 * "Haftar" labelled an organisation in an article about the person Khalifa Haftar: a one-word
 * organisation cluster whose name is, as a surname, the same as a person's joins that person.
 */
function mergeSurnamesIntoPersons(clusters: MentionCluster[]): MentionCluster[] {
  const persons = clusters.filter((c) => c.group === 'person' && parseName(c.fullest).given.length > 0);
  if (persons.length === 0) return clusters;
  const kept: MentionCluster[] = [];
  for (const c of clusters) {
    const oneWord = c.group === 'org' && /^\p{Lu}[\p{L}'’-]+$/u.test(c.fullest);
    let best: MentionCluster | null = null;
    let bestScore = SAME_NAME_THRESHOLD;
    if (oneWord)
      for (const p of persons) {
        const score = nameSimilarity(c.fullest, p.fullest, 'person');
        if (score >= bestScore) {
          best = p;
          bestScore = score;
        }
      }
    if (!best) {
      kept.push(c);
      continue;
    }
    // Built field by field as extractEntities builds a record: a spread copy has another hidden
    // class, and code optimised for one deoptimises on meeting the other.
    for (const m of c.mentions)
      best.mentions.push({ start: m.start, end: m.end, text: m.text, label: 'PERSON', rule: m.rule });
    best.mentions.sort((a, b) => a.start - b.start);
  }
  return kept;
}

/**
 * "Ruth Okafor-Bain" read as "Ruth Okafor" and "Bain": two spans joined by a bare hyphen are one
 * name, a person's when either part was (in place; `mentions` in text order).
 */
function joinHyphenatedNames(mentions: MentionRecord[], text: string): void {
  mentions.sort((a, b) => a.start - b.start);
  for (let k = mentions.length - 2; k >= 0; k--) {
    const [a, b] = [mentions[k], mentions[k + 1]];
    if (b.start !== a.end + 1 || text[a.end] !== '-' || !/^\p{Lu}/u.test(b.text)) continue;
    if (a.label !== 'PERSON' && b.label !== 'PERSON') continue;
    mentions[k] = {
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      label: 'PERSON',
      rule: a.rule,
    };
    mentions.splice(k + 1, 1);
  }
}

/**
 * "Brightwell said" after "Brightwell Glass" where the recognizer read "Brightwell" as a person: a
 * one-word person cluster that is no one's surname in the article (no fuller person's name ends in
 * it) and the first or last word of exactly one organisation named before it ("Rovers" after
 * "Corbridge Rovers") is that organisation.
 */
function mergeFirstWordsIntoOrgs(clusters: MentionCluster[]): MentionCluster[] {
  const orgs = clusters.filter((c) => c.group === 'org' && /\s/.test(c.fullest));
  if (orgs.length === 0) return clusters;
  const kept: MentionCluster[] = [];
  for (const c of clusters) {
    const word = c.group === 'person' && /^\p{Lu}[\p{L}'’-]+$/u.test(c.fullest) ? foldName(c.fullest) : null;
    const first = c.mentions[0]?.start ?? 0;
    // Its last word too: "Rovers said" after "Corbridge Rovers".
    const owners = word
      ? orgs.filter(
          (o) =>
            (foldName(o.fullest).startsWith(`${word} `) || foldName(o.fullest).endsWith(` ${word}`)) &&
            o.mentions[0].start < first,
        )
      : [];
    const surname =
      word !== null &&
      clusters.some((p) => p !== c && p.group === 'person' && foldName(p.fullest).endsWith(` ${word}`));
    if (owners.length !== 1 || surname) {
      kept.push(c);
      continue;
    }
    // Built field by field, as extractEntities builds a record (see mergeSurnamesIntoPersons).
    for (const m of c.mentions)
      owners[0].mentions.push({ start: m.start, end: m.end, text: m.text, label: 'ORG', rule: m.rule });
    owners[0].mentions.sort((a, b) => a.start - b.start);
  }
  return kept;
}

function toEntity(c: MentionCluster, n: number): Entity {
  // Distinct names with their counts, in order of first mention.
  const names = new Map<string, number>();
  for (const m of c.mentions) {
    const name = nameOf(m.text, c.group);
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  let canonical = '';
  for (const [name, count] of names) {
    // "Ifeoma Adebayo Grant" after "Ifeoma Adebayo-Grant": a double surname written without its
    // hyphen is the same name, though it parses as one more given name; the more frequent form
    // names the person, ties going to the form written first.
    const respelt = canonical !== '' && unhyphenated(name) === unhyphenated(canonical);
    const longer = nameLength(name, c.group) > nameLength(canonical, c.group);
    const asLong = respelt || nameLength(name, c.group) === nameLength(canonical, c.group);
    const better = canonical === '' || (longer && !respelt) || (asLong && count > names.get(canonical)!);
    if (better) canonical = name;
  }
  const surfaces = [...new Set(c.mentions.map((m) => m.text))];
  const variants = [canonical, ...surfaces.filter((s) => s !== canonical)];
  const mentions: Mention[] = c.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    rule: m.rule,
  }));
  return { id: `E${n}`, name: canonical, type: voteType(c.mentions), mentions, variants };
}

/** A name with its hyphens written as spaces. */
const unhyphenated = (name: string): string => name.replace(/\s*[-‐]\s*/g, ' ');

/** The most frequent label; ties go to the label mentioned first. */
function voteType(mentions: MentionRecord[]): EntityType {
  const votes = new Map<string, number>();
  for (const m of mentions) votes.set(m.label, (votes.get(m.label) ?? 0) + 1);
  let best = mentions[0].label;
  for (const [label, count] of votes) if (count > votes.get(best)!) best = label;
  return best as EntityType;
}

/**
 * The entity a name refers to ("Hafter", "Gen. Haftar", "the Libya Herald"), or null: the entity
 * whose canonical name or a variant is most similar at or above SAME_NAME_THRESHOLD. Persons
 * compare as person names, everything else as organisation or place names. When several match
 * equally, the one mentioned last before `near` (a character offset) wins, else the first.
 */
export function findEntityByName(entities: readonly Entity[], surface: string, near?: number): Entity | null {
  let best: Entity | null = null;
  let bestScore = SAME_NAME_THRESHOLD;
  let bestRecency = Number.NEGATIVE_INFINITY;
  for (const e of entities) {
    const group = groupOf(e.type);
    const kind = kindOf(group);
    const name = nameOf(surface, group);
    let score = nameSimilarity(name, e.name, kind);
    // Only persons compare against the canonical name alone: "Haftar" must not let "Saddam Haftar" in.
    if (kind === 'other')
      for (const v of e.variants ?? []) score = Math.max(score, nameSimilarity(name, v, kind));
    if (score < bestScore) continue;
    const recency = near === undefined ? 0 : lastMentionBefore(e, near);
    if (score > bestScore || best === null || recency > bestRecency) {
      best = e;
      bestScore = score;
      bestRecency = recency;
    }
  }
  return best;
}

function lastMentionBefore(e: Entity, offset: number): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const m of e.mentions) if (m.start < offset) last = Math.max(last, m.start);
  return last;
}
