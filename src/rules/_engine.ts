/**
 * Internal: validating and compiling progress rules into closures, and
 * evaluating them against figures (first match wins), with the built-in
 * guards: excluded statuses, complete items, items with no deadline.
 */
import { _isDeepFrozen } from '../_lib/freeze.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProgressRules, RuleCondition, RuleStatus } from '../model/progress-rules.js';
import { ProgressRulesSchema } from '../model/progress-rules.js';
import { _isExcludedStatus } from './_measure.js';
import type { RuleFigures } from './types.js';

const BUILT_INS: readonly RuleStatus[] = [
  { id: 'complete', label: 'Complete', color: 'blue', rank: 0, score: 0, complete: true },
  { id: 'no-deadline', label: 'No deadline', color: 'grey', rank: 1 },
  { id: 'not-started', label: 'Not started', color: 'grey', rank: 1 },
  { id: 'cancelled', label: 'Cancelled', color: 'grey', rank: -1, excluded: true },
  { id: 'deferred', label: 'Deferred', color: 'grey', rank: -1, excluded: true },
  { id: 'superseded', label: 'Superseded', color: 'grey', rank: -1, excluded: true },
];

/** Rule index codes for the guards and the default. */
export const _DEFAULT = -1;
export const _GUARD_EXCLUDED = -2;
export const _GUARD_COMPLETE = -3;
export const _GUARD_NO_DEADLINE = -4;

type Test = (f: RuleFigures) => boolean;

export interface _Compiled {
  rules: ProgressRules;
  /** Scale then the built-ins it does not list. */
  statuses: RuleStatus[];
  index: Map<string, number>;
  tests: Test[];
  ruleStatus: number[];
  defaultStatus: number;
  completeStatus: number;
  noDeadlineStatus: number;
  /** Output of {@link _evaluate}. */
  outRule: number;
  outStatus: number;
}

