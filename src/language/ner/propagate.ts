/**
 * One name, one label per article. The tagger decides sentence by sentence; here a name it
 * tagged anywhere in the document is tagged at its other occurrences too, with the label it got
 * most often, and a person's surname alone ("Rumsfeld" after "Donald Rumsfeld") counts as that
 * person; an acronym introduced in parentheses after a name is that name. Only spans from the
 * model are propagated; rule spans already fire everywhere.
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_STARTS_CITY, FLAG_STARTS_PLACE } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Labels the model's spans carry after merging. */
const PROPAGATED = new Set(['PERSON', 'ORG', 'LOC', 'GPE']);
const PLACES = new Set(['LOC', 'GPE']);

interface NameStats {
  words: string[];
  votes: Map<string, number>;
}

/** Relabels and extends `ents` (sorted, non-overlapping, over the whole view) in place; returns it sorted. */
export function propagateNames(v: TokenView, ents: Candidate[]): Candidate[] {
  ents = addAcronyms(v, ents);
  const names = new Map<string, NameStats>();
  const note = (words: string[], label: string) => {
    const key = words.join(' ');
    let stats = names.get(key);
    if (!stats) names.set(key, (stats = { words, votes: new Map() }));
    stats.votes.set(label, (stats.votes.get(label) ?? 0) + 1);
  };
  const surnames = articleSurnames(v, ents);
  // Surnames of the people the tagger named in full ("Roddick" of "Andy Roddick"), but for the
  // first words of known places ("Washington") and hyphened names ("Nagorno-Karabakh" read as a person).
  const fullSurnames = new Set<string>();
  for (const e of ents) {
    if (!e.rule.startsWith('ner-model') || !PROPAGATED.has(e.label)) continue;
    const words = v.words.slice(e.start, e.end);
    // "Al-Harbi" alone, where the article named "Sheikh Nasir Al-Harbi", is that person, though
    // hyphenNames.ts reads an article-first name with no first name as an organisation.
    if (e.label === 'ORG' && e.end - e.start === 3 && surnames?.has(articleKey(v, e.end))) {
      e.label = 'PERSON';
      e.rule += '+document';
    }
    note(words, e.label);
    if (e.label === 'PERSON' && words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) {
      note([words[words.length - 1]], 'PERSON');
      if (
        !words.includes('-') &&
        (v.lexicon.flags[v.ids[e.end - 1]] & (FLAG_STARTS_PLACE | FLAG_STARTS_CITY)) === 0
      )
        fullSurnames.add(words[words.length - 1]);
    }
  }
  if (names.size === 0) return ents;
  const majority = new Map<string, string>();
  for (const [key, stats] of names) {
    let best = '';
    let bestCount = 0;
    for (const [label, count] of stats.votes) if (count > bestCount) [best, bestCount] = [label, count];
    // A match report's "Roddick holds serve", read as a place in every rally, is still the Andy
    // Roddick it named: a full name outvotes place readings of its surname, unless the word is a
    // known place ("Washington").
    if (PLACES.has(best) && fullSurnames.has(key)) best = 'PERSON';
    majority.set(key, best);
  }
  for (const e of ents) {
    // A NORP (a demonym: "Islamic militants") keeps its label even where the word was an ORG.
    if (!e.rule.startsWith('ner-model') || !PROPAGATED.has(e.label)) continue;
    const label = majority.get(v.words.slice(e.start, e.end).join(' '));
    if (label && label !== e.label) {
      e.label = label;
      e.rule += '+document';
    }
  }
  // Index names by first word, longest first, and fill uncovered capitalised occurrences.
  const byFirst = new Map<string, NameStats[]>();
  for (const stats of names.values()) {
    const list = byFirst.get(stats.words[0]) ?? [];
    list.push(stats);
    byFirst.set(stats.words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const covered = new Uint8Array(v.words.length);
  for (const e of ents) covered.fill(1, e.start, e.end);
  const added: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    if (covered[i] || (v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) === 0) continue;
    const list = byFirst.get(v.words[i]);
    if (!list) continue;
    for (const stats of list) {
      const n = stats.words.length;
      if (i + n > v.words.length || !fits(v, covered, i, stats.words)) continue;
      // A capitalised word right after the match means a longer, different name.
      if (
        i + n < v.words.length &&
        !covered[i + n] &&
        (v.lexicon.flags[v.ids[i + n]] & FLAG_CAPITALISED) !== 0
      )
        continue;
      added.push({
        start: i,
        end: i + n,
        label: majority.get(stats.words.join(' '))!,
        rule: 'ner-model+document',
      });
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  return added.length === 0 ? ents : ents.concat(added).sort((a, b) => a.start - b.start);
}

function fits(v: TokenView, covered: Uint8Array, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (covered[i + k] || v.words[i + k] !== words[k]) return false;
  return true;
}

/**
 * "the Libyan National Army (LNA)": an all-caps word in parentheses right after a name, made of
 * the initials of its capitalised words, is the same entity (and then propagates like any name).
 * Elsewhere in the article, an all-caps word that spells the initials of exactly one kind of
 * multi-word name found in it ("the Coalition Provisional Authority" … "the CPA") is that name too.
 */
function addAcronyms(v: TokenView, ents: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const byInitials = new Map<string, string>();
  for (let k = 0; k < ents.length; k++) {
    const e = ents[k];
    const spelled = e.end - e.start < 2 ? '' : initials(v, e.start, e.end);
    if (spelled && PROPAGATED.has(e.label))
      byInitials.set(spelled, byInitials.has(spelled) && byInitials.get(spelled) !== e.label ? '' : e.label);
    const at = e.end + 1;
    if (e.end - e.start < 2 || at + 1 >= v.words.length || v.words[e.end] !== '(' || v.words[at + 1] !== ')')
      continue;
    if (k + 1 < ents.length && ents[k + 1].start <= at) continue;
    if (spelled === v.words[at].replace(/\./g, ''))
      added.push({ start: at, end: at + 1, label: e.label, rule: 'ner-model+acronym' });
  }
  if (byInitials.size > 0) {
    const covered = new Uint8Array(v.words.length);
    for (const e of ents.concat(added)) covered.fill(1, e.start, e.end);
    for (let i = 0; i < v.words.length; i++) {
      if (covered[i] || (v.lexicon.flags[v.ids[i]] & FLAG_ALL_CAPS) === 0) continue;
      const label = byInitials.get(v.words[i].replace(/\./g, ''));
      if (label) added.push({ start: i, end: i + 1, label, rule: 'ner-model+acronym' });
    }
  }
  return added.length === 0 ? ents : ents.concat(added).sort((a, b) => a.start - b.start);
}

function initials(v: TokenView, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++)
    if ((v.lexicon.flags[v.ids[i]] & FLAG_CAPITALISED) !== 0) out += v.words[i][0];
  return out.length >= 2 ? out : '';
}

/**
 * The "<Al|El> - <Name>" endings of the article's person spans that hold more than that ending
 * ("Sheikh Nasir Al - Harbi", "Nasir al - Harbi"), as articleKey writes them; null when none.
 */
function articleSurnames(v: TokenView, ents: Candidate[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const e of ents) {
    if (e.label !== 'PERSON' || e.end - e.start < 4 || v.words[e.end - 2] !== '-') continue;
    const article = v.lower[e.end - 3];
    if (
      (article === 'al' || article === 'el') &&
      (v.lexicon.flags[v.ids[e.end - 1]] & FLAG_CAPITALISED) !== 0
    )
      (out ??= new Set()).add(articleKey(v, e.end));
  }
  return out;
}

/** The three words ending at `end` with the article lower-cased: "al - Harbi" and "Al - Harbi" alike. */
function articleKey(v: TokenView, end: number): string {
  return `${v.lower[end - 3]} ${v.words[end - 2]} ${v.words[end - 1]}`;
}
