import { z } from 'zod';

/**
 * How serious a diagnostic is: `error` (something could not be read),
 * `warning` (read, but doubtful) or `info` (a note on how it was read).
 * These match vfile's `fatal` true / false / undefined.
 *
 * @example
 * ```ts
 * SeveritySchema.parse('warning') //=> 'warning'
 * ```
 * @category Diagnostics
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * Severity of a {@link Diagnostic}.
 *
 * @example
 * ```ts
 * const s: Severity = 'info';
 * ```
 * @category Diagnostics
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A 1-based place in the source text.
 *
 * @example
 * ```ts
 * PositionSchema.parse({ line: 3, column: 1 }) //=> { line: 3, column: 1 }
 * ```
 * @category Diagnostics
 */
export const PositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

/**
 * A 1-based line and column.
 *
 * @example
 * ```ts
 * const p: Position = { line: 1, column: 1 };
 * ```
 * @category Diagnostics
 */
export type Position = z.infer<typeof PositionSchema>;

/**
 * A problem or note found while reading a document or a phrase. Parsers
 * collect these instead of throwing. `code` is stable kebab-case and has an
 * anchor in `docs/diagnostics.md`; `text` holds the source words concerned,
 * so text that could not be placed anywhere is never lost. `source` names the
 * part of the library that spoke (`read/tsv-html`, `timescale`,
 * `interpret/action-plan`), as in vfile-message; `file` is the document's
 * name when the caller gave one (the `source` option of the parsers). A
 * document read from a PDF, Word or Excel file says where in that file in
 * `at` (`page 3`, `sheet Plan, row 7`): its `line` and `column` are those of
 * the HTML made from the file.
 *
 * @example
 * ```ts
 * DiagnosticSchema.parse({
 *   code: 'invalid-date',
 *   severity: 'error',
 *   message: 'Unexpected `31 June 2006`, expected a real calendar date',
 *   line: 32,
 *   column: 60,
 *   text: '31 June 2006',
 * }).code //=> 'invalid-date'
 * ```
 * @category Diagnostics
 */
export const DiagnosticSchema = z
  .object({
    code: z.string().min(1),
    severity: SeveritySchema,
    message: z.string(),
    line: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
    end: PositionSchema.optional(),
    text: z.string().optional(),
    expected: z.string().optional(),
    source: z.string().optional(),
    file: z.string().optional(),
    // Array indexes are integers; `z.int()` also keeps the JSON Schema free of a union `type`, which Ajv in strict mode refuses.
    path: z.array(z.union([z.string(), z.int()])).optional(),
    note: z.string().optional(),
    at: z.string().optional(),
    url: z.string().optional(),
  })
  .meta({ id: 'Diagnostic' });

/**
 * A problem or note with its place; see {@link DiagnosticSchema}.
 *
 * @example
 * ```ts
 * const d: Diagnostic = { code: 'year-assumed', severity: 'info', message: 'Year 2008 assumed from the plan period' };
 * ```
 * @category Diagnostics
 */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/**
 * What every parser returns: `data` is always present and schema-valid (an
 * empty document when nothing could be read), and `diagnostics` says what
 * went wrong or was assumed.
 *
 * @example
 * ```ts
 * const r: ParseResult<string[]> = { data: [], diagnostics: [] };
 * ```
 * @category Diagnostics
 */
export interface ParseResult<T> {
  /** The parsed value. */
  data: T;
  /** Everything worth telling about how it was read. */
  diagnostics: Diagnostic[];
}

/**
 * Builds the zod schema of a {@link ParseResult} around a data schema.
 *
 * @param data - Schema of the `data` field.
 * @returns A schema for `{ data, diagnostics }`.
 * @example
 * ```ts
 * parseResultSchema(z.string()).parse({ data: 'x', diagnostics: [] }) //=> { data: 'x', diagnostics: [] }
 * ```
 * @category Diagnostics
 */
export function parseResultSchema<T extends z.ZodType>(data: T) {
  return z.object({ data, diagnostics: z.array(DiagnosticSchema) });
}
