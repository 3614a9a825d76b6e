// csv-parse's Node build under Node, its browser build elsewhere: package.json `imports`, docs/formats/csv.md.
import { parse } from '#csv-parse/sync';
import type { ParseResult } from '../../model/diagnostic.js';
import { _unclosedQuoteRecord } from './_quotes.js';
import { _looksLikeHtml, _readCellHtml } from '../_cell-html.js';
import { firstNonSpace, fold } from '../../_lib/white-space.js';
import { _locator, type _Pos } from '../_lines.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import { _reportRaggedRows } from '../_table.js';
import type { CsvDelimiter, ReadOptions, SourceDocument, TableCell, TableRow, TextSpan } from '../types.js';
import { _CSV_DELIMITERS, _isCsvDelimiter, _sniffDelimiter } from './_delimiter.js';

/**
 * Options of {@link readCsv}: the document's name (`source`) and the field
 * `delimiter` ({@link CsvDelimiter}: `,` `;` `|` or `'\t'`). Without a
 * delimiter it is found from the text: `,` `;` or `|`, whichever splits the
 * first records into the most consistent number (2 or more) of fields; a
 * tie goes to `,`. Any other delimiter is an `invalid-option` error, and
 * the delimiter is found from the text instead.
 *
 * @example
 * ```ts
 * const o: ReadCsvOptions = { source: 'actions.csv', delimiter: ';' };
 * ```
 * @category Readers
 */
export type ReadCsvOptions = ReadOptions;

/**
 * Reads delimiter-separated values (RFC 4180) with csv-parse: quoted cells
 * may span lines and hold `""` quotes; a byte-order mark is dropped; rows
 * may have different numbers of cells (`ragged-row`, info). A blank line
 * ends a table, as in TSV. Cells are plain text, except that a cell
 * starting with `<` and holding tags is read as cell HTML (as in TSV); a
 * cell that spans lines (a line break typed in a spreadsheet cell) keeps
 * each line as one of its `paragraphs`, placed where it is written, as a
 * markdown cell's `<br>` lines and an HTML cell's paragraphs are kept.
 *
 * The delimiter is `options.delimiter` (`,` `;` `|` or a tab) or, without
 * it, found from the first 60 records outside quotes: of `,` `;` and `|`,
 * the one whose most frequent field count (2 or more) the most records
 * share; a tie goes to `,` (then `;`); a `;` or `|` mostly followed by a
 * space (prose in comma-separated cells) does not compete with a `,` that
 * splits the records too; `|` is passed over in a markdown pipe table; and
 * `,` is used when none splits the records. A tab is never guessed
 * (tab-separated text is `tsv-html`'s). A delimiter outside the
 * four is an `invalid-option` error (line 1, column 1) and the delimiter
 * is found from the text. A syntax error (say, an unclosed quote) gives
 * `csv-syntax-error` and the rest of the text is split on the delimiter
 * line by line, so no text is lost. Never throws.
 *
 * @param text - The CSV text.
 * @param options - Reading options ({@link ReadCsvOptions}).
 * @returns Table blocks with their positions.
 * @example
 * ```ts
 * const { data } = readCsv('Action,Lead\n"Meet, monthly",Ann\n');
 * const table = data.blocks[0];
 * if (table.type === 'table') table.rows[1].cells.map((c) => c.text) //=> ['Meet, monthly', 'Ann']
 * const eu = readCsv('Action;Cost\nTrain staff;1,5\n').data.blocks[0]; // `;` found from the text
 * if (eu.type === 'table') eu.rows[1].cells.map((c) => c.text) //=> ['Train staff', '1,5']
 * const piped = readCsv('a|b\n', { delimiter: '|' }).data.blocks[0];
 * if (piped.type === 'table') piped.rows[0].cells.length //=> 2
 * const lines = readCsv('Lead\n"Head of HR\nFacilities Manager"\n').data.blocks[0];
 * if (lines.type === 'table') lines.rows[1].cells[0].paragraphs.map((p) => p.text) //=> ['Head of HR', 'Facilities Manager']
 * ```
 * @category Readers
 */
export function readCsv(text: string, options?: ReadCsvOptions): ParseResult<SourceDocument> {
  const asked: unknown = typeof options === 'object' && options !== null ? (options as { delimiter?: unknown }).delimiter : undefined;
  return _safeRead('csv', text, options, (input, ctx) => readBody(input, ctx, asked));
}

