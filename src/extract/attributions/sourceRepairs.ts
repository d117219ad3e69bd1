/**
 * Repairs before relays are joined: what only looks like a speaker and a cue ("Note:", a document
 * introducing its quoted title) is dropped, a source takes the title or anonymity clause after it,
 * and "who asked not to be named" goes to the source of the verb that follows. Offsets are UTF-16.
 */
import type { Attribution, Range, Source } from '../../analysis/types.js';
import {
  SPEECH_LEMMAS,
  TITLE_INTRODUCERS,
  TITLE_ONLY_INTRODUCERS,
} from '../../language/en/cues/reportingVerbs.js';
import { LABEL_WORDS } from '../../language/en/cues/sourceWords.js';
import { DATELINE } from '../../language/en/datelines.js';
import { wordProfiles } from '../../language/ner/wordProfiles.js';
import { cueOf, sentenceEnd, sentenceStart, sourceOf, spanOf } from './build.js';
import { TAG_LEMMA } from './relayTags.js';
import { classifySource } from './sourceKind.js';

/**
 * Drops what only looks like a speaker and a cue: "Note: …" before a colon, a document
 * introducing its quoted title ("a study called “…”"), which the real source keeps instead
 * ("A survey titled “…” found"), and any cue ending in "titled" before a quote ("members released
 * a paper titled “…”"): a title is not speech; nor is a name a group gives itself ("A group
 * calling itself Quiet Harbour claimed …"), which goes into the source it names. Returns whether any
 * was dropped.
 */
export function dropLabels(text: string, attributions: Attribution[]): boolean {
  const before = attributions.length;
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k];
    if (a.source) anonymousAppositive(text, a.source);
    const note = a.cue.text === ':' && a.source && LABEL_WORDS.has(a.source.text.toLowerCase());
    const cue = a.cue.text.toLowerCase();
    const introducer =
      ((!a.source || a.source.kind === 'document') && TITLE_INTRODUCERS.has(cue)) ||
      TITLE_ONLY_INTRODUCERS.has(cue.slice(cue.lastIndexOf(' ') + 1));
    const title = introducer && /^\s*["“‘]/.test(text.slice(a.cue.end, a.cue.end + 3));
    if (title) giveBackTitledPhrase(text, a, attributions);
    const selfNamed = SELF_NAMING.exec(text.slice(a.cue.start, a.cue.start + SELF_NAMING_REACH));
    if (selfNamed) nameIntoSource(text, a.cue.start, selfNamed[0].length, attributions);
    if (note || title || selfNamed) attributions.splice(k, 1);
    else if (a.source && withQuotedTitle(text, a.source)) contentAfterSource(text, a);
  }
  return attributions.length < before;
}

/** "calling itself Quiet Harbour", "who call themselves the Marsh Watch": a name given to oneself. */
const SELF_NAMING =
  /^(?:calling|calls|call|called)\s+(?:itself|themselves|himself|herself)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}/u;
const SELF_NAMING_REACH = 120;

/** The source that ends right before a self-naming phrase (at `start`, `length` long) takes it in. */
function nameIntoSource(text: string, start: number, length: number, attributions: Attribution[]): void {
  for (const b of attributions) {
    if (!b.source || !/^\s+$/.test(text.slice(b.source.end, start)) || b.cue.start < start + length) continue;
    Object.assign(b.source, spanOf(text, b.source.start, start + length));
  }
}

/**
 * "A petition titled “Stop the Corridor” has gathered 3,000 signatures, according to its
 * organisers": a content that starts at the title the dropped "titled" took starts where that cue's
 * own content began ("A petition"), the thing the title names.
 */
function giveBackTitledPhrase(text: string, titled: Attribution, attributions: Attribution[]): void {
  const opening =
    titled.cue.end + (text.slice(titled.cue.end).length - text.slice(titled.cue.end).trimStart().length);
  const named = titled.content.find((c) => c.end <= titled.cue.start);
  if (!named) return;
  for (const other of attributions) {
    if (other === titled) continue;
    const first = other.content[0];
    if (!first || first.start < opening || first.start > opening + 1) continue;
    other.content = [spanOf(text, named.start, first.end), ...other.content.slice(1)];
  }
}

