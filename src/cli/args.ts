/**
 * The command line of `equality-plans`: the help text and the check of every
 * argument, done before any document is read. Nothing here reads a file.
 */
import { parseArgs } from 'node:util';
import { FRAMEWORK_IDS } from '../frameworks/ids.js';
import { isIsoDate } from '../model/date.js';
import type { Severity } from '../model/diagnostic.js';
import type { ProgressRules } from '../model/progress-rules.js';
import type { CsvDelimiter, FormatId } from '../read/types.js';
import { PROGRESS_RULES_PRESETS } from '../rules/presets.js';
import { parseTimescale } from '../timescale/parseTimescale.js';
import { COMMANDS, DELIMITERS, FAIL_ON, FORMATS, HELP, KEYS, OPTIONS, OUTPUTS, REPORT_OPTIONS, RULES, type FailOn } from './help.js';

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
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
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
