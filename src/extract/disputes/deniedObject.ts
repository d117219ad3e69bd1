/**
 * What a denial denies, read from the words after its cue and from its content: a noun such as
 * "the report", "the AP report", "the claim that …", "any involvement", with the words naming whose
 * report it is and the clause that states the denied claim; or, with no such noun, the denial's own
 * content ("denied that any sale had been discussed").
 */
import type { Attribution, Range } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { DENIED_OBJECT_NOUNS } from '../../language/en/stance.js';
import { denialIndex } from './stance.js';

/** How far after the cue (characters) the object noun may start: an object, not a word deep in a later clause. */
const MAX_OBJECT_OFFSET = 80;
/** How many words before the object noun may name whose report it is ("the Libyan News Agency report"). */
const MODIFIER_WORDS = 5;

export interface DeniedObject {
  /** The object noun, lower-case ("report", "claim", "involvement"), or null when only a clause is given. */
  noun: string | null;
  /** Words before the noun that may name the reporter ("AP", "news agency", "Herald's"). */
  owner: string[];
  /** The denied proposition ("a buyer had been approached"), when stated. */
  clause: Range | null;
  /** True when the cue takes a that-clause or a claim-like noun: "rejected that …", not "rejected a petition". */
  propositional: boolean;
}

const NOUN_RE = new RegExp(String.raw`\b(${DENIED_OBJECT_NOUNS.join('|')})\b`, 'i');
/** A content that is only a pronoun pointing back at a statement. */
const STATEMENT_PRONOUN = /^\s*(?:that|this)\s*[.!]?\s*$/i;
const FINITE_VERB = /\b(?:is|was|were|are|had|has|have|did|does|will|would|could)\b/i;
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'any',
  'such',
  'all',
  'its',
]);

/** The denial's extent after its cue: to the end of its sentence or of its content, whichever is later. */
function objectRange(doc: Doc, a: Attribution): Range {
  const cueTok = doc.tokenAtOrAfter(a.cue.start);
  const s = doc.sentenceOf(Math.min(cueTok, doc.length - 1));
  let end = doc.length > 0 ? doc.tokEnd[doc.sentEnd[s] - 1] : a.cue.end;
  for (const c of a.content) if (c.end > end && c.start >= a.cue.end) end = c.end;
  const contentStart = a.content.find((c) => c.start >= a.cue.end)?.start ?? a.cue.end;
  return { start: Math.min(a.cue.end, contentStart), end };
}

export function deniedObject(doc: Doc, a: Attribution): DeniedObject {
  const range = objectRange(doc, a);
  const after = doc.text.slice(range.start, range.end);
  const m = objectNoun(after);
  if (m) {
    const before = after.slice(0, m.index).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    const owner = ownerWords(before.slice(-MODIFIER_WORDS));
    const rest = after.slice(m.index + m[0].length);
    const that = /^\s*(?:,\s*)?(?:that|of)\s+/i.exec(rest);
    let clause: Range | null = null;
    if (that) {
      const start = range.start + m.index + m[0].length + that[0].length;
      clause = trimClause(doc.text, start, range.end);
    }
    return { noun: m[1].toLowerCase(), owner, clause, propositional: true };
  }
  const content = a.content.find((c) => c.start >= a.cue.start) ?? a.content[0];
  if (!content) return { noun: null, owner: [], clause: null, propositional: false };
  const contentText = doc.text.slice(content.start, content.end);
  // "El-Werfalli's account was contradicted by …": the passive's subject is what is disputed.
  const before = content.end <= a.cue.start ? NOUN_RE.exec(contentText) : null;
  if (before) {
    const words = contentText.slice(0, before.index).match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    return {
      noun: before[1].toLowerCase(),
      owner: ownerWords(words.slice(-MODIFIER_WORDS)),
      clause: null,
      propositional: true,
    };
  }
  // "Ó Súilleabháin dismissed that.": a pronoun stands for the statement just made.
  if (STATEMENT_PRONOUN.test(contentText))
    return { noun: null, owner: [], clause: null, propositional: true };
  const lead = /^\s*(?:that|of)\s+/i.exec(contentText);
  // A quoted or reported statement is a proposition; a bare noun phrase ("a petition") is not.
  const propositional = lead !== null || a.form !== 'indirect' || FINITE_VERB.test(contentText);
  return {
    noun: null,
    owner: [],
    clause: trimClause(doc.text, content.start + (lead?.[0].length ?? 0), content.end),
    propositional,
  };
}

/**
 * The words naming whose report it is: those after the noun phrase's determiner ("a news agency
 * report", "the AP report"); without a determiner in reach, only capitalised words ("Reuters reports").
 */
function ownerWords(window: string[]): string[] {
  let k = window.length - 1;
  while (k >= 0 && !DETERMINERS.has(window[k].toLowerCase())) k--;
  return k >= 0 ? window.slice(k + 1) : window.filter((w) => /^\p{Lu}/u.test(w));
}

/**
 * The object noun: right after the cue ("denied the report"), or, further on, the last one before
 * a predicative denial ("… and described the report as politically motivated").
 */
function objectNoun(after: string): RegExpExecArray | null {
  const first = NOUN_RE.exec(after);
  if (first && first.index < MAX_OBJECT_OFFSET) return first;
  const denial = denialIndex(after);
  if (denial < 0) return null;
  const window = Math.max(0, denial - MAX_OBJECT_OFFSET);
  let last: RegExpExecArray | null = null;
  const all = new RegExp(NOUN_RE.source, 'gi');
  all.lastIndex = window;
  for (let m = all.exec(after); m && m.index < denial; m = all.exec(after)) last = m;
  return last;
}

/** Ends a clause before a following ", saying …" or the sentence's closing punctuation. */
function trimClause(text: string, start: number, end: number): Range | null {
  const slice = text.slice(start, end);
  const stop = /,\s+(?:saying|adding|calling|and\s+(?:said|added))\b|[.;!?]["'”’]?\s*$/.exec(slice);
  let e = stop ? start + stop.index : end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e > start ? { start, end: e } : null;
}