/** "A spokeswoman for the department" followed by ", who declined to be named": an anonymous source. */
function anonymousAppositive(text: string, source: Source): void {
  const m = /^,\s*who\s+(?:declined|asked not|refused|requested not)\s+to\s+be\s+(?:named|identified)\b/.exec(
    text.slice(source.end, source.end + 60),
  );
  if (m) Object.assign(source, spanOf(text, source.start, source.end + m[0].length), { kind: 'anonymous' });
}

/**
 * "A survey" followed by ` titled “Crossing Lines”`: the source keeps the title that names it.
 * Returns whether it did.
 */
function withQuotedTitle(text: string, source: Source): boolean {
  const m = /^\s+(\p{Ll}+)\s+["“]([^"”\n]{1,200})["”]/u.exec(text.slice(source.end, source.end + 220));
  if (!m || !TITLE_INTRODUCERS.has(m[1])) return false;
  const end = source.end + m[0].length;
  Object.assign(source, spanOf(text, source.start, end), { kind: 'document' });
  return true;
}

/**
 * "According to a study called “Dry Wells”, farms …": the tagger may have begun the content at
 * "called"; once the source holds the title, the content starts after it (and its comma).
 */
function contentAfterSource(text: string, a: Attribution): void {
  const { start: sourceStart, end: sourceEnd } = a.source!;
  let after = sourceEnd;
  while (after < text.length && /[\s,;:]/.test(text[after])) after++;
  // Only a content running on past the title is cut; one inside it is left as the tagger gave it.
  a.content = a.content.map((c) =>
    c.start >= sourceStart && c.start < sourceEnd && after < c.end ? spanOf(text, after, c.end) : c,
  );
}

/**
 * "A county official who asked not to be named … said the board had …": the tagger takes "who"
 * for a speaker and "asked" for a cue. The anonymity clause belongs to the source of the verb
 * after it; without such a verb it is no attribution at all. Returns whether any changed.
 */
export function anonymityClauses(text: string, attributions: Attribution[]): boolean {
  let changed = false;
  for (let k = attributions.length - 1; k >= 0; k--) {
    const a = attributions[k];
    if (!a.source || !/(?:^|\s)(?:who|that)$/i.test(a.source.text)) continue;
    const clause = ANONYMITY_CLAUSE.exec(text.slice(a.cue.start, a.cue.start + 40));
    if (!clause) continue;
    changed = true;
    // The verb may lie past what the tagger gave the clause, up to the sentence end.
    const contentEnd = Math.max(a.cue.end, sentenceEnd(text, a.cue.end), ...a.content.map((c) => c.end));
    const rest = text.slice(a.cue.start + clause[0].length, contentEnd);
    const verb = /\s(said|says|added)\s/.exec(rest);
    // "A villager who asked …": the tagger gave the head with the pronoun; a bare "who" looks back for it.
    const headed = /\s/.test(a.source.text.trim());
    const start = headed ? a.source.start : quotedSentenceStart(text, a.source.start);
    if (!verb || (!headed && start >= a.source.start)) {
      attributions.splice(k, 1);
      continue;
    }
    const cueStart = a.cue.start + clause[0].length + verb.index + 1;
    const cueEnd = cueStart + verb[1].length;
    const end = sentenceEnd(text, cueEnd);
    let sourceEnd = cueStart - 1;
    while (sourceEnd > start && /[\s,]/.test(text[sourceEnd - 1])) sourceEnd--;
    const source = spanOf(text, start, sourceEnd);
    a.source = sourceOf(source, classifySource(source.text));
    a.cue = cueOf(spanOf(text, cueStart, cueEnd), TAG_LEMMA[verb[1]] ?? 'say', 'assert');
    a.content = [spanOf(text, cueEnd + 1, end)];
    // What the tagger saw as cues inside the statement ("had quietly considered") are not speech,
    // and a second attribution of the same verb ("talks said …") is this one seen wrongly.
    for (let j = attributions.length - 1; j >= 0; j--) {
      const b = attributions[j];
      const inside = b.cue.start >= cueEnd && b.cue.end <= end && !SPEECH_LEMMAS.has(b.cue.lemma);
      const sameVerb = b.cue.start < cueEnd && cueStart < b.cue.end;
      if (b !== a && (inside || sameVerb)) {
        attributions.splice(j, 1);
        if (j < k) k--;
      }
    }
  }
  return changed;
}

