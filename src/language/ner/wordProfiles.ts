/**
 * Word profiles from unlabeled text, so the tagger can generalise to names its labeled data
 * never showed: for each frequent word form, how often it is capitalised away from a sentence
 * start (a proper-noun signal) and its most frequent left and right neighbours among the
 * corpus's most common words ("said", "in", "Mr."). Built by scripts/train/30-ner.train.ts from
 * UNER train and PolNeAR train text; shipped as models/ner-words.tsv.gz (word lists and counts
 * buckets only, no text); loaded lazily once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { modelsDir } from '../../paths.js';

export const WORD_PROFILES_FILE = join(modelsDir, 'ner-words.tsv.gz');
/** Words seen fewer times get no profile. */
export const MIN_PROFILE_COUNT = 3;
/** Neighbours are only taken from this many most frequent words. */
export const CONTEXT_VOCABULARY = 400;
/** Capitalisation ratio is bucketed into this many steps (plus one for "never seen mid-sentence"). */
const CAP_BUCKETS = 5;

export interface WordProfile {
  /** 0..CAP_BUCKETS-1 from never to always capitalised mid-sentence; CAP_BUCKETS when unknown. */
  cap: number;
  left: string;
  right: string;
}

const SENTENCE_END = /^(?:[.!?]|[.!?]["'”’)]|\.\.\.|…)$/;

interface Counts {
  total: number;
  mid: number;
  capMid: number;
  left: Map<string, number>;
  right: Map<string, number>;
}

/** Builds profiles from tokenized sentences (each an array of words). */
export function buildWordProfiles(sentences: Iterable<string[]>): Map<string, WordProfile> {
  const frequency = new Map<string, number>();
  const all: string[][] = [];
  for (const s of sentences) {
    all.push(s);
    for (const w of s) frequency.set(w.toLowerCase(), (frequency.get(w.toLowerCase()) ?? 0) + 1);
  }
  const context = new Set(
    [...frequency.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, CONTEXT_VOCABULARY)
      .map(([w]) => w),
  );
  const counts = new Map<string, Counts>();
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const lower = s[i].toLowerCase();
      if ((frequency.get(lower) ?? 0) < MIN_PROFILE_COUNT) continue;
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = { total: 0, mid: 0, capMid: 0, left: new Map(), right: new Map() }));
      c.total++;
      const initial = i === 0 || SENTENCE_END.test(s[i - 1]);
      if (!initial && /^\p{L}/u.test(s[i])) {
        c.mid++;
        if (/^\p{Lu}/u.test(s[i])) c.capMid++;
      }
      const left = i > 0 ? s[i - 1].toLowerCase() : '<s>';
      const right = i + 1 < s.length ? s[i + 1].toLowerCase() : '</s>';
      if (context.has(left) || left === '<s>') c.left.set(left, (c.left.get(left) ?? 0) + 1);
      if (context.has(right) || right === '</s>') c.right.set(right, (c.right.get(right) ?? 0) + 1);
    }
  }
  const profiles = new Map<string, WordProfile>();
  for (const [word, c] of counts) {
    const cap =
      c.mid === 0 ? CAP_BUCKETS : Math.min(CAP_BUCKETS - 1, Math.floor((c.capMid / c.mid) * CAP_BUCKETS));
    profiles.set(word, { cap, left: top(c.left), right: top(c.right) });
  }
  return profiles;
}

function top(m: Map<string, number>): string {
  let best = '-';
  let bestCount = 0;
  for (const [w, n] of m) if (n > bestCount || (n === bestCount && w < best)) [best, bestCount] = [w, n];
  return best;
}

/** Serialises profiles as gzip-compressed TSV sorted by word, so the same input gives the same bytes. */
export function saveWordProfiles(profiles: Map<string, WordProfile>): Buffer {
  const words = [...profiles.keys()].sort();
  const lines = words.map((w) => {
    const p = profiles.get(w)!;
    return `${w}\t${p.cap}\t${p.left}\t${p.right}`;
  });
  return gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });
}

export function parseWordProfiles(buffer: Buffer): Map<string, WordProfile> {
  const profiles = new Map<string, WordProfile>();
  for (const line of gunzipSync(buffer).toString('utf8').split('\n')) {
    const [word, cap, left, right] = line.split('\t');
    if (right !== undefined) profiles.set(word, { cap: Number(cap), left, right });
  }
  return profiles;
}

let loaded: Map<string, WordProfile> | null = null;

/** The shipped profiles, loaded on first use; empty before training has written them. */
export function wordProfiles(): Map<string, WordProfile> {
  loaded ??= existsSync(WORD_PROFILES_FILE) ? parseWordProfiles(readFileSync(WORD_PROFILES_FILE)) : new Map();
  return loaded;
}

/** Replaces the process's profiles (training, before any word is interned). */
export function useWordProfiles(profiles: Map<string, WordProfile>): void {
  loaded = profiles;
}
