/**
 * Issue 14: a PDF table's ruling lines, as pdf.js's operator list draws
 * them, made into grids of rows and cells (`src/office/_ruling.ts`). The
 * operator lists here are built with pdf.js's own operator codes, in the
 * shape its `getOperatorList` gives them.
 */
import { getResolvedPDFJS } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { _pageRules, _ruledGrids, type _OperatorList, type _Ops, type _Rule } from '../../src/office/_ruling.js';

let OPS: _Ops;
beforeAll(async () => {
  OPS = (await getResolvedPDFJS()).OPS as unknown as _Ops;
});

const STROKE = 20;
const FILL = 22;
const CLIP = 28;
/** A path of straight lines: `[x, y]` points, the first moved to. */
const path = (paint: number, ...points: [number, number][]) => ({ fn: () => OPS.constructPath, args: [paint, [Float32Array.from(points.flatMap(([x, y], i) => [i === 0 ? 0 : 1, x, y]))], null] });
const rect = (paint: number, x: number, y: number, w: number, h: number) => ({
  fn: () => OPS.constructPath,
  args: [paint, [Float32Array.from([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4])], null],
});
const op = (name: 'save' | 'restore', args: unknown = null) => ({ fn: () => OPS[name], args });
const transform = (...m: number[]) => ({ fn: () => OPS.transform, args: m });
const list = (...ops: { fn: () => number; args: unknown }[]): _OperatorList => ({ fnArray: ops.map((o) => o.fn()), argsArray: ops.map((o) => o.args) });

/** A table's stroked rules: horizontal lines at `ys`, vertical at `xs`, each across the whole table. */
function table(xs: number[], ys: number[]) {
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const [bottom, top] = [Math.min(...ys), Math.max(...ys)];
  return [...ys.map((y) => path(STROKE, [left, y], [right, y])), ...xs.map((x) => path(STROKE, [x, bottom], [x, top]))];
}

const round = (rules: _Rule[]) => rules.map((r) => [r.at, r.from, r.to].map((x) => Math.round(x * 10) / 10));

describe('_pageRules', () => {
  it('reads stroked lines and thin filled rectangles as rules, and nothing else', () => {
    const { h, v } = _pageRules(
      list(
        path(STROKE, [72, 500], [300, 500]),
        path(STROKE, [72, 400], [72, 500]),
        // A border drawn as a thin filled rectangle (as Word's export draws them).
        rect(FILL, 100, 450, 150, 0.5),
        // A cell's shading, a clip, a curve, a slanted line and a dot: none is a rule.
        rect(FILL, 100, 100, 150, 40),
        rect(CLIP, 0, 0, 842, 595),
        { fn: () => OPS.constructPath, args: [STROKE, [Float32Array.from([0, 10, 10, 2, 20, 20, 30, 20, 40, 10])], null] },
        path(STROKE, [10, 10], [50, 60]),
        path(STROKE, [10, 10], [11, 10]),
      ),
      OPS,
    );
    expect(round(h)).toEqual([
      [500, 72, 300],
      [450.3, 100, 250],
    ]);
    expect(round(v)).toEqual([[72, 400, 500]]);
  });

  it('places rules by the drawing transform, and restores it', () => {
    const { h, v } = _pageRules(list(op('save'), transform(2, 0, 0, 2, 10, 20), path(STROKE, [0, 0], [100, 0]), op('restore'), path(STROKE, [5, 0], [5, 50])), OPS);
    expect(round(h)).toEqual([[20, 10, 210]]);
    expect(round(v)).toEqual([[5, 0, 50]]);
  });

  it("places a form's rules by the form's own matrix, until the form ends", () => {
    const form = (args: unknown) => ({ fn: () => OPS.paintFormXObjectBegin!, args });
    const end = { fn: () => OPS.paintFormXObjectEnd!, args: null };
    const { h } = _pageRules(list(form([[1, 0, 0, 1, 100, 50], [0, 0, 10, 10]]), path(STROKE, [0, 0], [40, 0]), end, path(STROKE, [0, 0], [40, 0])), OPS);
    expect(round(h)).toEqual([
      [50, 100, 140],
      [0, 0, 40],
    ]);
  });

  it('reads each thin rectangle of one filled path', () => {
    const both = { fn: () => OPS.constructPath, args: [FILL, [Float32Array.from([0, 72, 500, 1, 700, 500, 1, 700, 500.5, 1, 72, 500.5, 4, 0, 72, 400, 1, 700, 400, 1, 700, 400.5, 1, 72, 400.5, 4])], null] };
    expect(round(_pageRules(list(both), OPS).h)).toEqual([
      [500.3, 72, 700],
      [400.3, 72, 700],
    ]);
  });

  it('passes over rotated drawing and malformed operator arguments without throwing', () => {
    const rotated = _pageRules(list(transform(0, 1, -1, 0, 0, 0), path(STROKE, [0, 0], [100, 0])), OPS);
    expect(rotated).toEqual({ h: [], v: [] });
    const odd = _pageRules({ fnArray: [OPS.constructPath, OPS.constructPath, OPS.transform, OPS.constructPath], argsArray: [null, [STROKE, 'x'], ['a'], [STROKE, [Float32Array.from([9, 1, 2])]]] }, OPS);
    expect(odd).toEqual({ h: [], v: [] });
  });
});

