/**
 * Internal: makes the strings of a freshly built result stand on their own,
 * so that keeping the result does not keep the text it was read from.
 *
 * A string taken out of a longer one (`slice`, `trim`, a regex match) is,
 * in V8, a view of the longer string, which stays alive as long as the view
 * does: a parsed plan's short titles kept the whole source text, or the
 * cell texts they were cut from, alive. And a text with one character beyond
 * Latin-1 (an en dash, a curly quote) is held two bytes a character, as is
 * every piece cut from it, even pieces of plain ASCII.
 */

/** Shorter strings are never views (V8 copies a slice under 13 characters), so only equal ones are shared. */
const MIN_VIEW = 13;

/**
 * Internal: a copy of `text` with nothing shared with any other string,
 * its characters stored one byte each when they all fit. `JSON.stringify`
 * builds a new flat string; `JSON.parse` of it, another one, sized to its
 * characters.
 */
function standalone(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Internal: replaces every string in `value` (a tree of plain objects and
 * arrays that the caller has just built and nobody else holds) by an equal
 * string that keeps nothing else alive; equal strings become one string.
 * Objects that are frozen, or not plain objects or arrays, are left alone,
 * as is every non-string value; the tree is otherwise unchanged (same
 * objects, same keys in the same order, equal values), so nothing a caller
 * can observe differs but the memory it keeps. `seen` maps each string met
 * to its copy: pass one map to several calls to share strings between them.
 * Returns `value`.
 */
export function _compactStrings<T>(value: T, seen: Map<string, string> = new Map()): T {
  const copy = (s: string): string => {
    let out = seen.get(s);
    if (out === undefined) {
      out = s.length < MIN_VIEW ? s : standalone(s);
      seen.set(s, out);
    }
    return out;
  };
  if (typeof value === 'string') return copy(value) as T;
  const visited = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || visited.has(node) || Object.isFrozen(node)) continue;
    visited.add(node);
    if (Array.isArray(node)) {
      if (Object.getPrototypeOf(node) !== Array.prototype) continue;
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v === 'string') node[i] = copy(v);
        else if (typeof v === 'object' && v !== null) stack.push(v);
      }
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      // Assigned even when equal: equal strings are not told apart by `===`, and this one may be a view.
      if (typeof v === 'string') record[key] = copy(v);
      else if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  return value;
}
