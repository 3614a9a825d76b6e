// The CSV report's columns, apart from the writers (the command's help names them without loading any).

/**
 * CSV columns of {@link writeCsv}, in order.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.join(',') //=> 'document,ref,title,due,days late,status,why,leads'
 * ```
 * @category Reports
 */
export const CSV_COLUMNS = ['document', 'ref', 'title', 'due', 'days late', 'status', 'why', 'leads'] as const;
