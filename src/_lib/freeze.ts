/**
 * Internal: freezes a value and everything reachable from it (cycle-safe).
 * The library freezes the constants it exports (the progress-rule presets)
 * so that a caller cannot change them for every other caller, and so that
 * what is derived from them once stays true.
 */
export function _deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) _deepFreeze(v, seen);
    Object.freeze(value);
  }
  return value;
}

/**
 * Internal: whether a value and everything reachable from it is frozen and
 * made of plain objects and arrays with data properties only (no getters, no
 * prototype but `Object.prototype`, `Array.prototype` or none, which could
 * lend properties that change), so that nothing read from it can ever read
 * differently. Primitives are; a cycle is judged once.
 */
export function _isDeepFrozen(value: unknown, seen: WeakSet<object> = new WeakSet()): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function';
  if (seen.has(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d === undefined || !('value' in d) || !_isDeepFrozen(d.value, seen)) return false;
  }
  return true;
}
