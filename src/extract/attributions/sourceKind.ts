/** What kind of source a source phrase names: person, organization, media, document, anonymous, unknown. */
import type { Attribution, Entity, EntityType, SourceKind } from '../../analysis/types.js';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_MARKERS,
  ANONYMOUS_PHRASES,
  DOCUMENT_WORDS,
  GROUP_PRONOUNS,
  MEDIA_WORDS,
  ORGANIZATION_WORDS,
  PARTITIVES,
  PERSON_NOUNS,
  PERSON_PRONOUNS,
  PERSON_TITLES,
} from '../../language/en/cues/sourceWords.js';
import { firstNames } from '../../language/en/gazetteers/firstNames.js';
import { ORG_HEADS } from '../../language/en/gazetteers/nameHeads.js';

/** Last words of organisations' names ("… Supporters' Trust", "… Residents Alliance"). */
const NAME_ORG_HEADS = new Set(ORG_HEADS);

/** A name and the capitalised "Records" of a record label, with no article ("Brightline Records"). */
const RECORD_LABEL = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}Record(?:s|ings)$/u;

const ENTITY_KIND: Record<string, SourceKind> = {
  PERSON: 'person',
  PER: 'person',
  ORG: 'organization',
  MEDIA: 'media',
  GPE: 'organization',
  NORP: 'organization',
  WORK: 'document',
};

/** "A warden who … cannot be named for legal reasons": someone the report may not name. */
const UNNAMEABLE = /\b(?:cannot|can['’]t|could not|couldn['’]t|may not) be (?:named|identified)\b/i;

/**
 * Classifies a source phrase from its words. `entityLabel` is the label of a named entity that
 * covers the phrase's head, when the recognizer found one: it wins over the word lists for names.
 */
export function classifySource(text: string, entityLabel: string | null = null): SourceKind {
  if (ANONYMOUS_PHRASES.test(text) || UNNAMEABLE.test(text)) return 'anonymous';
  // "Computer specialist at the agency, Peter Holm": a person's name after a role names them
  // ("a transcript from the maid, Ann Lee" is still the transcript).
  if (namedAfterRole(text) && classifySource(text.slice(0, text.lastIndexOf(','))) !== 'document')
    return 'person';
  // "Maria Lopez, a nurse at the camp": the name before an appositive decides.
  const comma = text.indexOf(',');
  if (comma > 0 && /^\p{Lu}/u.test(text)) return classifySource(text.slice(0, comma), entityLabel);
  const words = text
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return 'unknown';
  const lower = words.map((w) => w.toLowerCase());
  // "Ministers said", "Prosecutors allege": the plural of a person's word, capitalised only as the
  // sentence's first, is a group of people as it is in lower case, not someone's name; a club the
  // recognizer names ("Rangers") is a body.
  if (
    words.length === 1 &&
    /^\p{Lu}\p{Ll}+s$/u.test(words[0]) &&
    isPersonWord(singular(lower[0])) &&
    entityLabel !== 'ORG'
  )
    return classifySource(lower[0]);
  if (words.length === 1 && PERSON_PRONOUNS.has(lower[0])) return 'person';
  if (words.length === 1 && GROUP_PRONOUNS.has(lower[0])) return 'unknown';
  if (lower.some((w) => ANONYMOUS_MARKERS.has(w))) return 'anonymous';
  const head = headIndex(lower);
  const named = words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !PERSON_TITLES.has(lower[i]));
  const document = DOCUMENT_WORDS.has(lower[head]) || DOCUMENT_WORDS.has(singular(lower[head]));
  // "A report called …" opens a sentence with its capital; "Harbour Report" is a name, and so is
  // the owner in "the FT report" (a document by it, lower case first).
  const opening = /^(?:a|an|the)$/i.test(words[0]) && words.length > 1 ? words[1] : words[0];
  // "Labour Ministry figures", "an Arlow Council statement": a document word in lower case after
  // the name of the body it comes from heads a document, whatever the recognizer labels the name.
  // An outlet's report or website is the outlet relaying ("the Valley Courier report"), so media.
  const ownedDocument =
    document &&
    entityLabel !== 'MEDIA' &&
    head > 0 &&
    /^\p{Ll}/u.test(words[head]) &&
    /^\p{Lu}/u.test(words[head - 1]);
  if (document && (!/^\p{Lu}/u.test(opening) || ownedDocument)) return 'document';
  // "Brightline Records said": a record label, named as labels are, is a company, not its files.
  if (RECORD_LABEL.test(text.trim())) return 'organization';
  const described = describedBody(words, lower);
  if (described) return described;
  if (entityLabel && ENTITY_KIND[entityLabel]) return ENTITY_KIND[entityLabel];
  // "his friend and fellow broadcaster Tom Aske": an outlet's word a person has as a role is theirs.
  if (lower.some((w, i) => MEDIA_WORDS.has(w) && i > 0 && ROLE_OWNERS.has(lower[i - 1]))) return 'person';
  if (lower.some((w) => MEDIA_WORDS.has(w)) && (named || /^\p{Lu}/u.test(words[0]))) return 'media';
  if (document) return 'document';
  if (ANONYMOUS_HEADS.has(lower[head]) && !named) return 'anonymous';
  // "a worker at the company", "the teacher": a person, whatever body a modifier names.
  if (PERSON_NOUNS.has(lower[head])) return 'person';
  // "The firms", "unions", "the two companies": bodies headed by the plural of a body's word
  // ("directors at both companies" are people).
  if (lower.some((w) => ORGANIZATION_WORDS.has(w)) || ORGANIZATION_WORDS.has(singular(lower[head])))
    return 'organization';
  if (lower.some((w) => PERSON_TITLES.has(w))) return 'person';
  // "The 28-year-old", "the 61-year-old world champion": an age, with no body's word, is a person's.
  if (lower.some((w) => AGE.test(w))) return 'person';
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w));
  // A name the recognizer did not label, ending in an organisation's head word, names a body.
  if (capitalised && words.length >= 2 && NAME_ORG_HEADS.has(lower[words.length - 1])) return 'organization';
  // "Caerwyn RFC": a name ending in an abbreviation in capitals, with no given name first ("Rachel
  // Oduro MP" has one), is a body's.
  if (
    capitalised &&
    words.length >= 2 &&
    /^\p{Lu}{2,5}$/u.test(words[words.length - 1]) &&
    !firstNames().has(lower[0])
  )
    return 'organization';
  // "EMI", "the TUC": an acronym alone names a body; people are named by their names.
  if (
    words.length <= 2 &&
    ACRONYM.test(words[words.length - 1]) &&
    (words.length === 1 || lower[0] === 'the')
  )
    return 'organization';
  if (capitalised && words.length <= 4) return 'person';
  if (/^\p{Lu}/u.test(words[head])) return 'person';
  return 'unknown';
}

