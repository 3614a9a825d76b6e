/**
 * Internal: builds an action (and a plan) exactly as `ActionSchema.parse`
 * (`ActionPlanSchema.parse`) would give it — keys in the schema's order,
 * defaults filled, unknown keys dropped, fresh arrays and objects (list items
 * already in the schema's shape are kept rather than copied) — while
 * checking by hand everything the schema checks that the TypeScript types
 * do not (real calendar dates, 1-based integer positions, numbers in range,
 * enum values, non-empty ids). When any check fails the answer is
 * `undefined` and the caller falls back to the schema itself, so the result
 * is always what the schema would give; validating 8,000 actions with zod
 * three times over was a third of `parseDocument`'s time.
 */
import type { Action, Indicator, ListItem, Milestone } from '../../model/action.js';
import { isIsoDate } from '../../model/date.js';
import type { ActionPlan } from '../../model/plan.js';
import { ReportedRagSchema, StatusSchema } from '../../model/status.js';
import { TimescaleKindSchema, type Period, type Timescale } from '../../model/timescale.js';

/** Thrown (and caught below) when a value needs the schema's own judgement. */
class NeedsSchema extends Error {}

const KINDS: ReadonlySet<string> = new Set(TimescaleKindSchema.options);
const STATUSES: ReadonlySet<string> = new Set(StatusSchema.options);
const RAGS: ReadonlySet<string> = new Set(ReportedRagSchema.options);
const UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);

type Loose = Record<string, unknown>;

function fail(): never {
  throw new NeedsSchema();
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : fail();
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail();
}

function date(v: unknown): string {
  return isIsoDate(v) ? v : fail();
}

function position(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail();
}

function obj(v: unknown): Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : fail();
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : fail();
}

function strings(v: unknown): string[] {
  const a = arr(v);
  const out: string[] = new Array<string>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = str(a[i]);
  return out;
}

function listItem(v: unknown): ListItem {
  const o = obj(v);
  const out: ListItem = { text: str(o['text']) };
  if ('children' in o) out.children = o['children'] === undefined ? undefined : listItems(o['children']);
  return out;
}

/**
 * Whether `o` already is a list item as the schema gives it: its own keys
 * are `text` (a string) and maybe `children` (an array of such items), in
 * that order, and nothing else. The table interpreter builds its items so;
 * they are then kept as they are rather than copied.
 */
function isConformItem(o: unknown, depth: number): boolean {
  if (typeof o !== 'object' || o === null || Array.isArray(o) || Object.getPrototypeOf(o) !== Object.prototype) return false;
  let n = 0;
  for (const k in o) {
    if (!(n === 0 ? k === 'text' : n === 1 && k === 'children')) return false;
    n++;
  }
  const item = o as Loose;
  if (typeof item['text'] !== 'string') return false;
  if (n === 1) return true;
  const children = item['children'];
  if (!Array.isArray(children) || depth > 50) return false;
  for (const c of children) if (!isConformItem(c, depth + 1)) return false;
  return true;
}

function listItems(v: unknown): ListItem[] {
  const a = arr(v);
  const out: ListItem[] = new Array<ListItem>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = isConformItem(a[i], 0) ? (a[i] as ListItem) : listItem(a[i]);
  return out;
}

/** Copies optional key `k` of `from` into `to` (present even when `undefined`, as zod keeps it). */
function opt<T>(from: Loose, to: Loose, k: string, check: (v: unknown) => T): void {
  if (!(k in from)) return;
  const v = from[k];
  to[k] = v === undefined ? undefined : check(v);
}

function period(v: unknown): Period {
  const o = obj(v);
  const out: Loose = { text: str(o['text']), kind: KINDS.has(o['kind'] as string) ? o['kind'] : fail() };
  opt(o, out, 'start', date);
  opt(o, out, 'end', date);
  opt(o, out, 'label', str);
  return out as unknown as Period;
}

/** A timescale as `TimescaleSchema` gives it. */
export function _conformTimescale(v: unknown): Timescale {
  const o = obj(v);
  const out: Loose = { text: str(o['text']), kind: KINDS.has(o['kind'] as string) ? o['kind'] : fail() };
  opt(o, out, 'start', date);
  opt(o, out, 'end', date);
  opt(o, out, 'periods', (p) => arr(p).map(period));
  opt(o, out, 'yearAssumed', (b) => (typeof b === 'boolean' ? b : fail()));
  opt(o, out, 'event', str);
  opt(o, out, 'relative', (r) => {
    const ro = obj(r);
    return { amount: num(ro['amount']), unit: UNITS.has(ro['unit'] as string) ? ro['unit'] : fail() };
  });
  opt(o, out, 'recurrence', str);
  // Diagnostics inside a timescale are left to the schema (the interpreters never keep them).
  if ('diagnostics' in o && o['diagnostics'] !== undefined) fail();
  if ('diagnostics' in o) out['diagnostics'] = undefined;
  return out as unknown as Timescale;
}

function milestone(v: unknown): Milestone {
  const o = obj(v);
  const out: Loose = { text: str(o['text']) };
  opt(o, out, 'timescale', _conformTimescale);
  opt(o, out, 'done', (b) => (typeof b === 'boolean' ? b : fail()));
  opt(o, out, 'completedOn', date);
  return out as unknown as Milestone;
}

