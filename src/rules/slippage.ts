import { toDayNumber } from '../_lib/iso-date.js';
import { _checkAsOf, _dayCounter, _measure, _newFigures, _newScratch } from './_measure.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { _invalidItem, _itemProblem } from './_item.js';
import type { MeasureOptions, TrackedItem } from './types.js';

/**
 * Options of {@link slippage}: the date to measure at, and working days.
 *
 * @example
 * ```ts
 * const o: SlippageOptions = { asOf: '2006-06-30', workingDays: true };
 * ```
 * @category Rules
 */
export type SlippageOptions = MeasureOptions;

/**
 * How late an item is. `days` is positive when late, negative when there are
 * days to spare, and `null` with a `reason` when there is no due date.
 * `baseline` is given where the item was re-dated.
 *
 * @example
 * ```ts
 * const s: SlippageResult = { days: 91, due: '2006-03-31', unit: 'calendar', complete: false };
 * ```
 * @category Rules
 */
export interface SlippageResult {
  /** Days late (negative: days to spare), or `null` with no due date. */
  days: number | null;
  /** The current due date. */
  due?: string;
  /** Why `days` is `null`. */
  reason?: string;
  /** Label or text of the period that counts, where there are several. */
  period?: string;
  /** `calendar` or `working` days. */
  unit: 'calendar' | 'working';
  /** Whether the item was complete at `asOf` (then measured to its completion date). */
  complete: boolean;
  /** Slippage against the original due date, where re-dated. */
  baseline?: { due: string; days: number };
  /** Present when the item has a field the rules cannot read: `days` is then `null`, and `reason` says why. */
  diagnostics?: Diagnostic[];
}

/**
 * Days between an item's due date (the end of its timescale, or of its
 * current period) and its completion date, or `asOf` when it is not complete
 * (`null` for a complete item whose completion date is not known: neither
 * its `completedOn` nor an update marking it complete).
 * Where the item was re-dated it is measured against the original date too.
 *
 * @param item - An action, recommendation or milestone.
 * @param options - `asOf` (required), `workingDays`, `holidays`, `holidayRegion`.
 * @returns The slippage; never throws on bad data.
 * @throws RangeError when `asOf` is not a real `YYYY-MM-DD` date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * slippage({ timescale: { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' } }, { asOf: '2006-06-30' })
 * //=> { days: 91, due: '2006-03-31', unit: 'calendar', complete: false }
 * slippage({ timescale: { text: 'Ongoing', kind: 'ongoing' } }, { asOf: '2006-06-30' })
 * //=> { days: null, reason: 'ongoing ("Ongoing"), no due date', unit: 'calendar', complete: false }
 * ```
 * @category Rules
 */
export function slippage(item: TrackedItem, options: SlippageOptions): SlippageResult {
  _checkAsOf(options?.asOf, 'slippage');
  const problem = _itemProblem(item);
  if (problem !== undefined) {
    const d = _invalidItem(problem, 'rules');
    return { days: null, unit: options.workingDays ? 'working' : 'calendar', complete: false, reason: `the item is invalid: ${d.message}`, diagnostics: [d] };
  }
  const f = _measure(item, options.asOf, toDayNumber(options.asOf), _dayCounter(options), _newScratch(), _newFigures(options.asOf));
  const out: SlippageResult = { days: f.slippageDays, unit: f.unit, complete: f.complete };
  if (f.due !== null) out.due = f.due;
  if (f.noDeadlineReason !== null && f.due === null) out.reason = f.noDeadlineReason;
  else if (f.slippageDays === null) out.reason = 'complete, but the completion date is not known';
  if (f.period !== null) out.period = f.period;
  if (f.baselineDue !== null && f.baselineSlippageDays !== null) out.baseline = { due: f.baselineDue, days: f.baselineSlippageDays };
  return out;
}
