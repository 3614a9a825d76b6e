/**
 * Internal: the ruling lines of a PDF page (a table's cell borders, as
 * pdf.js's operator list draws them) and the grids they make.
 *
 * A ruled table is read from its rules, the way a reader's eye reads it:
 * each horizontal rule closes a row, each vertical rule a cell, so empty
 * cells, cells merged across columns and rows cut short all keep their
 * place, where the text's positions alone cannot show them. Rules are
 * evidence on top of the text: a page whose operator list gives none is
 * read from its text alone.
 */

/** A rule: horizontal at y = `at` from x = `from` to `to`, or vertical at x = `at` from y = `from` to `to`. */
export interface _Rule {
  at: number;
  from: number;
  to: number;
}

/** One row of a ruled grid: the band between two horizontal rules, and its cells' walls left to right. */
export interface _Band {
  top: number;
  bottom: number;
  /** The x of each wall crossing the band: cell k runs from walls[k] to walls[k + 1]. */
  walls: number[];
  /** For each cell, whether a rule closes it at its top (else it goes on from the cell above: merged rows). */
  closed: boolean[];
}

/** A ruled grid: its bands top to bottom, and its box. */
export interface _RuledGrid {
  bands: _Band[];
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The part of pdf.js's operator list read here. */
export interface _OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The operator codes used here (pdf.js's `OPS`). */
export interface _Ops {
  constructPath: number;
  save: number;
  restore: number;
  transform: number;
  /** A form's drawing, with its own matrix (`[matrix, bbox]`), and its end. */
  paintFormXObjectBegin?: number;
  paintFormXObjectEnd?: number;
}

/** Path drawing codes in pdf.js's path data. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Paint operators that show a path (stroke and fill in their forms), not a clip alone (`endPath`). */
const PAINTS = new Set([20, 21, 22, 23, 24, 25, 26, 27]);
const FILLS = new Set([22, 23]);
/** How thin a filled rectangle must be to be a rule, in points. */
const THIN = 3;
/** Shortest rule worth reading, in points. */
const SHORTEST = 4;

type Matrix = [number, number, number, number, number, number];

/** Whether `m` is a PDF matrix: six numbers. */
function isMatrix(m: unknown): m is Matrix {
  return (Array.isArray(m) || ArrayBuffer.isView(m)) && (m as ArrayLike<unknown>).length === 6 && Array.from(m as ArrayLike<unknown>).every((x) => typeof x === 'number');
}

/** `m` applied inside `ctm`. */
function times(ctm: Matrix, m: Matrix): Matrix {
  const [a, b, c, d, e, f] = Array.from(m) as Matrix;
  return [ctm[0] * a + ctm[2] * b, ctm[1] * a + ctm[3] * b, ctm[0] * c + ctm[2] * d, ctm[1] * c + ctm[3] * d, ctm[0] * e + ctm[2] * f + ctm[4], ctm[1] * e + ctm[3] * f + ctm[5]];
}

/**
 * The horizontal and vertical rules a page's operator list draws: stroked
 * straight segments and thin filled rectangles, in page space. Anything
 * else (curves, slanted lines, rotated drawing, big fills) is passed over.
 */
export function _pageRules(list: _OperatorList, ops: _Ops): { h: _Rule[]; v: _Rule[] } {
  const h: _Rule[] = [];
  const v: _Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const n = Math.min(list.fnArray.length, list.argsArray.length);
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintFormXObjectBegin) {
      // A form draws in its own space: its matrix, until its end.
      stack.push(ctm);
      const m = Array.isArray(args) ? (args[0] as unknown) : undefined;
      if (isMatrix(m)) ctm = times(ctm, m);
    } else if (fn === ops.transform && isMatrix(args)) ctm = times(ctm, args);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, paths] = args as [unknown, unknown];
      const data = Array.isArray(paths) ? (paths[0] as ArrayLike<number> | undefined) : undefined;
      // Only axis-aligned drawing: a rotated or skewed page space is passed over.
      if (typeof paint !== 'number' || !PAINTS.has(paint) || data === undefined || typeof data.length !== 'number' || ctm[1] !== 0 || ctm[2] !== 0) continue;
      pathRules(data, ctm, FILLS.has(paint), h, v);
    }
  }
  return { h, v };
}

