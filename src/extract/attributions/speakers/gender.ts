/**
 * The gender a person's title or role ("Mrs", "a ward sister", "the spokeswoman") shows, which
 * says more than the name (`genderOfName`).
 */
import type { Entity } from '../../../analysis/types.js';
import { type Gender, genderOfName } from '../../../language/names/gender.js';

export { type Gender, genderOfName };

/** Titles and role nouns that only a woman or only a man carries. */
const FEMALE_WORDS = [
  'mrs',
  'ms',
  'miss',
  'madam',
  'dame',
  'lady',
  'sister',
  'spokeswoman',
  'chairwoman',
  'businesswoman',
  'councilwoman',
  'congresswoman',
  'policewoman',
  'headmistress',
  'actress',
  'waitress',
  'mother',
  'grandmother',
  'wife',
  'daughter',
  'widow',
  'woman',
  'girl',
  'queen',
  'princess',
  'duchess',
  'countess',
];
const MALE_WORDS = [
  'mr',
  'sir',
  'lord',
  'brother',
  'spokesman',
  'businessman',
  'councilman',
  'congressman',
  'policeman',
  'headmaster',
  'father',
  'grandfather',
  'husband',
  'son',
  'widower',
  'man',
  'boy',
  'king',
  'prince',
  'duke',
  'count',
];
const FEMALE_ROLES = new Set(FEMALE_WORDS);
const MALE_ROLES = new Set(MALE_WORDS);
/** Any of those words, a cheap first look around a mention before the closer one. */
const ANY_ROLE = new RegExp(`(?<!\\p{L})(?:${[...FEMALE_WORDS, ...MALE_WORDS].join('|')})(?!\\p{L})`, 'iu');
/** Words that link a name to someone else's role ("the son of Ann Roe", "said to Ann Roe"). */
const LINKS = /^(?:of|to|by|with|and|or|for|from|at|in|on|as|than|said|told|says|asked|met|saw)$/;
/** Characters before a name searched for its title or role ("Mrs Adeyemi", "ward sister Ann Roe"). */
const ROLE_BEFORE = 30;
/**
 * A reporting verb right after a name's comma ("One neighbour, Ann Roe, said her son …", the comma
 * closing a role's appositive): the sentence's predicate, no appositive of the name.
 */
const PREDICATE_AFTER_COMMA =
  /^\s*(?:said|says|told|tells|added|adds|wrote|writes|warned|claimed|insisted|argued|explained|recalled|denied)\b/;
/** Characters of an appositive after a name searched for its role ("…, a ward sister who …"). */
const ROLE_AFTER = 60;

/**
 * The gender a person's titles and apposed roles show ("Mrs Roe", "Ann Roe, a ward sister", "The
 * spokeswoman, Ann Roe"), else the gender of the name; 'unknown' when the roles disagree.
 */
export function genderOfPerson(e: Entity, text: string): Gender {
  // Asked for every person at every pronoun, and people are mentioned often: each mention's
  // reading is kept, for this text.
  let seen = mentionGenders.get(e);
  if (!seen || seen.text !== text)
    mentionGenders.set(e, (seen = { text, byMention: new Map(), mentions: -1, gender: 'unknown' }));
  if (seen.mentions === e.mentions.length) return seen.gender;
  seen.mentions = e.mentions.length;
  seen.gender = personGender(e, text, seen.byMention);
  return seen.gender;
}

const mentionGenders = new WeakMap<
  Entity,
  { text: string; byMention: Map<number, Gender>; mentions: number; gender: Gender }
>();

/**
 * Whether a person's gender rests on the first-name lists alone, no title or role of theirs saying
 * it: the lists are English and miss or mistake others' names ("Andrei" is on the female list only).
 */
export function genderFromNameOnly(e: Entity, text: string): boolean {
  if (e.type !== 'PERSON' || genderOfName(e.name) === 'unknown') return false;
  return e.mentions.every((m) => mentionGender(m, text) === 'unknown');
}

function personGender(e: Entity, text: string, byMention: Map<number, Gender>): Gender {
  let found: Gender = 'unknown';
  for (const m of e.mentions) {
    const key = m.start * 65536 + (m.end - m.start);
    let g = byMention.get(key);
    if (g === undefined) byMention.set(key, (g = mentionGender(m, text)));
    if (g === 'unknown') continue;
    if (found !== 'unknown' && found !== g) return genderOfName(e.name);
    found = g;
  }
  return found !== 'unknown' ? found : genderOfName(e.name);
}

/** The gender the title, role or appositive around one mention shows, or 'unknown' (also when they disagree). */
function mentionGender(m: { start: number; end: number; text: string }, text: string): Gender {
  // A pronoun some earlier resolution pointed here is no evidence of its own.
  if (!/^\p{Lu}/u.test(m.text) || /^(?:he|she|it|they|we|i|you)$/i.test(m.text)) return 'unknown';
  if (!ANY_ROLE.test(text.slice(Math.max(0, m.start - ROLE_BEFORE), m.end + ROLE_AFTER))) return 'unknown';
  // The title or role right before the name ("ward sister Ann Roe", "The spokeswoman, Ann Roe"),
  // and the noun phrase of an appositive after it, up to its own clause or complement.
  const lead: string[] = [];
  const words = text.slice(Math.max(0, m.start - ROLE_BEFORE), m.start).split(/,?\s+/);
  for (let k = words.length - 1; k >= 0 && lead.length < 3; k--) {
    if (words[k] === '' && k === words.length - 1) continue;
    if (!/^\p{L}+\.?$/u.test(words[k])) break;
    lead.unshift(words[k]);
  }
  const after = text.slice(m.end, m.end + ROLE_AFTER);
  // "…, Ann Roe, said her father …": the words of the predicate describe someone else.
  const apposed =
    after.startsWith(',') && !PREDICATE_AFTER_COMMA.test(after.slice(1))
      ? after
          .slice(1)
          .split(/[,.;:!?"“”()]|\s(?:who|whom|whose|which|that|of|for|at|in|on|from|with|to)\s/)[0]
      : '';
  const cut = lead.findLastIndex((w) => LINKS.test(w.toLowerCase()));
  const roleWords = [...lead.slice(cut + 1), ...m.text.split(/\s+/), ...apposed.split(/\s+/)];
  return roleWordsGender(roleWords.map((w) => w.toLowerCase().replace(/\.$/, '')));
}

/** The gender the role words of a phrase show ("a spokeswoman who declined to be named"). */
export function phraseGender(phrase: string): Gender {
  return roleWordsGender(phrase.toLowerCase().split(/[^\p{L}]+/u));
}

/** The gender the role words among lower-case `words` agree on; unknown when none or when they disagree. */
function roleWordsGender(words: Iterable<string>): Gender {
  let found: Gender = 'unknown';
  for (const w of words) {
    const g: Gender = FEMALE_ROLES.has(w) ? 'female' : MALE_ROLES.has(w) ? 'male' : 'unknown';
    if (g === 'unknown') continue;
    if (found !== 'unknown' && found !== g) return 'unknown';
    found = g;
  }
  return found;
}

export function pronounGender(pronoun: string): Gender {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him') return 'male';
  if (p === 'she' || p === 'her') return 'female';
  return 'unknown';
}
