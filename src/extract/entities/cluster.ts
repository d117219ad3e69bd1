/**
 * Groups entity mentions into entities. Names are compared from the fullest down: each distinct
 * surface form, longest first, joins the entity whose fullest name it matches
 * (names/sameEntityName: surname-only, title and transliterated forms) or starts a new one.
 * A short form that fits several entities ("Haftar" with both Khalifa and Saddam Haftar in the
 * article) goes, mention by mention, to the entity mentioned most recently before it, of those its
 * courtesy title fits ("Mr Blamire" with Gareth and Sandra Blamire in the article).
 */

import { COMPANY_HEADS, COMPANY_SUFFIXES } from '../../language/en/gazetteers/companySuffixes.js';
import { type Gender, genderOfName } from '../../language/names/gender.js';
import { type NameKind, nameSimilarity, SAME_NAME_THRESHOLD } from '../../language/names/nameSimilarity.js';
import { foldName } from '../../language/names/normalize.js';
import { parseName, stripTitles } from '../../language/names/parseName.js';
import { CLUB_RULE_MARK } from '../../language/ner/clubNames.js';
import { COMPANY_SHORT_RULE } from '../../language/ner/companyNames.js';
import { OUTLET_HEAD_RULE } from '../../language/ner/outletHeads.js';

export interface MentionRecord {
  /** Character offsets (UTF-16) into the text. */
  start: number;
  end: number;
  text: string;
  label: string;
  rule: string;
  /** What a courtesy title right before a person's name says of them ("Mrs Roe": female). */
  courtesy?: Gender;
}

export interface MentionCluster {
  mentions: MentionRecord[];
  /** The surface name compared against: the fullest form seen so far. */
  fullest: string;
  group: string;
}

/** Labels that may name the same thing (the model confuses ORG and MEDIA; GPE and LOC). */
const GROUP_OF: Record<string, string> = {
  PERSON: 'person',
  ORG: 'org',
  MEDIA: 'org',
  GPE: 'place',
  LOC: 'place',
  NORP: 'norp',
};

export const groupOf = (label: string): string => GROUP_OF[label] ?? label.toLowerCase();
export const kindOf = (group: string): NameKind => (group === 'person' ? 'person' : 'other');

/** The name a mention contributes: persons without titles, others without a leading article. */
export function nameOf(text: string, group: string): string {
  return group === 'person' ? stripTitles(text) || text : text.replace(/^the\s+/i, '');
}

/** How many words of real name a surface has (titles excluded). */
export function nameLength(text: string, group: string): number {
  if (group !== 'person') return nameOf(text, group).split(/\s+/).length;
  const p = parseName(text);
  return p.given.length + p.particles.length + (p.surname ? 1 : 0);
}

