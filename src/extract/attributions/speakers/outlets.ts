/**
 * Outlets as sources: "the paper" that is a newspaper, a paper named after its kind ("the daily
 * Novi Glas"), a name after "the" that reports, and an outlet relaying the speaker before it.
 */
import type { Attribution, Entity } from '../../../analysis/types.js';
import { firstNames } from '../../../language/en/gazetteers/firstNames.js';
import { BODY_HEADS, PAPER_HEAD_WORDS } from './bodyNames.js';
import { resolveDescription } from './descriptions.js';
import { lastMentionBefore, nearest, sentenceEnds, speakerOrg } from './mentions.js';

/**
 * "the news agency Westwire", "the society's newsletter, Starlight": an article, an owner's name,
 * lower-case words, then (after a comma, when the kind is owned) the name they describe.
 */
const DESCRIBED_NAME =
  /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*['’]s?\s+)?((?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*)(?:,\s+|\s+)\p{Lu}/u;

/**
 * Nouns that name only outlets. Words shared with documents ("post", "review") or with bodies of
 * other kinds ("network", "service") are left out: they do not say which the name is.
 */
const OUTLET_NOUNS = new Set([
  'agency',
  'newspaper',
  'paper',
  'tabloid',
  'broadsheet',
  'broadcaster',
  'channel',
  'station',
  'website',
  'site',
  'magazine',
  'blog',
  'outlet',
  'newsletter',
]);

/**
 * "the news agency Westwire", "the broadcaster Harlow Vision", "the website Dunmore Daily": a name
 * the phrase's own words call an outlet. The words outrank the recognizer's reading of a body's
 * name ("Westwire" as ORG), as the description is the writer's; "the fellow broadcaster Ann Lee"
 * is a person's role, not an outlet.
 */
export function describedAsOutlet(text: string): boolean {
  if (OUTLET_APPOSED.test(text.trim())) return true;
  const described = DESCRIBED_NAME.exec(text.trim());
  if (!described) return false;
  const words = described[1].split(/\s+/);
  const kind = words[words.length - 1];
  return OUTLET_NOUNS.has(kind) && !words.includes('fellow');
}

/**
 * "Loft & Wing, a weekly paper for fanciers", "Kerbside, a magazine for street food sellers": a name
 * with an outlet's kind set off after it, the kind ending the noun phrase ("a paper mill", "a
 * newspaper columnist" are no outlets). "Agency" and "station" name other bodies as often.
 */
const OUTLET_APPOSED =
  /^\p{Lu}[^,]*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:newspaper|paper|tabloid|broadsheet|broadcaster|website|magazine|blog|newsletter|outlet)(?=\s+(?:for|that|which|based|published|owned|in|on|covering|serving)\s|\s*,|\s*$)/u;

/** "the Western Farmer": "the" and a capitalised name, nothing else. */
const THE_NAME = /^the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * "…, the Western Farmer reported.": a name after "the" that reports what someone said, which
 * nothing else resolved, is an outlet (a paper by a name the recognizer does not know).
 */
export function reportingOutlet(
  a: Attribution,
  source: { start: number; text: string },
  entities: Entity[],
): Entity | null {
  const name = THE_NAME.exec(source.text.trim());
  if (!name || !/\breport(?:ed|s)?$/i.test(a.cue.text.trim())) return null;
  const known = entities.find((e) => e.name === name[1]);
  if (known) return known;
  const made = speakerOrg(name[1], entities, source.start + source.text.indexOf(name[1]));
  made.type = 'MEDIA';
  return made;
}

/** Whether `a`'s content holds the cue of `before` (the attribution it relays). */
export function relaysPrevious(a: Attribution, before: Attribution | null): boolean {
  return !!before && a.content.some((c) => c.start <= before.cue.start && before.cue.end <= c.end);
}

/** "the paper" and nothing else, which may be a newspaper as well as a document. */
export const PAPER_ALONE = /^the\s+paper$/i;
/** "the website" and nothing else, which may be an outlet as well as a body's pages. */
export const WEBSITE_ALONE = /^the\s+(?:web)?site$/i;
/** "the magazine" after "the trade weekly Park World Review": an outlet by its kind, no document. */
export const MAGAZINE_ALONE = /^the\s+magazine$/i;
/** "the newsletter" and nothing else: a publication, named before by its kind or not at all. */
export const NEWSLETTER_ALONE = /^the\s+newsletter$/i;
/** "the newspaper" and nothing else: an outlet, never a person whose words mention one. */
export const NEWSPAPER_ALONE = /^the\s+newspaper$/i;
/** Labels the recognizer gives papers' names ("Ashwell Messenger" as LOC) that "the paper" may mean. */
const PAPER_LABELS = new Set(['ORG', 'LOC', 'GPE']);
/** How far before "the paper" a name read as an organisation's may be the paper meant. */
const PAPER_REACH = 1500;