/** An aside set off by a comma after a subject's head: ", who did not want to be named". */
const SUBJECT_ASIDE = /,\s+(?:who|whom|whose)\s/i;

/**
 * "A nurse on the ward, who did not want to be named because she was not allowed to speak, said
 * …": the tagger may take the pronoun inside the aside for the speaker and give the subject, aside
 * and all, to the content. A content piece that holds the source, ends right before the cue (a
 * comma at most between) and holds an aside after a head is the subject: it becomes the source.
 */
export function subjectsInContent(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const { source } = a;
    if (!source) continue;
    const piece = a.content.find(
      (c) =>
        c.start <= source.start &&
        source.end <= c.end &&
        c.end <= a.cue.start &&
        /^[\s,]*$/.test(text.slice(c.end, a.cue.start)),
    );
    const aside = piece && SUBJECT_ASIDE.exec(piece.text);
    if (!piece || !aside || aside.index === 0 || piece.start + aside.index > source.start) continue;
    const subject = spanOf(text, piece.start, piece.end);
    a.source = sourceOf(subject, classifySource(subject.text));
    a.content = a.content.filter((c) => c !== piece);
  }
}

/** An opening double mark before a word: where a quoted sentence starts. */
const OPENING_MARK = /["“](?=\p{L})/gu;

/** Where the sentence holding `at` starts, or the quotation inside it that holds `at` (“The aides, who …”). */
function quotedSentenceStart(text: string, at: number): number {
  const start = sentenceStart(text, at);
  let from = start;
  for (const m of text.slice(start, at).matchAll(OPENING_MARK)) from = start + m.index + 1;
  return from;
}

/**
 * "MISRATA, Libya — Libya's health ministry, a firm and the council rejected …": the tagger reads
 * the article's dateline into the source of its first sentence, or into the content when the
 * sentence opens with it ("TRIPOLI (AP) — Dock workers struck, union leaders said"); the place is
 * where the story was filed, neither who spoke nor what was said.
 */
export function withoutDatelines(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    const after = source ? datelineEndIn(text, source) : -1;
    if (source && after >= 0) {
      const rest = spanOf(text, after, source.end);
      a.source = sourceOf(rest, classifySource(rest.text), source.entity);
    }
    a.content = a.content.map((c) => {
      const from = datelineEndIn(text, c);
      return from < 0 ? c : spanOf(text, from, c.end);
    });
  }
}

/** Where the words after a dateline begin, when one overlaps the span's start and ends inside it; else -1. */
function datelineEndIn(text: string, span: Range): number {
  // The tagger may start a span inside the dateline ("FLINT, Mich., [Oct. 4 (UPI) — Two …]").
  const line = text.lastIndexOf('\n', span.start - 1) + 1;
  let paragraph = line;
  while (paragraph < span.start && /\s/.test(text[paragraph])) paragraph++;
  const m = DATELINE.exec(text.slice(paragraph, span.end));
  const after = m ? paragraph + m[0].length : -1;
  return after > span.start && after < span.end ? after : -1;
}

/** The object of "according to" is a noun phrase of at most this many words. */
const MAX_ACCORDING_TO_WORDS = 8;
/** The words after "according to" up to a clause break: ", " "; " a sentence end or a line end. */
const WH_WORD = /^(?:how|what|whether|which|who|whom|whose|when|where|why|if)\b/i;
/** A cue of "according to" and more words. */
const ACCORDING_TO_WITH_MORE = /^(according\s+to)\s+\S/i;
const ACCORDING_TO_OBJECT = /^\s+([^\s,;:.!?"“”\n][^,;:!?"“”\n]*?)\s*(?:[,;:!?]|\.(?:\s|$)|\n|$)/u;

/**
 * "…, one of the officials told the agency, according to its report.": whatever the role tagger
 * made of it, the source of "according to" is its object, the noun phrase right after it (PolNeAR
 * never puts it elsewhere). When the tagger took the speaker before the cue for it, the object
 * becomes the source and the words the tagger gave as content there are dropped; the relay rules
 * then give the attribution the statement before it.
 */