/** `text` is the article the mentions lie in: its own words about a person outrank the first-name lists. */
export function clusterMentions(mentions: MentionRecord[], text = ''): MentionCluster[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  // Distinct surface forms per group, in order of first appearance.
  const forms = new Map<
    string,
    { name: string; group: string; first: number; length: number; mentions: MentionRecord[] }
  >();
  for (const m of ordered) {
    const group = groupOf(m.label);
    const name = nameOf(m.text, group);
    const key = group + '\u0000' + foldName(name);
    let form = forms.get(key);
    // The name's length once per form, not twice per comparison of the sort below.
    if (!form)
      forms.set(key, (form = { name, group, first: m.start, length: nameLength(name, group), mentions: [] }));
    form.mentions.push(m);
  }
  const byFullness = [...forms.values()].sort((a, b) => b.length - a.length || a.first - b.first);
  const clusters: MentionCluster[] = [];
  for (const form of byFullness) {
    const kind = kindOf(form.group);
    let best = 0;
    let matches: MentionCluster[] = [];
    for (const c of clusters) {
      if (c.group !== form.group) continue;
      const s = nameSimilarity(form.name, c.fullest, kind);
      if (s < SAME_NAME_THRESHOLD || s < best) continue;
      if (s > best) matches = [];
      best = s;
      matches.push(c);
    }
    if (matches.length === 0) matches = fullerNamesEndingIn(clusters, form);
    if (matches.length === 0)
      clusters.push({ mentions: form.mentions.slice(), fullest: form.name, group: form.group });
    else if (matches.length === 1) matches[0].mentions.push(...form.mentions);
    else
      for (const m of form.mentions)
        nearestBefore(titleFits(matches, m, text, ordered), m.start).mentions.push(m);
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return clusters.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * "Ó Briain", "Ben Amer" after "Tomás Ó Briain", "Khaled Ben Amer": a person's name of several
 * words that ends a fuller name already seen is its surname, whatever the name parser took its
 * first word for (a given name "Ó", "Ben"). "the Herald" after "the Marsa Herald" (the
 * recognizer's outlet-head rule) is that outlet, "Vantix" after "Vantix Systems" that company, and
 * "Glenn" after "Glenn Carver" that person when no one else in the article has the given name.
 */
function fullerNamesEndingIn(
  clusters: MentionCluster[],
  form: { name: string; group: string; mentions: MentionRecord[] },
): MentionCluster[] {
  const named = foldName(form.name);
  // "Vantix" after "Vantix Systems" (the recognizer's company rule): the company.
  if (form.mentions.every((m) => m.rule === COMPANY_SHORT_RULE))
    return clusters.filter((c) => c.group === form.group && foldName(c.fullest).startsWith(`${named} `));
  const outletHead = form.mentions.every((m) => m.rule === OUTLET_HEAD_RULE);
  // "Glenn" after "Glenn Carver": a given name alone, when one person in the article has it. Written
  // before that person is named in full ("Prince Charles", "Charles", then "Charles Kennedy"), it is
  // someone the article already knew by it.
  if (form.group === 'person' && !/\s/.test(form.name) && !outletHead) {
    const given = clusters.filter((c) => c.group === 'person' && foldName(c.fullest).startsWith(`${named} `));
    const first = Math.min(...form.mentions.map((m) => m.start));
    return given.length === 1 && given[0].mentions.some((m) => m.start < first) ? given : [];
  }
  // "Hallam Cold Stores" after "Hallam Cold Stores Ltd": the company without its legal form.
  if (form.group === 'org') {
    const same = clusters.filter(
      (c) =>
        c.group === 'org' && withoutLegalForm(foldName(c.fullest)) === named && foldName(c.fullest) !== named,
    );
    if (same.length > 0) return same;
    // "Halvern" after "Halvern Construction Ltd": a company's first word alone, when one company has it.
    if (!/\s/.test(form.name)) {
      const company = clusters.filter(
        (c) => c.group === 'org' && foldName(c.fullest).startsWith(`${named} `) && namedAsCompany(c.fullest),
      );
      if (company.length === 1) return company;
      // "Rovers" after "Corbridge Rovers" (the recognizer's club rule): the one club of that name.
      if (form.mentions.every((m) => m.rule.endsWith(CLUB_RULE_MARK))) {
        const clubs = clusters.filter((c) => c.group === 'org' && foldName(c.fullest).endsWith(` ${named}`));
        if (clubs.length === 1) return clubs;
      }
    }
  }
  // "the Evening Post" after "the Kelbridge Evening Post": an outlet's name of two words or more that
  // ends a fuller outlet's name is that outlet.
  const outletTail = form.mentions.every((m) => m.label === 'MEDIA') && /\s/.test(form.name);
  if (!outletHead && !outletTail && form.group !== 'person') return [];
  return clusters.filter(
    (c) =>
      c.group === form.group &&
      foldName(c.fullest).endsWith(` ${named}`) &&
      (!outletTail || outletHead || c.mentions.some((m) => m.label === 'MEDIA')),
  );
}

const LEGAL_FORMS = new Set(COMPANY_SUFFIXES);
const TRADES = new Set(COMPANY_HEADS);

/**
 * Whether a name ends in a legal form, a trade or a group's head ("Halvern Construction Ltd", "Tarvin Haulage"): a
 * company's first word stands for it, as a council's place name ("Castlemoor") does not stand for
 * the council.
 */
function namedAsCompany(name: string): boolean {
  const words = foldName(name).split(' ');
  const last = words[words.length - 1];
  return words.length > 1 && (LEGAL_FORMS.has(last) || TRADES.has(last) || GROUP_HEADS.has(last));
}

/**
 * Last words of businesses' names that say they hold other businesses or titles rather than what
 * they sell ("Brightsmile Dental Group", "Tidewell Media"): their first word alone stands for them too.
 */
const GROUP_HEADS = new Set(['group', 'media']);

/** A company's name without the legal form that ends it ("marlow ltd" → "marlow"), else the name. */
function withoutLegalForm(folded: string): string {
  const words = folded.split(' ');
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])
    ? words.slice(0, -1).join(' ').replace(/,$/, '')
    : folded;
}

/**
 * Of the people a bare surname fits, those its courtesy title fits: a man for "Mr", a woman for
 * "Mrs"; else those of no known gender ("Mrs Holt" after "Sam and Priya Holt" and "Sam Holt … his
 * recipe": Priya, whom neither list sexes); all of them when the title says nothing or fits none.
 */
function titleFits(
  clusters: MentionCluster[],
  m: MentionRecord,
  text: string,
  ordered: readonly MentionRecord[],
): MentionCluster[] {
  if (!m.courtesy || m.courtesy === 'unknown') return clusters;
  const genders = clusters.map((c) => clusterGender(c, text, ordered));
  const fit = clusters.filter((_, k) => genders[k] === m.courtesy);
  if (fit.length > 0) return fit;
  const open = clusters.filter((_, k) => genders[k] === 'unknown');
  return open.length > 0 ? open : clusters;
}

/**
 * A person's gender by the article's own words about them (a courtesy title, a kin noun before a
 * mention, a pronoun after one), else by their fullest name's first-name lists, which say nothing
 * of names they do not list and both sexes of names like "Sam".
 */
function clusterGender(c: MentionCluster, text: string, ordered: readonly MentionRecord[]): Gender {
  let found: Gender = 'unknown';
  for (const m of c.mentions) {
    const g = m.courtesy && m.courtesy !== 'unknown' ? m.courtesy : wordsGender(m, text, ordered);
    if (g === 'unknown') continue;
    if (found !== 'unknown' && found !== g) return genderOfName(c.fullest);
    found = g;
  }
  return found !== 'unknown' ? found : genderOfName(c.fullest);
}

/** A kin noun right before a name ("His wife, Priya Holt"). */
const KIN_BEFORE =
  /(?<!\p{L})(wife|husband|widow|widower|mother|father|daughter|son|sister|brother|grandmother|grandfather)[,\s]+$/iu;
const FEMALE_KIN = new Set(['wife', 'widow', 'mother', 'daughter', 'sister', 'grandmother']);
/** The first third-person singular pronoun in a stretch of text. */
const PRONOUN = /(?<!\p{L})(he|him|his|she|her|hers)(?!\p{L})/iu;
/** Characters after a mention searched for its pronoun. */
const PRONOUN_REACH = 200;

/**
 * The gender one person's mention shows by the words around it: a kin noun right before it, else
 * the first "he" or "she" after it in its sentence or opening the next, with no other name between.
 */
function wordsGender(m: MentionRecord, text: string, ordered: readonly MentionRecord[]): Gender {
  if (text === '') return 'unknown';
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
  if (kin) return FEMALE_KIN.has(kin[1].toLowerCase()) ? 'female' : 'male';
  const next = ordered.find((x) => x.start >= m.end);
  const end = Math.min(m.end + PRONOUN_REACH, next ? next.start : text.length);
  const after = text.slice(m.end, end);
  // Its own sentence, and the first word of the next ("Sam Holt said …. He said …").
  const stop = /[.!?]["”’]?\s+(?:\p{L}+)?/u.exec(after);
  const pronoun = PRONOUN.exec(stop ? after.slice(0, stop.index + stop[0].length) : after);
  if (!pronoun) return 'unknown';
  return /^(?:he|him|his)$/i.test(pronoun[1]) ? 'male' : 'female';
}

/** The cluster with the latest mention before `offset`, else the one mentioned first after it. */
function nearestBefore(clusters: MentionCluster[], offset: number): MentionCluster {
  let best = clusters[0];
  let bestKey = Number.NEGATIVE_INFINITY;
  for (const c of clusters) {
    let key = Number.NEGATIVE_INFINITY;
    for (const m of c.mentions) if (m.start < offset) key = Math.max(key, m.start);
    // Mentions only after the offset rank below every earlier one, nearest first.
    if (key === Number.NEGATIVE_INFINITY) key = -1e12 - Math.min(...c.mentions.map((m) => m.start));
    if (key > bestKey) {
      bestKey = key;
      best = c;
    }
  }
  return best;
}
