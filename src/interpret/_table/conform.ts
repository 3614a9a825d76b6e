/**
 * Internal: builds an action (and a plan) exactly as `ActionSchema.parse`
 * (`ActionPlanSchema.parse`) would give it — keys in the schema's order,
 * defaults filled, unknown keys dropped, fresh arrays and objects (the list
 * items a draft holds, which the table interpreter builds in the schema's
 * shape, are kept rather than copied) — while
 * checking by hand everything the schema checks that the TypeScript types
 * do not (real calendar dates, 1-based integer positions, numbers in range,
 * enum values, non-empty ids). When any check fails the answer is
 * `undefined` and the caller falls back to the schema itself, so the result
 * is always what the schema would give; validating 8,000 actions with zod
 * three times over was a third of `parseDocument`'s time.
 */
import type { Action, Indicator, ListItem, Milestone } from '../../model/action.js';
import { daysInMonth } from '../../model/date.js';
import type { ActionPlan } from '../../model/plan.js';
import { ReportedRagSchema, StatusSchema } from '../../model/status.js';
import { TimescaleKindSchema, type Period, type Timescale } from '../../model/timescale.js';
import type { Draft } from './actionRow.js';

/** Thrown (and caught below) when a value needs the schema's own judgement. */
class NeedsSchema extends Error {}

const KINDS: ReadonlySet<string> = new Set(TimescaleKindSchema.options);
const STATUSES: ReadonlySet<string> = new Set(StatusSchema.options);
const RAGS: ReadonlySet<string> = new Set(ReportedRagSchema.options);
const UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);

type Loose = Record<string, unknown>;

/**
 * An object with `keys` in that order, each `undefined`, holding every value
 * itself. Result objects start as spread copies of one with their keys.
 * Built key by key, an object keeps four values and puts the rest in a
 * second, growing array (a 18-key action took 192 bytes of heap rather than
 * 168, a dated timescale 80 rather than 56); `JSON.parse` makes an object
 * sized to its keys, and a spread copy keeps that size.
 */
function sized(keys: readonly string[]): Loose {
  const template = JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:null`).join(',')}}`) as Loose;
  for (const k of keys) template[k] = undefined;
  return template;
}

/**
 * The object (see {@link sized}) with the keys `fixed` and those of
 * `optional` that `o` has, in that order; `templates` keeps one for each set
 * of optional keys, by a bit for each.
 */
function templateOf(templates: Map<number, Loose>, fixed: readonly string[], optional: readonly string[], o: Loose): Loose {
  let bits = 0;
  for (let i = 0; i < optional.length; i++) if ((optional[i] as string) in o) bits |= 1 << i;
  let template = templates.get(bits);
  if (template === undefined) {
    template = sized([...fixed, ...optional.filter((_, i) => (bits & (1 << i)) !== 0)]);
    templates.set(bits, template);
  }
  return template;
}

function fail(): never {
  throw new NeedsSchema();
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : fail();
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail();
}

/** `v` when it is an ISO `YYYY-MM-DD` string naming a real calendar date (as `isIsoDate`, without a regex). */
function date(v: unknown): string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) fail();
  const year = digits(v, 0, 4);
  const month = digits(v, 5, 7);
  const day = digits(v, 8, 10);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? v : fail();
}

/** The number written in ASCII digits from `from` to `to` of `v`; fails on any other character. */
function digits(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) fail();
    n = n * 10 + d;
  }
  return n;
}

function position(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : fail();
}

function obj(v: unknown): Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : fail();
}

/** A copy of `v`, an array of strings. */
function strings(v: readonly unknown[]): string[] {
  const out: string[] = new Array<string>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = str(v[i]);
  return out;
}

/**
 * A copy of `v`, an array of list items built by the table interpreter in
 * the schema's shape (`{ text }` or `{ text, children }`): the items are
 * kept; only their texts need checking (a malformed document's may not be
 * strings).
 */
function listItems(v: readonly ListItem[]): ListItem[] {
  for (const item of v) checkItem(item, 0);
  return v.slice();
}