function indicator(v: unknown): Indicator {
  const o = obj(v);
  const out: Loose = { id: str(o['id']), title: str(o['title']) };
  opt(o, out, 'unit', str);
  const direction = o['direction'];
  out['direction'] = direction === undefined ? 'higher' : direction === 'higher' || direction === 'lower' ? direction : fail();
  opt(o, out, 'baseline', num);
  opt(o, out, 'target', num);
  opt(o, out, 'due', date);
  // Actual and target values are left to the schema (the table interpreter never reads any).
  const actuals = o['actuals'];
  if (actuals !== undefined && arr(actuals).length > 0) fail();
  out['actuals'] = [];
  if ('targets' in o && o['targets'] !== undefined) fail();
  if ('targets' in o) out['targets'] = undefined;
  return out as unknown as Indicator;
}

function record(v: unknown): Record<string, string> {
  const o = obj(v);
  const out: Record<string, string> = {};
  for (const k of Object.keys(o)) {
    if (k === '__proto__') fail();
    out[k] = str(o[k]);
  }
  return out;
}

function sourceRef(v: unknown): Loose {
  const o = obj(v);
  const out: Loose = {};
  opt(o, out, 'document', str);
  opt(o, out, 'line', position);
  opt(o, out, 'column', position);
  return out;
}

/** `list ?? []`, checked with `each`. */
function listOr<T>(v: unknown, each: (x: unknown) => T): T[] {
  return v === undefined ? [] : arr(v).map(each);
}

function action(v: unknown): Action {
  const o = obj(v);
  const id = str(o['id']);
  if (id.length < 1) fail();
  const out: Loose = { id };
  opt(o, out, 'ref', str);
  out['title'] = str(o['title']);
  opt(o, out, 'description', str);
  out['methods'] = o['methods'] === undefined ? [] : listItems(o['methods']);
  opt(o, out, 'timescale', _conformTimescale);
  opt(o, out, 'baselineTimescale', _conformTimescale);
  out['leads'] = o['leads'] === undefined ? [] : strings(o['leads']);
  out['outputs'] = o['outputs'] === undefined ? [] : listItems(o['outputs']);
  out['milestones'] = listOr(o['milestones'], milestone);
  out['outcomes'] = o['outcomes'] === undefined ? [] : strings(o['outcomes']);
  out['comments'] = o['comments'] === undefined ? [] : strings(o['comments']);
  out['indicators'] = listOr(o['indicators'], indicator);
  out['themeIds'] = o['themeIds'] === undefined ? [] : strings(o['themeIds']);
  out['priorityIds'] = o['priorityIds'] === undefined ? [] : strings(o['priorityIds']);
  out['recommendationIds'] = o['recommendationIds'] === undefined ? [] : strings(o['recommendationIds']);
  out['characteristics'] = o['characteristics'] === undefined ? [] : strings(o['characteristics']);
  opt(o, out, 'status', (s) => (STATUSES.has(s as string) ? s : fail()));
  opt(o, out, 'rag', (r) => (RAGS.has(r as string) ? r : fail()));
  opt(o, out, 'percentComplete', (p) => {
    const n = num(p);
    return n >= 0 && n <= 100 ? n : fail();
  });
  opt(o, out, 'startedOn', date);
  opt(o, out, 'completedOn', date);
  // Progress updates are left to the schema (the table interpreter never reads any).
  if (o['updates'] !== undefined && arr(o['updates']).length > 0) fail();
  out['updates'] = [];
  opt(o, out, 'extra', record);
  opt(o, out, 'source', sourceRef);
  return out as unknown as Action;
}

/**
 * `ActionSchema.parse(input)` for inputs it accepts, built by hand; or
 * `undefined` when the input needs the schema's own judgement.
 */
export function _conformAction(input: unknown): Action | undefined {
  try {
    return action(input);
  } catch (error) {
    if (error instanceof NeedsSchema) return undefined;
    throw error;
  }
}

/**
 * `ActionPlanSchema.parse(plan)` for a plan whose actions are already
 * conformed (they are kept as they are) and that has no themes, body or
 * metadata; or `undefined` when the plan needs the schema's own judgement.
 */
export function _conformPlan(plan: Loose & { actions: Action[] }): ActionPlan | undefined {
  try {
    if (plan['kind'] !== 'action-plan') fail();
    if (plan['themes'] !== undefined || plan['body'] !== undefined || plan['metadata'] !== undefined) fail();
    const out: Loose = { kind: 'action-plan', title: str(plan['title']) };
    opt(plan, out, 'period', _conformTimescale);
    opt(plan, out, 'owner', str);
    opt(plan, out, 'description', str);
    out['themes'] = [];
    out['actions'] = plan.actions.slice();
    out['body'] = [];
    out['metadata'] = {};
    opt(plan, out, 'source', sourceRef);
    return out as unknown as ActionPlan;
  } catch (error) {
    if (error instanceof NeedsSchema) return undefined;
    throw error;
  }
}
