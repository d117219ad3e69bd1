/**
 * A description's group named earlier by its head noun ("Libya's health ministry", "the University
 * of Keldon", "the hospital trust"), which becomes an entity. Offsets are UTF-16.
 */
import type { Entity, Range } from '../../../analysis/types.js';
import {
  escapeRegExp,
  headedBy,
  headModifiers,
  holdsWords,
  ORG_HEAD_WORDS,
  withoutRelativeClause,
} from './descriptions.js';
import { nearest, speakerOrg } from './mentions.js';

/** Capitalised words that start a sentence rather than a name ("The ministry", "This council"). */
const NOT_NAME_START = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/i;
/** How many modifiers may stand between a name and the head it qualifies ("Libya's health ministry"). */
const MAX_GROUP_MODIFIERS = 2;

/**
 * "The ministry" when no entity carries the word: the group introduced earlier by a name and that
 * head noun ("Libya's health ministry", "the Killcrane Fishermen’s Co-operative") becomes an entity.
 * Outside `body` (a headline in title case) capitals show no name: a description written in lower
 * case ("the harbour master") looks for its group in the body only.
 */
export function earlierNamedGroup(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[] = [{ start: 0, end: text.length }],
): Entity | null {
  // "the trust that runs the hospital" is a trust: a name the clause holds is another thing's.
  const words = withoutRelativeClause(description).trim().split(/\s+/);
  const role = words[words.length - 1];
  if (!role || role.length < 3 || !/^[\p{L}-]+$/u.test(role)) return null;
  const rest = role.slice(1).toLowerCase();
  // "The Da Vinci Code" names itself in the body; the headline may then hold its name too.
  const written = /^\p{Lu}/u.test(role);
  let found: { index: number; text: string } | null = null;
  // Only the few places the head word occurs are examined, latest first.
  for (const head of [role[0].toUpperCase() + rest, role[0].toLowerCase() + rest]) {
    const { places, latest } = groupPlaces(text, head, role, written, body);
    for (let i = lastAtOrBefore(places, at - head.length); i >= 0 && places[i] > 0; i--) {
      if (found && places[i] < found.index) break;
      // A head word running on past the description's start cannot name it; earlier ones all end before it.
      if (wordEnd(text, places[i], head) > at) continue;
      const j = latest(i);
      if (j >= 0 && !(found && places[j] < found.index)) {
        const match = groupsAt.get(`${role}\u0000${places[j]}`) ?? null;
        if (match && (!found || match.index > found.index)) found = match;
      }
      break;
    }
  }
  if (!found) return null;
  const groupName = found.text.replace(/\s+/g, ' ');
  if (!holdsWords(groupName, headModifiers(description))) return null;
  // "the Ashgrove campaign": a place's or a person's name before the noun says where or whose, not what.
  if (entities.some((e) => e.type !== 'ORG' && e.type !== 'MEDIA' && e.name === groupName)) return null;
  const known = entities.find((e) => e.type === 'ORG' && e.name === groupName);
  if (known) return known;
  return speakerOrg(groupName, entities, found.index, found.text);
}

/**
 * "The university" after "the University of Keldon", which the recognizer did not find: a
 * description's head capitalised before "of" and a capitalised name, in the body before it, is
 * that body, the one written last; it becomes an entity. Else null.
 */
export function earlierHeadOfName(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
  body: readonly Range[],
): Entity | null {
  const role = description.trim().split(/\s+/).pop() ?? '';
  if (!/^\p{Ll}{4,}$/u.test(role) || !ORG_HEAD_WORDS.has(role)) return null;
  const head = role[0].toUpperCase() + role.slice(1);
  // Every match starts with these letters, words the text before `at` seldom holds: one string search
  // settles most descriptions without compiling a pattern for each.
  const literal = firstHeadOf(text, head);
  if (literal < 0 || literal + head.length + 4 > at) return null;
  const found = lastHeadOfName(text, head, at, body);
  if (!found) return null;
  return (
    entities.find((e) => e.type === 'ORG' && e.name === found.name) ??
    speakerOrg(found.name, entities, found.index)
  );
}

/** Where "<Head> of " first occurs in the article last asked about, by head: a long page asks thousands of times. */
let firstHeads: { text: string; byHead: Map<string, number> } | null = null;

function firstHeadOf(text: string, head: string): number {
  if (firstHeads?.text !== text) firstHeads = { text, byHead: new Map() };
  let at = firstHeads.byHead.get(head);
  if (at === undefined) {
    at = text.indexOf(`${head} of `);
    firstHeads.byHead.set(head, at);
  }
  return at;
}

interface HeadOfName {
  index: number;
  name: string;
}

/** The article whose "<Head> of <Name>" mentions were last read, by head: one scan per head and article. */
let headsRead: { text: string; body: readonly Range[]; byHead: Map<string, HeadOfName[]> } | null = null;

/**
 * The last "<Head> of <Name>" in the body that ends before `at`. Every description scanning the text
 * before it made long pages quadratic, so the whole text is read once per head; a mention running
 * over `at` would end earlier in the text before it, so that rare case is read as before.
 */