/**
 * "The minister told the Courier …, the paper said": "the paper" alone is the outlet mentioned last
 * when one was mentioned after any document; else it is a document, no one's voice.
 */
export function paperMeaningOutlet(
  text: string,
  source: { start: number; text: string },
  entities: Entity[],
) {
  // "Vell told the sports website Pitchside Wire …, the website reported": only a name written
  // after "website" makes the website an outlet; a body's own website is its pages, a document.
  if (WEBSITE_ALONE.test(source.text.trim()))
    return namedAfterKind(text, source.start, entities, WEBSITE_AFTER_KIND);
  if (!PAPER_ALONE.test(source.text.trim())) return null;
  // "Solvania Post said …. Sand told the newspaper Dagbladet Nord …, the paper reported": a name
  // written after "the newspaper", nearer than any other candidate, is the paper meant, whatever a
  // company's name ending in "Post" made the recognizer call that company.
  const kindNamedAt = paperKindNamedAt(text, source.start);
  const afterKind = () => (kindNamedAt >= 0 ? paperNamedAfterKind(text, source.start, entities) : null);
  const meant = resolveDescription(text, 'paper', source.start, entities);
  if (meant?.type === 'MEDIA')
    return lastMentionBefore(meant, source.start) < kindNamedAt ? (afterKind() ?? meant) : meant;
  // "According to the Marbury Evening Star, …. The paper said": a name ending as newspapers' names
  // do, which the recognizer took for any organisation or for a place, is the paper meant.
  const paper = nearest(
    entities,
    source.start,
    (e) => PAPER_LABELS.has(e.type) && PAPER_HEAD_WORDS.has(e.name.toLowerCase().split(/\s+/).pop() ?? ''),
  );
  if (
    paper &&
    paper.entity.name.split(/\s+/).length >= 2 &&
    source.start - paper.at <= PAPER_REACH &&
    paper.at > kindNamedAt
  ) {
    paper.entity.type = 'MEDIA';
    return paper.entity;
  }
  return paperNamedAfterKind(text, source.start, entities);
}

/** "the regional newspaper Alpenbote": a kind of paper in lower case, then the paper's name. */
// "the newspaper La Voz de Sarena": a particle may join the name's words.
const PAPER_AFTER_KIND =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:(?:news)?paper|daily|weekly|magazine|monthly)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|della|di|da|do|dos|la|le|van|von|der|den)\s+)?\p{Lu}[\p{L}'’-]*){0,3})/gu;

/** "the sports website Pitchside Wire": a kind of website in lower case, then the outlet's name. */
const WEBSITE_AFTER_KIND =
  /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}website\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

/** Where the last name written after a kind of paper within reach before `at` starts, or -1. */
function paperKindNamedAt(text: string, at: number): number {
  const from = Math.max(0, at - PAPER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(PAPER_AFTER_KIND)) last = m;
  return last ? from + last.index + last[0].length - last[1].length : -1;
}

/**
 * "Riedl told the regional newspaper Alpenbote …, the paper reported": a name written after the
 * kind of paper it is, within reach before "the paper", is that paper's, though the recognizer
 * found no name there (a one-word title in no gazetteer).
 */
export function paperNamedAfterKind(text: string, at: number, entities: Entity[]): Entity | null {
  return namedAfterKind(text, at, entities, PAPER_AFTER_KIND);
}

/** "told the West Kellan Packet": a capitalised name after "told the", whom a speaker told things. */
const TOLD_THE = /\btold\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/gu;

/**
 * "Pascow told the West Kellan Packet on Tuesday that …, the newspaper reported": the name a speaker
 * last told things to within reach is the paper meant, though the recognizer read it as a place, or
 * as a person with no given name, or found nothing; a body's name ("the Penmoor Council") is none.
 */