/** Validates rules; returns them parsed, or diagnostics. */
export function _validateRules(
  input: unknown,
): { ok: true; rules: ProgressRules; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const r = ProgressRulesSchema.safeParse(input);
  if (r.success) return { ok: true, rules: r.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = _explainIssues(r.error.issues, []).map(({ message, path }) => ({
    code: 'invalid-progress-rules',
    severity: 'error',
    message: `${message}${path.length ? ` at \`${path.join('.')}\`` : ''}`,
    source: 'rules',
    path,
  }));
  return { ok: false, diagnostics };
}

interface _Issue {
  code?: string;
  message: string;
  path: readonly PropertyKey[];
  errors?: readonly (readonly _Issue[])[];
}

/**
 * Flattens zod issues; for a failed union (a condition), reports the branch
 * that came closest (fewest issues) instead of "Invalid input".
 */
export function _explainIssues(issues: readonly _Issue[], prefix: (string | number)[]): { message: string; path: (string | number)[] }[] {
  const out: { message: string; path: (string | number)[] }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      let best = issue.errors[0] as readonly _Issue[];
      for (const branch of issue.errors) if (branch.length < best.length) best = branch;
      if (best.length > 0) {
        out.push(..._explainIssues(best, path));
        continue;
      }
    }
    out.push({ message: issue.message, path });
  }
  return out;
}

function compileCondition(c: RuleCondition, rules: ProgressRules): Test {
  if ('metric' in c) {
    const m = c.metric;
    if (!('value' in c)) return c.op === 'present' ? (f) => f[m] !== null : (f) => f[m] === null;
    const v = typeof c.value === 'number' ? c.value : rules.thresholds[c.value];
    switch (c.op) {
      case 'lt':
        return (f) => f[m] !== null && (f[m] as number) < v;
      case 'lte':
        return (f) => f[m] !== null && (f[m] as number) <= v;
      case 'gt':
        return (f) => f[m] !== null && (f[m] as number) > v;
      case 'gte':
        return (f) => f[m] !== null && (f[m] as number) >= v;
      case 'eq':
        return (f) => f[m] !== null && f[m] === v;
      default:
        return (f) => f[m] !== null && f[m] !== v;
    }
  }
  if ('status' in c) {
    const set = c.status;
    return (f) => f.status !== null && set.includes(f.status);
  }
  if ('rag' in c) {
    const set = c.rag;
    return (f) => f.rag !== null && set.includes(f.rag);
  }
  if ('hasDeadline' in c) {
    const want = c.hasDeadline;
    return (f) => f.hasDeadline === want;
  }
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, rules));
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as Test)(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, rules));
    return (f) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as Test)(f)) return true;
      return false;
    };
  }
  const inner = compileCondition(c.not, rules);
  return (f) => !inner(f);
}

/**
 * Rules compiled once: deeply frozen rules objects (the presets, and any a
 * caller freezes), which cannot read differently from one call to the next.
 * Other rules are validated and compiled on every call, as they may change.
 */
const compiledFrozen = new WeakMap<object, _Compiled>();

/** Validates and compiles rules; deeply frozen rules only once. */
export function _compiledRules(input: unknown): { ok: true; compiled: _Compiled } | { ok: false; diagnostics: Diagnostic[] } {
  const known = typeof input === 'object' && input !== null ? compiledFrozen.get(input) : undefined;
  if (known !== undefined) return { ok: true, compiled: known };
  const valid = _validateRules(input);
  if (!valid.ok) return valid;
  const compiled = compile(valid.rules);
  if (typeof input === 'object' && input !== null && _isDeepFrozen(input)) compiledFrozen.set(input, compiled);
  return { ok: true, compiled };
}

/** Compiles valid rules. */
function compile(rules: ProgressRules): _Compiled {
  const statuses: RuleStatus[] = [...rules.scale];
  const index = new Map<string, number>();
  statuses.forEach((s, i) => index.set(s.id, i));
  for (const b of BUILT_INS) {
    if (!index.has(b.id)) {
      index.set(b.id, statuses.length);
      statuses.push(b);
    }
  }
  const at = (id: string) => index.get(id) as number;
  return {
    rules,
    statuses,
    index,
    tests: rules.rules.map((r) => compileCondition(r.when, rules)),
    ruleStatus: rules.rules.map((r) => at(r.status)),
    defaultStatus: at(rules.default.status),
    completeStatus: statuses.findIndex((s) => s.complete === true),
    noDeadlineStatus: at('no-deadline'),
    outRule: _DEFAULT,
    outStatus: 0,
  };
}

/** Applies the compiled rules to figures; sets `c.outRule` and `c.outStatus`. */
export function _evaluate(c: _Compiled, f: RuleFigures): void {
  if (_isExcludedStatus(f.status)) {
    c.outRule = _GUARD_EXCLUDED;
    c.outStatus = c.index.get(f.status as string) as number;
    return;
  }
  let rule = _DEFAULT;
  let status = c.defaultStatus;
  const tests = c.tests;
  for (let i = 0; i < tests.length; i++) {
    if ((tests[i] as Test)(f)) {
      rule = i;
      status = c.ruleStatus[i] as number;
      break;
    }
  }
  if (f.complete) {
    if ((c.statuses[status] as RuleStatus).complete !== true) {
      rule = _GUARD_COMPLETE;
      status = c.completeStatus;
    }
  } else if (!f.hasDeadline && rule === _DEFAULT) {
    const id = (c.statuses[status] as RuleStatus).id;
    if (id !== 'no-deadline' && id !== 'not-started') {
      rule = _GUARD_NO_DEADLINE;
      status = c.noDeadlineStatus;
    }
  }
  c.outRule = rule;
  c.outStatus = status;
}

/** Id of a rule index as reported (`default`, `excluded`, `complete`, `no-deadline` or the rule's id). */
export function _ruleId(c: _Compiled, rule: number): string {
  if (rule >= 0) return (c.rules.rules[rule] as { id: string }).id;
  if (rule === _GUARD_EXCLUDED) return 'excluded';
  if (rule === _GUARD_COMPLETE) return 'complete';
  if (rule === _GUARD_NO_DEADLINE) return 'no-deadline';
  return 'default';
}

function days(n: number, unit: RuleFigures['unit']): string {
  const word = unit === 'working' ? 'working day' : 'day';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function round(n: number): number {
  return Math.round(n);
}

/** "due 2006-03-31, 91 days late, no update since 2006-01-10". */
export function _summary(f: RuleFigures, staleAfterDays: number): string {
  const parts: string[] = [];
  if (f.status === 'cancelled' || f.status === 'deferred' || f.status === 'superseded') parts.push(f.status);
  if (f.complete) parts.push(f.completedOn ? `complete on ${f.completedOn}` : 'complete');
  if (f.due !== null && f.slippageDays !== null) {
    const due = f.period ? `due ${f.due} (${f.period})` : `due ${f.due}`;
    const s = f.slippageDays;
    if (f.complete) parts.push(s > 0 ? `${due}, ${days(s, f.unit)} late` : s < 0 ? `${due}, ${days(-s, f.unit)} early` : `${due}, on time`);
    else parts.push(s > 0 ? `${due}, ${days(s, f.unit)} late` : s < 0 ? `${due}, ${days(-s, f.unit)} to go` : `${due}, due today`);
  } else if (f.due !== null) {
    parts.push(f.period ? `due ${f.due} (${f.period})` : `due ${f.due}`);
  } else if (f.noDeadlineReason) {
    parts.push(f.noDeadlineReason);
  }
  if (f.baselineDue !== null && f.baselineDue !== f.due && f.baselineSlippageDays !== null) {
    const b = f.baselineSlippageDays;
    parts.push(b > 0 ? `originally due ${f.baselineDue} (${days(b, f.unit)} late against it)` : `originally due ${f.baselineDue}`);
  }
  if (!f.complete && f.percentComplete !== null) {
    if (f.percentTimeElapsed !== null) {
      let p = `${round(f.percentComplete)}% complete at ${round(f.percentTimeElapsed)}% of time elapsed`;
      if (f.schedulePerformance !== null) p += ` (schedule performance ${round(f.schedulePerformance)})`;
      parts.push(p);
    } else parts.push(`${round(f.percentComplete)}% complete`);
  }
  if (!f.complete && f.milestonesMissed > 0) parts.push(`${f.milestonesMissed} milestone${f.milestonesMissed === 1 ? '' : 's'} missed`);
  if (f.rag !== null && !f.complete) parts.push(`reported ${f.rag}`);
  if (!f.complete && f.lastUpdate !== null && f.daysSinceUpdate !== null) {
    parts.push(f.daysSinceUpdate > staleAfterDays ? `no update since ${f.lastUpdate}` : `last update ${f.lastUpdate}`);
  }
  return parts.join(', ');
}

function token(name: string, f: RuleFigures, summary: () => string): string | undefined {
  if (name === 'summary') return summary();
  if (name === 'daysLate') return f.slippageDays === null ? undefined : String(Math.max(0, f.slippageDays));
  if (name in f) {
    const v = f[name as keyof RuleFigures];
    if (v === null) return 'unknown';
    return typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v);
  }
  return undefined;
}

/** Fills `{name}` tokens of a reason template from the figures. */
export function _fill(template: string, f: RuleFigures, summary: () => string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const value = token(template.slice(open + 1, close), f, summary);
    out += template.slice(i, open) + (value ?? template.slice(open, close + 1));
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The reason sentence for the last evaluation. */
export function _reason(c: _Compiled, rule: number, f: RuleFigures): string {
  const summary = () => _summary(f, c.rules.thresholds.staleAfterDays);
  let template: string | undefined;
  if (rule >= 0) template = c.rules.rules[rule]?.reason;
  else if (rule === _DEFAULT) template = c.rules.default.reason;
  const text = template === undefined ? summary() : _fill(template, f, summary);
  const out = text || (c.statuses[c.outStatus] as RuleStatus).label;
  // A rule with its own reason explains itself; the summary does not.
  const overruled = template === undefined ? overruledNote(c, rule, f) : undefined;
  return overruled ? `${out}; ${overruled}` : out;
}

/**
 * When the rules give a colour other than the one the officer reported, say so
 * and by which rule: the evidence never silently overrules a reported RAG.
 */
function overruledNote(c: _Compiled, rule: number, f: RuleFigures): string | undefined {
  if (f.rag === null || f.complete) return undefined;
  const s = c.statuses[c.outStatus] as RuleStatus;
  if (s.color === f.rag || s.excluded === true) return undefined;
  if (rule === _DEFAULT) return `the reported ${f.rag} is overruled by the default (${s.label}): no rule on the evidence applies`;
  return `the reported ${f.rag} is overruled by rule \`${_ruleId(c, rule)}\` (${s.label})`;
}
