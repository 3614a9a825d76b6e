import type { ColumnMapping } from '../model/framework.js';

/**
 * The context dates are read in: a year, or the period of the enclosing
 * plan or action, and the anchor relative phrases count from.
 *
 * @example
 * ```ts
 * const c: DateContext = { start: '2008-04-01', end: '2010-03-31' };
 * ```
 * @category Interpreters
 */
export interface DateContext {
  /** A year to give to months written without one. */
  year?: number;
  /** Start of the enclosing period (ISO). */
  start?: string;
  /** End of the enclosing period (ISO). */
  end?: string;
  /** The date relative phrases ("within 6 months") count from (ISO). */
  anchor?: string;
}

/**
 * Options every interpreter takes.
 *
 * @example
 * ```ts
 * const o: InterpretOptions = { source: 'plan.tsv', vocabulary: [{ field: 'leads', headers: ['Officer'] }] };
 * ```
 * @category Interpreters
 */
export interface InterpretOptions {
  /** Extra column mappings, tried before the built-in vocabulary. */
  vocabulary?: ColumnMapping[];
  /** Context for dates written without a year. */
  context?: DateContext;
  /** Name of the document, kept in `source` fields and diagnostics. */
  source?: string;
}
