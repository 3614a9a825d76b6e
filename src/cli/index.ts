#!/usr/bin/env node
/**
 * The `equality-plans` command: argument handling, file access and printing
 * only; the work is done by the library. Every argument is checked before
 * any file is read, and binary files are refused (see `decode.ts`).
 * Everything printed from a document is stripped of terminal control
 * characters and escaped for its output (CSV, markdown, HTML) by the
 * library's own functions (`sanitizeTerminal`, `toCsv`, `escapeMarkdown`,
 * `escapeHtml`).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  EqualityDocumentSchema,
  ProgressRulesSchema,
  documentItems,
  escapeHtml,
  escapeMarkdown,
  formatDiagnostics,
  loadFramework,
  parseDocument,
  ragStatus,
  rollUp,
  sanitizeTerminal,
  slippage,
  toCsv,
  type ColumnMapping,
  type Diagnostic,
  type DocumentItem,
  type ProgressRules,
  type RollUpKey,
} from '../index.js';
import { parseOffice } from '../office/index.js';
import { ITEM_COLUMNS, checkArguments, fails, type ReportOptions, type Request } from './args.js';
import { STDIN_NAME, expand, readInput } from './input.js';
import { infoSummary } from './summary.js';

/** Prints one line to stderr; returns the exit code of a bad argument or unreadable file. */
function fail(message: string): number {
  progress.clear();
  process.stderr.write(`${sanitizeTerminal(message)}\n`);
  return 2;
}

/** Writes to stderr, first clearing the progress line if one is shown. */
function warn(text: string): void {
  progress.clear();
  process.stderr.write(text);
}

/** The progress line on stderr: shown only on a terminal, and only for more than {@link PROGRESS_MIN_FILES} files. */
const PROGRESS_MIN_FILES = 10;
const progress = {
  shown: false,
  show(done: number, total: number, file: string): void {
    if (total <= PROGRESS_MIN_FILES || !process.stderr.isTTY) return;
    const columns = process.stderr.columns || 80;
    process.stderr.write(`\r\u001b[K${sanitizeTerminal(`[${done}/${total}] ${file}`).replace(/[\t\n]/g, ' ').slice(0, columns - 1)}`);
    this.shown = true;
  },
  clear(): void {
    if (this.shown) process.stderr.write('\r\u001b[K');
    this.shown = false;
  },
};