/** Checks that an item's text, and its children's, are strings. */
function checkItem(item: ListItem, depth: number): void {
  str(item.text);
  if (item.children === undefined) return;
  if (depth > 50) fail();
  for (const c of item.children) checkItem(c, depth + 1);
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : fail();
}

/** `v` when it is a boolean. */
function bool(v: unknown): boolean {
  return typeof v === 'boolean' ? v : fail();
}

/** The periods of a timescale, each as the schema gives it. */
function periods(v: unknown): Period[] {
  return arr(v).map(period);
}

/** A relative timescale's amount and unit. */
function relative(v: unknown): { amount: number; unit: unknown } {
  const o = obj(v);
  return { amount: num(o['amount']), unit: UNITS.has(o['unit'] as string) ? o['unit'] : fail() };
}

// Below, an optional key is copied when it is present, even when `undefined`, as zod keeps
// it: `if ('k' in o) out['k'] = o['k'] === undefined ? undefined : check(o['k'])`, written
// out at each key (one helper taking the check made its call sites megamorphic).

/** A period of a timescale as `PeriodSchema` gives it. */
function period(v: unknown): Period {
  const o = obj(v);
  const out: Loose = { text: str(o['text']), kind: KINDS.has(o['kind'] as string) ? o['kind'] : fail() };
  if ('start' in o) out['start'] = o['start'] === undefined ? undefined : date(o['start']);
  if ('end' in o) out['end'] = o['end'] === undefined ? undefined : date(o['end']);
  if ('label' in o) out['label'] = o['label'] === undefined ? undefined : str(o['label']);
  return out as unknown as Period;
}

/** The optional keys of a timescale, in the schema's order. */
const TIMESCALE_KEYS = ['start', 'end', 'periods', 'yearAssumed', 'event', 'relative', 'recurrence', 'baseline', 'diagnostics'];
const TIMESCALE_FIXED = ['text', 'kind'];
const TIMESCALE_TEMPLATES = new Map<number, Loose>();

/** A timescale as `TimescaleSchema` gives it (the checks written out: this runs for every action). */
export function _conformTimescale(v: unknown): Timescale {
  const o = obj(v);
  const out: Loose = { ...templateOf(TIMESCALE_TEMPLATES, TIMESCALE_FIXED, TIMESCALE_KEYS, o) };
  out['text'] = str(o['text']);
  out['kind'] = KINDS.has(o['kind'] as string) ? o['kind'] : fail();
  if ('start' in o) out['start'] = o['start'] === undefined ? undefined : date(o['start']);
  if ('end' in o) out['end'] = o['end'] === undefined ? undefined : date(o['end']);
  if ('periods' in o) out['periods'] = o['periods'] === undefined ? undefined : periods(o['periods']);
  if ('yearAssumed' in o) out['yearAssumed'] = o['yearAssumed'] === undefined ? undefined : bool(o['yearAssumed']);
  if ('event' in o) out['event'] = o['event'] === undefined ? undefined : str(o['event']);
  if ('relative' in o) out['relative'] = o['relative'] === undefined ? undefined : relative(o['relative']);
  if ('recurrence' in o) out['recurrence'] = o['recurrence'] === undefined ? undefined : str(o['recurrence']);
  if ('baseline' in o) out['baseline'] = o['baseline'] === undefined ? undefined : period(o['baseline']);
  // Diagnostics inside a timescale are left to the schema (the interpreters never keep them).
  if ('diagnostics' in o && o['diagnostics'] !== undefined) fail();
  if ('diagnostics' in o) out['diagnostics'] = undefined;
  return out as unknown as Timescale;
}

/** A milestone as `MilestoneSchema` gives it. */
function milestone(m: Milestone): Milestone {
  const o = obj(m);
  const out: Loose = { text: str(o['text']) };
  if ('timescale' in o) out['timescale'] = o['timescale'] === undefined ? undefined : _conformTimescale(o['timescale']);
  if ('done' in o) out['done'] = o['done'] === undefined ? undefined : bool(o['done']);
  if ('completedOn' in o) out['completedOn'] = o['completedOn'] === undefined ? undefined : date(o['completedOn']);
  return out as unknown as Milestone;
}