/** What the rest after a syntax error is split on, in words. */
const SPLIT_ON: Readonly<Record<CsvDelimiter, string>> = { ',': 'commas', ';': 'semicolons', '|': 'pipes', '\t': 'tabs' };

/** A short, safe rendering of a bad option value (control characters escaped). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return `\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\``;
}

/** The delimiter to read with: the one asked for, else the one found from the text (reporting a bad one). */
function delimiterOf(asked: unknown, text: string, ctx: _ReadContext): CsvDelimiter {
  if (asked === undefined || _isCsvDelimiter(asked)) return asked ?? _sniffDelimiter(text);
  const found = _sniffDelimiter(text);
  ctx.report({
    code: 'invalid-option',
    severity: 'error',
    message: `Unexpected ${shown(asked)} for option \`delimiter\`, expected one of ${_CSV_DELIMITERS.map(shown).join(' ')}; read with ${shown(found)}, found from the text`,
    line: 1,
    column: 1,
    path: ['delimiter'],
  });
  return found;
}

interface Parsed {
  record: string[];
  raw: string;
}

interface CsvErrorLike {
  message?: unknown;
  lines?: unknown;
}

function readBody(input: string, ctx: _ReadContext, asked: unknown): void {
  // Normalise line ends (positions are unchanged: `\r` only ends lines)
  // and skip a byte-order mark (it is not a visible column).
  const bom = input.startsWith('\ufeff') ? 1 : 0;
  const text = input.slice(bom).replace(/\r\n?/gu, '\n');
  const at = _locator(text);
  const pos = (offset: number): _Pos => {
    const p = at(offset);
    return p.line === 1 ? { line: 1, column: p.column + bom } : p;
  };
  const delimiter = delimiterOf(asked, text, ctx);
  let records: Parsed[];
  let rest = '';
  let restOffset = text.length;
  try {
    records = parseAll(text, delimiter);
  } catch (error) {
    const e = error as CsvErrorLike;
    const failedLine = typeof e.lines === 'number' && e.lines >= 1 ? e.lines : 1;
    // Keep what parses before the failing record; split the rest naively.
    const { good, offset } = parsePrefix(text, failedLine, delimiter);
    records = good;
    rest = text.slice(offset);
    restOffset = offset;
    const p = pos(offset);
    ctx.report({
      code: 'csv-syntax-error',
      severity: 'error',
      message: `Unexpected CSV syntax (${typeof e.message === 'string' ? e.message.replace(/\.$/u, '') : 'unreadable record'}), expected RFC 4180 quoting; the rest is split on ${SPLIT_ON[delimiter]}`,
      line: p.line,
      column: p.column,
      text: rest.slice(0, 200),
    });
  }
  let rows: TableRow[] | undefined;
  const end = (): void => {
    if (rows !== undefined) _reportRaggedRows(rows, ctx);
    rows = undefined;
  };
  const addRow = (row: TableRow): void => {
    if (rows === undefined) {
      rows = [];
      ctx.blocks.push({ type: 'table', rows, line: row.line, column: 1 });
    }
    rows.push(row);
  };
  let offset = 0;
  for (const r of records) {
    const start = text.indexOf(r.raw, offset);
    const recordStart = start < 0 ? offset : start;
    offset = recordStart + r.raw.length;
    if (r.raw.trim() === '' && r.record.every((c) => c.trim() === '')) {
      end();
      continue;
    }
    const body = r.raw.endsWith('\n') ? r.raw.slice(0, -1) : r.raw;
    const fields = fieldOffsets(body, delimiter);
    const cells: TableCell[] = r.record.map((value, i) => {
      const f = fields.length === r.record.length ? fields[i] : undefined;
      const cellStart = recordStart + (f?.start ?? 0);
      const p = pos(cellStart);
      const raw = f === undefined ? value : body.slice(f.start, f.end);
      return cell(value, raw, cellStart + (f?.quoted ? 1 : 0), p, pos, ctx);
    });
    addRow({ line: pos(recordStart).line, cells });
  }
  if (rest !== '') {
    let lineOffset = restOffset;
    for (const line of rest.split('\n')) {
      if (line.trim() === '') end();
      else {
        let cellOffset = lineOffset;
        const cells: TableCell[] = line.split(delimiter).map((raw) => {
          const c = cell(raw, raw, cellOffset, pos(cellOffset), pos, ctx);
          cellOffset += raw.length + 1;
          return c;
        });
        addRow({ line: pos(lineOffset).line, cells });
      }
      lineOffset += line.length + 1;
    }
  }
  end();
}

