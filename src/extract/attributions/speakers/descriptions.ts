/**
 * Description speakers ("the colonel", "the ministry", "the paper"): the organisation named with
 * that word, else the person last introduced with that title or appositive. Offsets are UTF-16.
 */
import type { Entity } from '../../../analysis/types.js';
import { COMPANY_HEADS, DOCUMENT_WORDS, PERSON_TITLES } from '../../../language/en/cues/sourceWords.js';
import { TITLE_ABBREVIATIONS } from '../../../language/en/cues/titles.js';
import { ORG_HEADS } from '../../../language/en/gazetteers/nameHeads.js';
import { lastMentionBefore, nearest } from './mentions.js';

/** A description looks this many characters back for the person it describes. */
const DESCRIPTION_REACH = 4000;
/** Characters around a mention searched for a title or appositive naming its role. */
const TITLE_WINDOW_BEFORE = 40;
const TITLE_WINDOW_AFTER = 80;
/**
 * Endings of nouns for someone who does something ("master", "inspector", "chemist", "spokeswoman",
 * and the makers "millwright", "shipwright").
 */
const AGENT_NOUN = /(?:er|or|ist|ian|man|woman|person|wright)$/;
/** "runner-up", "passer-by", "hanger-on": a noun compounded with a particle after it. */
const PARTICLE_COMPOUND = /^(\p{Ll}+)-(?:up|by|on|in)$/u;

/**
 * Posts and trades held by one person whose ending is no agent's ("the club's bailiff", "the
 * parish clerk", "the ship's chaplain", "a newsagent's assistant").
 */
const POST_NOUNS = new Set([
  'bailiff',
  'clerk',
  'warden',
  'steward',
  'curate',
  'vicar',
  'priest',
  'chaplain',
  'bishop',
  'sheriff',
  'marshal',
  'constable',
  'sergeant',
  'detective',
  'magistrate',
  'surgeon',
  'nurse',
  'midwife',
  'chef',
  'coach',
  'captain',
  'trustee',
  'bursar',
  'registrar',
  'verger',
  'matron',
  'assistant',
  'attendant',
  'cashier',
  'servant',
]);

/** Whether a description's head word names a person by role ("the harbour master", "the judge"). */
export function namesPerson(head: string): boolean {
  const compound = PARTICLE_COMPOUND.exec(head);
  return (
    PERSON_TITLES.has(head) ||
    TITLE_ABBREVIATIONS.has(head) ||
    AGENT_NOUN.test(head) ||
    POST_NOUNS.has(head) ||
    (compound !== null && AGENT_NOUN.test(compound[1]))
  );
}

export const ORG_HEAD_WORDS = new Set(ORG_HEADS);

/** A past-tense verb right after a name's comma ("…, Sunita Barve, urged the company …"). */
const PREDICATE_START =
  /^\s*(?:\p{Ll}+ed|said|told|wrote|spoke|gave|took|made|went|came|saw|sent|met|became)\b/u;

/** Whether the mention carries one of `forms` in its title ("Col. Qadiri") or appositive ("Qadiri, the colonel"), up to `limit`. */
export function introducedAs(
  text: string,
  m: { start: number; end: number; text: string },
  limit: number,
  forms: readonly string[],
  lesserRank = false,
): boolean {
  const before = text.slice(Math.max(0, m.start - TITLE_WINDOW_BEFORE), m.start).toLowerCase();
  const titles = m.text.toLowerCase().split(/\s+/).slice(0, -1).join(' ');
  const after = text.slice(m.end, Math.min(limit, m.end + TITLE_WINDOW_AFTER)).toLowerCase();
  // "Ana Roe, urged the company …": a verb after the comma opens the sentence's predicate, no appositive.
  const apposed =
    after.startsWith(',') && !PREDICATE_START.test(after.slice(1))
      ? after.split(/[.;:!?]|,\s*(?:said|told|added)/)[0]
      : '';
  // "The board's chairman, Declan Roche": the role may stand before the name, set off by a comma;
  // "Transport minister Sir Alasdair Keogh": or before an honorific the name was given without.
  const roleBefore = before
    .replace(/,\s*$/, '')
    .replace(/\s(?:sir|dame|lord|lady|dr|prof|mr|mrs|ms)\.?\s*$/, ' ');
  // "Ben Harlow, a sous chef", "Deputy Mayor Inge Roos": a rank below the role names another role,
  // unless the description asked for it ("the deputy mayor").
  const own = (s: string) => (lesserRank ? s : s.replace(LESSER_RANK, ' '));
  return forms.some(
    (f) =>
      hasWord(own(titles), f) ||
      endsWithWord(own(before), f) ||
      endsWithWord(own(roleBefore), f) ||
      hasWord(own(apposed), f),
  );
}

