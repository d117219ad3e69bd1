/**
 * Sports clubs are named after their towns ("Leeds", "Bayern Munich"), so the tagger and the
 * gazetteers read them as places. A place name that a match report treats as one side of a
 * game is an organisation: before a result verb ("Leeds beat …"), after a result phrase
 * ("… lost to Leeds"), on either side of "v" ("Leeds v Chelsea"), in a score line
 * ("Leeds 2 Chelsea 1"), or before a squad role ("Leeds striker …", "Leeds fans"; also a
 * one-word name the tagger took for a person: "Chelsea boss …"); and then all through the
 * article. Country names stay places: national teams are written as countries and their games
 * are reported as the country's.
 */
import { countryGazetteer } from '../en/gazetteers/countries.js';
import { ORG_HEADS } from '../en/gazetteers/nameHeads.js';
import {
  PLAYING_ROLES,
  RESULT_PHRASES_BEFORE_TEAM,
  RESULT_VERBS,
  SQUAD_ROLES,
  VERSUS,
} from '../en/gazetteers/sportsWords.js';
import { type Candidate, relabelNamesAsOrg, spanName, type TokenView } from './tokens.js';

const PLACE_LABELS = new Set(['LOC', 'GPE']);
const RESULT_VERB_SET = new Set(RESULT_VERBS);
const VERSUS_SET = new Set(VERSUS);
const SQUAD_ROLE_SET = new Set(SQUAD_ROLES);
const PLAYING_ROLE_SET = new Set(PLAYING_ROLES);
/** Added to the rule of a span this pass made a team. */
const TEAM_MARK = '+sports';
/** Added to the rule of a team found before a squad role, the evidence spreadTeams trusts. */
const SQUAD_MARK = '+squad';
/** A goal or point count in a score line: one to three digits. */
const SCORE = /^\d{1,3}$/;
const POSSESSIVE = /^['’]s?$/;
const BODY_HEADS = new Set(ORG_HEADS);

/** Relabels as ORG, in place, the place spans of sentence [start, end) that name a team; `spans` sorted. */
export function retypeTeams(v: TokenView, spans: Candidate[], start: number, end: number): void {
  const teams: Candidate[] = [];
  const squadTeams: Candidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Chelsea boss …": a one-word name the tagger took for a person, before a squad role.
    const role = s.end < end ? v.lower[s.end] : '';
    if (PLAYING_ROLE_SET.has(role) && s.label === 'PERSON' && s.end - s.start === 1 && !isCountry(v, s)) {
      squadTeams.push(s);
      continue;
    }
    if (!PLACE_LABELS.has(s.label) || isCountry(v, s)) continue;
    if (SQUAD_ROLE_SET.has(role) && !opensBodyName(v, s.end, end)) {
      squadTeams.push(s);
      continue;
    }
    const before = k > 0 ? spans[k - 1] : null;
    const after = k + 1 < spans.length ? spans[k + 1] : null;
    if (
      (s.end < end && RESULT_VERB_SET.has(v.lower[s.end])) ||
      followsResultPhrase(v, s.start, start) ||
      (after !== null && after.start === s.end + 1 && VERSUS_SET.has(v.lower[s.end])) ||
      (before !== null && before.end === s.start - 1 && VERSUS_SET.has(v.lower[before.end])) ||
      inScoreLine(v, s, before, after, end)
    )
      teams.push(s);
  }
  for (const s of teams) {
    s.label = 'ORG';
    s.rule += TEAM_MARK;
  }
  for (const s of squadTeams) {
    s.label = 'ORG';
    s.rule += TEAM_MARK + SQUAD_MARK;
  }
}

/**
 * Relabels as ORG the other place and person spans of the document whose name retypeTeams made a
 * team before a squad role: a match report names the club the same way throughout ("Leeds fans …",
 * "Leeds scored"). (A result verb is weaker evidence: "Myskina beat …" is a player the tagger read
 * as a place.)
 */
export function spreadTeams(v: TokenView, spans: Candidate[]): void {
  const teams = new Set<string>();
  for (const s of spans) if (s.label === 'ORG' && s.rule.includes(SQUAD_MARK)) teams.add(spanName(v, s));
  relabelNamesAsOrg(v, spans, teams, TEAM_MARK);
}

/**
 * "The Ashby Town Supporters' Trust", "the Kessleton Fans' Association": a capitalised role word
 * followed by a possessive or a body's head word opens the body's name, not a team's squad.
 */
function opensBodyName(v: TokenView, role: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(v.words[role])) return false;
  let next = role + 1;
  if (next < end && POSSESSIVE.test(v.words[next])) next++;
  return next < end && /^\p{Lu}/u.test(v.words[next]) && BODY_HEADS.has(v.lower[next]);
}

function isCountry(v: TokenView, s: Candidate): boolean {
  return countryGazetteer().places.longestMatch(v.lower, s.start, s.end) === s.end - s.start;
}

function followsResultPhrase(v: TokenView, at: number, sentStart: number): boolean {
  return RESULT_PHRASES_BEFORE_TEAM.some(
    (phrase) =>
      at - phrase.length >= sentStart && phrase.every((w, m) => v.lower[at - phrase.length + m] === w),
  );
}

/** "Leeds 2 Chelsea 1": a name and a score, beside another name and score. */
function inScoreLine(
  v: TokenView,
  s: Candidate,
  before: Candidate | null,
  after: Candidate | null,
  end: number,
): boolean {
  const scored = (c: Candidate) => c.end < end && SCORE.test(v.words[c.end]);
  if (!scored(s)) return false;
  if (after !== null && after.start === s.end + 1 && scored(after)) return true;
  return before !== null && before.end + 1 === s.start && scored(before);
}
