/**
 * The command line of `equality-plans`: the help text and the check of every
 * argument, done before any document is read. Nothing here reads a file.
 */
import { parseArgs } from 'node:util';
import { CSV_COLUMNS, FRAMEWORK_IDS, PROGRESS_RULES_PRESETS, isIsoDate, parseTimescale, type CsvDelimiter, type FormatId, type ProgressRules, type Severity } from '../index.js';
import { MAX_BYTES, MAX_UNDECODABLE, SAMPLE_BYTES } from './decode.js';

export const COMMANDS = ['parse', 'report', 'validate'];
export const FORMATS = ['tsv-html', 'csv', 'html', 'markdown', 'text'];
export const KEYS = ['theme', 'priority', 'lead', 'plan', 'recommendation', 'characteristic'];
export const OUTPUTS = ['text', 'markdown', 'csv', 'json', 'ndjson', 'html'];
/** `--fail-on` values: the least severe diagnostic that makes the exit status 1. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** `--delimiter` values: the CSV delimiters, a tab written as `tab` (a shell passes a real tab badly). */
export const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', ';': ';', '|': '|', tab: '\t' };
const RULES = Object.keys(PROGRESS_RULES_PRESETS);
/** The options only `report` reads. */
const REPORT_OPTIONS = ['as-of', 'by', 'rules', 'output'] as const;

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

export const HELP = `Usage: equality-plans <command> [options] <file…>

Commands:
  parse <file>              parse a document: JSON on stdout, diagnostics on stderr
  report <file…> --as-of D  what is late at date D (YYYY-MM-DD), and a roll-up by --by
  validate <file.json…>     check JSON against the model; problems on stderr

A <file> may be - (standard input), a directory (its .tsv .csv .md .markdown .html .htm
.txt files, or .json for validate, found recursively, in name order) or a glob in quotes
('plans/**/*.tsv'; * ? and ** are understood).

Options:
  --format <id>     how to read the files (parse, report; default: detected):
${choices(FORMATS, INDENT)}
  --delimiter <c>   the CSV field delimiter (parse, report; default: found from the
                    text): ${Object.keys(DELIMITERS).map((d) => (d === 'tab' ? d : `'${d}'`)).join(' ')} (quoted for the shell);
                    it implies --format csv
  --framework <f>   a framework (parse, report): a shipped one's id or a JSON file
                    (schema/framework.json). Its column vocabulary is used to read
                    tables, the themes actions name become its theme ids (their titles
                    label the roll-up by theme), ratings against its levels are read,
                    and its rules, if any, replace the default rules. Shipped:
${choices(FRAMEWORK_IDS, INDENT)}
  --period <span>   the plan's period (parse, report), e.g. 2023/24 or 'April 2023 –
                    March 2025': deadlines without a year ("end of financial year",
                    "by October") are read inside it; default: the period the
                    document names, if any
  --as-of <date>    the date to judge progress at (report; required)
  --by <key>        what the roll-up groups by (report; default lead):
${choices(KEYS, INDENT)}
  --rules <r>       the progress rules (report; default default): a preset,
${choices(RULES, INDENT)}
                    or a JSON file of ProgressRules (schema/progress-rules.json)
  --output <kind>   ${OUTPUTS.join(' | ')} (report; default text), as below
  --fail-on <s>     ${FAIL_ON.join(' | ')} (default error): exit 1 when a document has a
                    diagnostic this severe or worse; never: only for bad arguments or files
  -v, --verbose     list every info diagnostic (by default they are counted by code)
  -h, --help        show this help
  --version         print the version

report --output:
  text, markdown        the as-of date, the items (late first), then the roll-up by --by;
                        with several files, a heading names each file before its items
  html                  one self-contained dashboard page for all files
  csv                   the items only, no roll-up: one table for all files, with columns
                        ${CSV_COLUMNS.join(',')}
  json                  one JSON document: per file its items, roll-up and diagnostics
  ndjson                one item per line (all files), as schema/report-item.json describes

Files are text: UTF-8, or UTF-16 starting with a byte-order mark; a file that is not UTF-8
but reads as Windows-1252 is read so, with a warning [encoding-assumed]. A file is binary,
and is refused with "<file>: binary file, expected text", when its first ${SAMPLE_BYTES} bytes hold
a NUL or more than ${MAX_UNDECODABLE * 100}% of the characters they decode to are U+FFFD (bytes that are not
UTF-8). Word (.docx), Excel (.xlsx) and PDF files, found by their first bytes whatever
their name, are read with the optional packages mammoth, exceljs and unpdf (a missing one is
named [missing-dependency]); a damaged or password-protected one gives [unreadable-file].
Old .doc/.xls and OpenDocument files are refused with a hint to save them anew. Files over ${MAX_BYTES / 2 ** 20} MiB are refused.

Exit status: 0 done; 1 a document has an error diagnostic (see --fail-on), or JSON is not
valid; 2 a bad argument (then no file is read), or a file that cannot be read, is binary
or too large (the other files are still done), or output that cannot be written.
`;

