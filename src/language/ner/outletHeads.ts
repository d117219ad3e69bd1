/**
 * "The Marsa Herald reported … one negotiator told the Herald": after an article names an outlet in
 * full, "the <head>" alone stands for it. Only when the document names exactly one outlet with that
 * head word; a head no outlet ended ("the Times" with no Times named) is left to the other rules.
 */
import { PAPER_HEADS } from '../en/gazetteers/media.js';
import type { Candidate, TokenView } from './tokens.js';

const HEADS = new Set(PAPER_HEADS);
export const OUTLET_HEAD_RULE = 'document:outlet-head';

/** Adds or retypes "the <head>" spans as MEDIA in `ents` (sorted, over the whole view); returns it sorted. */
export function nameOutletsByHead(v: TokenView, ents: Candidate[]): Candidate[] {
  // Head word → the full names ending in it ("Herald" → {"Marsa Herald"}).
  const outlets = new Map<string, Set<string>>();
  let firstEnd = Infinity;
  for (const e of ents) {
    if (e.label !== 'MEDIA' || e.end - e.start < 2 || !HEADS.has(v.words[e.end - 1])) continue;
    const names = outlets.get(v.words[e.end - 1]) ?? new Set<string>();
    names.add(v.words.slice(e.start, e.end).join(' '));
    outlets.set(v.words[e.end - 1], names);
    firstEnd = Math.min(firstEnd, e.end);
  }
  if (outlets.size === 0) return ents;
  let added = false;
  for (let i = firstEnd; i < v.words.length; i++) {
    if (outlets.get(v.words[i])?.size !== 1 || v.lower[i - 1] !== 'the') continue;
    // "the Herald Tribune", "the Echo Park fire": a longer name, not the short form.
    if (i + 1 < v.words.length && /^\p{Lu}/u.test(v.words[i + 1])) continue;
    const covering = ents.find((e) => e.start <= i && i < e.end);
    if (covering && (covering.start !== i || covering.end !== i + 1)) continue;
    if (covering) {
      covering.label = 'MEDIA';
      covering.rule = OUTLET_HEAD_RULE;
    } else {
      ents.push({ start: i, end: i + 1, label: 'MEDIA', rule: OUTLET_HEAD_RULE });
      added = true;
    }
  }
  return added ? ents.sort((a, b) => a.start - b.start) : ents;
}

/** Words that open a broadcaster's name: "Radio Lir", "TV Kestel". */
const STATION_WORDS = new Set(['Radio', 'TV', 'Television']);
/** Words of a broadcaster's name after its opening word. */
const MAX_STATION_WORDS = 3;
export const STATION_RULE = 'pattern:station';
/** Last words of names about broadcasting that are no broadcaster ("the Radio Act"). */
const NOT_STATION = new Set([
  'act',
  'bill',
  'law',
  'regulations',
  'code',
  'licence',
  'license',
  'frequency',
  'spectrum',
  'telescope',
  'astronomy',
]);

/**
 * "According to Radio Lir, …": a capitalised "Radio" or "TV" before one to three capitalised words
 * opens a broadcaster's name (the tagger read "Radio Lir" as a place). Spans inside it give way; a
 * span reaching past it, or an outlet already found, is left alone. `ents` sorted; returns it sorted.
 */
export function nameStations(v: TokenView, ents: Candidate[]): Candidate[] {
  let out = ents;
  for (let i = 0; i + 1 < v.words.length; i++) {
    if (
      !STATION_WORDS.has(v.words[i]) ||
      (i > 0 && /^\p{Lu}/u.test(v.words[i - 1]) && v.lower[i - 1] !== 'the')
    )
      continue;
    let end = i + 1;
    while (end < v.words.length && end - i <= MAX_STATION_WORDS && /^\p{Lu}\p{Ll}/u.test(v.words[end])) end++;
    if (end === i + 1 || end - i > MAX_STATION_WORDS || NOT_STATION.has(v.lower[end - 1])) continue;
    const touching = out.filter((e) => e.start < end && i < e.end);
    if (touching.some((e) => e.start < i || e.end > end || e.label === 'MEDIA')) continue;
    out = out.filter((e) => !touching.includes(e));
    out.push({ start: i, end, label: 'MEDIA', rule: STATION_RULE });
    out.sort((a, b) => a.start - b.start);
    i = end - 1;
  }
  return out;
}