export function outletTold(text: string, at: number, entities: Entity[]): Entity | null {
  const from = Math.max(0, at - PAPER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(TOLD_THE)) last = m;
  if (!last) return null;
  const name = last[1];
  const nameAt = from + last.index + last[0].length - name.length;
  const known = entities.find((e) => e.mentions.some((m) => m.start === nameAt));
  if (known?.type === 'MEDIA') return known;
  if (known) {
    const readAsPlace = known.type === 'LOC' || known.type === 'GPE';
    const readAsPerson = known.type === 'PERSON' && !firstNames().has(name.split(/\s+/)[0].toLowerCase());
    const paperHeaded = known.type === 'ORG' && PAPER_HEAD_WORDS.has(name.split(/\s+/).pop()!.toLowerCase());
    if (known.name !== name || known.mentions.length !== 1 || !(readAsPlace || readAsPerson || paperHeaded))
      return null;
    known.type = 'MEDIA';
    return known;
  }
  const made = speakerOrg(name, entities, nameAt);
  made.type = 'MEDIA';
  return made;
}

/** "According to the Cambrian Walker": a name written after "the", as outlets' titles are. */
const AFTER_THE = /\bthe\s+$/i;

/**
 * "According to the Cambrian Walker, …. The magazine said": the source just cited, in this sentence
 * or the one before, by a name after "the" that the recognizer read as a body's but that ends in no
 * body's head word ("the Cambrian Walker Trust" is none), is the outlet a bare "the magazine" or
 * "the newspaper" means.
 */
export function outletJustCited(text: string, at: number, previous: Entity | null): Entity | null {
  if (previous?.type !== 'ORG') return null;
  const last = lastMentionBefore(previous, at);
  const head = previous.name.split(/\s+/).pop()!.toLowerCase();
  if (last < 0 || BODY_HEADS.has(head) || !AFTER_THE.test(text.slice(Math.max(0, last - 4), last)))
    return null;
  if (sentenceEnds(text, last, at) > 1) return null;
  previous.type = 'MEDIA';
  return previous;
}

/** The outlet whose name `afterKind` finds written after its kind, last within reach before `at`. */
function namedAfterKind(text: string, at: number, entities: Entity[], afterKind: RegExp): Entity | null {
  const from = Math.max(0, at - PAPER_REACH);
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, at).matchAll(afterKind)) last = m;
  if (!last) return null;
  const name = last[1];
  const nameAt = from + last.index + last[0].length - name.length;
  const known = entities.find((e) => e.mentions.some((m) => m.start === nameAt));
  // "the newspaper Vestby Tidende": a name the recognizer took for a person's, with no given name
  // opening it, is the paper's; so is one the written name goes on past, all of it ("La Voz" of
  // "La Voz de Sarena", though "La" opens given names).
  const cut = known !== undefined && name.startsWith(`${known.name} `) && known.mentions.length === 1;
  if (known?.type === 'PERSON' && (cut || !firstNames().has(known.name.split(/\s+/)[0].toLowerCase()))) {
    known.type = 'MEDIA';
    if (cut) {
      known.name = name;
      known.variants = [name];
      known.mentions[0] = { ...known.mentions[0], end: nameAt + name.length, text: name };
    }
  }
  // "the daily Novi Glas on Tuesday": a place's name, written only there and with no verb after it
  // ("told the paper Brantia would …"), is the paper's.
  if (
    (known?.type === 'LOC' || known?.type === 'GPE') &&
    known.mentions.length === 1 &&
    known.name === name &&
    /^(?:,|\s+(?:on|that|last|this|earlier|in)\s)/.test(
      text.slice(nameAt + name.length, nameAt + name.length + 10),
    )
  )
    known.type = 'MEDIA';
  if (known) return known.type === 'MEDIA' || known.type === 'ORG' ? known : null;
  const made = speakerOrg(name, entities, nameAt);
  made.type = 'MEDIA';
  return made;
}

/** "newsletter, " or "newsletter " just before a name: the kind the writer gives it. */
const NEWSLETTER_BEFORE = /\bnewsletter,?\s+$/i;

/**
 * "According to the club's newsletter, Starlight, …. The newsletter said": a bare "the newsletter"
 * is the name last written after that kind within reach, whatever the recognizer called the name
 * (a place, a body); a name with a given name first is a person's ("the newsletter's editor, Ann Lee"
 * has "editor" between).
 */
export function newsletterNamedBefore(text: string, at: number, entities: Entity[]): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities)
    for (const m of e.mentions)
      if (
        m.end <= at &&
        m.start > bestAt &&
        at - m.start <= PAPER_REACH &&
        NEWSLETTER_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))
      ) {
        best = e;
        bestAt = m.start;
      }
  if (!best || (best.type === 'PERSON' && firstNames().has(best.name.split(/\s+/)[0].toLowerCase())))
    return null;
  best.type = 'MEDIA';
  return best;
}
