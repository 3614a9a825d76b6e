import { z } from 'zod';
import { addDays, diffDays } from '../_lib/iso-date.js';
import { IndicatorSchema, type Indicator, type IndicatorValue } from '../model/action.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { _checkAsOf } from './_measure.js';

/**
 * How an indicator is judged: on target or within `tolerancePercent` of it
 * is green; further off but improved on the same period last year (or on the
 * baseline, where there is no such period) is amber when
 * `amberWhenImproved`; otherwise red.
 *
 * @example
 * ```ts
 * IndicatorRuleSchema.parse({}) //=> { tolerancePercent: 10, amberWhenImproved: true }
 * ```
 * @category Rules
 */
export const IndicatorRuleSchema = z
  .object({
    tolerancePercent: z.number().min(0).default(10),
    amberWhenImproved: z.boolean().default(true),
  })
  .meta({ id: 'IndicatorRule' });

/**
 * An indicator rule as written (fields optional); see {@link IndicatorRuleSchema}.
 *
 * @example
 * ```ts
 * const r: IndicatorRule = { tolerancePercent: 5 };
 * ```
 * @category Rules
 */
export type IndicatorRule = z.input<typeof IndicatorRuleSchema>;

/**
 * The default indicator rule: within 10% of target is green, improved on
 * last year is amber, else red.
 *
 * @example
 * ```ts
 * DEFAULT_INDICATOR_RULE.tolerancePercent //=> 10
 * ```
 * @category Rules
 */
export const DEFAULT_INDICATOR_RULE: Readonly<Required<IndicatorRule>> = /* @__PURE__ */ Object.freeze({ tolerancePercent: 10, amberWhenImproved: true });

/**
 * Options of {@link indicatorStatus}.
 *
 * @example
 * ```ts
 * const o: IndicatorStatusOptions = { asOf: '2009-04-30', rule: { tolerancePercent: 0 } };
 * ```
 * @category Rules
 */
export interface IndicatorStatusOptions {
  /** The date to judge at; actuals dated later are ignored. */
  asOf: string;
  /** The rule; default {@link DEFAULT_INDICATOR_RULE}. */
  rule?: IndicatorRule | undefined;
}

/**
 * What {@link indicatorStatus} says: `green`, `amber` or `red`; `not-due`
 * while short of a target whose due date has not come; `no-data` or
 * `no-target` where a colour would be a lie; `invalid-rule` (with
 * diagnostics) for a bad rule.
 *
 * @example
 * ```ts
 * const r: IndicatorStatusResult = indicatorStatus(events, { asOf: '2009-04-30' });
 * r.status //=> 'red'
 * ```
 * @category Rules
 */
export interface IndicatorStatusResult {
  /** The status. */
  status: 'green' | 'amber' | 'red' | 'not-due' | 'no-data' | 'no-target' | 'invalid-rule' | 'invalid-indicator';
  /** Which test decided: `on-target`, `within-tolerance`, `improved`, `off-target`, `not-due`, `no-data`, `no-target`, `invalid-rule`, `invalid-indicator`. */
  rule: string;
  /** One plain sentence with the figures. */
  reason: string;
  /** The figures used. */
  figures: {
    /** The latest actual on or before `asOf`. */
    actual: number | null;
    /** The target it is judged against. */
    target: number | null;
    /** The actual's period. */
    period: string | null;
    /** The indicator's due date. */
    due: string | null;
    /** How far short of target, in percent of it (0 when met). */
    offPercent: number | null;
    /** The value compared against for improvement. */
    previous: number | null;
    /** Where `previous` came from. */
    previousSource: 'last-year' | 'baseline' | null;
  };
  /** Problems with the rule or the indicator, if any. */
  diagnostics: Diagnostic[];
}

function latestActual(actuals: readonly IndicatorValue[], asOf: string): IndicatorValue | undefined {
  let best: IndicatorValue | undefined;
  for (const v of actuals) {
    if (v.date !== undefined && v.date > asOf) continue;
    if (!best || (v.date ?? '') >= (best.date ?? '')) best = v;
  }
  return best;
}

