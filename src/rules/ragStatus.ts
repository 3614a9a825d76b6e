import { toDayNumber } from '../_lib/iso-date.js';
import type { RuleStatus } from '../model/progress-rules.js';
import { _compiledRules, _evaluate, _reason, _ruleId } from './_engine.js';
import { _checkAsOf, _dayCounter, _measure, _newFigures, _newScratch } from './_measure.js';
import { _invalidItem, _itemProblem } from './_item.js';
import { DEFAULT_PROGRESS_RULES } from './presets.js';
import type { RagResult, RagStatusOptions, TrackedItem } from './types.js';

/**
 * The status the progress rules give an item at a date, with the rule that
 * fired and a reason naming the figures it used, for audit. Rules are tried
 * in order and the first match wins; built-in guards make sure cancelled,
 * deferred and superseded items keep that status, a complete item only ever
 * gets a complete status, and an item with no due date is never given a
 * schedule colour by default (`no-deadline`). Only updates dated on or
 * before `asOf` count.
 *
 * Invalid rules do not throw: the result has status and rule
 * `invalid-rules` and the problems in `diagnostics`. Nor does an item with
 * a field the rules cannot read (`updates: [null]`, a due date of
 * `20060331` or `'31/03/2006'`): its status and rule are `invalid-item`,
 * excluded, with an `invalid-item` diagnostic naming the field.
 *
 * Deeply frozen rules (the presets, or rules of the caller's own frozen all
 * the way down) are validated and compiled once; other rules on every call,
 * since they may change between calls (`rollUp` does it once for many items).
 *
 * @param item - An action, recommendation or milestone.
 * @param options - `asOf` (required), `rules` (default {@link DEFAULT_PROGRESS_RULES}), `workingDays`, `holidays`, `holidayRegion`.
 * @returns The status, label, rank, rule, reason and figures.
 * @throws RangeError only when `asOf` is not a real `YYYY-MM-DD` date or `holidayRegion` is unknown (misuse).
 * @example
 * ```ts
 * const r4 = { id: 'R4', timescale: { text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' } } as const;
 * ragStatus(r4, { asOf: '2006-06-30' })
 * //=> { status: 'red', label: 'Red', rule: 'overdue', reason: 'due 2006-03-31, 91 days late', … }
 * ```
 * @category Rules
 */
export function ragStatus(item: TrackedItem, options: RagStatusOptions): RagResult {
  _checkAsOf(options?.asOf, 'ragStatus');
  const problem = _itemProblem(item);
  if (problem !== undefined) {
    const d = _invalidItem(problem, 'rules');
    return { status: 'invalid-item', label: 'Invalid item', rank: -1, rule: 'invalid-item', reason: `The item is invalid: ${d.message}`, excluded: true, figures: _newFigures(options.asOf), diagnostics: [d] };
  }
  const figures = _measure(item, options.asOf, toDayNumber(options.asOf), _dayCounter(options), _newScratch(), _newFigures(options.asOf));
  const valid = _compiledRules(options.rules ?? DEFAULT_PROGRESS_RULES);
  if (!valid.ok) {
    return {
      status: 'invalid-rules',
      label: 'Invalid rules',
      rank: -1,
      rule: 'invalid-rules',
      reason: `The progress rules are invalid: ${valid.diagnostics[0]?.message ?? 'unknown problem'}`,
      excluded: false,
      figures,
      diagnostics: valid.diagnostics,
    };
  }
  const c = valid.compiled;
  _evaluate(c, figures);
  const s = c.statuses[c.outStatus] as RuleStatus;
  return {
    status: s.id,
    label: s.label,
    rank: s.rank,
    rule: _ruleId(c, c.outRule),
    reason: _reason(c, c.outRule, figures),
    excluded: s.excluded === true,
    figures,
    diagnostics: [],
  };
}
