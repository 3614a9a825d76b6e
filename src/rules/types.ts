import type { Milestone, ProgressUpdate } from '../model/action.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProgressRules } from '../model/progress-rules.js';
import type { z } from 'zod';
import type { ProgressRulesSchema } from '../model/progress-rules.js';
import type { ReportedRag, Status } from '../model/status.js';
import type { Timescale } from '../model/timescale.js';
import type { BankHolidayRegion } from './bank-holidays.js';

/**
 * Anything whose progress can be judged: an {@link Action}, a
 * {@link Recommendation} or a {@link Milestone} all fit. Only the fields the
 * rules read are listed; everything is optional.
 *
 * - `timescale` is the current deadline; `baselineTimescale` the original one
 *   where the item was re-dated. A `revisedTimescale` in an update re-dates it
 *   from that update's date on (and the earlier timescale is the baseline).
 * - `status`, `percentComplete` and `rag` are the latest reported values; the
 *   `updates` history says what was reported when.
 *
 * @example
 * ```ts
 * const r4: TrackedItem = { id: 'R4', timescale: { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' } };
 * ```
 * @category Rules
 */
export interface TrackedItem {
  /** The item's id. */
  id?: string | undefined;
  /** Current deadline or window. */
  timescale?: Timescale | undefined;
  /** The original deadline, where the item was re-dated. */
  baselineTimescale?: Timescale | undefined;
  /** Latest reported status. */
  status?: Status | undefined;
  /** For milestones: done or not. */
  done?: boolean | undefined;
  /** Latest reported RAG. */
  rag?: ReportedRag | undefined;
  /** Latest reported percent complete, 0 to 100. */
  percentComplete?: number | undefined;
  /** When work started. */
  startedOn?: string | undefined;
  /** When it was completed. */
  completedOn?: string | undefined;
  /** Progress history, in any order. */
  updates?: readonly ProgressUpdate[] | undefined;
  /** Dated steps; those past due and not done count as missed. */
  milestones?: readonly Milestone[] | undefined;
}

/**
 * Options shared by every rules function: the date to judge at, and whether
 * days are counted as working days.
 *
 * @example
 * ```ts
 * const o: MeasureOptions = { asOf: '2006-06-30', workingDays: true };
 * ```
 * @category Rules
 */
export interface MeasureOptions {
  /** The date to judge at, `YYYY-MM-DD`. The clock is never read. */
  asOf: string;
  /** Count working days (Monday to Friday, less holidays) instead of calendar days. */
  workingDays?: boolean | undefined;
  /** Holidays for working days, replacing the region's bank holidays. */
  holidays?: readonly string[] | undefined;
  /**
   * Whose bank holidays working days leave out when `holidays` is not given,
   * computed for any year by {@link bankHolidays}; default `england-and-wales`.
   * An unknown region throws a `RangeError` (misuse).
   */
  holidayRegion?: BankHolidayRegion | undefined;
}

/**
 * Progress rules as written (JSON, thresholds optional); what
 * {@link ProgressRulesSchema} accepts.
 *
 * @example
 * ```ts
 * const json: ProgressRulesInput = { id: 'x', name: 'X', scale: [{ id: 'green', label: 'Green', rank: 0 }], rules: [], default: { status: 'green' } };
 * ```
 * @category Rules
 */
export type ProgressRulesInput = z.input<typeof ProgressRulesSchema>;

/**
 * Options of {@link ragStatus}, {@link statusAt}, {@link statusTrend} and
 * {@link explainChange}: `rules` defaults to {@link DEFAULT_PROGRESS_RULES}.
 *
 * @example
 * ```ts
 * const o: RagStatusOptions = { asOf: '2008-10-01', rules: DELIVERY_CONFIDENCE_RULES };
 * ```
 * @category Rules
 */
export interface RagStatusOptions extends MeasureOptions {
  /** The rules to apply; validated, never trusted. */
  rules?: ProgressRules | ProgressRulesInput | undefined;
}

/**
 * The figures the rules read for an item at a date, all JSON. A figure that
 * cannot be known is `null` (no due date, no start date, nothing reported).
 *
 * @example
 * ```ts
 * ragStatus(r4, { asOf: '2006-06-30' }).figures.slippageDays //=> 91
 * ```
 * @category Rules
 */
export interface RuleFigures {
  /** The date judged at. */
  asOf: string;
  /** `calendar` or `working` days. */
  unit: 'calendar' | 'working';
  /** Effective status at `asOf` (`complete` once completed). */
  status: Status | null;
  /** Latest reported RAG at `asOf`. */
  rag: ReportedRag | null;
  /** Whether the item is complete at `asOf`. */
  complete: boolean;
  /** When it was completed, if by `asOf`. */
  completedOn: string | null;
  /** Whether it has a due date. */
  hasDeadline: boolean;
  /** Current due date. */
  due: string | null;
  /** Label or text of the current period, where the timescale has several. */
  period: string | null;
  /** Start of the current period. */
  start: string | null;
  /** Days late against `due` (negative: days to spare). */
  slippageDays: number | null;
  /** Original due date, where re-dated. */
  baselineDue: string | null;
  /** Days late against the original due date. */
  baselineSlippageDays: number | null;
  /** Days from `asOf` to `due` (negative once past). */
  daysToDeadline: number | null;
  /** Percent complete as reported (100 once complete). */
  percentComplete: number | null;
  /** Share of the current period gone by, 0 to 100. */
  percentTimeElapsed: number | null;
  /** Percent complete ÷ percent of time elapsed × 100. */
  schedulePerformance: number | null;
  /** Date of the latest update on or before `asOf`. */
  lastUpdate: string | null;
  /** Days since that update. */
  daysSinceUpdate: number | null;
  /** Milestones past due and not done. */
  milestonesMissed: number;
  /** Why there is no due date, when there is none. */
  noDeadlineReason: string | null;
}

/**
 * What {@link ragStatus} says: the status, its label and rank on the scale,
 * the rule that fired, a reason naming the figures, and the figures.
 * `diagnostics` is empty unless the rules were invalid, in which case
 * `status` and `rule` are `invalid-rules`.
 *
 * @example
 * ```ts
 * const r: RagResult = ragStatus(r4, { asOf: '2006-06-30' });
 * r.reason //=> 'due 2006-03-31, 91 days late'
 * ```
 * @category Rules
 */
export interface RagResult {
  /** Status id on the rules' scale. */
  status: string;
  /** Its label ("Amber/Red"). */
  label: string;
  /** Its rank (0 best). */
  rank: number;
  /** Id of the rule that fired, `default`, or a built-in guard (`excluded`, `complete`, `no-deadline`). */
  rule: string;
  /** One plain sentence naming the figures used. */
  reason: string;
  /** Whether the status is left out of progress roll-ups. */
  excluded: boolean;
  /** The figures read. */
  figures: RuleFigures;
  /** Problems with the rules, if any. */
  diagnostics: Diagnostic[];
}
