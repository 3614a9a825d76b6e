import { CSV_COLUMNS } from './csvColumns.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { sanitizeTerminal } from './sanitizeTerminal.js';
import { toCsv } from './toCsv.js';
import { _humanDate } from './_humanDate.js';
import type { ReportItem, ReportModel } from './reportModel.js';

/** ANSI colours of the usual status ids (any other status is printed plain). */
const ANSI: Record<string, string> = { red: '31', amber: '33', green: '32', complete: '34', blue: '34' };

/**
 * Options of {@link writeText}.
 *
 * @example
 * ```ts
 * const o: WriteTextOptions = { color: process.stdout.isTTY && !process.env.NO_COLOR, width: process.stdout.columns };
 * ```
 * @category Reports
 */
export interface WriteTextOptions {
  /**
   * Colour the status words. The caller decides: pass `true` only when the
   * output is a terminal and `NO_COLOR` is not set (the library never reads
   * the environment). The status is always written as a word as well.
   */
  color?: boolean | undefined;
  /** The widest line wanted, e.g. the terminal's columns (default 100). */
  width?: number | undefined;
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);

/** The most lines an item's `why` takes in the text report; the rest is cut with `…`. */
const WHY_LINES = 3;

/**
 * `text` on lines of at most `width` characters, broken at spaces (a word
 * longer than a line is cut into pieces), at most `maxLines` of them, the
 * last ending with `…` when text was left out.
 */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line !== '' && line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] as string;
  kept[maxLines - 1] = last.length < width ? `${last}…` : `${last.slice(0, width - 1)}…`;
  return kept;
}

/**
 * A report as plain text for a terminal: a heading naming the document, the
 * as-of line, then one line per item (late items first, most days late
 * first) with its reference, status, lateness, title and lead, and under it
 * the item's `why` (the rule's reason, wrapped to the width, at most three
 * lines), then the roll-up. Every document string is stripped of control
 * characters and kept to one line (its tabs and line breaks become spaces).
 *
 * @param model - From {@link reportModel}.
 * @param options - Colour and width.
 * @returns The text, ending with a line break.
 * @example
 * ```ts
 * const model = reportModel([{ type: 'action', id: 'a', ref: 'A1', title: 'Audit', timescale: { kind: 'date', end: '2024-03-31', text: 'March 2024' } }], { asOf: '2024-06-30' });
 * writeText(model).split('\n')[0] //=> 'As of 30 Jun 2024'
 * ```
 * @category Reports
 */
export function writeText(model: ReportModel, options: WriteTextOptions = {}): string {
  const width = Math.max(60, options.width ?? 100);
  const paint = (status: string, text: string) => (options.color && ANSI[status] ? `\u001b[${ANSI[status]}m${text}\u001b[39m` : text);
  // Each document string on one line: control characters out, then any run of white space
  // (a tab, a line break, U+2028) one space, so no title can break its row or forge another.
  const s = (text: string) => sanitizeTerminal(text).replace(/\s+/gu, ' ').trim();
  const lines: string[] = [];
  if (model.document) lines.push(`==> ${s(model.document)} <==`);
  lines.push(`As of ${_humanDate(model.asOf)}`, '');
  const refW = Math.min(12, Math.max(3, ...model.items.map((i) => s(i.ref).length)));
  const statusW = Math.max(6, ...model.items.map((i) => s(i.statusLabel).length));
  const lateW = Math.max(4, ...model.items.map((i) => i.lateness.length));
  const rest = width - refW - statusW - lateW - 6;
  const leadW = Math.max(8, Math.floor(rest / 3));
  const titleW = Math.max(10, rest - leadW - 2);
  const whyLabel = `${' '.repeat(refW + 2)}why: `;
  const whyIndent = ' '.repeat(whyLabel.length);
  lines.push(`${'Ref'.padEnd(refW)}  ${'Status'.padEnd(statusW)}  ${'Late'.padEnd(lateW)}  ${'Title'.padEnd(titleW)}  Lead`);
  for (const i of model.items) {
    const status = paint(i.status, s(i.statusLabel).padEnd(statusW));
    lines.push(`${clip(s(i.ref), refW).padEnd(refW)}  ${status}  ${i.lateness.padEnd(lateW)}  ${clip(s(i.title), titleW).padEnd(titleW)}  ${clip(s(i.leads.join('; ')), leadW)}`.trimEnd());
    // Under the status column: `why: ` then the reason, continuation lines aligned after it.
    const why = wrap(s(i.why), width - whyIndent.length, WHY_LINES);
    why.forEach((text, n) => lines.push(`${n === 0 ? whyLabel : whyIndent}${text}`));
  }
  lines.push('', `By ${model.by}:`);
  const labelW = Math.min(40, Math.max(5, ...model.groups.map((g) => s(g.label).length)));
  for (const g of model.groups) lines.push(`${clip(s(g.label), labelW).padEnd(labelW)}  ${String(g.total).padStart(4)}  ${g.status === null ? '-' : paint(g.status, s(g.status))}`);
  return `${lines.join('\n')}\n`;
}

