/**
 * "Mehmet Oz — a surgeon and TV host — has been called a fraud by fellow doctors": a passive cue
 * left without a source, whose "by" phrase names who spoke, takes that phrase for its source and
 * leaves it out of the content (as passiveRoles does when the tagger found the subject). Token
 * offsets inside, UTF-16 offsets on the attributions.
 */
import type { Attribution, Span } from '../../analysis/types.js';
import type { Doc } from '../../language/doc.js';
import { UPOS_ID, XPOS_ID } from '../../language/tagsets.js';
import { sourceOf, span } from './build.js';
import { classifySource } from './sourceKind.js';

/** Words between the participle and its "by" ("called a fraud by"). */
const MAX_BEFORE_BY = 4;
const AGENT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'CCONJ'].map((t) => UPOS_ID[t]));
const HEADS = new Set([UPOS_ID.NOUN, UPOS_ID.PROPN, UPOS_ID.PRON]);
const isVerb = (doc: Doc, k: number) => doc.upos[k] === UPOS_ID.VERB || doc.upos[k] === UPOS_ID.AUX;

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Gives each sourceless passive cue the agent its "by" phrase names. */
export function passiveAgents(doc: Doc, found: Attribution[]): void {
  for (const a of found) {
    if (a.source || a.content.length === 0) continue;
    const cue = doc.tokensInRange(a.cue.start, a.cue.end);
    const verb = passiveVerb(doc, cue.start, cue.end);
    if (verb < 0) continue;
    const end = doc.sentEnd[doc.sentenceOf(verb)];
    // The "by" close after the participle, no other verb between (the parser often hangs the
    // phrase on the participle's complement: "called a fraud by fellow doctors").
    // A quoted complement counts as one word, whatever it holds ("described as a “…” by his friend").
    let by = verb + 1;
    let quoted = 0;
    while (
      by < end &&
      by - quoted <= verb + MAX_BEFORE_BY &&
      doc.lowerWord(by) !== 'by' &&
      !isVerb(doc, by)
    ) {
      const close = OPENING_QUOTES.has(doc.lowerWord(by)) ? closingQuote(doc, by, end) : -1;
      if (close > by) quoted += close - by;
      by = close > by ? close + 1 : by + 1;
    }
    if (by >= end || doc.lowerWord(by) !== 'by') continue;
    let last = by + 1;
    while (last < end && AGENT_WORDS.has(doc.upos[last])) last++;
    while (last > by + 1 && doc.upos[last - 1] === UPOS_ID.CCONJ) last--;
    if (last === by + 1 || !HEADS.has(doc.upos[last - 1])) continue;
    const agent = span(doc, { start: by + 1, end: last });
    const from = doc.tokStart[by];
    // Only a "by" the content holds: one after it is no part of the report. The tagger may end the
    // content inside the agent's phrase ("… by his friend | and fellow broadcaster Ann Lee").
    if (!a.content.some((c) => c.start <= from && from < c.end)) continue;
    a.source = sourceOf(agent, classifySource(agent.text, null));
    a.content = withoutRange(doc.text, a.content, from, agent.end);
  }
}

const OPENING_QUOTES = new Set(['"', '“']);
const CLOSING_QUOTES = new Set(['"', '”']);

/** The token closing the quote opened at `open`, before `end`, or -1. */
function closingQuote(doc: Doc, open: number, end: number): number {
  for (let k = open + 1; k < end; k++) if (CLOSING_QUOTES.has(doc.lowerWord(k))) return k;
  return -1;
}

/** The cue's past participle after a form of "be" in it, or -1. */
function passiveVerb(doc: Doc, start: number, end: number): number {
  let be = false;
  for (let k = Math.max(0, start - 1); k < end; k++) {
    if (BE.has(doc.lowerWord(k))) be = true;
    else if (be && k >= start && doc.upos[k] === UPOS_ID.VERB && doc.xpos[k] === XPOS_ID.VBN) return k;
  }
  return -1;
}

/** The content pieces less the characters [from, to), split where it falls inside one. */
function withoutRange(text: string, content: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    while (start < end && /[\s,;:]/.test(text[start])) start++;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  for (const c of content) {
    if (c.end <= from || c.start >= to) {
      out.push(c);
      continue;
    }
    push(c.start, from);
    push(to, c.end);
  }
  return out;
}