function cell(value: string, raw: string, valueStart: number, p: _Pos, pos: (o: number) => _Pos, ctx: _ReadContext): TableCell {
  if (value.trimStart().startsWith('<') && _looksLikeHtml(value)) {
    const c = _readCellHtml(value, valueStart, pos, (d) => ctx.report(d));
    return { text: c.text, line: p.line, column: p.column, paragraphs: c.paragraphs, items: c.items, raw };
  }
  return { text: fold(value), line: p.line, column: p.column, paragraphs: cellLines(value, valueStart, pos), items: [], raw };
}

/**
 * The lines of a quoted cell that spans lines (a line break typed in a
 * spreadsheet cell, Alt+Enter), as paragraphs placed where each is written —
 * each a role of several leads, a dated update, a title and its description —
 * or none when the cell is one line. The same as a markdown cell's `<br>`
 * lines and an HTML cell's paragraphs. `valueStart` is the offset of the
 * value's first character (after the opening quote); each `"` of the value is
 * written `""`.
 */
function cellLines(value: string, valueStart: number, pos: (o: number) => _Pos): TextSpan[] {
  if (!value.includes('\n')) return [];
  const out: TextSpan[] = [];
  let quotes = 0;
  let from = 0;
  for (let k = 0; k <= value.length; k++) {
    if (k < value.length && value[k] !== '\n') {
      if (value[k] === '"') quotes++;
      continue;
    }
    const piece = value.slice(from, k);
    const text = fold(piece);
    if (text !== '') {
      const lead = firstNonSpace(piece);
      // Quotes before the line's first character, each written twice.
      let before = quotes;
      for (let q = from + lead; q < k; q++) if (value[q] === '"') before--;
      const p = pos(valueStart + from + lead + before);
      out.push({ text, line: p.line, column: p.column });
    }
    from = k + 1;
  }
  return out.length > 1 ? out : [];
}

const OPTIONS = {
  relax_column_count: true,
  bom: true,
  info: true,
  raw: true,
  skip_empty_lines: false,
  record_delimiter: '\n',
} as const;

function parseAll(text: string, delimiter: CsvDelimiter): Parsed[] {
  return (parse(text, { ...OPTIONS, delimiter }) as unknown as { record: string[]; raw: string }[]).map((r) => ({ record: r.record, raw: r.raw }));
}

/**
 * Parses the records before the broken one. The record holding a quote
 * that never closes is found by one scan ({@link _unclosedQuoteRecord});
 * otherwise the lines before `failedLine`. At most {@link PREFIX_TRIES}
 * shorter prefixes are tried (each try is a whole parse: trying every line
 * was quadratic); past that, everything is the rest, split naively.
 */
function parsePrefix(text: string, failedLine: number, delimiter: CsvDelimiter): { good: Parsed[]; offset: number } {
  const unclosed = _unclosedQuoteRecord(text, delimiter);
  let end = unclosed ?? text.length;
  if (unclosed === undefined) {
    // The start of line `failedLine`.
    for (let line = 1, i = 0; line < failedLine; line++) {
      i = text.indexOf('\n', i);
      if (i < 0) break;
      i++;
      end = i;
    }
    if (failedLine <= 1) end = 0;
  }
  for (let tries = 0; end > 0 && tries < PREFIX_TRIES; tries++) {
    try {
      return { good: parseAll(text.slice(0, end - 1), delimiter), offset: end };
    } catch {
      // An earlier record is broken too: try the line before.
      end = text.lastIndexOf('\n', end - 2) + 1;
    }
  }
  return { good: [], offset: 0 };
}

const PREFIX_TRIES = 8;


/** Start/end offsets of the fields of a raw record (RFC 4180 quoting). */
function fieldOffsets(raw: string, delimiter: CsvDelimiter): { start: number; end: number; quoted: boolean }[] {
  const out: { start: number; end: number; quoted: boolean }[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    const quoted = raw[i] === '"';
    if (quoted) {
      i++;
      while (i < raw.length) {
        if (raw[i] === '"') {
          if (raw[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
    }
    while (i < raw.length && raw[i] !== delimiter) i++;
    out.push({ start, end: i, quoted });
    if (i >= raw.length) break;
    i++;
  }
  return out;
}
