/**
 * The command's work, once its arguments are not a plain `--help` or
 * `--version` (which `index.ts` answers without loading the library):
 * argument checks, file access and printing; the work is done by the
 * library. Reports are written by the library's report writers, which strip
 * terminal control characters and escape for their output.
 */
import {
  EqualityDocumentSchema,
  ProgressRulesSchema,
  documentItems,
  formatDiagnostics,
  getFramework,
  loadFramework,
  parseDocument,
  reportModel,
  sanitizeTerminal,
  writeCsv,
  writeHtml,
  writeJson,
  writeMarkdown,
  writeNdjson,
  writeText,
  type Framework,
  type Diagnostic,
  type ProgressRules,
  type ReportModel,
  type ReportModelOptions,
} from '../index.js';
import { parseOffice } from '../office/index.js';
import { checkArguments, fails, type Request } from './args.js';
import { STDIN_NAME, expand, readInput } from './input.js';
import { infoSummary } from './summary.js';
import { version } from './version.js';

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
function loadConfig(request: Request): { framework: Framework | undefined } | { error: string } {
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
  let framework: Framework | undefined;
  let file = '';
  try {
    if (request.framework !== undefined) {
      file = request.framework;
      // A shipped framework by id (the arguments were checked: anything else is a file).
      let data = getFramework(file);
      if (data === undefined) {
        const loaded = loadFramework(readJson(file));
        const problem = loaded.diagnostics.find((d) => d.severity === 'error');
        if (problem) return { error: `${file}: not a framework: ${problem.message}` };
        data = loaded.data;
      }
      framework = data;
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
  return { framework };
}

/** Diagnostics the command adds: the encoding it assumed, and a report with nothing in it. */
function encodingDiagnostic(place: { line: number; column: number }): Diagnostic {
  return { code: 'encoding-assumed', severity: 'warning', message: 'Unexpected bytes that are not UTF-8, read the file as Windows-1252', ...place };
}

/** Runs the command line `argv` (arguments after the script); the exit status. */
export async function run(argv: string[]): Promise<number> {
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
  const models: ReportModel[] = [];
  let streamed = false;
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
      // Invalid JSON is an error of the document: --fail-on never lets it pass, as it does a parse error.
      if (!validate(file, input.text) && fails('error', request.failOn)) status = Math.max(status, 1);
      continue;
    }
    const vocabulary = {
      ...(config.framework === undefined ? {} : { framework: config.framework }),
      ...(request.context === undefined ? {} : { context: request.context }),
    };
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
    const model = reportModel(items, { asOf: report.asOf, by: report.by as ReportModelOptions['by'], rules: report.rules, document: sanitizeTerminal(file), diagnostics, framework: config.framework });
    // Text and markdown stream file by file; the others are one table or page for all files.
    if (report.output === 'text' || report.output === 'markdown') {
      const shownModel = several ? model : { ...model, document: '' };
      const color = process.stdout.isTTY === true && !process.env['NO_COLOR'];
      process.stdout.write(`${streamed ? '\n' : ''}${report.output === 'text' ? writeText(shownModel, { color, width: process.stdout.columns }) : writeMarkdown(shownModel)}`);
      streamed = true;
    } else models.push(model);
  }
  progress.clear();
  if (command === 'report' && models.length > 0) {
    if (report.output === 'csv') process.stdout.write(writeCsv(models));
    else if (report.output === 'json') process.stdout.write(writeJson(models));
    else if (report.output === 'ndjson') process.stdout.write(writeNdjson(models));
    else if (report.output === 'html') process.stdout.write(writeHtml(models));
  }
  return status;
}

/** Checks one JSON file against the model: `valid <kind>` on stdout, or the problems on stderr; whether it is valid. */
function validate(file: string, text: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(sanitizeTerminal(`${file}: not JSON: ${oneLine((error as Error).message)}\n`));
    return false;
  }
  const result = EqualityDocumentSchema.safeParse(json);
  if (result.success) {
    process.stdout.write(sanitizeTerminal(`${file}: valid ${result.data.kind}\n`));
    return true;
  }
  for (const issue of result.error.issues) process.stderr.write(sanitizeTerminal(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}\n`));
  return false;
}