/** The package's version, from the package.json above the running script. */
function version(): string {
  let dir = dirname(realpathSync(process.argv[1] ?? '.'));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'equality-plans' && pkg.version) return pkg.version;
    } catch {
      // no package.json here; look further up
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/**
 * JSON for a terminal: characters a terminal acts on that `JSON.stringify`
 * leaves raw (DEL, the C1 controls such as U+009B CSI and U+009D OSC, the
 * bidirectional overrides and isolates that reorder what is shown) written
 * as `\uXXXX` escapes, which read back as the same JSON.
 */
function terminalSafeJson(json: string): string {
  return json.replace(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message on one line: JSON.parse quotes the text it failed on, line breaks and all. */
const oneLine = (message: string) => message.replace(/\s+/g, ' ').trim();

/** The `--framework` and `--rules` files, read after every argument is checked. */
function loadConfig(request: Request): { vocabulary: ColumnMapping[] } | { error: string } {
  const readJson = (file: string): unknown => {
    const input = readInput(file);
    if ('refused' in input) throw new Error(input.refused);
    if ('office' in input) throw new Error('an office file, expected JSON');
    try {
      return JSON.parse(input.text);
    } catch (error) {
      throw new Error(`not JSON: ${oneLine((error as Error).message)}`, { cause: error });
    }
  };
  let vocabulary: ColumnMapping[] = [];
  let file = '';
  try {
    if (request.framework !== undefined) {
      file = request.framework;
      const { data, diagnostics } = loadFramework(readJson(file));
      const problem = diagnostics.find((d) => d.severity === 'error');
      if (problem) return { error: `${file}: not a framework: ${problem.message}` };
      vocabulary = data.vocabulary;
      if (data.rules && !request.rulesGiven) request.report.rules = data.rules as ProgressRules;
    }
    if (request.rulesFile !== undefined) {
      file = request.rulesFile;
      const result = ProgressRulesSchema.safeParse(readJson(file));
      if (!result.success) {
        const issue = result.error.issues[0]!;
        return { error: `${file}: not progress rules: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
      }
      request.report.rules = result.data;
    }
  } catch (error) {
    return { error: `${file}: ${(error as Error).message}` };
  }
  return { vocabulary };
}

/** Diagnostics the command adds: the encoding it assumed, and a report with nothing in it. */
function encodingDiagnostic(place: { line: number; column: number }): Diagnostic {
  return { code: 'encoding-assumed', severity: 'warning', message: 'Unexpected bytes that are not UTF-8, read the file as Windows-1252', ...place };
}

async function main(argv: string[]): Promise<number> {
  const request = checkArguments(argv);
  if ('help' in request) {
    process.stdout.write(request.help);
    return 0;
  }
  if ('version' in request) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if ('error' in request) return fail(request.error);
  const config = loadConfig(request);
  if ('error' in config) return fail(config.error);
  const { command, report } = request;
  let status = 0;
  const files: string[] = [];
  for (const arg of request.files) {
    const expanded = expand(arg, command);
    if ('error' in expanded) status = fail(expanded.error);
    else for (const file of expanded.files) files.push(file);
  }
  const several = files.length > 1;
  const csvRows: (string | number | null)[][] = [];
  let reported = false;
  for (const [i, path] of files.entries()) {
    const file = path === '-' ? STDIN_NAME : path;
    progress.show(i + 1, files.length, file);
    // Word, Excel and PDF files are read by the office entry (not for `validate`, which reads JSON).
    const input = readInput(path, undefined, command !== 'validate');
    if ('refused' in input) {
      status = Math.max(status, fail(`${file}: ${input.refused}`));
      continue;
    }
    if ('office' in input) {
      if (command === 'validate') {
        status = Math.max(status, fail(`${file}: an office file, expected JSON`));
        continue;
      }
    } else if (command === 'validate') {
      progress.clear();
      status = Math.max(status, validate(file, input.text));
      continue;
    }
    const vocabulary = config.vocabulary.length === 0 ? {} : { vocabulary: config.vocabulary };
    const parsed =
      'office' in input
        ? await parseOffice(input.bytes, { source: file, format: input.office, ...vocabulary })
        : parseDocument(input.text, {
            source: file,
            ...(request.format === undefined ? {} : { format: request.format }),
            ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
            ...vocabulary,
          });
    const { data } = parsed;
    let diagnostics = parsed.diagnostics;
    // An empty file gets its one error, not also the warnings of a document with nothing in it.
    if (diagnostics.some((d) => d.code === 'empty-input')) diagnostics = diagnostics.filter((d) => d.code === 'empty-input' || d.severity === 'error');
    if ('notUtf8' in input && input.notUtf8) diagnostics = [encodingDiagnostic(input.notUtf8), ...diagnostics];
    const items = command === 'report' ? documentItems(data) : [];
    if (command === 'report' && items.length === 0 && !diagnostics.some((d) => d.severity !== 'info')) {
      diagnostics = [...diagnostics, { code: 'no-items', severity: 'warning', message: 'Unexpected document without items, expected rows under the header row or a list of actions', line: 1, column: 1 }];
    }
    const shown = request.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info');
    if (shown.length > 0) warn(`${sanitizeTerminal(formatDiagnostics(shown, { source: file }))}\n`);
    if (shown.length < diagnostics.length) warn(sanitizeTerminal(`${file}: ${infoSummary(diagnostics)} (--verbose lists them)\n`));
    if (diagnostics.some((d) => fails(d.severity, request.failOn))) status = Math.max(status, 1);
    if (command === 'parse') {
      progress.clear();
      process.stdout.write(`${terminalSafeJson(JSON.stringify(data, null, 2))}\n`);
      continue;
    }
    progress.clear();
    // A loop, not push(...rows): a spread of 100,000 rows overflows the call stack.
    if (report.output === 'csv') for (const row of itemRows(items, report)) csvRows.push([sanitizeTerminal(file), ...row]);
    else process.stdout.write(`${reported ? '\n' : ''}${reportSection(items, report, several ? file : undefined)}`);
    reported = true;
  }
  progress.clear();
  // One CSV table for all files, so the header comes once.
  if (command === 'report' && report.output === 'csv' && reported) process.stdout.write(toCsv(['document', ...ITEM_COLUMNS], csvRows));
  return status;
}

/** Checks one JSON file against the model: `valid <kind>` on stdout, or the problems on stderr. */
function validate(file: string, text: string): number {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(sanitizeTerminal(`${file}: not JSON: ${oneLine((error as Error).message)}\n`));
    return 1;
  }
  const result = EqualityDocumentSchema.safeParse(json);
  if (result.success) {
    process.stdout.write(sanitizeTerminal(`${file}: valid ${result.data.kind}\n`));
    return 0;
  }
  for (const issue of result.error.issues) process.stderr.write(sanitizeTerminal(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}\n`));
  return 1;
}

/**
 * One row per item, in {@link ITEM_COLUMNS} order. Text is stripped of
 * terminal control characters here, before any output escapes it: whatever
 * the output, it may be printed on a terminal, and a control character
 * removed after escaping could uncover what the escaping guarded (a formula
 * after an escape character, for CSV).
 */
function itemRows(items: DocumentItem[], o: ReportOptions) {
  return items.map((item) => {
    const slip = slippage(item, { asOf: o.asOf });
    const rag = ragStatus(item, { asOf: o.asOf, rules: o.rules });
    return [item.ref, item.title, slip.due ?? '', slip.days, rag.status, rag.reason, (item.leads ?? []).join('; ')].map((v) => (typeof v === 'string' ? sanitizeTerminal(v) : v));
  });
}

/** One row per roll-up group: its label, item count and overall status (`-` for none). */
function rollUpRows(items: DocumentItem[], o: ReportOptions) {
  return rollUp(items, { by: o.by as RollUpKey, asOf: o.asOf, rules: o.rules }).groups.map((g) => [sanitizeTerminal(g.label), g.total, sanitizeTerminal(g.status ?? '-')]);
}

/**
 * One document's report in text, markdown or HTML: its items, then the
 * roll-up by `o.by`, under a heading naming the file when `heading` is given.
 */
function reportSection(items: DocumentItem[], o: ReportOptions, heading: string | undefined): string {
  const rows = itemRows(items, o);
  const groups = rollUpRows(items, o);
  const title = heading === undefined ? undefined : sanitizeTerminal(heading);
  const rollUpColumns = [o.by, 'items', 'status'];
  if (o.output === 'markdown') {
    const cell = (v: unknown) => escapeMarkdown(String(v ?? ''));
    const table = (header: readonly string[], body: readonly (readonly unknown[])[]) => [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...body.map((r) => `| ${r.map(cell).join(' | ')} |`)];
    return [
      ...(title === undefined ? [] : [`## ${escapeMarkdown(title)}`, '']),
      ...table(ITEM_COLUMNS, rows),
      '',
      ...table(rollUpColumns, groups),
      '',
    ].join('\n');
  }
  if (o.output === 'html') {
    const table = (header: readonly string[], body: readonly (readonly unknown[])[]) =>
      `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>\n${body.map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(String(v ?? ''))}</td>`).join('')}</tr>\n`).join('')}</tbody></table>\n`;
    return `${title === undefined ? '' : `<h2>${escapeHtml(title)}</h2>\n`}${table(ITEM_COLUMNS, rows)}${table(rollUpColumns, groups)}`;
  }
  // The heading is the one `head` and `tail` print before each of several files.
  const lines = title === undefined ? [] : [`==> ${title} <==`];
  for (const r of rows) lines.push(`${String(r[0]).padEnd(8)} ${String(r[4]).padEnd(12)} ${String(r[3] ?? '-').padStart(5)}  ${r[5]}`);
  lines.push('');
  for (const [label, total, status] of groups) lines.push(`${String(label).padEnd(40)} ${String(total).padStart(4)}  ${status}`);
  return `${sanitizeTerminal(lines.join('\n'))}\n`;
}

/**
 * Output that cannot be written: a reader that stopped early (`| head`,
 * EPIPE) ends the command quietly with the status so far; a full disk
 * (ENOSPC) or any other write error is said in one line, exit 2. Never a
 * stack trace.
 */
function outputFailed(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  const why = error.code === 'ENOSPC' ? 'no space left on device' : (error.code ?? error.message);
  try {
    process.stderr.write(`equality-plans: cannot write the output: ${why}\n`);
  } catch {
    // stderr is gone too; the exit status still says it
  }
  process.exit(2);
}

const isWriteError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && ['EPIPE', 'ENOSPC', 'EIO', 'EDQUOT', 'EFBIG'].includes((error as NodeJS.ErrnoException).code ?? '');

process.stdout.on('error', outputFailed);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!isWriteError(error)) throw error;
    outputFailed(error);
  },
);
