/**
 * Loaders for the ClaimBuster / CheckThat! 2024 check-worthiness data (../shared/data/claimbuster).
 * Train = the CT24 train split plus ClaimBuster's kfold_25ncs.json, with every sentence that also
 * appears in the dev or dev-test split removed (compared after normalising case, space and
 * punctuation), so nothing tuned on or evaluated was trained on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../paths.js';

export interface LabelledSentence {
  text: string;
  /** 1 = check-worthy factual claim. */
  label: 0 | 1;
}

export const CLAIMBUSTER_DIR = join(packageRoot, '..', 'shared', 'data', 'claimbuster');

/** The comparison key for de-duplication: letters and digits only, lower-cased. */
export function dedupKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One CT24 split: `Sentence_id \t Text \t Yes|No` with a header line. */
export function readCheckThatSplit(path: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const cols = lines[i].split('\t');
    if (cols.length < 3) continue;
    const label = cols[cols.length - 1].trim();
    if (label !== 'Yes' && label !== 'No') continue;
    out.push({ text: cols.slice(1, -1).join('\t'), label: label === 'Yes' ? 1 : 0 });
  }
  return out;
}

/** ClaimBuster's kfold_25ncs.json: `[{sentence_id, label, text}]`. */
export function readClaimBusterKfold(path: string): LabelledSentence[] {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { label: number; text: string }[];
  return rows.map((r) => ({ text: r.text, label: r.label === 1 ? 1 : 0 }));
}

export interface CheckworthySplits {
  train: LabelledSentence[];
  dev: LabelledSentence[];
  devTest: LabelledSentence[];
  /** How many training sentences were dropped because dev or dev-test holds them, or repeated. */
  dropped: { heldOut: number; repeated: number };
}

export function loadCheckworthySplits(dir = CLAIMBUSTER_DIR): CheckworthySplits {
  const dev = readCheckThatSplit(join(dir, 'ct24_checkworthy_english_dev.tsv'));
  const devTest = readCheckThatSplit(join(dir, 'ct24_checkworthy_english_dev-test.tsv'));
  const heldOut = new Set([...dev, ...devTest].map((s) => dedupKey(s.text)));
  const seen = new Set<string>();
  const train: LabelledSentence[] = [];
  const dropped = { heldOut: 0, repeated: 0 };
  // CT24 first: where the two sources label one sentence differently, its label wins.
  const candidates = [
    ...readCheckThatSplit(join(dir, 'ct24_checkworthy_english_train.tsv')),
    ...readClaimBusterKfold(join(dir, 'kfold_25ncs.json')),
  ];
  for (const s of candidates) {
    const key = dedupKey(s.text);
    if (heldOut.has(key)) dropped.heldOut++;
    else if (seen.has(key)) dropped.repeated++;
    else {
      seen.add(key);
      train.push(s);
    }
  }
  return { train, dev, devTest, dropped };
}
