import { toDayNumber } from '../_lib/iso-date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleStatus } from '../model/progress-rules.js';
import type { _Compiled } from '../rules/_engine.js';
import { _compiledRules, _evaluate } from '../rules/_engine.js';
import { _checkAsOf, _shown, _dayCounter, _measure, _newFigures, _newScratch } from '../rules/_measure.js';
import { _invalidItem, _itemProblem } from '../rules/_item.js';
import { DEFAULT_PROGRESS_RULES } from '../rules/presets.js';
import type { RollUpGroup, RollUpItem, RollUpKey, RollUpOptions, RollUpPolicy, RollUpResult } from './types.js';
import { RollUpPolicySchema } from './types.js';

const F_EXCLUDED = 1;
const F_COMPLETE = 2;
const F_DEADLINE = 4;
const F_OVERDUE = 8;
/** An item with a field the rules cannot read: in no group, named in a diagnostic. */
const F_INVALID = 16;

/** Per-item results, computed once. */
interface Evaluated {
  status: Int32Array;
  flags: Uint8Array;
  slip: Float64Array;
  pc: Float64Array;
  weight: Float64Array;
}

interface Acc {
  key: string;
  total: number;
  counts: Int32Array;
  excluded: number;
  pcSum: number;
  pcN: number;
  wSum: number;
  wpcSum: number;
  totalSlip: number;
  maxSlip: number;
  hasSlip: boolean;
  overdue: RollUpItem[];
  noDeadline: RollUpItem[];
  members: number[] | null;
}

type KeyFn = (item: RollUpItem) => string | readonly string[] | null | undefined;

/** The keys `by` can name. */
const KEYS: ReadonlySet<unknown> = new Set(['theme', 'priority', 'lead', 'plan', 'recommendation', 'characteristic']);

function keyFn(by: RollUpKey): KeyFn {
  switch (by) {
    case 'theme':
      return (i) => i.themeIds;
    case 'priority':
      return (i) => i.priorityIds;
    case 'lead':
      // A review's recommendations name their owners, not leads: rolled up as they are
      // (not through documentItems, which copies owners to leads), they group by those.
      return (i) => i.leads ?? i.owners;
    case 'plan':
      return (i) => i.planId;
    case 'recommendation':
      return (i) => i.recommendationIds;
    case 'characteristic':
      return (i) => i.characteristics;
    default:
      return by;
  }
}

function newAcc(key: string, n: number, keepMembers: boolean): Acc {
  return {
    key,
    total: 0,
    counts: new Int32Array(n),
    excluded: 0,
    pcSum: 0,
    pcN: 0,
    wSum: 0,
    wpcSum: 0,
    totalSlip: 0,
    maxSlip: Number.NEGATIVE_INFINITY,
    hasSlip: false,
    overdue: [],
    noDeadline: [],
    members: keepMembers ? [] : null,
  };
}

function add(acc: Acc, i: number, ev: Evaluated, item: RollUpItem): void {
  acc.total++;
  acc.counts[ev.status[i] as number]!++;
  if (acc.members) acc.members.push(i);
  const flags = ev.flags[i] as number;
  if (flags & F_EXCLUDED) {
    acc.excluded++;
    return;
  }
  const pc = ev.pc[i] as number;
  if (pc === pc) {
    const w = ev.weight[i] as number;
    acc.pcSum += pc;
    acc.pcN++;
    acc.wSum += w;
    acc.wpcSum += w * pc;
  }
  if (flags & F_DEADLINE) {
    const s = ev.slip[i] as number;
    acc.hasSlip = true;
    if (s > acc.maxSlip) acc.maxSlip = s;
    if (s > 0) acc.totalSlip += s;
    if (flags & F_OVERDUE) acc.overdue.push(item);
  } else if (!(flags & F_COMPLETE)) {
    acc.noDeadline.push(item);
  }
}

