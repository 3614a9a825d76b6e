import { _shown } from './_measure.js';
import { ragStatus } from './ragStatus.js';
import type { StatusAtOptions } from './statusAt.js';
import type { TrackedItem } from './types.js';

/**
 * One point of a {@link statusTrend}: the status at a date and how it moved
 * since the previous point (`null` for the first, or when either status is
 * off the RAG scale, such as `invalid-rules`).
 *
 * @example
 * ```ts
 * const p: StatusTrendPoint = { date: '2006-06-30', status: 'red', label: 'Red', rank: 4, rule: 'overdue', reason: 'due 2006-03-31, 91 days late', movement: 'worse' };
 * ```
 * @category Rules
 */
export interface StatusTrendPoint {
  /** The date. */
  date: string;
  /** Status id at that date. */
  status: string;
  /** Its label. */
  label: string;
  /** Its rank (0 best). */
  rank: number;
  /** The rule that fired. */
  rule: string;
  /** Why. */
  reason: string;
  /** Movement since the previous point. */
  movement: 'better' | 'worse' | 'same' | null;
}

/**
 * Options of {@link statusTrend}; as {@link statusAt}.
 *
 * @example
 * ```ts
 * const o: StatusTrendOptions = { workingDays: true };
 * ```
 * @category Rules
 */
export type StatusTrendOptions = StatusAtOptions;

/**
 * The status of an item at each of a series of dates (each quarter, say),
 * from its update history, so a report can show movement.
 *
 * @param item - An action, recommendation or milestone with its `updates`.
 * @param dates - The dates, in the order to report them.
 * @param options - `rules`, `workingDays`, `holidays`, `holidayRegion`.
 * @returns One point per date.
 * @throws RangeError when a date is not a real date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * statusTrend(r4, ['2006-01-31', '2006-06-30']).map((p) => `${p.status} ${p.movement}`)
 * //=> ['green null', 'red worse']
 * ```
 * @category Rules
 */
export function statusTrend(item: TrackedItem, dates: readonly string[], options: StatusTrendOptions = {}): StatusTrendPoint[] {
  if (!Array.isArray(dates)) throw new RangeError(`statusTrend: unexpected dates \`${_shown(dates)}\`, expected a list of real calendar dates as YYYY-MM-DD`);
  const out: StatusTrendPoint[] = [];
  let previous: StatusTrendPoint | undefined;
  for (const date of dates) {
    const r = ragStatus(item, { ...options, asOf: date });
    let movement: StatusTrendPoint['movement'] = null;
    if (previous && previous.rank >= 0 && r.rank >= 0 && !r.excluded) {
      movement = r.rank > previous.rank ? 'worse' : r.rank < previous.rank ? 'better' : 'same';
    }
    const point: StatusTrendPoint = { date, status: r.status, label: r.label, rank: r.rank, rule: r.rule, reason: r.reason, movement };
    out.push(point);
    previous = point;
  }
  return out;
}
