/**
 * The command's help text and the names its options take, apart from the
 * library: `equality-plans --help` prints this without loading any of it.
 */
import { FRAMEWORK_IDS } from '../frameworks/ids.js';
import type { CsvDelimiter } from '../read/types.js';
import { CSV_COLUMNS } from '../report/csvColumns.js';
import { PROGRESS_RULES_PRESETS } from '../rules/presets.js';
import { MAX_BYTES, MAX_UNDECODABLE, SAMPLE_BYTES } from './decode.js';

/** The command line's options, as `node:util`'s `parseArgs` reads them. */
export const OPTIONS = {
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
} as const;

export const COMMANDS = ['parse', 'report', 'validate'];
export const FORMATS = ['tsv-html', 'csv', 'html', 'markdown', 'text'];
export const KEYS = ['theme', 'priority', 'lead', 'plan', 'recommendation', 'characteristic'];
export const OUTPUTS = ['text', 'markdown', 'csv', 'json', 'ndjson', 'html'];
/** `--fail-on` values: the least severe diagnostic that makes the exit status 1. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** `--delimiter` values: the CSV delimiters, a tab written as `tab` (a shell passes a real tab badly). */
export const DELIMITERS: Record<string, CsvDelimiter> = { ',': ',', ';': ';', '|': '|', tab: '\t' };
export const RULES = Object.keys(PROGRESS_RULES_PRESETS);
/** The options only `report` reads. */
export const REPORT_OPTIONS = ['as-of', 'by', 'rules', 'output'] as const;

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