export function accordingToObjects(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    // "according to crew members": the tagger may run the cue into its object.
    const longer = ACCORDING_TO_WITH_MORE.exec(a.cue.text);
    if (longer)
      a.cue = cueOf(spanOf(text, a.cue.start, a.cue.start + longer[1].length), 'according to', a.cue.stance);
    if (a.cue.lemma !== 'according to' || (a.source && a.source.start >= a.cue.end)) continue;
    const m = ACCORDING_TO_OBJECT.exec(text.slice(a.cue.end, a.cue.end + 120));
    // "rewarded according to how much they sold": a measure, not a source.
    if (!m || m[1].split(/\s+/).length > MAX_ACCORDING_TO_WORDS || WH_WORD.test(m[1])) continue;
    const start = a.cue.end + m[0].indexOf(m[1]);
    const object = spanOf(text, start, start + m[1].length);
    a.source = sourceOf(object, classifySource(object.text));
    // A content that ran over the object keeps what follows it ("According to X, prices rose").
    let after = object.end;
    while (after < text.length && /[\s,;:]/.test(text[after])) after++;
    a.content = a.content.flatMap((c) => {
      if (c.end <= a.cue.start || c.start >= object.end) return [c];
      return c.end > after ? [spanOf(text, Math.max(c.start, after), c.end)] : [];
    });
    if (a.content.length > 0) continue;
    // With no statement of its own left, the sentence before the cue is what it reports.
    const from = sentenceStart(text, a.cue.start);
    let end = a.cue.start;
    while (end > from && /[\s,;:—–]/.test(text[end - 1])) end--;
    if (end > from) a.content = [spanOf(text, from, end)];
  }
}

const ANONYMITY_CLAUSE =
  /^(?:asked|declined|refused|requested|agreed to speak on condition)(?: not)? to be (?:named|identified)\b/i;

/** A word profile's capitalisation bucket from which running text mostly capitalises the word. */
const MOSTLY_CAPITALISED = 3;

/**
 * "The motoring group Drivers First said", "the trade magazine Press Weekly reported": the tagger
 * may read a name's last word as an adverb of the cue ("first said", "weekly reported"). A cue that
 * opens with a capitalised word mid-sentence, right after a source ending in a capitalised word,
 * took in the end of the name: the word goes back to the source.
 */
export function namesEndingInCues(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    const source = a.source;
    if (!source || source.end > a.cue.start || text.slice(source.end, a.cue.start) !== ' ') continue;
    // What is left must be a reporting verb ("said", "reported"), not "Debate on" or "Facebook post".
    const m = /^(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:said|says|told|tells|wrote|writes|\p{Ll}+ed)\b/u.exec(
      a.cue.text,
    );
    if (!m || !/(?:^|\s)\p{Lu}[\p{L}-]*$/u.test(source.text)) continue;
    if (sentenceStart(text, a.cue.start) === a.cue.start) continue;
    const name = spanOf(text, source.start, a.cue.start + m[1].length);
    let from = name.end;
    while (from < a.cue.end && /\s/.test(text[from])) from++;
    a.source = sourceOf(name, classifySource(name.text));
    a.cue = cueOf(spanOf(text, from, a.cue.end), a.cue.lemma, a.cue.stance);
  }
}

/**
 * "Admitly denied that …": a cue with no source that opens its sentence with a capitalised word the
 * article also writes capitalised mid-sentence ("software supplied by Admitly") took in a name, as it
 * would an adverb ("Flatly denied"); the name is the source and the rest the cue.
 */
export function namesOpeningCues(text: string, attributions: Attribution[]): void {
  for (const a of attributions) {
    if (a.source) continue;
    const m = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}[\s\S]*)$/u.exec(a.cue.text);
    if (!m || sentenceStart(text, a.cue.start) !== a.cue.start) continue;
    // Running text must capitalise the word too: not "It is predicted", whatever song title holds "It".
    const profile = wordProfiles().get(m[1].toLowerCase());
    if (profile && profile.cap < MOSTLY_CAPITALISED) continue;
    const named = new RegExp(`[\\p{L},;] ${m[1]}(?![\\p{L}])`, 'u');
    if (!named.test(text)) continue;
    const name = spanOf(text, a.cue.start, a.cue.start + m[1].length);
    const cue = spanOf(text, a.cue.end - m[2].length, a.cue.end);
    a.source = sourceOf(name, classifySource(name.text));
    a.cue = cueOf(cue, a.cue.lemma, a.cue.stance);
  }
}