function lastHeadOfName(text: string, head: string, at: number, body: readonly Range[]): HeadOfName | null {
  if (headsRead?.text !== text || headsRead.body !== body) headsRead = { text, body, byHead: new Map() };
  let all = headsRead.byHead.get(head);
  if (!all) {
    all = headsOfNames(text, head, body);
    headsRead.byHead.set(head, all);
  }
  let found: HeadOfName | null = null;
  for (const m of all) {
    if (m.index >= at) break;
    if (m.index + m.name.length > at) return headsOfNames(text.slice(0, at), head, body).pop() ?? null;
    found = m;
  }
  return found;
}

function headsOfNames(text: string, head: string, body: readonly Range[]): HeadOfName[] {
  const name = new RegExp(
    `(?<!\\p{L})${head} of (?:the )?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?!\\p{L})`,
    'gu',
  );
  const inBody = (i: number) => body.some((r) => r.start <= i && i < r.end);
  return [...text.matchAll(name)].filter((m) => inBody(m.index)).map((m) => ({ index: m.index, name: m[0] }));
}

/**
 * Per head word of the text last asked about: where it occurs and, for each place, the latest place
 * up to it where a group name ends in it. Every description of a long page asks again, and a scan
 * back through the whole text for each made such a page quadratic.
 */
let cachedText: string | null = null;
const placesByHead = new Map<string, { places: number[]; latest: (i: number) => number }>();
const groupsAt = new Map<string, { index: number; text: string } | null>();
/** The body the places were filtered by: the caller passes the same array for one article. */
let cachedBody: readonly Range[] | null = null;

function groupPlaces(
  text: string,
  head: string,
  role: string,
  written: boolean,
  body: readonly Range[],
): { places: number[]; latest: (i: number) => number } {
  if (text !== cachedText || body !== cachedBody) {
    cachedText = text;
    cachedBody = body;
    placesByHead.clear();
    groupsAt.clear();
  }
  const key = `${head}\u0000${role}\u0000${written}`;
  let found = placesByHead.get(key);
  if (found) return found;
  const places: number[] = [];
  for (let h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) places.push(h);
  // Filled as asked, latest places first: most descriptions stop at the first place that names a group.
  const known = new Int32Array(places.length).fill(UNKNOWN);
  const latest = (i: number): number => {
    let k = i;
    let result = -1;
    for (; k >= 0; k--) {
      if (known[k] !== UNKNOWN) {
        result = known[k];
        break;
      }
      const h = places[k];
      const usable =
        h > 0 && !/\p{L}/u.test(text[h - 1]) && (written || body.some((r) => r.start <= h && h < r.end));
      const match = usable ? groupEndingAt(text, role, h, wordEnd(text, h, head)) : null;
      if (match) {
        groupsAt.set(`${role}\u0000${h}`, match);
        result = k;
        break;
      }
    }
    for (let j = i; j > k; j--) known[j] = result;
    if (k >= 0) known[k] = result;
    return result;
  };
  found = { places, latest };
  placesByHead.set(key, found);
  return found;
}

/** Not yet looked at, in groupPlaces' record of the latest place that names a group. */
const UNKNOWN = -2;

/** Where the word starting with `head` at `h` ends. */
function wordEnd(text: string, h: number, head: string): number {
  let end = h + head.length;
  while (end < text.length && /[\p{L}-]/u.test(text[end])) end++;
  return end;
}

