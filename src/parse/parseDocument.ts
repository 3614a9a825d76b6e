import type { ColumnMapping, Framework } from '../model/framework.js';
import type { DocumentKind, EqualityDocument } from '../model/document.js';
import type { ParseResult } from '../model/diagnostic.js';
import type { CsvDelimiter, FormatId } from '../read/types.js';
import type { DateContext } from '../interpret/types.js';
import { run } from './_run.js';

/**
 * Options of {@link parseDocument}. Every option is optional; each is
 * checked on its own, and a bad one is reported as an `invalid-option`
 * diagnostic and ignored (never thrown).
 *
 * @example
 * ```ts
 * const o: ParseDocumentOptions = { format: 'markdown', kind: 'review', context: { year: 2006 }, source: 'review.md' };
 * const csv: ParseDocumentOptions = { delimiter: ';', source: 'actions.csv' };
 * ```
 * @category Parse
 */
export interface ParseDocumentOptions {
  /** The source format; detected with `detectFormat` when missing. */
  format?: FormatId;
  /** The document kind; detected with `detectKind` when missing. */
  kind?: DocumentKind;
  /** Extra column mappings for tables, tried before the built-in vocabulary. */
  vocabulary?: ColumnMapping[];
  /**
   * A council's framework: its column vocabulary is tried after `vocabulary`,
   * and the themes actions name are read as its theme ids (see `applyFramework`).
   */
  framework?: Framework;
  /** Context for dates written without a year. */
  context?: DateContext;
  /** Name of the document, kept in `source` fields. */
  source?: string;
  /**
   * The field delimiter of a CSV document (`,` `;` `|` or a tab; see
   * `readCsv`). It says the text is CSV: with no `format`, the document is
   * read as `csv` rather than detected. Without it, the CSV reader finds the
   * delimiter from the text.
   */
  delimiter?: CsvDelimiter;
}

/**
 * Parses the text of an equality document — a review with recommendations,
 * an action plan, a strategy or a peer review, in TSV-with-HTML, CSV, HTML,
 * markdown or plain text — into the typed model. The format and the kind
 * are detected unless given. Never throws: problems, bad options and even
 * internal errors come back as diagnostics (`internal-error` with an empty
 * document of the detected kind), and `data` always validates against
 * `EqualityDocumentSchema` (table action plans are built and checked in the
 * schema's shape by `interpretActionPlan` rather than validated twice; see
 * docs/parsing.md).
 *
 * @param text - The document text.
 * @param options - Format, kind, vocabulary, date context, document name.
 * @returns The document and its diagnostics.
 * @example
 * ```ts
 * const { data, diagnostics } = parseDocument('- R1 That the Council publish a plan by 31 June 2006.\n- R2 That partners meet in April 2006.\n');
 * data.kind //=> 'review'
 * diagnostics[0]?.code //=> 'invalid-date'
 * diagnostics[0]?.line //=> 1
 * ```
 * @category Parse
 */
export function parseDocument(text: string, options?: ParseDocumentOptions): ParseResult<EqualityDocument> {
  const { data, diagnostics } = run(text, options);
  return { data, diagnostics };
}
