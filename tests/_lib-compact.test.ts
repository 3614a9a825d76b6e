import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _compactStrings } from '../src/_lib/compact.js';
import { parseDocument } from '../src/index.js';

describe('_compactStrings', () => {
  it('leaves the tree equal: same objects, same keys in the same order, equal values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = JSON.stringify(value);
        const keys = JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : v));
        const out = _compactStrings(value);
        expect(out).toBe(value);
        expect(JSON.stringify(out)).toBe(before);
        expect(JSON.stringify(out, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : v))).toBe(keys);
      }),
    );
  });

  it('keeps undefined values, non-plain objects and frozen objects as they are', () => {
    class Box {
      text = 'a box of text longer than thirteen';
    }
    const box = new Box();
    const frozen = Object.freeze({ text: 'frozen text longer than thirteen' });
    const tree = { a: undefined, box, frozen, list: ['x', undefined, 1, null] };
    _compactStrings(tree);
    expect(tree).toStrictEqual({ a: undefined, box, frozen, list: ['x', undefined, 1, null] });
    expect('a' in tree).toBe(true);
    expect(tree.box).toBe(box);
    expect(tree.frozen).toBe(frozen);
  });

  it('walks a shared or cyclic object once', () => {
    const shared: Record<string, unknown> = { text: 'shared text longer than thirteen' };
    shared['self'] = shared;
    const tree = { one: shared, two: shared };
    expect(_compactStrings(tree)).toBe(tree);
    expect(tree.one).toBe(tree.two);
  });

  it('changes nothing parseDocument gives back but the memory it keeps', () => {
    const text = 'Ref,Action,Lead,Timescale\n1.1,"Review the recruitment guidance – with staff networks",Head of HR,March 2025\n1.2,Publish the pay gap report,Head of HR,2025/26\n';
    const a = parseDocument(text, { source: 'plan.csv' });
    const b = parseDocument(text, { source: 'plan.csv' });
    expect(a).toStrictEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toStrictEqual(JSON.parse(JSON.stringify(_compactStrings(b))));
  });
});