/** What the command line asks for, every argument checked. */
export interface Request {
  command: string;
  files: string[];
  verbose: boolean;
  format: FormatId | undefined;
  delimiter: CsvDelimiter | undefined;
  failOn: FailOn;
  /** The `--framework` file, read after the arguments are checked, or the id of a shipped framework. */
  framework: string | undefined;
  /** The `--rules` file when it is not a preset name. */
  rulesFile: string | undefined;
  /** Whether `--rules` was given (then a framework's rules do not replace them). */
  rulesGiven: boolean;
  report: ReportOptions;
  /** `--period` read as the date context of every document, when given. */
  context: { start: string; end: string } | undefined;
}

export interface ReportOptions {
  asOf: string;
  by: string;
  rules: ProgressRules;
  output: string;
}

/** Whether a diagnostic of `severity` makes the exit status 1 under `failOn`. */
export function fails(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return severity === 'error' || (failOn === 'warning' && severity === 'warning');
}

const oneOf = (values: readonly string[]) => `expected one of ${values.join(', ')}`;

/** Node's parseArgs message for an unknown or ill-used option, as one plain sentence. */
function plainOptionError(message: string): string {
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (unknown) return `Unknown option ${unknown[1]} (equality-plans --help lists the options)`;
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value (equality-plans --help lists the options)`;
  return `${message.split('\n')[0]} (equality-plans --help lists the options)`;
}

/** A `--rules` or `--framework` value that names a file rather than a preset or shipped framework. */
const isRulesFile = (value: string) => /\.json$/i.test(value) || value.includes('/') || value.includes('\\');

/**
 * Checks the whole command line before any file is read: the request, or the
 * one-line message naming what is wrong.
 */
export function checkArguments(argv: string[]): Request | { help: string } | { version: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        format: { type: 'string' },
        delimiter: { type: 'string' },
        framework: { type: 'string' },
        'fail-on': { type: 'string' },
        period: { type: 'string' },
        'as-of': { type: 'string' },
        by: { type: 'string' },
        rules: { type: 'string' },
        output: { type: 'string' },
      },
    });
  } catch (error) {
    return { error: plainOptionError((error as Error).message) };
  }
  const { positionals, values } = parsed;
  const [command, ...files] = positionals;
  if (values.help) return { help: HELP };
  if (values.version) return { version: true };
  if (command === undefined) return { error: `Missing command, ${oneOf(COMMANDS)} (equality-plans --help explains them)` };
  if (!COMMANDS.includes(command)) return { error: `Unknown command \`${command}\`, ${oneOf(COMMANDS)}` };
  if (values.format !== undefined && !FORMATS.includes(values.format)) return { error: `Unexpected --format \`${values.format}\`, ${oneOf(FORMATS)}` };
  if (command === 'validate' && values.format !== undefined) return { error: 'Unexpected --format with `validate`, which reads JSON' };
  if (values.delimiter !== undefined && !Object.hasOwn(DELIMITERS, values.delimiter)) return { error: `Unexpected --delimiter \`${values.delimiter}\`, ${oneOf(Object.keys(DELIMITERS))}` };
  if (command === 'validate' && values.delimiter !== undefined) return { error: 'Unexpected --delimiter with `validate`, which reads JSON' };
  if (values.delimiter !== undefined && values.format !== undefined && values.format !== 'csv') return { error: `Unexpected --delimiter with --format ${values.format}, expected it with CSV only` };
  if (command === 'validate' && values.framework !== undefined) return { error: 'Unexpected --framework with `validate`, expected it with `parse` or `report`' };
  if (values.framework !== undefined && !isRulesFile(values.framework) && !(FRAMEWORK_IDS as readonly string[]).includes(values.framework)) {
    return { error: `Unexpected --framework \`${values.framework}\`, ${oneOf(FRAMEWORK_IDS)}, or a .json file` };
  }
  if (command === 'validate' && values.period !== undefined) return { error: 'Unexpected --period with `validate`, expected it with `parse` or `report`' };
  let context: Request['context'];
  if (values.period !== undefined) {
    const span = parseTimescale(values.period);
    if (span.start === undefined || span.end === undefined) return { error: `Unexpected --period \`${values.period}\`, expected a span with a start and an end such as 2023/24 or 'April 2023 – March 2025'` };
    context = { start: span.start, end: span.end };
  }
  const failOn = values['fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) return { error: `Unexpected --fail-on \`${failOn}\`, ${oneOf(FAIL_ON)}` };
  if (command !== 'report') {
    const given = REPORT_OPTIONS.find((name) => values[name] !== undefined);
    if (given) return { error: `Unexpected --${given} with \`${command}\`, expected it with \`report\` only` };
  }
  const report: ReportOptions = { asOf: '', by: 'lead', rules: PROGRESS_RULES_PRESETS['default']!, output: 'text' };
  let rulesFile: string | undefined;
  if (command === 'report') {
    const asOf = values['as-of'];
    if (asOf === undefined) return { error: '`report` needs --as-of YYYY-MM-DD, the date to judge progress at' };
    if (!isIsoDate(asOf)) return { error: `Unexpected --as-of \`${asOf}\`, expected a real calendar date as YYYY-MM-DD` };
    report.asOf = asOf;
    if (values.by !== undefined && !KEYS.includes(values.by)) return { error: `Unexpected --by \`${values.by}\`, ${oneOf(KEYS)}` };
    report.by = values.by ?? 'lead';
    // Own keys only: `--rules constructor` must not find Object.prototype.constructor.
    if (values.rules !== undefined && isRulesFile(values.rules)) rulesFile = values.rules;
    else if (values.rules !== undefined && !Object.hasOwn(PROGRESS_RULES_PRESETS, values.rules)) return { error: `Unexpected --rules \`${values.rules}\`, ${oneOf(RULES)}, or a .json file` };
    else report.rules = PROGRESS_RULES_PRESETS[values.rules ?? 'default']!;
    if (values.output !== undefined && !OUTPUTS.includes(values.output)) return { error: `Unexpected --output \`${values.output}\`, ${oneOf(OUTPUTS)}` };
    report.output = values.output ?? 'text';
  }
  if (files.length === 0) return { error: `\`${command}\` needs a file (equality-plans --help shows how)` };
  if (files.filter((f) => f === '-').length > 1) return { error: 'Unexpected - given twice, expected standard input once' };
  const delimiter = values.delimiter === undefined ? undefined : DELIMITERS[values.delimiter];
  return {
    command,
    files,
    verbose: values.verbose ?? false,
    format: values.format as FormatId | undefined,
    delimiter,
    failOn: failOn as FailOn,
    framework: values.framework,
    rulesFile,
    rulesGiven: values.rules !== undefined,
    report,
    context,
  };
}
