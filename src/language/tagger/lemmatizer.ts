/**
 * Lemmas from a table learned on EWT train plus suffix edit rules for unseen words.
 * Training turns every (word, XPOS, lemma) into an edit — lower-case or not, strip k final
 * characters, append a string — and keeps, per (XPOS, final letters), the most frequent edit.
 * A seen word whose lemma the rules would get wrong is stored as an exception, so the table holds
 * only what the rules cannot say.
 */

/** Longest word ending the rules look at. */
const MAX_SUFFIX = 5;
/** An (XPOS, ending) rule needs this many training words behind it. */
const MIN_RULE_COUNT = 2;

interface Edit {
  lower: boolean;
  strip: number;
  append: string;
}

export interface LemmatizerData {
  /** `xpos\tending` → edit key `l|strip|append`. */
  rules: [string, string][];
  /** `word\txpos` → lemma, where the rules are wrong. */
  exceptions: [string, string][];
}

export class Lemmatizer {
  private readonly rules: Map<string, Edit>;
  private readonly exceptions: Map<string, string>;

  constructor(data: LemmatizerData) {
    this.rules = new Map(data.rules.map(([k, v]) => [k, parseEdit(v)]));
    this.exceptions = new Map(data.exceptions);
  }

  lemma(word: string, xpos: string): string {
    const known = this.exceptions.get(word + '\t' + xpos);
    if (known !== undefined) return known;
    // A capitalised sentence-initial word ("Went") lemmatizes like its lower-case form.
    const lower = word.toLowerCase();
    if (lower !== word) {
      const lowerKnown = this.exceptions.get(lower + '\t' + xpos);
      if (lowerKnown !== undefined) return lowerKnown;
    }
    return this.byRule(word, xpos);
  }

  private byRule(word: string, xpos: string): string {
    const lower = word.toLowerCase();
    for (let len = Math.min(MAX_SUFFIX, lower.length); len >= 0; len--) {
      const edit = this.rules.get(xpos + '\t' + lower.slice(lower.length - len));
      if (edit) return applyEdit(word, edit);
    }
    return word;
  }

  /** Learns rules and exceptions from (word, xpos, lemma) triples, deterministically. */
  static train(triples: Iterable<[string, string, string]>): Lemmatizer {
    const seen = new Map<string, Map<string, number>>();
    const ruleVotes = new Map<string, Map<string, number>>();
    for (const [word, xpos, lemma] of triples) {
      if (lemma === '_' || lemma === '') continue;
      bump(seen, word + '\t' + xpos, lemma);
      const edit = editKey(word, lemma);
      const lower = word.toLowerCase();
      for (let len = 0; len <= Math.min(MAX_SUFFIX, lower.length); len++)
        bump(ruleVotes, xpos + '\t' + lower.slice(lower.length - len), edit);
    }
    const rules: [string, string][] = [];
    for (const [key, votes] of sortedEntries(ruleVotes)) {
      const [best, count] = majority(votes);
      if (count >= MIN_RULE_COUNT || key.endsWith('\t')) rules.push([key, best]);
    }
    const partial = new Lemmatizer({ rules, exceptions: [] });
    const exceptions: [string, string][] = [];
    for (const [key, votes] of sortedEntries(seen)) {
      const [best] = majority(votes);
      const [word, xpos] = key.split('\t');
      if (partial.byRule(word, xpos) !== best) exceptions.push([key, best]);
    }
    return new Lemmatizer({ rules, exceptions });
  }

  toJSON(): LemmatizerData {
    return {
      rules: [...this.rules].map(([k, e]) => [k, `${e.lower ? 1 : 0}|${e.strip}|${e.append}`]),
      exceptions: [...this.exceptions],
    };
  }
}

function editKey(word: string, lemma: string): string {
  // A lower-case lemma says "lower-case first" even for a lower-case word, so that the rule
  // learned from common words also lower-cases a capitalised unseen one ("Applause").
  const lower = lemma === lemma.toLowerCase();
  const base = lower ? word.toLowerCase() : word;
  let common = 0;
  while (common < base.length && common < lemma.length && base[common] === lemma[common]) common++;
  return `${lower ? 1 : 0}|${base.length - common}|${lemma.slice(common)}`;
}

function parseEdit(key: string): Edit {
  const bar = key.indexOf('|', 2);
  return { lower: key[0] === '1', strip: Number(key.slice(2, bar)), append: key.slice(bar + 1) };
}

function applyEdit(word: string, edit: Edit): string {
  const base = edit.lower ? word.toLowerCase() : word;
  if (edit.strip >= base.length) return word;
  return base.slice(0, base.length - edit.strip) + edit.append;
}

function bump(table: Map<string, Map<string, number>>, key: string, value: string): void {
  let votes = table.get(key);
  if (!votes) table.set(key, (votes = new Map()));
  votes.set(value, (votes.get(value) ?? 0) + 1);
}

/** Most frequent value; ties broken by string order so training is deterministic. */
function majority(votes: Map<string, number>): [string, number] {
  let best = '';
  let count = -1;
  for (const [v, c] of votes) if (c > count || (c === count && v < best)) [best, count] = [v, c];
  return [best, count];
}

function sortedEntries<V>(m: Map<string, V>): [string, V][] {
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
