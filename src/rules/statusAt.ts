import { ragStatus } from './ragStatus.js';
import type { RagResult, RagStatusOptions, TrackedItem } from './types.js';

/**
 * Options of {@link statusAt}: those of {@link ragStatus} without `asOf`.
 *
 * @example
 * ```ts
 * const o: StatusAtOptions = { rules: DELIVERY_CONFIDENCE_RULES };
 * ```
 * @category Rules
 */
export type StatusAtOptions = Omit<RagStatusOptions, 'asOf'>;

/**
 * The status of an item as it stood on `date`, from its progress-update
 * history: only updates dated on or before `date` count, a revision of its
 * timescale counts from the update that made it, and a completion date after
 * `date` means it was not yet complete.
 *
 * @param item - An action, recommendation or milestone with its `updates`.
 * @param date - The date, `YYYY-MM-DD`.
 * @param options - `rules`, `workingDays`, `holidays`, `holidayRegion`.
 * @returns As {@link ragStatus} at that date.
 * @throws RangeError when `date` is not a real date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * statusAt(r4, '2006-01-31').status //=> 'green'
 * statusAt(r4, '2006-06-30').status //=> 'red'
 * ```
 * @category Rules
 */
export function statusAt(item: TrackedItem, date: string, options: StatusAtOptions = {}): RagResult {
  return ragStatus(item, { ...options, asOf: date });
}
