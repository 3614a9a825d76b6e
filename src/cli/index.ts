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
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  EqualityDocumentSchema,
  PROGRESS_RULES_PRESETS,
  documentItems,
  escapeHtml,
  escapeMarkdown,
  formatDiagnostics,
  isIsoDate,
  parseDocument,
  ragStatus,
  rollUp,
  sanitizeTerminal,
  slippage,
  toCsv,
  type Diagnostic,
  type CsvDelimiter,
  type DocumentItem,
  type FormatId,
  type ProgressRules,
  type RollUpKey,
} from '../index.js';
import { MAX_UNDECODABLE, SAMPLE_BYTES, decodeText } from './decode.js';

const COMMANDS = ['parse', 'report', 'validate'];
const FORMATS = ['tsv-html', 'csv', 'html', 'markdown', 'text'];
const KEYS = ['theme', 'priority', 'lead', 'plan', 'recommendation', 'characteristic'];
const OUTPUTS = ['text', 'csv', 'markdown', 'html'];
/** `--delimiter` values: the CSV delimiters, a tab written as `tab` (a shell passes a real tab badly). */
const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', ';': ';', '|': '|', tab: '\t' };
const RULES = Object.keys(PROGRESS_RULES_PRESETS);
/** The options only `report` reads. */
const REPORT_OPTIONS = ['as-of', 'by', 'rules', 'output'] as const;

/** Columns of the item table; CSV puts `document` before them. */
const ITEM_COLUMNS = ['ref', 'title', 'due', 'days late', 'status', 'why', 'leads'];

/** `a | b | c` wrapped to lines of at most `width` characters, each starting with `indent`. */
function choices(values: readonly string[], indent: string, width = 92): string {
  const lines: string[] = [];
  let line = '';
  values.forEach((value, i) => {
    const part = i < values.length - 1 ? `${value} |` : value;
    if (line && indent.length + line.length + 1 + part.length > width) {
      lines.push(line);
      line = part;
    } else line = line ? `${line} ${part}` : part;
  });
  lines.push(line);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

const INDENT = ' '.repeat(20);

const HELP = `Usage: equality-plans <command> [options] <file…>

Commands:
  parse <file>              parse a document: JSON on stdout, diagnostics on stderr
  report <file…> --as-of D  what is late at date D (YYYY-MM-DD), and a roll-up by --by
  validate <file.json…>     check JSON against the model; problems on stderr

Options:
  --format <id>     how to read the files (parse, report; default: detected):
${choices(FORMATS, INDENT)}
  --delimiter <c>   the CSV field delimiter (parse, report; default: found from the
                    text): ${Object.keys(DELIMITERS).map((d) => (d === 'tab' ? d : `'${d}'`)).join(' ')} (quoted for the shell);
                    it implies --format csv
  --as-of <date>    the date to judge progress at (report; required)
  --by <key>        what the roll-up groups by (report; default lead):
${choices(KEYS, INDENT)}
  --rules <preset>  the progress rules (report; default default):
${choices(RULES, INDENT)}
  --output <kind>   ${OUTPUTS.join(' | ')} (report; default text), as below
  -v, --verbose     list every info diagnostic (by default they are counted by code)
  -h, --help        show this help

report --output:
  text, markdown, html  the items, then the roll-up by --by (group, items, status); with
                        several files, a heading names each file before its items
  csv                   the items only, no roll-up: one table for all files, with columns
                        ${['document', ...ITEM_COLUMNS].join(',')}

Files are text: UTF-8, or UTF-16 starting with a byte-order mark. A file is binary, and is
refused with "<file>: binary file, expected text", when its first ${SAMPLE_BYTES} bytes hold a NUL
or more than ${MAX_UNDECODABLE * 100}% of the characters they decode to are U+FFFD (bytes that are not UTF-8).

Exit status: 0 done; 1 a document has an error diagnostic, or JSON is not valid; 2 a bad
argument (then no file is read), or a file that cannot be read or is binary (the other
files are still done).
`;

/** What the command line asks for, every argument checked. */
interface Request {
  command: string;
  files: string[];
  verbose: boolean;
  format: FormatId | undefined;
  delimiter: CsvDelimiter | undefined;
  report: ReportOptions;
}

interface ReportOptions {
  asOf: string;
  by: string;
  rules: ProgressRules;
  output: string;
}

/**
 * The info diagnostics counted by code, most frequent first: "info: 32
 * unclosed-tag, 12 year-assumed". A 10 MB plan can carry thousands of infos
 * (a `<ul>` left open in every list cell), which would bury its warnings.
 */
function infoSummary(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'info') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, n]) => `${n} ${code}`);
  return `info: ${parts.join(', ')}`;
}

/** Prints one line to stderr; returns the exit code of a bad argument or unreadable file. */
function fail(message: string): number {
  process.stderr.write(`${sanitizeTerminal(message)}\n`);
  return 2;
}

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

/**
 * Checks the whole command line before any file is read: the request, or the
 * one-line message naming what is wrong.
 */
