/**
 * V8 compiles a property that no object of its shape has had rewritten as a constant, and when one
 * first is (a scratch array grown for a longer sentence, a span cut short by a rare repair) it
 * discards every compiled function that relied on that, to compile them again: on BBC texts such
 * first rewrites came hundreds of articles into a run, each dropping up to 17 hot functions at once
 * (viewOf, cueFacts, the parser's moves …). Rewriting the properties once, at load, before anything
 * is compiled, spares those recompilations; the values are put back, so nothing else changes.
 */

/**
 * Rewrites each named property of `object` with another value of the same kind (so V8 keeps the
 * property's representation: a small integer, a string, a typed array of the same type), then puts
 * the original back. Returns `object`.
 */
export function rewritable<T extends object>(object: T, ...keys: string[]): T {
  const fields = object as Record<string, unknown>;
  for (const key of keys) {
    const value = fields[key];
    fields[key] = otherOfKind(value);
    fields[key] = value;
  }
  return object;
}

function otherOfKind(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 1 : 0;
  if (typeof value === 'string') return `${value} `;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const TypedArray = value.constructor as new (length: number) => unknown;
    return new TypedArray(0);
  }
  throw new Error(`rewritable: no stand-in for a ${typeof value}`);
}