/** Item table columns of the markdown and HTML writers. */
const COLUMNS = ['Ref', 'Title', 'Lead', 'Due', 'Late', 'Status', 'Why'];
const itemCells = (i: ReportItem) => [i.ref, i.title, i.leads.join('; '), i.dueText, i.lateness, i.statusLabel, i.why];

/**
 * A report as GitHub-flavoured markdown, ready to paste into a committee
 * paper: a heading, the as-of line, the items table (late first) and the
 * roll-up table. Cells go through {@link escapeMarkdown}, so `EDI-01`,
 * `2024-03-31` and `&` come out as written and no cell can break the table.
 *
 * @param model - From {@link reportModel}.
 * @returns Markdown text.
 * @example
 * ```ts
 * const model = reportModel([], { asOf: '2024-06-30', document: 'plan.csv' });
 * writeMarkdown(model).split('\n')[0] //=> '## plan.csv'
 * ```
 * @category Reports
 */
export function writeMarkdown(model: ReportModel): string {
  const cell = (v: unknown) => escapeMarkdown(sanitizeTerminal(String(v ?? '')));
  const table = (header: readonly string[], body: readonly (readonly unknown[])[]) => [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...body.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  return [
    ...(model.document ? [`## ${cell(model.document)}`, ''] : []),
    `As of ${_humanDate(model.asOf)}.`,
    '',
    ...table(COLUMNS, model.items.map(itemCells)),
    '',
    ...table([model.by, 'items', 'status'], model.groups.map((g) => [g.label, g.total, g.status ?? '-'])),
    '',
  ].join('\n');
}

export { CSV_COLUMNS };

/**
 * Options of {@link writeCsv}.
 *
 * @example
 * ```ts
 * const model = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * writeCsv([model], { bom: true }).startsWith('\uFEFF') //=> true
 * ```
 * @category Reports
 */
export interface WriteCsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads the text as UTF-8. */
  bom?: boolean | undefined;
}

/**
 * The items of one or more reports as one CSV table ({@link CSV_COLUMNS}),
 * RFC 4180 with formula injection defused (see {@link escapeCsvCell}).
 *
 * @param models - From {@link reportModel}, one per document.
 * @param options - `bom` for Excel.
 * @returns CSV text.
 * @example
 * ```ts
 * writeCsv([reportModel([], { asOf: '2024-06-30' })]) //=> 'document,ref,title,due,days late,status,why,leads\r\n'
 * ```
 * @category Reports
 */
export function writeCsv(models: readonly ReportModel[], options: WriteCsvOptions = {}): string {
  const rows: (string | number | null)[][] = [];
  for (const m of models) for (const i of m.items) rows.push([i.document, i.ref, i.title, i.due ?? '', i.daysLate, i.status, i.why, i.leads.join('; ')].map((v) => (typeof v === 'string' ? sanitizeTerminal(v) : v)));
  return `${options.bom ? '\uFEFF' : ''}${toCsv(CSV_COLUMNS, rows)}`;
}

/**
 * The items of one or more reports as NDJSON: one JSON object per line,
 * each valid against `schema/report-item.json` ({@link ReportItemSchema}).
 *
 * @param models - From {@link reportModel}, one per document.
 * @returns NDJSON text (empty when there are no items).
 * @example
 * ```ts
 * writeNdjson([reportModel([], { asOf: '2024-06-30' })]) //=> ''
 * ```
 * @category Reports
 */
export function writeNdjson(models: readonly ReportModel[]): string {
  let out = '';
  for (const m of models) for (const i of m.items) out += `${JSON.stringify(i)}\n`;
  return out;
}

/**
 * One or more reports as one JSON document: per document, its as-of date,
 * items ({@link ReportItemSchema}), roll-up groups and diagnostics.
 *
 * @param models - From {@link reportModel}, one per document.
 * @returns Indented JSON text, ending with a line break.
 * @example
 * ```ts
 * JSON.parse(writeJson([reportModel([], { asOf: '2024-06-30' })])).reports.length //=> 1
 * ```
 * @category Reports
 */
export function writeJson(models: readonly ReportModel[]): string {
  return `${JSON.stringify({ reports: models }, null, 2)}\n`;
}