const isPersonWord = (w: string) => PERSON_TITLES.has(w) || PERSON_NOUNS.has(w);

/** A name of up to four capitalised words, after a title or none ("Dr Ana Holm", "Peter Holm"). */
const TRAILING_NAME = /^(?:(\p{Lu}[\p{L}.]*)\s+)?(\p{Lu}[\p{L}'’-]+)((?:\s+\p{Lu}[\p{L}'’-]+){0,3})$/u;

/**
 * Whether a role phrase ends in a person's name after its last comma ("IBM's head of research,
 * Nick Dane"): the name's first word is a given name, or a person's title opens it. A body's name
 * there ("the biggest confectioner, Cadbury Schweppes") opens with neither.
 */
function namedAfterRole(text: string): boolean {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return false;
  const name = TRAILING_NAME.exec(text.slice(comma + 1).trim());
  if (!name) return false;
  const title = name[1]?.toLowerCase();
  if (title !== undefined && PERSON_TITLES.has(title)) return true;
  // Without a title, a given name and a surname at least.
  return (name[1] !== undefined || name[3] !== '') && firstNames().has((name[1] ?? name[2]).toLowerCase());
}

/** Words for a body that may stand, lower case, before its name ("the protest movement Green Tide"). */
const BODY_DESCRIPTORS = new Set([
  ...ORGANIZATION_WORDS,
  'movement',
  'alliance',
  'network',
  'front',
  'militia',
  'faction',
  'charity',
  'trust',
  'federation',
  'league',
]);

/**
 * "the protest movement Green Tide", "the charity Harbour Light": an article, lower-case words
 * ending in a body's word, then a name; its kind, or null when the phrase is not of that form. The description says what the name is, so the
 * recognizer's reading of the name as a person's gives way.
 */
