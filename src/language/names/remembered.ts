/**
 * Names recur within an article and across a corpus, and clustering compares every pair of them:
 * a function of a name keeps its results, up to a bound, instead of recomputing them with a dozen
 * regexes. Past the bound it starts afresh (one article's names fit many times over).
 */
const MAX_REMEMBERED = 20000;

/** `compute`, with each result kept by its argument. Results are shared: callers must not change them. */
export function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    const known = kept.get(text);
    if (known !== undefined) return known;
    if (kept.size >= MAX_REMEMBERED) kept.clear();
    const value = compute(text);
    kept.set(text, value);
    return value;
  };
}