/** Groups `indices` by the key function, in order of first appearance, `''` last. */
function group(items: readonly RollUpItem[], indices: ArrayLike<number> | null, count: number, fn: KeyFn, n: number, keep: boolean, ev: Evaluated): Acc[] {
  const map = new Map<string, Acc>();
  let none: Acc | undefined;
  for (let j = 0; j < count; j++) {
    const i = indices ? (indices[j] as number) : j;
    if ((ev.flags[i] as number) & F_INVALID) continue;
    const item = items[i] as RollUpItem;
    const k = fn(item);
    if (typeof k === 'string') {
      let acc = k === '' ? none : map.get(k);
      if (!acc) {
        acc = newAcc(k, n, keep);
        if (k === '') none = acc;
        else map.set(k, acc);
      }
      add(acc, i, ev, item);
    } else if (k && k.length > 0) {
      for (let m = 0; m < k.length; m++) {
        const key = k[m] as string;
        let seen = false;
        for (let p = 0; p < m; p++) if (k[p] === key) seen = true;
        if (seen) continue;
        let acc = key === '' ? none : map.get(key);
        if (!acc) {
          acc = newAcc(key, n, keep);
          if (key === '') none = acc;
          else map.set(key, acc);
        }
        add(acc, i, ev, item);
      }
    } else {
      if (!none) none = newAcc('', n, keep);
      add(none, i, ev, item);
    }
  }
  const out = [...map.values()];
  if (none) out.push(none);
  return out;
}

interface Ctx {
  items: readonly RollUpItem[];
  c: _Compiled;
  ev: Evaluated;
  policy: RollUpPolicy;
  label: (key: string, level: number) => string;
  fns: KeyFn[];
}

function overall(counts: Int32Array, c: _Compiled, policy: RollUpPolicy): { status: string | null; worst: string | null } {
  let worst = -1;
  let rated = 0;
  let best = -1;
  let scoreSum = 0;
  let scoreN = 0;
  for (let s = 0; s < counts.length; s++) {
    const n = counts[s] as number;
    if (n === 0) continue;
    const st = c.statuses[s] as RuleStatus;
    if (st.excluded) continue;
    rated += n;
    if (worst < 0 || st.rank > (c.statuses[worst] as RuleStatus).rank) worst = s;
    if (best < 0 || n > (counts[best] as number) || (n === counts[best] && st.rank > (c.statuses[best] as RuleStatus).rank)) best = s;
    if (st.score !== undefined) {
      scoreSum += st.score * n;
      scoreN += n;
    }
  }
  if (rated === 0) return { status: null, worst: null };
  const worstId = (c.statuses[worst] as RuleStatus).id;
  if (policy === 'worst-of') return { status: worstId, worst: worstId };
  if (policy === 'majority') return { status: (c.statuses[best] as RuleStatus).id, worst: worstId };
  if (scoreN === 0) return { status: null, worst: worstId };
  const mean = scoreSum / scoreN;
  const t = policy.thresholds.find((x) => mean <= x.upTo) ?? policy.thresholds[policy.thresholds.length - 1];
  return { status: t ? t.status : null, worst: worstId };
}

function finish(acc: Acc, level: number, ctx: Ctx): RollUpGroup {
  const { c, items } = ctx;
  const counts: Record<string, number> = {};
  for (let s = 0; s < c.statuses.length; s++) counts[(c.statuses[s] as RuleStatus).id] = acc.counts[s] as number;
  const { status, worst } = overall(acc.counts, c, ctx.policy);
  const g: RollUpGroup = {
    key: acc.key,
    label: ctx.label(acc.key, level),
    total: acc.total,
    counts,
    excluded: acc.excluded,
    status,
    worst,
    percentComplete: {
      mean: acc.pcN ? acc.pcSum / acc.pcN : null,
      weighted: acc.wSum > 0 ? acc.wpcSum / acc.wSum : null,
    },
    totalSlippage: acc.totalSlip,
    maxSlippage: acc.hasSlip ? acc.maxSlip : null,
    overdue: acc.overdue,
    noDeadline: acc.noDeadline,
  };
  if (acc.members && level + 1 < ctx.fns.length) {
    const keep = level + 2 < ctx.fns.length;
    const sub = group(items, acc.members, acc.members.length, ctx.fns[level + 1] as KeyFn, c.statuses.length, keep, ctx.ev);
    g.children = sub.map((a) => finish(a, level + 1, ctx));
  }
  return g;
}