/** The rules of one path: its straight segments when stroked, or the path's box when it is a thin filled rectangle. */
function pathRules(data: ArrayLike<number>, m: Matrix, filled: boolean, h: _Rule[], v: _Rule[]): void {
  const X = (x: number) => m[0] * x + m[4];
  const Y = (y: number) => m[3] * y + m[5];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  // Each subpath's box (a path may fill several thin rectangles at once).
  const boxes: number[][] = [];
  const edges: [number, number, number, number][] = [];
  let straight = true;
  const seen = (px: number, py: number) => {
    const box = boxes[boxes.length - 1];
    if (box === undefined) return;
    box[0] = Math.min(box[0]!, px);
    box[1] = Math.min(box[1]!, py);
    box[2] = Math.max(box[2]!, px);
    box[3] = Math.max(box[3]!, py);
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === MOVE) {
      x = startX = X(data[k++]!);
      y = startY = Y(data[k++]!);
      boxes.push([x, y, x, y]);
    } else if (op === LINE || op === CLOSE) {
      const nx = op === LINE ? X(data[k++]!) : startX;
      const ny = op === LINE ? Y(data[k++]!) : startY;
      edges.push([x, y, nx, ny]);
      x = nx;
      y = ny;
      seen(x, y);
    } else if (op === CURVE || op === QUAD) {
      straight = false;
      k += op === CURVE ? 6 : 4;
    } else return;
  }
  if (!straight) return;
  if (filled) {
    for (const [x0, y0, x1, y1] of boxes as [number, number, number, number][]) {
      if (y1 - y0 <= THIN && x1 - x0 >= SHORTEST) h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
      else if (x1 - x0 <= THIN && y1 - y0 >= SHORTEST) v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
    }
    return;
  }
  for (const [ax, ay, bx, by] of edges) {
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= SHORTEST) h.push({ at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= SHORTEST) v.push({ at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  }
}

/** Rules on one line (within 1.5 points) that touch or overlap, as one rule. */
function mergeRules(rules: readonly _Rule[]): _Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: _Rule[] = [];
  for (const r of sorted) {
    const same = out.findLast((o) => Math.abs(o.at - r.at) <= 1.5 && r.from <= o.to + 2 && r.to >= o.from - 2);
    if (same === undefined) out.push({ ...r });
    else {
      same.from = Math.min(same.from, r.from);
      same.to = Math.max(same.to, r.to);
    }
  }
  return out;
}

/** Whether a horizontal and a vertical rule meet (within 2 points). */
const meet = (h: _Rule, v: _Rule) => v.at >= h.from - 2 && v.at <= h.to + 2 && h.at >= v.from - 2 && h.at <= v.to + 2;

/** Values within 1.5 points of each other as one, in order. */
function distinct(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...values].sort((a, b) => a - b)) if (out.length === 0 || x - out[out.length - 1]! > 1.5) out.push(x);
  return out;
}

/**
 * The ruled grids of a page: each set of rules that meet one another, with
 * two cells side by side in some band, as bands of cells. A frame around a
 * page, or a boxed paragraph (with a rule under its title or not), is no grid.
 */
export function _ruledGrids(rules: { h: readonly _Rule[]; v: readonly _Rule[] }): _RuledGrid[] {
  const h = mergeRules(rules.h);
  const v = mergeRules(rules.v);
  if (h.length < 2 || v.length < 2) return [];
  // Sets of rules that meet, by union-find over the horizontal rules (vertical ones join the sets of those they meet).
  const parent = h.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner: (number | undefined)[] = v.map(() => undefined);
  v.forEach((r, j) => {
    for (let i = 0; i < h.length; i++) {
      if (!meet(h[i]!, r)) continue;
      if (owner[j] === undefined) owner[j] = i;
      else parent[find(i)] = find(owner[j]!);
    }
  });
  const sets = new Map<number, { h: _Rule[]; v: _Rule[] }>();
  h.forEach((r, i) => {
    const k = find(i);
    if (!sets.has(k)) sets.set(k, { h: [], v: [] });
    sets.get(k)!.h.push(r);
  });
  v.forEach((r, j) => {
    if (owner[j] !== undefined) sets.get(find(owner[j]!))!.v.push(r);
  });
  const grids: _RuledGrid[] = [];
  for (const set of sets.values()) {
    if (set.h.length < 2 || set.v.length < 2) continue;
    const ys = distinct(set.h.map((r) => r.at)).reverse();
    const bands: _Band[] = [];
    for (let i = 1; i < ys.length; i++) {
      const top = ys[i - 1]!;
      const bottom = ys[i]!;
      if (top - bottom < 2) continue;
      const mid = (top + bottom) / 2;
      const walls = distinct(set.v.filter((r) => r.from <= mid && r.to >= mid).map((r) => r.at));
      if (walls.length < 2) continue;
      // A cell is closed at its top when a rule runs along most of it there.
      const closed = walls.slice(1).map((right, k) => {
        const left = walls[k]!;
        return set.h.some((r) => Math.abs(r.at - top) <= 1.5 && Math.min(r.to, right) - Math.max(r.from, left) >= (right - left) * 0.5);
      });
      bands.push({ top, bottom, walls, closed });
    }
    // A grid has two cells side by side somewhere: a box (a note with a rule under its title) is none.
    if (!bands.some((b) => b.walls.length >= 3)) continue;
    const xs = bands.flatMap((b) => b.walls);
    grids.push({
      bands,
      top: bands[0]!.top,
      bottom: bands[bands.length - 1]!.bottom,
      left: Math.min(...xs),
      right: Math.max(...xs),
    });
  }
  return grids.sort((a, b) => b.top - a.top);
}
