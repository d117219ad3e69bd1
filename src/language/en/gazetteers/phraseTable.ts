/**
 * A trie over lower-cased tokens for multi-word gazetteer entries ("new york times",
 * "united arab emirates"). Lookups walk token by token, so matching costs one Map lookup per
 * token tried and allocates nothing.
 */
import { tokenize } from '../../tokenize.js';

interface Node<V> {
  next: Map<string, Node<V>> | null;
  value: V | undefined;
}

export class PhraseTable<V> {
  private readonly root = new Map<string, Node<V>>();
  /** The value of the last successful `longestMatch`. */
  matchedValue: V | undefined;

  /** Adds a phrase (tokenized the way documents are); the first value added for a phrase wins. */
  add(phrase: string, value: V): void {
    const t = tokenize(phrase);
    if (t.start.length === 0) return;
    let level = this.root;
    let node: Node<V> | undefined;
    for (let k = 0; k < t.start.length; k++) {
      const key = phrase.slice(t.start[k], t.end[k]).toLowerCase();
      node = level.get(key);
      if (!node) {
        node = { next: null, value: undefined };
        level.set(key, node);
      }
      if (k < t.start.length - 1) level = node.next ??= new Map();
    }
    if (node && node.value === undefined) node.value = value;
  }

  /** Whether some phrase starts with this lower-cased token. */
  starts(lower: string): boolean {
    return this.root.has(lower);
  }

  /**
   * Length in tokens of the longest phrase starting at `lower[i]` and ending before `end`,
   * or 0; its value is left in `matchedValue`.
   */
  longestMatch(lower: ArrayLike<string>, i: number, end: number): number {
    let level: Map<string, Node<V>> | null = this.root;
    let best = 0;
    for (let j = i; j < end && level; j++) {
      const node: Node<V> | undefined = level.get(lower[j]);
      if (!node) break;
      if (node.value !== undefined) {
        best = j - i + 1;
        this.matchedValue = node.value;
      }
      level = node.next;
    }
    return best;
  }
}
