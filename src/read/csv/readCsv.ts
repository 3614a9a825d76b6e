import { parse } from 'csv-parse/browser/esm/sync';
import type { ParseResult } from '../../model/diagnostic.js';
import { _looksLikeHtml, _readCellHtml } from '../_cell-html.js';
import { _fold, _locator, type _Pos } from '../_lines.js';
import { _safeRead, type _ReadContext } from '../_result.js';
import { _reportRaggedRows } from '../_table.js';
import type { ReadOptions, SourceDocument, TableCell, TableRow } from '../types.js';

/**
 * Options of {@link readCsv}.
 *
 * @example
 * ```ts
 * const o: ReadCsvOptions = { source: 'actions.csv' };
 * ```
 * @category Readers
 */
export type ReadCsvOptions = ReadOptions;

/**
 * Reads comma-separated values (RFC 4180) with csv-parse: quoted cells may
 * span lines and hold `""` quotes; a byte-order mark is dropped; rows may
 * have different numbers of cells (`ragged-row`, info). A blank line ends
 * a table, as in TSV. Cells are plain text, except that a cell starting
 * with `<` and holding tags is read as cell HTML (as in TSV). A syntax
 * error (say, an unclosed quote) gives `csv-syntax-error` and the rest of
 * the text is split on commas line by line, so no text is lost. Never
 * throws.
 *
 * @param text - The CSV text.
 * @param options - Reading options ({@link ReadCsvOptions}).
 * @returns Table blocks with their positions.
 * @example
 * ```ts
 * const { data } = readCsv('Action,Lead\n"Meet, monthly",Ann\n');
 * data.blocks[0].rows[1].cells.map((c) => c.text) //=> ['Meet, monthly', 'Ann']
 * ```
 * @category Readers
 */
export function readCsv(text: string, options?: ReadCsvOptions): ParseResult<SourceDocument> {
  return _safeRead('csv', text, options, readBody);
}

interface Parsed {
  record: string[];
  raw: string;
}

interface CsvErrorLike {
  message?: unknown;
  lines?: unknown;
}

function readBody(input: string, ctx: _ReadContext): void {
  // Normalise line ends (positions are unchanged: `\r` only ends lines)
  // and skip a byte-order mark (it is not a visible column).
  const bom = input.startsWith('\ufeff') ? 1 : 0;
  const text = input.slice(bom).replace(/\r\n?/gu, '\n');
  const at = _locator(text);
  const pos = (offset: number): _Pos => {
    const p = at(offset);
    return p.line === 1 ? { line: 1, column: p.column + bom } : p;
  };
  let records: Parsed[];
  let rest = '';
  let restOffset = text.length;
  try {
    records = parseAll(text);
  } catch (error) {
    const e = error as CsvErrorLike;
    const failedLine = typeof e.lines === 'number' && e.lines >= 1 ? e.lines : 1;
    // Keep what parses before the failing record; split the rest naively.
    const { good, offset } = parsePrefix(text, failedLine);
    records = good;
    rest = text.slice(offset);
    restOffset = offset;
    const p = pos(offset);
    ctx.report({
      code: 'csv-syntax-error',
      severity: 'error',
      message: `Unexpected CSV syntax (${typeof e.message === 'string' ? e.message.replace(/\.$/u, '') : 'unreadable record'}), expected RFC 4180 quoting; the rest is split on commas`,
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
    const fields = fieldOffsets(body);
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
        const cells: TableCell[] = line.split(',').map((raw) => {
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
  return { text: _fold(value), line: p.line, column: p.column, paragraphs: [], items: [], raw };
}

const OPTIONS = {
  relax_column_count: true,
  bom: true,
  info: true,
  raw: true,
  skip_empty_lines: false,
  record_delimiter: '\n',
  delimiter: ',',
} as const;

function parseAll(text: string): Parsed[] {
  return (parse(text, OPTIONS) as unknown as { record: string[]; raw: string }[]).map((r) => ({ record: r.record, raw: r.raw }));
}

/** Parses the lines before `failedLine`, shrinking until it parses. */
function parsePrefix(text: string, failedLine: number): { good: Parsed[]; offset: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  for (let line = Math.min(failedLine, starts.length); line >= 1; line--) {
    const offset = starts[line - 1] ?? 0;
    if (offset === 0) break;
    try {
      return { good: parseAll(text.slice(0, offset - 1)), offset };
    } catch {
      // An earlier record is broken too: try a shorter prefix.
    }
  }
  return { good: [], offset: 0 };
}

/** Start/end offsets of the fields of a raw record (RFC 4180 quoting). */
function fieldOffsets(raw: string): { start: number; end: number; quoted: boolean }[] {
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
    while (i < raw.length && raw[i] !== ',') i++;
    out.push({ start, end: i, quoted });
    if (i >= raw.length) break;
    i++;
  }
  return out;
}
