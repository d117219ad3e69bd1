/**
 * Readers for IOB-tagged NER corpora: UNER (.iob2: "# comments", then "index\tword\ttag…") and
 * CoNLL-2003 ("word POS chunk tag", -DOCSTART- lines). Tags are mapped to PER/ORG/LOC; every
 * other type (MISC, the stray "B-O") becomes O, and so does OTH unless the caller keeps it.
 */
import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  /** Index of the document the sentence belongs to (UNER "# newdoc", CoNLL "-DOCSTART-"). */
  doc: number;
  words: string[];
  /** IOB2 tags over PER/ORG/LOC, or 'O'. */
  tags: string[];
  /** 1 where a word touches the one before it in the sentence's text (UNER "# text"); absent if unknown. */
  attached?: Uint8Array;
}

/** The types scored (and the default kept when reading). */
export const SCORED_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);
/** UNER's types including OTH (nationalities, events, products…), which the tagger learns but never outputs. */
export const UNER_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'OTH']);

function keepTag(tag: string, previous: string, kept: ReadonlySet<string>): string {
  const m = /^([BI])-(.+)$/.exec(tag);
  if (!m || !kept.has(m[2])) return 'O';
  // CoNLL-2003 uses IOB1: an I- after O (or after another type) starts an entity.
  if (m[1] === 'I' && (previous === 'O' || previous.slice(2) !== m[2])) return 'B-' + m[2];
  return tag;
}

function collect(
  lines: string[],
  parse: (line: string) => [string, string] | null,
  isNewDocument: (line: string) => boolean,
  kept: ReadonlySet<string>,
): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = () => {
    if (words.length > 0) out.push({ doc, words, tags });
    words = [];
    tags = [];
  };
  for (const line of lines) {
    if (isNewDocument(line)) {
      flush();
      if (out.length > 0) doc++;
      continue;
    }
    const cell = parse(line);
    if (!cell) {
      flush();
      continue;
    }
    words.push(cell[0]);
    tags.push(keepTag(cell[1], tags.length > 0 ? tags[tags.length - 1] : 'O', kept));
  }
  flush();
  return out;
}

/** UNER .iob2 text: tab-separated index, word, tag; '#' lines are comments; blank lines end sentences. */
export function parseIob2(text: string, kept: ReadonlySet<string> = SCORED_TYPES): TaggedSentence[] {
  const lines = text.split('\n').filter((l) => !l.startsWith('#') || l.startsWith('# newdoc'));
  const sentences = collect(
    lines,
    (line) => {
      const cols = line.split('\t');
      return cols.length >= 3 ? [cols[1], cols[2].trim()] : null;
    },
    (line) => line.startsWith('# newdoc'),
    kept,
  );
  addSpacing(sentences, text);
  return sentences;
}

/** Sets `attached` from each sentence's "# text = " line, when its words can all be found in it. */
function addSpacing(sentences: TaggedSentence[], text: string): void {
  const texts = text
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice('# text = '.length));
  if (texts.length !== sentences.length) return;
  sentences.forEach((s, k) => {
    const attached = new Uint8Array(s.words.length);
    let at = 0;
    for (let i = 0; i < s.words.length; i++) {
      const found = texts[k].indexOf(s.words[i], at);
      if (found < 0) return;
      if (i > 0 && found === at) attached[i] = 1;
      at = found + s.words[i].length;
    }
    s.attached = attached;
  });
}

/** CoNLL-2003 text: space-separated word, POS, chunk, tag; -DOCSTART- lines end documents. */
export function parseConll2003(text: string): TaggedSentence[] {
  return collect(
    text.split('\n'),
    (line) => {
      const cols = line.trim().split(' ');
      return cols.length >= 4 ? [cols[0], cols[cols.length - 1]] : null;
    },
    (line) => line.startsWith('-DOCSTART-'),
    SCORED_TYPES,
  );
}

export const readIob2 = (path: string, kept: ReadonlySet<string> = SCORED_TYPES): TaggedSentence[] =>
  parseIob2(readFileSync(path, 'utf8'), kept);
export const readConll2003 = (path: string): TaggedSentence[] => parseConll2003(readFileSync(path, 'utf8'));

/** Entity spans of an IOB2 tag sequence, as [start, end, type]. */
export function iobSpans(tags: readonly string[]): [number, number, string][] {
  const spans: [number, number, string][] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    const type = tags[i].slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + type) j++;
    spans.push([i, j, type]);
  }
  return spans;
}
