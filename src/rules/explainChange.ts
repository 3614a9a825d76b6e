import { ragStatus } from './ragStatus.js';
import type { StatusAtOptions } from './statusAt.js';
import type { RagResult, RuleFigures, TrackedItem } from './types.js';

/**
 * Options of {@link explainChange}; as {@link statusAt}.
 *
 * @example
 * ```ts
 * const o: ExplainChangeOptions = { rules: COUNCIL_SLIPPAGE_RULES };
 * ```
 * @category Rules
 */
export type ExplainChangeOptions = StatusAtOptions;

/**
 * A figure that differs between the two dates of {@link explainChange}.
 *
 * @example
 * ```ts
 * const c: FigureChange = { figure: 'percentComplete', from: 20, to: 30 };
 * ```
 * @category Rules
 */
export interface FigureChange {
  /** Which figure. */
  figure: keyof RuleFigures;
  /** Its value at the first date. */
  from: RuleFigures[keyof RuleFigures];
  /** Its value at the second date. */
  to: RuleFigures[keyof RuleFigures];
}

/**
 * Why an item's status moved (or did not) between two dates.
 *
 * @example
 * ```ts
 * const e: StatusChange = explainChange(r4, '2006-01-31', '2006-06-30');
 * e.direction //=> 'worse'
 * ```
 * @category Rules
 */
export interface StatusChange {
  /** The status at the first date. */
  from: RagResult;
  /** The status at the second date. */
  to: RagResult;
  /** Whether the status differs. */
  changed: boolean;
  /** Which way it moved on the scale. */
  direction: 'better' | 'worse' | 'same' | 'not-comparable';
  /** The reported figures that differ (status, due date, percent complete, RAG, last update, milestones missed). */
  changes: FigureChange[];
  /** One plain sentence. */
  explanation: string;
}

const WATCHED: readonly (keyof RuleFigures)[] = [
  'status',
  'complete',
  'rag',
  'due',
  'baselineDue',
  'percentComplete',
  'lastUpdate',
  'milestonesMissed',
];

/**
 * Explains a status change between two dates: the status and rule at each,
 * which reported figures changed, and a sentence a panel can read ("Green
 * (default) on 2006-01-31 became Red (overdue) on 2006-06-30: due 2006-03-31,
 * 91 days late").
 *
 * @param item - An action, recommendation or milestone with its `updates`.
 * @param from - The earlier date.
 * @param to - The later date.
 * @param options - `rules`, `workingDays`, `holidays`, `holidayRegion`.
 * @returns Both statuses, the direction, the changed figures and an explanation.
 * @throws RangeError when a date is not a real date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * explainChange(r4, '2006-01-31', '2006-06-30').explanation
 * //=> 'Green (default) on 2006-01-31 became Red (overdue) on 2006-06-30: due 2006-03-31, 91 days late'
 * ```
 * @category Rules
 */
export function explainChange(item: TrackedItem, from: string, to: string, options: ExplainChangeOptions = {}): StatusChange {
  const a = ragStatus(item, { ...options, asOf: from });
  const b = ragStatus(item, { ...options, asOf: to });
  const changes: FigureChange[] = [];
  for (const k of WATCHED) {
    if (a.figures[k] !== b.figures[k]) changes.push({ figure: k, from: a.figures[k], to: b.figures[k] });
  }
  const changed = a.status !== b.status;
  let direction: StatusChange['direction'] = 'not-comparable';
  if (a.rank >= 0 && b.rank >= 0 && !a.excluded && !b.excluded) {
    direction = b.rank > a.rank ? 'worse' : b.rank < a.rank ? 'better' : 'same';
  }
  const explanation = changed
    ? `${a.label} (${a.rule}) on ${from} became ${b.label} (${b.rule}) on ${to}: ${b.reason}`
    : `${b.label} on both ${from} and ${to} (${b.rule}): ${b.reason}`;
  return { from: a, to: b, changed, direction, changes, explanation };
}