/** A description that itself names a rank below a role ("the deputy mayor"). */
export const LESSER_RANK_DESCRIBED = /(?<!\p{L})(?:deputy|assistant|vice|sous|under)[\s-]/iu;
/** A rank below a role, with the role it qualifies ("sous chef", "deputy head", "vice-chair"). */
const LESSER_RANK = /(?<!\p{L})(?:deputy|assistant|vice|sous|under)[\s-]+\p{L}+/gu;

/** A relative clause after a description's head ("… that manages the forest"). */
const RELATIVE_CLAUSE = /\s+(?:that|which|who|whom|whose)\s.*$/is;

/** A description without the relative clause after its head ("the trust that runs the hospital" → "the trust"). */
export function withoutRelativeClause(description: string): string {
  return description.replace(RELATIVE_CLAUSE, '');
}

/** "the colonel" → the person last named with "Col." or described as "…, a colonel …". */
export function resolveDescription(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  // "the agency that manages the forest" is an agency: a relative clause says what it does, and a
  // name the clause holds ("Glenarrow Forest") is another thing's.
  // "17-year-old from Carlowe" is someone of that age: where they are from is no head.
  const words = withoutRelativeClause(description)
    .replace(/\s+from\s+(?:the\s+)?\p{Lu}.*$/su, '')
    .toLowerCase()
    .split(/\s+/);
  const role = words[words.length - 1];
  if (!role) return null;
  const forms = [role, ...(TITLE_ABBREVIATIONS.get(role) ?? [])];
  // An organisation named with the word ("the ministry" → "Libyan Ministry of Health") first.
  // One whose name is headed by the word ("University of Kelbridge") outranks one that merely holds
  // it ("University and College Staff Union" for "the university").
  let best: Entity | null = null;
  let bestAt = -1;
  let bestHeaded = false;
  // "the ambulance service" is no "Marport Fire and Rescue Service": a modifier of the head that
  // says what kind of body (not where it works) must be in the name too.
  const modifiers = headModifiers(description);
  const apposed = kindAppositive(role);
  const matching = entities.filter((e) => {
    // "told the Ashworth Clarion …, the student newspaper reported": an outlet's kind may be
    // narrowed by its readers or its beat, which its name need not say.
    const outlet = e.type === 'MEDIA' && OUTLET_KINDS.has(role);
    return (
      e.type !== 'PERSON' &&
      (namesRole(e, role) || namedAsKind(e, role) || calledInApposition(text, e, apposed, at)) &&
      (outlet || holdsWords(e.name, modifiers)) &&
      lastMentionBefore(e, at) >= 0
    );
  });
  // "Radio Stowmarsh, a charity with 45 volunteers, said …. The charity said": a body the writer
  // called the kind outright is meant before one whose name is merely of the kind ("… Health Trust").
  const called = matching.filter((e) => calledInApposition(text, e, apposed, at));
  const candidates = called.length > 0 ? called : matching;
  const bare =
    modifiers.length === 0 ? unmarkedAmong(text, role, at, byArea(description, candidates)) : candidates;
  for (const e of bare) {
    const last = lastMentionBefore(e, at);
    // A name of the kind ("Northwind Air" for "the airline") is headed by it as much as one ending in the word.
    const headed = headedBy(e.name, role) || (e.type !== 'MEDIA' && namedAsKind(e, role));
    if (last >= 0 && (headed && !bestHeaded ? true : headed === bestHeaded && last > bestAt)) {
      best = e;
      bestAt = last;
      bestHeaded = headed;
    }
  }
  if (best) return best;
  // "The company" is no person whose appositive mentions the company ("Ana Roe, the company's director").
  // Nor is "the newspaper" a person whose words mention a newspaper.
  if (COMPANY_HEADS.has(role) || ORG_HEAD_WORDS.has(role) || OUTLET_KINDS.has(role)) return null;
  // Else the person last introduced with that title ("Col. Qadiri") or appositive ("Qadiri, the colonel").
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end > at || m.start < at - DESCRIPTION_REACH || m.start <= bestAt) continue;
      if (introducedAs(text, m, at, forms, LESSER_RANK_DESCRIBED.test(description))) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/**
 * "… an offer from the parish council …. The council said": of two bodies of one kind, a writer who
 * tells one apart by a word of its name ("the parish council") means the other by the bare head.
 * The candidates no such description picked out before `at`, when some were; else all of them. A
 * possessive ("The county council's cabinet member") sets a person's role, not bodies apart.
 */