function lastYear(actuals: readonly IndicatorValue[], latest: IndicatorValue): IndicatorValue | undefined {
  if (latest.date === undefined) return undefined;
  const aim = addDays(latest.date, -365);
  let best: IndicatorValue | undefined;
  let bestGap = 46;
  for (const v of actuals) {
    if (v === latest || v.date === undefined) continue;
    const gap = Math.abs(diffDays(aim, v.date));
    if (gap < bestGap) {
      best = v;
      bestGap = gap;
    }
  }
  return best;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/**
 * The status of an indicator at a date: its latest actual (dated on or
 * before `asOf`) against the target for that period (from `targets`, else
 * `target`), by the indicator rule. "Four learning opportunities/events by
 * March 2009" is a target of 4 due 2009-03-31: before then, fewer than four
 * is `not-due`; after, it is judged.
 *
 * @param input - The indicator; checked against `IndicatorSchema` (an invalid one gives `invalid-indicator`, never a throw).
 * @param options - `asOf` (required) and `rule`.
 * @returns Status, deciding test, reason and figures.
 * @throws RangeError when `asOf` is not a real date (misuse).
 * @example
 * ```ts
 * const events: Indicator = { id: 'events', title: 'Learning events', direction: 'higher', target: 4, due: '2009-03-31',
 *   actuals: [{ period: '2008/09', date: '2009-03-31', value: 3 }] };
 * indicatorStatus(events, { asOf: '2009-04-30' }).reason
 * //=> '3 against a target of 4 (25% short) for 2008/09, no earlier figure to compare'
 * ```
 * @category Rules
 */
export function indicatorStatus(
  input: Indicator,
  options: IndicatorStatusOptions,
): IndicatorStatusResult {
  _checkAsOf(options?.asOf, 'indicatorStatus');
  const asOf = options.asOf;
  // From JSON, any field can hold anything: check the indicator before reading it
  // (`actuals` left out is none reported, as the schema says).
  const checked = IndicatorSchema.safeParse(input);
  const figures: IndicatorStatusResult['figures'] = {
    actual: null,
    target: null,
    period: null,
    due: null,
    offPercent: null,
    previous: null,
    previousSource: null,
  };
  if (!checked.success) {
    const diagnostics: Diagnostic[] = checked.error.issues.map((i) => ({
      code: 'invalid-indicator',
      severity: 'error',
      message: `${i.message}${i.path.length > 0 ? ` at \`${i.path.map(String).join('.')}\`` : ''}`,
      source: 'rules',
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    }));
    return { status: 'invalid-indicator', rule: 'invalid-indicator', reason: `The indicator is invalid: ${diagnostics[0]?.message ?? ''}`, figures, diagnostics };
  }
  const indicator = checked.data;
  figures.due = indicator.due ?? null;
  const parsed = IndicatorRuleSchema.safeParse(options.rule ?? {});
  if (!parsed.success) {
    const diagnostics: Diagnostic[] = parsed.error.issues.map((i) => ({
      code: 'invalid-indicator-rule',
      severity: 'error',
      message: `${i.message}${i.path.length > 0 ? ` at \`${i.path.map(String).join('.')}\`` : ''}`,
      source: 'rules',
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    }));
    return { status: 'invalid-rule', rule: 'invalid-rule', reason: `The indicator rule is invalid: ${diagnostics[0]?.message ?? ''}`, figures, diagnostics };
  }
  const rule = parsed.data;
  const higher = (indicator.direction ?? 'higher') === 'higher';
  const latest = latestActual(indicator.actuals, asOf);
  if (!latest) {
    const target = indicator.target;
    if (target !== undefined) figures.target = target;
    const due = indicator.due;
    if (due !== undefined && asOf <= due) {
      return { status: 'not-due', rule: 'not-due', reason: `nothing reported yet; target ${target ?? 'unknown'} due ${due}`, figures, diagnostics: [] };
    }
    return { status: 'no-data', rule: 'no-data', reason: `no actual reported by ${asOf}`, figures, diagnostics: [] };
  }
  figures.actual = latest.value;
  figures.period = latest.period;
  const periodTarget = indicator.targets?.find((t) => t.period === latest.period);
  const target = periodTarget?.value ?? indicator.target;
  if (target === undefined) {
    return { status: 'no-target', rule: 'no-target', reason: `${fmt(latest.value)} for ${latest.period}, but no target`, figures, diagnostics: [] };
  }
  figures.target = target;
  const short = higher ? target - latest.value : latest.value - target;
  const off = short <= 0 ? 0 : target === 0 ? Number.POSITIVE_INFINITY : (short / Math.abs(target)) * 100;
  figures.offPercent = off;
  const head = `${fmt(latest.value)} against a target of ${fmt(target)}`;
  const where = ` for ${latest.period}`;
  if (off === 0) return { status: 'green', rule: 'on-target', reason: `${head}${where}, on target`, figures, diagnostics: [] };
  const offText = Number.isFinite(off) ? `${fmt(off)}% ${higher ? 'short' : 'over'}` : 'off target';
  if (off <= rule.tolerancePercent) {
    return { status: 'green', rule: 'within-tolerance', reason: `${head} (${offText})${where}, within ${fmt(rule.tolerancePercent)}%`, figures, diagnostics: [] };
  }
  if (!periodTarget && indicator.due !== undefined && asOf < indicator.due) {
    return { status: 'not-due', rule: 'not-due', reason: `${head} (${offText}) so far; due ${indicator.due}`, figures, diagnostics: [] };
  }
  const prev = lastYear(indicator.actuals, latest);
  if (prev) {
    figures.previous = prev.value;
    figures.previousSource = 'last-year';
  } else if (indicator.baseline !== undefined) {
    figures.previous = indicator.baseline;
    figures.previousSource = 'baseline';
  }
  let compare = ', no earlier figure to compare';
  if (figures.previous !== null) {
    const improved = higher ? latest.value > figures.previous : latest.value < figures.previous;
    const against = figures.previousSource === 'last-year' ? `${fmt(figures.previous)} a year earlier` : `the baseline of ${fmt(figures.previous)}`;
    compare = improved ? `, improved on ${against}` : `, not improved on ${against}`;
    if (improved && rule.amberWhenImproved) {
      return { status: 'amber', rule: 'improved', reason: `${head} (${offText})${where}${compare}`, figures, diagnostics: [] };
    }
  }
  return { status: 'red', rule: 'off-target', reason: `${head} (${offText})${where}${compare}`, figures, diagnostics: [] };
}