function emptyGroup<T extends RollUpItem>(): RollUpGroup<T> {
  return {
    key: '*',
    label: 'All',
    total: 0,
    counts: {},
    excluded: 0,
    status: null,
    worst: null,
    percentComplete: { mean: null, weighted: null },
    totalSlippage: 0,
    maxSlippage: null,
    overdue: [],
    noDeadline: [],
  };
}

/**
 * Rolls items up into groups (by theme, cross-cutting priority, lead, plan,
 * recommendation, protected characteristic, or a function), each with counts
 * per status, percent complete (mean and weighted), worst status, overall
 * status by a policy, total and greatest slippage, and the overdue items and
 * items with no deadline. Give `by` several groupings for nested roll-ups
 * (themes → priorities → actions); `all` is the whole (the strategy level).
 *
 * An item in several groups (two themes) counts in each; an item in none
 * goes to the group keyed `''` and labelled "(none)", listed last. Cancelled,
 * deferred and superseded items are counted (`counts`, `excluded`) but take
 * no part in statuses, percentages or slippage. Each item is judged once,
 * by {@link ragStatus}'s rules; bad rules or policy give diagnostics and no
 * groups, never a throw. An item with a field the rules cannot read
 * (`updates: [null]`, a due date of `'31/03/2006'`) is left out of every
 * group, with an `invalid-item` diagnostic whose path starts at its index.
 *
 * @typeParam T - The item type; groups hold the caller's own items, by reference.
 * @param items - Actions, recommendations or any {@link RollUpItem}s; never mutated.
 * @param options - `by`, `asOf` (required), `rules`, `framework`, `policy`, `labels`, `weight`, `workingDays`, `holidays`, `holidayRegion`.
 * @returns The groups, the whole, and diagnostics.
 * @throws RangeError only when `asOf` is not a real `YYYY-MM-DD` date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * const r = rollUp(plan.actions, { by: 'lead', asOf: '2009-06-30' }); // seed 001
 * r.groups.map((g) => [g.label, g.total, g.status])
 * //=> [['John Hall', 2, 'red'], ['Zahid Nawaz', 3, 'green'], ['Jeremy Bruce', 2, 'red'], …]
 * r.groups[0].overdue.map((a) => a.ref) //=> ['1', '12']
 * ```
 * @category Roll-ups
 */