function unmarkedAmong(text: string, role: string, at: number, candidates: Entity[]): Entity[] {
  if (candidates.length < 2) return candidates;
  const before = text.slice(0, at);
  const nameWords = (e: Entity) => e.name.toLowerCase().split(/\s+/);
  const head = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const marked = candidates.filter((e) =>
    nameWords(e).some(
      (w) =>
        w !== role &&
        /^\p{L}+$/u.test(w) &&
        !candidates.some((o) => o !== e && nameWords(o).includes(w)) &&
        new RegExp(`\\b[Tt]he\\s+${w}\\s+${head}\\b(?!['’])`).test(before),
    ),
  );
  return marked.length > 0 && marked.length < candidates.length
    ? candidates.filter((e) => !marked.includes(e))
    : candidates;
}

/**
 * "The parish council" with "Stanmoor Parish Council" and "Rothwell District Council" in play: a name
 * may leave out its level ("the county council" for "Harlow Council"), but where some candidates'
 * names hold it, the writer means those.
 */
function byArea(description: string, candidates: Entity[]): Entity[] {
  const words = description.toLowerCase().trim().split(/\s+/).slice(0, -1);
  const areas = words.filter((w) => AREA_WORDS.has(w));
  if (areas.length === 0) return candidates;
  const holding = candidates.filter((e) => holdsWords(e.name, areas));
  return holding.length > 0 ? holding : candidates;
}

/**
 * The lower-case words right before a description's head that say what kind of body it is ("the
 * ambulance service" → ambulance), not where it works ("the county council") or whose it is.
 */
export function headModifiers(description: string): string[] {
  const words = description.toLowerCase().trim().split(/\s+/);
  const found: string[] = [];
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k];
    if (!/^\p{Ll}+$/u.test(w) || MODIFIER_STOPS.has(w)) break;
    if (w.length >= 4 && !AREA_WORDS.has(w) && !COMPANY_HEADS.has(w)) found.push(w);
  }
  return found;
}
const MODIFIER_STOPS = new Set([
  'the',
  'a',
  'an',
  'for',
  'of',
  'at',
  'from',
  'with',
  'to',
  'and',
  'its',
  'their',
  'his',
  'her',
]);

/** Whether a name holds each word, or a word it begins with ("exam" → "Examinations"). */
export function holdsWords(name: string, words: readonly string[]): boolean {
  const parts = name.toLowerCase().split(/\s+/);
  return words.every((w) => parts.some((n) => n.startsWith(w) || w.startsWith(n.replace(/s$/, ''))));
}

/** Modifiers that say where or at what level a body works, which its name may leave out ("the county council"). */
const AREA_WORDS = new Set([
  'local',
  'county',
  'city',
  'district',
  'borough',
  'parish',
  'town',
  'regional',
  'national',
  'state',
  'federal',
  'central',
  'international',
  'village',
]);

const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/** Whether `word` stands in `s` with no letter touching it on either side (a role in a title or appositive). */
export function hasWord(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1))
    if (!letterBefore(s, at) && !LETTER_AT_START.test(s.slice(at + word.length, at + word.length + 2)))
      return true;
  return false;
}

/** Whether `s` ends with `word`, maybe a dot and spaces after it, and no letter before it ("… Col."). */
export function endsWithWord(s: string, word: string): boolean {
  const t = s.trimEnd();
  if (t.endsWith(word) && !letterBefore(t, t.length - word.length)) return true;
  const at = t.length - 1 - word.length;
  return t.endsWith(`${word}.`) && !letterBefore(t, at);
}

/** Whether the character (code point) just before `at` is a letter. */
function letterBefore(s: string, at: number): boolean {
  return at > 0 && LETTER_AT_END.test(s.slice(Math.max(0, at - 2), at));
}
/** Whether a name's head, its last word or the word before "of", is `role` ("Ministry of Health"). */
export function headedBy(name: string, role: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // "Department for Energy" is headed by "department" as "Ministry of Justice" is by "ministry".
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return words[words.length - 1] === role || (of > 0 && words[of - 1] === role);
}

/** Heads of bodies' names that a description by the kind of body stands for ("the charity" → "… Research Trust"). */
const AIRLINE_HEADS = ['air', 'airways', 'airlines'];
const RETAIL_HEADS = ['stores', 'shops', 'supermarkets', 'retail'];
const BUILDER_HEADS = ['homes', 'developments', 'estates', 'properties', 'construction'];
export const KIND_NAME_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['charity', ['trust', 'foundation', 'fund', 'appeal']],
  ['airline', AIRLINE_HEADS],
  ['carrier', AIRLINE_HEADS],
  ['orchestra', ['philharmonic', 'philharmonia', 'sinfonia', 'symphony']],
  // "Brightway Stores … a spokeswoman for the retailer".
  ['retailer', RETAIL_HEADS],
  ['chain', RETAIL_HEADS],
  // "Ashdene Homes … the housebuilder": a builder is named by what it builds.
  ['housebuilder', BUILDER_HEADS],
  ['builder', BUILDER_HEADS],
  ['developer', BUILDER_HEADS],
  // "Portavane's Harbour Arena … a spokeswoman for the venue".
  ['venue', ['arena', 'stadium', 'theatre', 'hall', 'centre', 'pavilion', 'dome']],
]);