/** Index of the last place at or before `at`, or -1. */
function lastAtOrBefore(places: number[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (places[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Characters before a head word searched for the name it ends. */
const GROUP_WINDOW = 80;
const MAX_CACHED_PHRASES = 512;
const groupPhrases = new Map<string, RegExp>();

/**
 * A proper name ending in the head ("Killcrane Fishermen’s Co-operative") or a possessive name
 * with plain modifiers ("Libya's health ministry"), compiled once per head word.
 */
function groupPhrase(role: string): RegExp {
  let re = groupPhrases.get(role);
  if (re) return re;
  const name = `\\p{Lu}[\\p{L}-]*(?:['’]s?)?`;
  const rest = escapeRegExp(role.slice(1).toLowerCase());
  const proper = `${name}(?:\\s+${name}){0,${MAX_GROUP_MODIFIERS}}\\s+${role[0].toUpperCase()}${rest}[\\p{L}-]*`;
  const possessive = `\\p{Lu}[\\p{L}-]*['’]s(?:\\s+\\p{Ll}[\\p{L}-]*){0,${MAX_GROUP_MODIFIERS}}\\s+${role[0].toLowerCase()}${rest}[\\p{L}-]*`;
  re = new RegExp(`(?<!\\p{L})(?:${proper}|${possessive})(?!\\p{L})`, 'gu');
  if (groupPhrases.size >= MAX_CACHED_PHRASES) groupPhrases.clear();
  groupPhrases.set(role, re);
  return re;
}

const SPACE = /\s/;

/**
 * The last three words (runs of non-space) of text[from, head), when a space ends it; else none.
 * Read back from `head`: an anchored regex over the window retried at every start, which this
 * replaces, was a fifth of a long page's time.
 */
function wordsBefore(text: string, from: number, head: number): string[] {
  let k = head;
  if (k <= from || !SPACE.test(text[k - 1])) return [];
  const words: string[] = [];
  while (words.length < 3) {
    while (k > from && SPACE.test(text[k - 1])) k--;
    if (k === from) break;
    const end = k;
    while (k > from && !SPACE.test(text[k - 1])) k--;
    words.unshift(text.slice(k, end));
  }
  return words;
}

/** The longest group name that ends at `end` with the head at `head`, not opening with "The". */
function groupEndingAt(
  text: string,
  role: string,
  head: number,
  end: number,
): { index: number; text: string } | null {
  const from = Math.max(0, head - GROUP_WINDOW);
  // Most heads follow an ordinary word ("the government"): no name can end there.
  const before = wordsBefore(text, from, head);
  if (before.length === 0) return null;
  const named = /^\p{Lu}/u.test(text[head])
    ? /^\p{Lu}/u.test(before[before.length - 1])
    : before.some((w) => /['’]s?$/.test(w));
  if (!named) return GROUP_NOUNS.has(role.toLowerCase()) ? namedBeforeHead(text, from, head) : null;
  const window = text.slice(from, end);
  const phrase = groupPhrase(role);
  phrase.lastIndex = 0;
  for (let m = phrase.exec(window); m; m = phrase.exec(window)) {
    if (from + m.index + m[0].length === end && !NOT_NAME_START.test(m[0].split(/\s/)[0]))
      return { index: from + m.index, text: m[0] };
    phrase.lastIndex = m.index + 1;
  }
  return null;
}

/** Characters a description looks back for its head with a modifier ("the hospital trust"). */
const MODIFIED_REACH = 4000;

/**
 * "The trust" after "Selby General Hospital … the hospital trust": a description whose head was
 * written earlier (or is written now) after a lower-case modifier that is the last word of an
 * organisation's name is that organisation, the one mentioned last before.
 */
export function modifiedGroup(
  text: string,
  description: string,
  at: number,
  entities: Entity[],
): Entity | null {
  // "the Northmere Star" is a name, not a head with a modifier.
  if (/\p{Lu}/u.test(description)) return null;
  const words = description.toLowerCase().trim().split(/\s+/);
  const role = words[words.length - 1];
  if (!role || !/^\p{L}[\p{L}-]{2,}$/u.test(role)) return null;
  const modifiers = words.length >= 2 ? [words[words.length - 2]] : modifiersBefore(text, role, at);
  for (const modifier of modifiers) {
    // "A ministry spokeswoman" for "Ministry of Justice": the name's head may stand before "of".
    const named = nearest(
      entities,
      at,
      (e) =>
        e.type === 'ORG' &&
        (e.name.toLowerCase().split(/\s+/).pop() === modifier || headedBy(e.name, modifier)) &&
        !otherKindOf(e.name, role, modifier),
    );
    if (named) return named.entity;
  }
  return null;
}

/**
 * Whether a name is headed, before "of", by another kind of body than `role` ("Varensk Department
 * of Public Health" is no "health ministry").
 */
function otherKindOf(name: string, role: string, modifier: string): boolean {
  const parts = name.toLowerCase().split(/\s+of\s+/);
  const head = parts[0].split(/\s+/).pop() ?? '';
  return parts.length > 1 && head !== role && head !== modifier && ORG_HEAD_WORDS.has(head);
}

/** "the hospital trust", "its parent company": a determiner, one lower-case modifier and the head. */
const MODIFIED_PHRASE = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(\p{Ll}[\p{L}-]+)\s+$/u;

/** The modifiers `role` was written after within MODIFIED_REACH before `at`, latest first. */
function modifiersBefore(text: string, role: string, at: number): string[] {
  const found: string[] = [];
  const from = Math.max(0, at - MODIFIED_REACH);
  // Only the few places the head word occurs are examined.
  for (let h = text.lastIndexOf(role, at - role.length); h >= from; h = text.lastIndexOf(role, h - 1)) {
    if (h === 0 || /\p{L}/u.test(text[h - 1]) || /\p{L}/u.test(text[h + role.length] ?? '')) continue;
    const m = MODIFIED_PHRASE.exec(text.slice(Math.max(from, h - 40), h));
    if (m) found.push(m[1]);
  }
  return found;
}

/** Group nouns a name may stand before in lower case ("the Save Ashgrove campaign"). */
const GROUP_NOUNS = new Set([
  'campaign',
  'group',
  'coalition',
  'alliance',
  'movement',
  'network',
  'collective',
  'forum',
]);

/**
 * "the newly formed Save Ashgrove campaign": a run of capitalised words right before a lower-case
 * group noun, inside a sentence and after "the" and at most two lower-case words, names the group
 * (the run alone). A sentence's opening capital names nothing.
 */
function namedBeforeHead(text: string, from: number, head: number): { index: number; text: string } | null {
  const m =
    /(?<![.!?]["”’]?\s)(?<=\bthe\s+(?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+$/u.exec(
      text.slice(from, head),
    );
  return m ? { index: from + m.index, text: m[1] } : null;
}
