import type { ParseResult } from '../model/diagnostic.js';
import type { ProgressRules } from '../model/progress-rules.js';
import { _validateRules } from './_engine.js';

/**
 * Checks progress rules written as JSON (a council's own) against
 * {@link ProgressRulesSchema}, including that every rule names a status on
 * the scale. Never throws: `data` is the parsed rules, or `null` with
 * `invalid-progress-rules` diagnostics whose `path` points into the input.
 *
 * @param input - Anything, typically `JSON.parse` of a rules file.
 * @returns The rules (thresholds defaulted) and diagnostics.
 * @example
 * ```ts
 * validateProgressRules({ id: 'x', name: 'X', scale: [{ id: 'green', label: 'Green', rank: 0 }], rules: [], default: { status: 'gren' } }).diagnostics[0]?.message
 * //=> 'Unexpected status `gren`, expected one on the scale at `default.status`'
 * ```
 * @category Rules
 */
export function validateProgressRules(input: unknown): ParseResult<ProgressRules | null> {
  const r = _validateRules(input);
  return r.ok ? { data: r.rules, diagnostics: [] } : { data: null, diagnostics: r.diagnostics };
}