function describedBody(words: string[], lower: string[]): 'organization' | 'media' | null {
  if (!/^(?:the|an?)$/.test(lower[0])) return null;
  const name = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  if (name < 2 || !BODY_DESCRIPTORS.has(lower[name - 1])) return null;
  // "the news agency Westwire": a press body, described as one.
  return lower.slice(1, name).some((w) => MEDIA_WORDS.has(w)) ? 'media' : 'organization';
}

/** Words before an outlet's word that make it a person's trade: "fellow", a person's possessive. */
const ROLE_OWNERS = new Set(['fellow', 'his', 'her', 'my', 'your']);

/** An acronym in capitals ("BT", "RSPCA"), not a single initial. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "28-year-old": a person's age standing for them. */
const AGE = /^\d+-year-old$/;

/** "a farmer", "one resident from the estate", "another senior nurse": someone new, by trade or role. */
const INDEFINITE = /^(?:an?|one|another)\s/i;

/**
 * After speakers are resolved: a person brought in by an indefinite description ("a farmer said",
 * "one resident told") whom no entity names is an unnamed source, as "an official" is. A definite
 * description ("the teacher") points back to someone and keeps its kind; so does a role that speaks
 * for a body or client ("a spokesman for the council"), and a description a name follows
 * ("a farmer, Ann Cole").
 */
export function markUnnamedPeople(attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    if (!source || source.entity || (source.kind !== 'person' && source.kind !== 'unknown')) continue;
    if (unnamedPerson(source.text)) source.kind = 'anonymous';
  }
}

/**
 * Kinds a source's final entity settles, where the kind given at resolution was left open: an
 * entity's type is final only once every speaker is resolved ("Brightwell, which …" later makes
 * a name read as a person's a body's, "The magazine said" an outlet of a name read as a body's).
 */
const SETTLED_BY_ENTITY: Partial<Record<EntityType, { from: ReadonlySet<SourceKind>; to: SourceKind }>> = {
  MEDIA: { from: new Set(['organization']), to: 'media' },
  ORG: { from: new Set(['person', 'unknown']), to: 'organization' },
};

/**
 * After speakers are resolved: a source whose entity is an outlet or a body takes that kind. What
 * the phrase's own words say stays: anonymous, a document, an outlet; and a body the recognizer
 * named as a person keeps its kind (the recognizer's error, not the kind's). A spokesperson or
 * a pronoun resolved to a body speaks for it, as the examples' expected kinds have it.
 */
export function settleKindsByEntities(
  attributions: readonly Attribution[],
  entities: readonly Entity[],
): void {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  for (const a of attributions) {
    const source = a.source;
    const type = source?.entity ? types.get(source.entity) : undefined;
    const settled = type ? SETTLED_BY_ENTITY[type] : undefined;
    if (!source || !type) continue;
    // "Its report", "the council's accounts": resolution gives a body's own document the body's
    // kind, but what the reader weighs is the document (docs/format.md); an outlet's is the outlet relaying.
    if (
      source.kind === 'organization' &&
      type !== 'MEDIA' &&
      classifySource(source.text, 'ORG') === 'document'
    ) {
      source.kind = 'document';
      continue;
    }
    if (!settled?.from.has(source.kind)) continue;
    if (settled.to === 'organization' && saysPerson(source.text)) continue;
    source.kind = settled.to;
  }
}

/** Honorifics before a person's name ("Mr Campbell", "Dr Holm"). */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
]);

/** Roles that speak for a body, which a source so described stands for ("a spokeswoman for the firm"). */
const SPEAKING_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * Whether a phrase's own words name a person, whatever entity it was resolved to: an honorific
 * ("Mr Campbell") or a head noun for a person ("Fund manager Ana Holm, the club's largest investor").
 * A spokesperson speaks for the body, and a pronoun or a bare name leaves it to the entity.
 */