function indicator(v: unknown): Indicator {
  const o = obj(v);
  const out: Loose = { id: str(o['id']), title: str(o['title']) };
  if ('unit' in o) out['unit'] = o['unit'] === undefined ? undefined : str(o['unit']);
  const direction = o['direction'];
  out['direction'] = direction === undefined ? 'higher' : direction === 'higher' || direction === 'lower' ? direction : fail();
  if ('baseline' in o) out['baseline'] = o['baseline'] === undefined ? undefined : num(o['baseline']);
  if ('target' in o) out['target'] = o['target'] === undefined ? undefined : num(o['target']);
  if ('due' in o) out['due'] = o['due'] === undefined ? undefined : date(o['due']);
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

/** The keys of a source reference, in the schema's order. */
const SOURCE_KEYS = ['document', 'line', 'column'];
const SOURCE_TEMPLATES = new Map<number, Loose>();

function sourceRef(v: unknown): Loose {
  const o = obj(v);
  const out: Loose = { ...templateOf(SOURCE_TEMPLATES, [], SOURCE_KEYS, o) };
  if ('document' in o) out['document'] = o['document'] === undefined ? undefined : str(o['document']);
  if ('line' in o) out['line'] = o['line'] === undefined ? undefined : position(o['line']);
  if ('column' in o) out['column'] = o['column'] === undefined ? undefined : position(o['column']);
  return out;
}

/** A theme as `ThemeSchema` gives it. */
function theme(v: unknown): Loose {
  const o = obj(v);
  const id = o['id'];
  if (typeof id !== 'string' || id.length < 1) fail();
  const out: Loose = { id };
  if ('ref' in o) out['ref'] = o['ref'] === undefined ? undefined : str(o['ref']);
  out['title'] = str(o['title']);
  if ('mission' in o) out['mission'] = o['mission'] === undefined ? undefined : str(o['mission']);
  if ('aim' in o) out['aim'] = o['aim'] === undefined ? undefined : str(o['aim']);
  if ('description' in o) out['description'] = o['description'] === undefined ? undefined : str(o['description']);
  out['priorities'] = o['priorities'] === undefined ? [] : strings(arr(o['priorities']));
  if ('timescale' in o) out['timescale'] = o['timescale'] === undefined ? undefined : _conformTimescale(o['timescale']);
  if ('parentId' in o) out['parentId'] = o['parentId'] === undefined ? undefined : str(o['parentId']);
  if ('source' in o) out['source'] = o['source'] === undefined ? undefined : sourceRef(o['source']);
  return out;
}

/**
 * The action of a draft (an `undefined` field is one the action does not
 * have). Its list items are built in the schema's shape (`{ text }` or
 * `{ text, children }`): they are kept, their texts checked.
 */
function action(d: Draft): Action {
  if (typeof d.id !== 'string' || d.id.length < 1) fail();
  const out: Loose = { ...shapeOf(d) };
  out['id'] = d.id;
  if (d.ref !== undefined) out['ref'] = str(d.ref);
  out['title'] = str(d.title);
  if (d.description !== undefined) out['description'] = str(d.description);
  out['methods'] = listItems(d.methods);
  if (d.timescale !== undefined) out['timescale'] = _conformTimescale(d.timescale);
  out['leads'] = strings(d.leads);
  out['outputs'] = listItems(d.outputs);
  out['milestones'] = d.milestones.length === 0 ? [] : d.milestones.map(milestone);
  out['outcomes'] = strings(d.outcomes);
  out['comments'] = strings(d.comments);
  out['indicators'] = d.indicators.length === 0 ? [] : d.indicators.map(indicator);
  out['themeIds'] = strings(d.themeIds);
  out['priorityIds'] = [];
  out['recommendationIds'] = [];
  out['characteristics'] = [];
  if (d.status !== undefined) out['status'] = STATUSES.has(d.status) ? d.status : fail();
  if (d.rag !== undefined) out['rag'] = RAGS.has(d.rag) ? d.rag : fail();
  if (d.percentComplete !== undefined) out['percentComplete'] = d.percentComplete >= 0 && d.percentComplete <= 100 ? num(d.percentComplete) : fail();
  if (d.completedOn !== undefined) out['completedOn'] = date(d.completedOn);
  out['updates'] = [];
  if (d.extra !== undefined) out['extra'] = record(d.extra);
  out['source'] = sourceRef(d.source);
  return out as unknown as Action;
}

/** The keys of an action in the schema's order; `true` for the optional ones (a draft's `undefined` field is left out). */
const ACTION_KEYS: readonly (readonly [keyof Draft | 'priorityIds' | 'recommendationIds' | 'characteristics' | 'updates', boolean])[] = [
  ['id', false], ['ref', true], ['title', false], ['description', true], ['methods', false], ['timescale', true], ['leads', false],
  ['outputs', false], ['milestones', false], ['outcomes', false], ['comments', false], ['indicators', false], ['themeIds', false],
  ['priorityIds', false], ['recommendationIds', false], ['characteristics', false], ['status', true], ['rag', true],
  ['percentComplete', true], ['completedOn', true], ['updates', false], ['extra', true], ['source', false],
];

/**
 * Objects with the keys of an action in the schema's order (their values
 * unset), one for each set of optional keys present. An action starts as a
 * spread copy of the one for its keys: one object of the right size at
 * once, where adding 23 keys one by one grew and copied it again and again.
 */
const SHAPES = new Map<number, Loose>();

/** The object with the keys the action of `d` has, in order (see {@link SHAPES}); its values are all `undefined`. */
function shapeOf(d: Draft): Loose {
  // One bit for each optional key present.
  const id =
    (d.ref === undefined ? 0 : 1) |
    (d.description === undefined ? 0 : 2) |
    (d.timescale === undefined ? 0 : 4) |
    (d.status === undefined ? 0 : 8) |
    (d.rag === undefined ? 0 : 16) |
    (d.percentComplete === undefined ? 0 : 32) |
    (d.completedOn === undefined ? 0 : 64) |
    (d.extra === undefined ? 0 : 128);
  let shape = SHAPES.get(id);
  if (shape === undefined) {
    const keys: string[] = [];
    for (const [k, optional] of ACTION_KEYS) if (!optional || (d as unknown as Loose)[k] !== undefined) keys.push(k);
    shape = sized(keys);
    SHAPES.set(id, shape);
  }
  return shape;
}

/**
 * `ActionSchema.parse(toActionInput(draft))` for drafts it accepts, built
 * by hand; or `undefined` when the draft needs the schema's own judgement.
 */
export function _conformDraft(draft: Draft): Action | undefined {
  try {
    return action(draft);
  } catch (error) {
    if (error instanceof NeedsSchema) return undefined;
    throw error;
  }
}

/**
 * `ActionPlanSchema.parse(plan)` for a plan whose actions are already
 * conformed (they are kept as they are) and that has no body or metadata; or `undefined` when the plan needs the schema's own judgement.
 */
export function _conformPlan(plan: Loose & { actions: Action[] }): ActionPlan | undefined {
  // Told without a throw: an error's stack trace is dear.
  if (plan['body'] !== undefined || plan['metadata'] !== undefined) return undefined;
  try {
    if (plan['kind'] !== 'action-plan') fail();
    const out: Loose = { kind: 'action-plan', title: str(plan['title']) };
    if ('period' in plan) out['period'] = plan['period'] === undefined ? undefined : _conformTimescale(plan['period']);
    if ('owner' in plan) out['owner'] = plan['owner'] === undefined ? undefined : str(plan['owner']);
    if ('description' in plan) out['description'] = plan['description'] === undefined ? undefined : str(plan['description']);
    out['themes'] = plan['themes'] === undefined ? [] : arr(plan['themes']).map(theme);
    out['actions'] = plan.actions.slice();
    out['body'] = [];
    out['metadata'] = {};
    if ('source' in plan) out['source'] = plan['source'] === undefined ? undefined : sourceRef(plan['source']);
    return out as unknown as ActionPlan;
  } catch (error) {
    if (error instanceof NeedsSchema) return undefined;
    throw error;
  }
}
