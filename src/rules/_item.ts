/**
 * Internal: checks an item the rules are given before they read it. Items
 * often come from JSON (a tracker export, an API), where any field can hold
 * anything: `updates: [null]`, `end: 20060331`, `end: '31/03/2006'`. Reading
 * such an item threw, or worse, gave a confident answer from a string that
 * only looked like a date. Every field the rules read is checked here, by
 * hand rather than with zod: `rollUp` checks each of a million items, and a
 * valid item costs a few type tests and no allocation.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { daysInMonth } from '../model/date.js';
import { ReportedRagSchema, StatusSchema } from '../model/status.js';

/** What is wrong with an item, and where. */
export interface _ItemProblem {
  path: (string | number)[];
  /** What the field should hold. */
  expected: string;
  /** The value found. */
  found: unknown;
}

const STATUSES: ReadonlySet<unknown> = new Set(StatusSchema.options);
const RAGS: ReadonlySet<unknown> = new Set(ReportedRagSchema.options);

type Check = (value: unknown) => string | undefined;
/** An object from JSON: any field may hold anything. */
type Fields = Partial<Record<string, unknown>>;

const DATE = 'a real calendar date as YYYY-MM-DD';
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `isIsoDate` read digit by digit: no match object per date, for a million items. */
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const d = v.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = v.charCodeAt(5) - 48;
  const m2 = v.charCodeAt(6) - 48;
  const d1 = v.charCodeAt(8) - 48;
  const d2 = v.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const date: Check = (v) => (isDate(v) ? undefined : DATE);
const text: Check = (v) => (typeof v === 'string' ? undefined : 'a string');
const status: Check = (v) => (STATUSES.has(v) ? undefined : `a status (${StatusSchema.options.join(', ')})`);
const rag: Check = (v) => (RAGS.has(v) ? undefined : `a RAG colour (${ReportedRagSchema.options.join(', ')})`);
const percent: Check = (v) => (typeof v === 'number' && v >= 0 && v <= 100 ? undefined : 'a number from 0 to 100');
const flag: Check = (v) => (typeof v === 'boolean' ? undefined : 'true or false');

/*
 * Each check returns the problem with its path relative to what it was given;
 * the path is built only on the way out of a failure, so a valid item costs
 * no allocation.
 */

/** `problem` with `keys` put in front of its path. */
function under(problem: _ItemProblem | undefined, ...keys: (string | number)[]): _ItemProblem | undefined {
  if (problem !== undefined) problem.path.unshift(...keys);
  return problem;
}

/** Checks `v`, the field `key`, when present (a present `undefined` counts as absent). */
function field(v: unknown, key: string, check: Check): _ItemProblem | undefined {
  if (v === undefined) return undefined;
  const expected = check(v);
  return expected === undefined ? undefined : { path: [key], expected, found: v };
}

/** Checks `v`, the field `key`, with `each` when present. */
function nested(v: unknown, key: string, each: (v: unknown) => _ItemProblem | undefined): _ItemProblem | undefined {
  return v === undefined ? undefined : under(each(v), key);
}

/** Checks each entry of `v`, the list `key`, when present. */
function list(v: unknown, key: string, each: (v: unknown) => _ItemProblem | undefined, what = 'a list'): _ItemProblem | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return { path: [key], expected: what, found: v };
  for (let i = 0; i < v.length; i++) {
    const problem = each(v[i]);
    if (problem !== undefined) return under(problem, key, i);
  }
  return undefined;
}

function period(p: unknown): _ItemProblem | undefined {
  if (!isObject(p)) return { path: [], expected: 'a period (an object)', found: p };
  return field(p.start, 'start', date) ?? field(p.end, 'end', date) ?? field(p.label, 'label', text) ?? field(p.text, 'text', text);
}

function timescale(ts: unknown): _ItemProblem | undefined {
  if (!isObject(ts)) return { path: [], expected: 'a timescale (an object)', found: ts };
  return (
    field(ts.text, 'text', text) ??
    field(ts.kind, 'kind', text) ??
    field(ts.event, 'event', text) ??
    field(ts.start, 'start', date) ??
    field(ts.end, 'end', date) ??
    list(ts.periods, 'periods', period, 'a list of periods') ??
    nested(ts.baseline, 'baseline', period)
  );
}

function update(u: unknown): _ItemProblem | undefined {
  if (!isObject(u)) return { path: [], expected: 'a progress update (an object with a date)', found: u };
  if (u.date === undefined) return { path: ['date'], expected: DATE, found: undefined };
  return field(u.date, 'date', date) ?? field(u.status, 'status', status) ?? field(u.rag, 'rag', rag) ?? field(u.percentComplete, 'percentComplete', percent) ?? nested(u.revisedTimescale, 'revisedTimescale', timescale);
}

function milestone(m: unknown): _ItemProblem | undefined {
  if (!isObject(m)) return { path: [], expected: 'a milestone (an object)', found: m };
  return field(m.done, 'done', flag) ?? field(m.completedOn, 'completedOn', date) ?? nested(m.timescale, 'timescale', timescale);
}

/**
 * The first field of `item` the rules cannot read, or undefined when they
 * can read them all. Fields the rules do not read are not looked at.
 */
export function _itemProblem(item: unknown): _ItemProblem | undefined {
  if (!isObject(item)) return { path: [], expected: 'an item (an object)', found: item };
  return (
    field(item.status, 'status', status) ??
    field(item.rag, 'rag', rag) ??
    field(item.percentComplete, 'percentComplete', percent) ??
    field(item.done, 'done', flag) ??
    field(item.startedOn, 'startedOn', date) ??
    field(item.completedOn, 'completedOn', date) ??
    nested(item.timescale, 'timescale', timescale) ??
    nested(item.baselineTimescale, 'baselineTimescale', timescale) ??
    list(item.updates, 'updates', update) ??
    list(item.milestones, 'milestones', milestone)
  );
}

/** A value as a diagnostic shows it: JSON where it can be, cut short. */
function shown(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Internal: the `invalid-item` diagnostic for a problem; `prefix` leads its path (`[3]` for `items[3]` of a roll-up). */
export function _invalidItem(problem: _ItemProblem, source: 'rules' | 'rollup', prefix: (string | number)[] = []): Diagnostic {
  const path = [...prefix, ...problem.path];
  const where = path.length === 0 ? 'the item' : `\`${path.join('.')}\``;
  return {
    code: 'invalid-item',
    severity: 'error',
    message: `Unexpected ${problem.found === undefined ? 'nothing' : `\`${shown(problem.found)}\``} at ${where}, expected ${problem.expected}`,
    source,
    path,
  };
}
