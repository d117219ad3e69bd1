/**
 * Documents as sources: a quoted title names a work; an untitled document ("minutes seen by …") is
 * no one's voice.
 */
import type { Entity } from '../../../analysis/types.js';
import { DOCUMENT_WORDS } from '../../../language/en/cues/sourceWords.js';
import { nextId, SPEAKER_RULE } from './mentions.js';
import { POSSESSIVE_OWNER } from './phrases.js';

export const QUOTED_TITLE = /[“"]([^”"]{3,})[”"]?/;
/** Nouns for documents beyond DOCUMENT_WORDS' singulars ("minutes", "studies"). */
const DOCUMENT_NOUNS = new Set([
  ...DOCUMENT_WORDS,
  'minutes',
  'studies',
  'reports',
  'papers',
  'files',
  'notes',
  'letters',
  // What an inquiry finds is in its report, whoever ordered it.
  'investigation',
  'inquiry',
  'review',
  'audit',
]);
/** "an inspection report published …", "minutes seen by …", "a five-year study by …", "an inquiry ordered by …". */
const DESCRIBED_DOCUMENT =
  /^(?:(?:an?|the|some|several|two|three|\p{N}[\p{N},]*)\s+)?((?:[\p{Ll}\p{N}-]+\s+){0,3}?)([\p{Ll}]+)(?=$|\s+(?:by|from|of|seen|obtained|published|compiled|released|prepared|written|leaked|shared|commissioned|ordered|conducted|carried)\b)/u;

/** A title set off by a comma after a document's phrase ("The report, titled “…”"). */
export const TITLE_AFTER = /^,\s+(?:titled|entitled|called)\s+[“"]([^”"]{3,})[”"]/;
/** How far after the phrase such a title is looked for (characters). */
export const TITLE_REACH = 200;

/** Whether a source is a document described, not named, whose maker is no source of its own. */
export function untitledDocument(phrase: string): boolean {
  const trimmed = phrase.trim();
  // A sentence's capital ("Minutes seen by …") says nothing of a title.
  const m = DESCRIBED_DOCUMENT.exec(trimmed.charAt(0).toLowerCase() + trimmed.slice(1));
  return !!m && DOCUMENT_NOUNS.has(m[2]) && !m[1].split(/\s+/).some((w) => POSSESSIVE_OWNER.has(w));
}

/** The entity for a quoted title ("a study called “…”"): found by name, else a new WORK entity. */
export function workEntity(title: string, entities: Entity[]): Entity {
  const known = entities.find((e) => e.name === title);
  if (known) return known;
  return { id: nextId(entities), name: title, type: 'WORK', mentions: [], variants: [title] };
}

/**
 * "The council's own budget papers show …. According to the papers, …": a document named again by
 * its noun alone is the document an owner was given before, whose owner speaks through it: the
 * entity the latest earlier source of an owner's document with that noun was resolved to.
 */
export function ownedDocumentAgain(
  source: { start: number; text: string },
  entities: Entity[],
): Entity | null {
  const noun = /^the\s+(\p{Ll}+)$/iu.exec(source.text.trim())?.[1];
  if (!noun || !DOCUMENT_NOUNS.has(noun)) return null;
  const owned = new RegExp(`['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}${noun}$`, 'u');
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities)
    for (const m of e.mentions)
      if (m.rule === SPEAKER_RULE && m.start > bestAt && m.start < source.start && owned.test(m.text)) {
        best = e;
        bestAt = m.start;
      }
  return best;
}
