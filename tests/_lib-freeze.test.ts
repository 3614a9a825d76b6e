import { describe, expect, it } from 'vitest';
import { _deepFreeze, _isDeepFrozen } from '../src/_lib/freeze.js';

describe('_deepFreeze and _isDeepFrozen', () => {
  it('freezes everything reachable, cycles included', () => {
    const a: { list: { n: number }[]; self?: unknown } = { list: [{ n: 1 }, { n: 2 }] };
    a.self = a;
    _deepFreeze(a);
    expect(Object.isFrozen(a.list[1])).toBe(true);
    expect(_isDeepFrozen(a)).toBe(true);
  });

  it('is false when any part can still change or read differently', () => {
    expect(_isDeepFrozen({ a: 1 })).toBe(false);
    expect(_isDeepFrozen(Object.freeze({ a: { b: 1 } }))).toBe(false);
    expect(_isDeepFrozen(Object.freeze([Object.freeze({}), {}]))).toBe(false);
    let n = 0;
    const getter = Object.freeze(Object.defineProperty({}, 'x', { get: () => (n += 1), enumerable: true }));
    expect(_isDeepFrozen(getter)).toBe(false);
    const hidden = Object.defineProperty({}, 'x', { value: {}, enumerable: false });
    expect(_isDeepFrozen(Object.freeze(hidden))).toBe(false);
    expect(_isDeepFrozen(Object.freeze({ f: Object.freeze(() => 1) }))).toBe(false);
    // A prototype could lend properties that change.
    const proto = { rules: [] as unknown[] };
    expect(_isDeepFrozen(Object.freeze(Object.create(proto) as object))).toBe(false);
    expect(_isDeepFrozen(Object.freeze(Object.create(null) as object))).toBe(true);
  });

  it('primitives count as frozen', () => {
    expect(_isDeepFrozen(_deepFreeze({ s: 'x', n: 1, b: true, u: undefined, z: null }))).toBe(true);
  });
});
