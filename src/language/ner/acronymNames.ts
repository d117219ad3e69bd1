/**
 * "The League for Animal Rescue (LAR) said …": a name the tagger left out, introduced with its
 * acronym in parentheses, is an organisation when the acronym spells the initials of its
 * capitalised words and one of them is a word that heads organisations' names ("League",
 * "Union", "Trust"; "Weapons of Mass Destruction (WMD)" has none). The acronym and its later
 * uses then follow the name (propagate.ts).
 */
import { FLAG_ALL_CAPS, FLAG_CAPITALISED, FLAG_ORG_HEAD } from './lexicon.js';
import type { Candidate, TokenView } from './tokens.js';

/** Lower-case words inside organisations' names. */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);
/** Words of the longest name read back from the parenthesis. */
const MAX_NAME_WORDS = 8;
/** Labels of spans inside the name that give way to it (a place or a person the tagger found in it). */
const GIVE_WAY = new Set(['PERSON', 'LOC', 'GPE']);

/** Adds ORG spans for names introduced with their acronym; `ents` sorted over the whole view; returns it sorted. */
export function addAcronymIntroducedNames(v: TokenView, ents: Candidate[]): Candidate[] {
  let out = ents;
  for (let i = 2; i + 2 < v.words.length; i++) {
    if (v.words[i] !== '(' || v.words[i + 2] !== ')') continue;
    const acronym = v.words[i + 1];
    if (acronym.length < 2 || (v.lexicon.flags[v.ids[i + 1]] & FLAG_ALL_CAPS) === 0) continue;
    const from = nameStart(v, i, acronym);
    if (from < 0) continue;
    const inside = out.filter((e) => e.end > from && e.start < i);
    if (inside.some((e) => e.start < from || !GIVE_WAY.has(e.label))) continue;
    const kept = out.filter((e) => !inside.includes(e));
    kept.push({ start: from, end: i, label: 'ORG', rule: 'pattern:acronym-name' });
    out = kept.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Where the name before the parenthesis at `paren` starts, if its initials spell `acronym`; else -1. */
function nameStart(v: TokenView, paren: number, acronym: string): number {
  let spelled = '';
  let hasHead = false;
  for (let k = paren - 1; k >= 0 && paren - k <= MAX_NAME_WORDS; k--) {
    const f = v.lexicon.flags[v.ids[k]];
    if ((f & FLAG_CAPITALISED) !== 0) {
      spelled = v.words[k][0] + spelled;
      hasHead ||= (f & FLAG_ORG_HEAD) !== 0;
      if (spelled === acronym) return hasHead ? k : -1;
      if (!acronym.endsWith(spelled)) return -1;
    } else if (!CONNECTORS.has(v.lower[k]) || k === paren - 1) return -1;
  }
  return -1;
}