function checkArguments(argv: string[]): Request | { help: string } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        verbose: { type: 'boolean', short: 'v' },
        format: { type: 'string' },
        delimiter: { type: 'string' },
        'as-of': { type: 'string' },
        by: { type: 'string' },
        rules: { type: 'string' },
        output: { type: 'string' },
      },
    });
  } catch (error) {
    return { error: `${(error as Error).message} (equality-plans --help lists the options)` };
  }
  const { positionals, values } = parsed;
  const [command, ...files] = positionals;
  if (values.help) return { help: HELP };
  if (command === undefined) return { error: `Missing command, ${oneOf(COMMANDS)} (equality-plans --help explains them)` };
  if (!COMMANDS.includes(command)) return { error: `Unknown command \`${command}\`, ${oneOf(COMMANDS)}` };
  if (values.format !== undefined && !FORMATS.includes(values.format)) return { error: `Unexpected --format \`${values.format}\`, ${oneOf(FORMATS)}` };
  if (command === 'validate' && values.format !== undefined) return { error: 'Unexpected --format with `validate`, which reads JSON' };
  if (values.delimiter !== undefined && !Object.hasOwn(DELIMITERS, values.delimiter)) return { error: `Unexpected --delimiter \`${values.delimiter}\`, ${oneOf(Object.keys(DELIMITERS))}` };
  if (command === 'validate' && values.delimiter !== undefined) return { error: 'Unexpected --delimiter with `validate`, which reads JSON' };
  if (values.delimiter !== undefined && values.format !== undefined && values.format !== 'csv') return { error: `Unexpected --delimiter with --format ${values.format}, expected it with CSV only` };
  if (command !== 'report') {
    const given = REPORT_OPTIONS.find((name) => values[name] !== undefined);
    if (given) return { error: `Unexpected --${given} with \`${command}\`, expected it with \`report\` only` };
  }
  const report: ReportOptions = { asOf: '', by: 'lead', rules: PROGRESS_RULES_PRESETS['default']!, output: 'text' };
  if (command === 'report') {
    const asOf = values['as-of'];
    if (asOf === undefined) return { error: '`report` needs --as-of YYYY-MM-DD, the date to judge progress at' };
    if (!isIsoDate(asOf)) return { error: `Unexpected --as-of \`${asOf}\`, expected a real calendar date as YYYY-MM-DD` };
    report.asOf = asOf;
    if (values.by !== undefined && !KEYS.includes(values.by)) return { error: `Unexpected --by \`${values.by}\`, ${oneOf(KEYS)}` };
    report.by = values.by ?? 'lead';
    // Own keys only: `--rules constructor` must not find Object.prototype.constructor.
    if (values.rules !== undefined && !Object.hasOwn(PROGRESS_RULES_PRESETS, values.rules)) return { error: `Unexpected --rules \`${values.rules}\`, ${oneOf(RULES)}` };
    report.rules = PROGRESS_RULES_PRESETS[values.rules ?? 'default']!;
    if (values.output !== undefined && !OUTPUTS.includes(values.output)) return { error: `Unexpected --output \`${values.output}\`, ${oneOf(OUTPUTS)}` };
    report.output = values.output ?? 'text';
  }
  if (files.length === 0) return { error: `\`${command}\` needs a file (equality-plans --help shows how)` };
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  return { command, files, verbose: values.verbose ?? false, format: values.format as FormatId | undefined, delimiter, report };
}

/** A file's text, or the exit code after saying why there is none. */
function readText(file: string): string | number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot read'}`);
  }
  return decodeText(bytes) ?? fail(`${file}: binary file, expected text`);
}

function main(argv: string[]): number {
  const request = checkArguments(argv);
  if ('help' in request) {
    process.stdout.write(request.help);
    return 0;
  }
  if ('error' in request) return fail(request.error);
  const { command, files, report } = request;
  const several = files.length > 1;
  const csvRows: (string | number | null)[][] = [];
  let reported = false;
  let status = 0;
  for (const file of files) {
    const text = readText(file);
    if (typeof text === 'number') {
      status = Math.max(status, text);
      continue;
    }
    if (command === 'validate') {
      status = Math.max(status, validate(file, text));
      continue;
    }
    const { data, diagnostics } = parseDocument(text, {
      source: file,
      ...(request.format === undefined ? {} : { format: request.format }),
      ...(request.delimiter === undefined ? {} : { delimiter: request.delimiter }),
    });
    const shown = request.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info');
    if (shown.length > 0) process.stderr.write(`${formatDiagnostics(shown, { source: file })}\n`);
    if (shown.length < diagnostics.length) process.stderr.write(sanitizeTerminal(`${file}: ${infoSummary(diagnostics)} (--verbose lists them)\n`));
    if (diagnostics.some((d) => d.severity === 'error')) status = Math.max(status, 1);
    if (command === 'parse') {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      continue;
    }
    const items = documentItems(data);
    // A loop, not push(...rows): a spread of 100,000 rows overflows the call stack.
    if (report.output === 'csv') for (const row of itemRows(items, report)) csvRows.push([sanitizeTerminal(file), ...row]);
    else process.stdout.write(`${reported ? '\n' : ''}${reportSection(items, report, several ? file : undefined)}`);
    reported = true;
  }
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
    process.stderr.write(sanitizeTerminal(`${file}: not JSON: ${(error as Error).message}\n`));
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

process.exitCode = main(process.argv.slice(2));
