/**
 * CoNLL-U reader for training and evaluation (UD English EWT). Keeps only the syntactic words
 * (multiword-token ranges like `3-4 don't` and empty nodes like `5.1` are skipped), with their
 * UPOS, XPOS, lemma, head (0-based, -1 for the root) and relation.
 */
import { readFileSync } from 'node:fs';

export interface Sentence {
  /** The raw `# text =` comment, when present. */
  text: string;
  words: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  /** 0-based head index, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export function parseConllu(source: string): Sentence[] {
  const out: Sentence[] = [];
  let cur = emptySentence();
  const flush = () => {
    if (cur.words.length > 0) out.push(cur);
    cur = emptySentence();
  };
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# text = (.*)$/.exec(line);
      if (m) cur.text = m[1];
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue;
    cur.words.push(cols[1]);
    cur.lemmas.push(cols[2]);
    cur.upos.push(cols[3]);
    cur.xpos.push(cols[4]);
    cur.heads.push(Number(cols[6]) - 1);
    cur.deprels.push(cols[7]);
  }
  flush();
  return out;
}

export function readConllu(path: string): Sentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

function emptySentence(): Sentence {
  return { text: '', words: [], lemmas: [], upos: [], xpos: [], heads: [], deprels: [] };
}