describe('_ruledGrids', () => {
  it('makes a table of rules into bands of cells, top to bottom', () => {
    const grids = _ruledGrids(_pageRules(list(...table([72, 200, 400, 760], [520, 500, 430, 300])), OPS));
    expect(grids).toHaveLength(1);
    expect(grids[0]!.bands.map((b) => [b.top, b.bottom, b.walls])).toEqual([
      [520, 500, [72, 200, 400, 760]],
      [500, 430, [72, 200, 400, 760]],
      [430, 300, [72, 200, 400, 760]],
    ]);
    expect(grids[0]!.bands.every((b) => b.closed.every(Boolean))).toBe(true);
    expect([grids[0]!.left, grids[0]!.right, grids[0]!.top, grids[0]!.bottom]).toEqual([72, 760, 520, 300]);
  });

  it('keeps a row with fewer cells, and a cell open at its top (merged with the one above)', () => {
    const rules = list(
      path(STROKE, [72, 520], [760, 520]),
      path(STROKE, [72, 500], [760, 500]),
      // The rule under the second row stops short of the last cell: that cell runs on into the third row.
      path(STROKE, [72, 430], [400, 430]),
      path(STROKE, [72, 300], [760, 300]),
      path(STROKE, [72, 300], [72, 520]),
      path(STROKE, [760, 300], [760, 520]),
      path(STROKE, [400, 300], [400, 520]),
      // The second column's rule only in the first row.
      path(STROKE, [200, 500], [200, 520]),
    );
    const [grid] = _ruledGrids(_pageRules(rules, OPS));
    expect(grid!.bands.map((b) => b.walls)).toEqual([[72, 200, 400, 760], [72, 400, 760], [72, 400, 760]]);
    expect(grid!.bands.map((b) => b.closed)).toEqual([[true, true, true], [true, true], [true, false]]);
  });

  it('joins pieces of one rule and a double rule, and keeps rules of separate tables apart', () => {
    const pieces = [path(STROKE, [72, 520], [300, 520]), path(STROKE, [300, 520], [760, 520]), path(STROKE, [72, 500.8], [760, 500.8]), path(STROKE, [72, 500], [760, 500])];
    const first = [...pieces, path(STROKE, [72, 460], [760, 460]), ...[72, 400, 760].map((x) => path(STROKE, [x, 460], [x, 520]))];
    const second = table([72, 300, 760], [300, 250, 200]);
    const grids = _ruledGrids(_pageRules(list(...second, ...first), OPS));
    expect(grids.map((g) => g.bands.length)).toEqual([2, 2]);
    expect(grids.map((g) => g.top)).toEqual([520, 300]);
    expect(grids[0]!.bands[0]!.walls).toEqual([72, 400, 760]);
  });

  it('is no grid: a frame round a page or a boxed paragraph (one cell, with a rule under its title or not), or rules that never meet', () => {
    expect(_ruledGrids(_pageRules(list(...table([20, 820], [20, 575])), OPS))).toEqual([]);
    expect(_ruledGrids(_pageRules(list(...table([56, 700], [512, 490, 455])), OPS))).toEqual([]);
    expect(_ruledGrids(_pageRules(list(path(STROKE, [72, 500], [700, 500]), path(STROKE, [72, 400], [700, 400]), path(STROKE, [800, 100], [800, 200]), path(STROKE, [810, 100], [810, 200])), OPS))).toEqual([]);
    expect(_ruledGrids({ h: [], v: [] })).toEqual([]);
  });
});