export function rollUp<T extends RollUpItem>(items: readonly T[], options: RollUpOptions<T>): RollUpResult<T> {
  _checkAsOf(options?.asOf, 'rollUp');
  const diagnostics: Diagnostic[] = [];
  if (!Array.isArray(items)) {
    diagnostics.push(_invalidItem({ path: [], expected: 'a list of items', found: items }, 'rollup'));
    return { groups: [], all: emptyGroup<T>(), diagnostics };
  }
  const valid = _compiledRules(options.rules ?? options.framework?.rules ?? DEFAULT_PROGRESS_RULES);
  if (!valid.ok) diagnostics.push(...valid.diagnostics);
  const policyResult = RollUpPolicySchema.safeParse(options.policy ?? 'worst-of');
  if (!policyResult.success) {
    for (const issue of policyResult.error.issues) {
      diagnostics.push({
        code: 'invalid-rollup-policy',
        severity: 'error',
        message: `${issue.message}${issue.path.length ? ` at \`${issue.path.map(String).join('.')}\`` : ''}`,
        source: 'rollup',
        path: ['policy', ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
      });
    }
  }
  if (!valid.ok || !policyResult.success) return { groups: [], all: emptyGroup<T>(), diagnostics };
  const c = valid.compiled;
  const policy = policyResult.data;
  if (typeof policy === 'object') {
    policy.thresholds.forEach((t, i) => {
      if (!c.index.has(t.status)) {
        diagnostics.push({
          code: 'invalid-rollup-policy',
          severity: 'error',
          message: `Unexpected status \`${t.status}\`, expected one on the scale of rules \`${c.rules.id}\``,
          source: 'rollup',
          path: ['policy', 'thresholds', i, 'status'],
        });
      }
    });
    if (diagnostics.length) return { groups: [], all: emptyGroup<T>(), diagnostics };
  }
  const by = typeof options.by === 'function' || typeof options.by === 'string' ? [options.by] : Array.isArray(options.by) ? [...(options.by as readonly RollUpKey<T>[])] : [options.by];
  by.forEach((k, level) => {
    if (typeof k === 'function' || KEYS.has(k)) return;
    diagnostics.push({
      code: 'invalid-rollup-by',
      severity: 'error',
      message: `Unexpected \`${_shown(k)}\` to group by, expected ${[...KEYS].join(', ')} or a function of the item`,
      source: 'rollup',
      path: Array.isArray(options.by) ? ['by', level] : ['by'],
    });
  });
  if (diagnostics.length) return { groups: [], all: emptyGroup<T>(), diagnostics };
  const fns = by.map((k) => keyFn(k as RollUpKey));
  if (fns.length === 0) fns.push(() => undefined);

  // Judge every item once.
  const n = items.length;
  const ev: Evaluated = {
    status: new Int32Array(n),
    flags: new Uint8Array(n),
    slip: new Float64Array(n),
    pc: new Float64Array(n),
    weight: new Float64Array(n),
  };
  const asOf = options.asOf;
  const asOfDay = toDayNumber(asOf);
  const counter = _dayCounter(options);
  const scratch = _newScratch();
  const f = _newFigures(asOf);
  const weightFn = options.weight;
  const allAcc = newAcc('*', c.statuses.length, false);
  for (let i = 0; i < n; i++) {
    const item = items[i] as RollUpItem;
    const problem = _itemProblem(item);
    if (problem !== undefined) {
      diagnostics.push(_invalidItem(problem, 'rollup', [i]));
      ev.flags[i] = F_INVALID;
      continue;
    }
    _measure(item, asOf, asOfDay, counter, scratch, f);
    _evaluate(c, f);
    const st = c.statuses[c.outStatus] as RuleStatus;
    ev.status[i] = c.outStatus;
    let flags = 0;
    if (st.excluded) flags |= F_EXCLUDED;
    if (f.complete) flags |= F_COMPLETE;
    if (f.slippageDays !== null) {
      flags |= F_DEADLINE;
      ev.slip[i] = f.slippageDays;
      if (!f.complete && f.slippageDays > 0) flags |= F_OVERDUE;
    }
    ev.flags[i] = flags;
    ev.pc[i] = f.percentComplete ?? Number.NaN;
    let w = 1;
    if (weightFn) w = weightFn(item as T);
    else if (scratch.startDay === scratch.startDay && f.start !== null) w = Math.max(1, scratch.dueDay - scratch.startDay + 1);
    ev.weight[i] = w;
    add(allAcc, i, ev, item);
  }

  const labels = options.labels;
  // A framework names its themes, priorities and principles: their titles label the groups.
  const frameworkNames = new Map<string, string>();
  for (const t of [...(options.framework?.themes ?? []), ...(options.framework?.priorities ?? []), ...(options.framework?.principles ?? [])]) if (!frameworkNames.has(t.id)) frameworkNames.set(t.id, t.title);
  const label = (key: string, level: number): string => {
    if (typeof labels === 'function') return labels(key, level);
    if (labels && Object.prototype.hasOwnProperty.call(labels, key)) return labels[key] as string;
    const named = frameworkNames.get(key);
    if (labels === undefined && named !== undefined) return named;
    return key === '' ? '(none)' : key;
  };
  const ctx: Ctx = { items, c, ev, policy, label, fns };
  const top = group(items, null, n, fns[0] as KeyFn, c.statuses.length, fns.length > 1, ev);
  // Members are kept by reference, so the groups hold the caller's own items (T).
  const groups = top.map((a) => finish(a, 0, ctx)) as RollUpGroup<T>[];
  const all = finish(allAcc, Number.POSITIVE_INFINITY, { ...ctx, label: () => 'All' }) as RollUpGroup<T>;
  return { groups, all, diagnostics };
}