/** Kinds of outlet ("the paper said", "the newspaper Orley Voice"): any outlet the recognizer found is of that kind. */
export const OUTLET_KINDS: ReadonlySet<string> = new Set([
  'newspaper',
  'paper',
  'broadcaster',
  'station',
  'website',
  'magazine',
  'channel',
  // "the trade journal Chemist Today": a trade's or a science's journal is an outlet that reports.
  'journal',
]);

/** Whether an organisation's name ends in a head of the kind `role` names, or an outlet is what it describes. */
function namedAsKind(e: Entity, role: string): boolean {
  if (e.type === 'MEDIA') return OUTLET_KINDS.has(role);
  const heads = KIND_NAME_HEADS.get(role);
  return e.type === 'ORG' && !!heads?.includes(e.name.toLowerCase().split(/\s+/).pop() ?? '');
}

/**
 * Whether a mention of `e` before `at` is set off by an indefinite appositive of the kind ("Radio
 * Stowmarsh, a charity with …"); after a name, "the" as often opens a clause ("According to the
 * Courier, the council received …").
 */
function calledInApposition(text: string, e: Entity, kind: RegExp, at: number): boolean {
  // The appositive opens with a comma right after the name: most mentions are passed over unread.
  return e.mentions.some(
    (m) => m.end <= at && text[m.end] === ',' && kind.test(text.slice(m.end, m.end + APPOSITIVE_REACH)),
  );
}

/** The appositives that call a name `role` (", a charity"), one expression per role. */
const kindAppositives = new Map<string, RegExp>();

// Built once per role, not per entity asked about: compiling it showed as 3% of a long page's analyze().
function kindAppositive(role: string): RegExp {
  let kind = kindAppositives.get(role);
  if (!kind) {
    if (kindAppositives.size > 1_000) kindAppositives.clear();
    kind = new RegExp(`^,\\s+an?\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?${escapeRegExp(role)}(?!\\p{L})`, 'u');
    kindAppositives.set(role, kind);
  }
  return kind;
}
/** Characters after a name read for the appositive that calls it a kind of body. */
const APPOSITIVE_REACH = 60;

/** `s` matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "the co-op" names the "Fishermen's Co-operative"; "the study" the last quoted work. */
function namesRole(e: Entity, role: string): boolean {
  if (e.type === 'WORK') return DOCUMENT_WORDS.has(role);
  return e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => w === role || (role.length >= 4 && w.startsWith(role)));
}
/** What follows a description's head to say which body it is ("that owns …", "responsible for …"). */
const DESCRIPTION_QUALIFIER = /\s+(?:(?:that|which|who)\s|(?:responsible|concerned|involved)\b).*$/s;
/** Mention texts read as descriptions, kept: a long page asks the same mentions thousands of times. */
const describedKinds = new Map<string, { written: string; kind: string }>();

/**
 * A mention lower-cased, and its kind without what the body does ("the club that owns the ground",
 * "the authority responsible for the site": a relative clause or a qualifier says what the body does,
 * not what it is).
 */
function describedKind(text: string): { written: string; kind: string } {
  let known = describedKinds.get(text);
  if (!known) {
    if (describedKinds.size > 10_000) describedKinds.clear();
    const written = text.toLowerCase();
    known = { written, kind: written.replace(DESCRIPTION_QUALIFIER, '') };
    describedKinds.set(text, known);
  }
  return known;
}

/**
 * "In a statement, the club said" after "… the club said" was resolved: the entity that description
 * was resolved to (`qualifiedOnly`: only a description a clause or qualifier followed, "the
 * authority responsible for the site").
 */
export function sameDescription(
  head: string,
  at: number,
  entities: Entity[],
  qualifiedOnly = false,
): Entity | null {
  const said = head.trim().toLowerCase();
  // "the agency" after "the country's civil protection agency": a shorter description, same head.
  const noun = /^the\s+(\p{Ll}+)$/u.exec(said)?.[1];
  const same = (m: { end: number; text: string }) => {
    if (m.end > at) return false;
    // Lower-cased, a mention can only be `said` or begin with "the": the first letter rules out most
    // names before a look-up (a long page asks about every mention of thousands of entities).
    const first = m.text.charAt(0).toLowerCase().charAt(0);
    if (first !== said.charAt(0) && first !== 't') return false;
    const { written, kind } = describedKind(m.text);
    if (qualifiedOnly && kind === written) return false;
    return written === said || (!!noun && /^the\s/.test(kind) && kind.endsWith(` ${noun}`));
  };
  return nearest(entities, at, (e) => e.mentions.some(same))?.entity ?? null;
}
