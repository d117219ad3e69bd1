/**
 * Competitions, games and prizes are named like people or places ("Davis Cup", "Athens
 * Olympics", "Brit Awards") and the tagger, which learnt no label for events (UNER leaves them
 * out), calls them one or the other. A person or place span ending in an event's head word is
 * none of those and is dropped; an organisation keeps its label (a festival is also its organiser).
 */
import { EVENT_HEADS } from '../en/gazetteers/sportsWords.js';
import type { Candidate, TokenView } from './tokens.js';

const HEADS = new Set(EVENT_HEADS);
const DROPPED = new Set(['PERSON', 'LOC', 'GPE']);

/** `ents` without the person and place spans that name an event. */
export function dropEventNames(v: TokenView, ents: Candidate[]): Candidate[] {
  return ents.filter(
    (e) => !(DROPPED.has(e.label) && HEADS.has(v.lower[e.end - 1]) && /^\p{Lu}/u.test(v.words[e.end - 1])),
  );
}