function saysPerson(text: string): boolean {
  const lower = text
    .replace(/[’']s\b/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => w.length > 0);
  if (lower.length === 0) return false;
  if (HONORIFICS.has(lower[0].replace(/\.$/, ''))) return true;
  const head = lower[headIndex(lower)];
  return !SPEAKING_FOR.has(head) && (PERSON_NOUNS.has(head) || PERSON_TITLES.has(head));
}

/** ", who" between a speaker's phrase and the relative pronoun that stands for it. */
const COMMA_BEFORE_RELATIVE = /^\s*,\s*$/;

/**
 * After speakers are resolved and unnamed people marked: a "who" that no entity resolved (one for
 * "a spokeswoman for the council, who added …") is the speaker just before it and takes that
 * speaker's kind, whichever of the two attributions was found first ("“…” So said a spokeswoman
 * for the council, who added …").
 */
export function markRelativesLikeAntecedents(text: string, attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    if (!source || source.entity || !/^who$/i.test(source.text.trim())) continue;
    const antecedent = attributions.find(
      (b) =>
        b.source &&
        b.source !== source &&
        b.source.end <= source.start &&
        COMMA_BEFORE_RELATIVE.test(text.slice(b.source.end, source.start)),
    )?.source;
    if (antecedent && antecedent.kind !== 'unknown') source.kind = antecedent.kind;
  }
}

/** A singular pronoun standing for one person. */
const PERSON_PRONOUN = /^(?:he|she)$/i;

/**
 * After unnamed people are marked: "A nurse who did not want to be named said …. She said …": a
 * "he" or "she" no entity resolved, whose nearest speaker before it is an unnamed source, is that
 * source again and keeps it unnamed (a named speaker between them takes the pronoun's reference).
 */
export function markPronounsLikeUnnamed(attributions: readonly Attribution[]): void {
  const bySource = attributions
    .filter((a) => a.source !== null)
    .sort((a, b) => a.source!.start - b.source!.start);
  for (let k = 1; k < bySource.length; k++) {
    const source = bySource[k].source!;
    if (source.entity || source.kind !== 'person' || !PERSON_PRONOUN.test(source.text.trim())) continue;
    const before = bySource[k - 1].source!;
    if (before.kind === 'anonymous' && !before.entity) source.kind = 'anonymous';
  }
}

/** Whether a phrase brings in someone unnamed by trade or role. */
export function unnamedPerson(text: string): boolean {
  const trimmed = text.trim();
  if (!INDEFINITE.test(trimmed)) return false;
  const comma = trimmed.indexOf(',');
  // "A farmer, Ann Cole, …": the name after the comma names them.
  if (comma >= 0 && /^\s*\p{Lu}/u.test(trimmed.slice(comma + 1))) return false;
  const lower = (comma >= 0 ? trimmed.slice(0, comma) : trimmed)
    .toLowerCase()
    .split(/[^\p{L}\p{N}.'’-]+/u)
    .filter((w) => w.length > 0);
  if (lower.length < 2) return false;
  const head = lower[headIndex(lower)];
  return PERSON_NOUNS.has(head) || UNNAMED_ROLES.has(head) || AGE.test(head);
}

/**
 * Titles that, unnamed, still bring in a private voice ("one analyst", "a local woman"). Offices
 * ("a judge ruled", "a minister announced") act in public and are left as they are, and so are
 * the roles that speak for a body or client ("a spokesman", "a lawyer for the firm").
 */
const UNNAMED_ROLES = new Set([
  'analyst',
  'expert',
  'economist',
  'adviser',
  'advisor',
  'resident',
  'woman',
  'man',
  'mother',
  'father',
  'doctor',
  'researcher',
  'scientist',
  'manager',
  'officer',
]);

/** A plural noun's singular by the regular endings ("studies" → "study", "reports" → "report"). */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Past participles, by their regular endings and the irregular ones common before "by". */
const PARTICIPLE =
  /^(?:\p{L}+ed|seen|shown|written|sent|made|drawn|held|taken|given|known|done|run|kept|found|built|won)$/u;

/** Words after a phrase's head: prepositions, relative words, title introducers. */
const HEAD_STOPS = new Set([
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'by',
  'who',
  'which',
  'that',
  'on',
  'called',
  'titled',
  'entitled',
  'named',
]);

/** The head of a phrase: the last word before a preposition or relative word, else the last word. */
function headIndex(lower: string[]): number {
  // "one of the officials", "some of the residents": the part names the whole it is taken from.
  const partOf = PARTITIVES.has(lower[0]) && lower[1] === 'of' ? (lower[2] === 'the' ? 3 : 2) : 0;
  if (partOf > 0 && partOf < lower.length) return partOf + headIndex(lower.slice(partOf));
  for (let i = 1; i < lower.length; i++) {
    // "a memo seen by the Ledger", "a statement posted on its page": the noun the participle follows.
    if (HEAD_STOPS.has(lower[i]) && i >= 2 && PARTICIPLE.test(lower[i - 1])) return i - 2;
    if (HEAD_STOPS.has(lower[i])) return i - 1;
  }
  return lower.length - 1;
}
