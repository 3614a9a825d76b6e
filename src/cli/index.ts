#!/usr/bin/env node
/**
 * The `equality-plans` command: argument handling, file access and printing
 * only; the work is done by the library. Everything printed from a document
 * is escaped for its output (terminal, CSV, markdown, HTML).
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
  type DocumentItem,
  type FormatId,
  type RollUpKey,
} from '../index.js';

const HELP = `Usage: equality-plans <command> [options] <file…>

Commands:
  parse <file>              parse a document; JSON on stdout, diagnostics on stderr
  report <file> --as-of D   what is late at date D (YYYY-MM-DD), and a roll-up
  validate <file.json>      check JSON against the equality-plans model

Options:
  --format <id>     tsv-html | csv | html | markdown | text (default: detected)
  --as-of <date>    the date to judge progress at (report; required)
  --by <key>        theme | priority | lead | plan | recommendation | characteristic (report; default lead)
  --rules <preset>  ${Object.keys(PROGRESS_RULES_PRESETS).join(' | ')} (report; default default)
  --output <kind>   text | csv | markdown | html (report; default text)
  -v, --verbose     list every info diagnostic (by default they are counted by code)
  -h, --help        show this help
`;

const FORMATS = ['tsv-html', 'csv', 'html', 'markdown', 'text'];
const KEYS = ['theme', 'priority', 'lead', 'plan', 'recommendation', 'characteristic'];

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

function fail(message: string): number {
  process.stderr.write(`${sanitizeTerminal(message)}\n`);
  return 2;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        verbose: { type: 'boolean', short: 'v' },
        format: { type: 'string' },
        'as-of': { type: 'string' },
        by: { type: 'string' },
        rules: { type: 'string' },
        output: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${HELP}`);
  }
  const { positionals, values } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  if (values.format !== undefined && !FORMATS.includes(values.format)) return fail(`Unexpected format \`${values.format}\`, expected one of ${FORMATS.join(', ')}`);
  if (files.length === 0) return fail(`\`${command}\` needs a file\n\n${HELP}`);

  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      status = fail(`${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot read'}`);
      continue;
    }
    if (command === 'validate') {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        status = 1;
        process.stdout.write(sanitizeTerminal(`${file}: not JSON: ${(error as Error).message}\n`));
        continue;
      }
      const result = EqualityDocumentSchema.safeParse(json);
      if (result.success) process.stdout.write(sanitizeTerminal(`${file}: valid ${result.data.kind}\n`));
      else {
        status = 1;
        for (const issue of result.error.issues) process.stdout.write(sanitizeTerminal(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}\n`));
      }
      continue;
    }
    const options = values.format ? { source: file, format: values.format as FormatId } : { source: file };
    const { data, diagnostics } = parseDocument(text, options);
    const shown = values.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info');
    if (shown.length > 0) process.stderr.write(`${formatDiagnostics(shown, { source: file })}\n`);
    if (shown.length < diagnostics.length) process.stderr.write(sanitizeTerminal(`${file}: ${infoSummary(diagnostics)} (--verbose lists them)\n`));
    if (diagnostics.some((d) => d.severity === 'error')) status = Math.max(status, 1);
    if (command === 'parse') {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    } else if (command === 'report') {
      const asOf = values['as-of'];
      if (asOf === undefined || !isIsoDate(asOf)) return fail('report needs --as-of YYYY-MM-DD (a real date)');
      const by = values.by ?? 'lead';
      if (!KEYS.includes(by)) return fail(`Unexpected --by \`${by}\`, expected one of ${KEYS.join(', ')}`);
      const rules = PROGRESS_RULES_PRESETS[values.rules ?? 'default'];
      if (!rules) return fail(`Unexpected --rules \`${values.rules}\`, expected one of ${Object.keys(PROGRESS_RULES_PRESETS).join(', ')}`);
      process.stdout.write(report(documentItems(data), { asOf, by: by as RollUpKey, rules, output: values.output ?? 'text', file }));
    } else {
      return fail(`Unknown command \`${command}\`\n\n${HELP}`);
    }
  }
  return status;
}

function report(items: DocumentItem[], o: { asOf: string; by: RollUpKey; rules: NonNullable<(typeof PROGRESS_RULES_PRESETS)[string]>; output: string; file: string }): string {
  const rows = items.map((item) => {
    const slip = slippage(item, { asOf: o.asOf });
    const rag = ragStatus(item, { asOf: o.asOf, rules: o.rules });
    return [item.ref, item.title, slip.due ?? '', slip.days, rag.status, rag.reason, (item.leads ?? []).join('; ')] as const;
  });
  const header = ['ref', 'title', 'due', 'days late', 'status', 'why', 'leads'];
  if (o.output === 'csv') return toCsv(header, rows);
  const groups = rollUp(items, { by: o.by, asOf: o.asOf, rules: o.rules }).groups;
  if (o.output === 'markdown') {
    const cell = (v: unknown) => escapeMarkdown(String(v ?? ''));
    return [
      `| ${header.join(' | ')} |`,
      `|${header.map(() => ' --- ').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      '',
      `| ${String(o.by)} | items | status |`,
      '| --- | --- | --- |',
      ...groups.map((g) => `| ${cell(g.label)} | ${g.total} | ${cell(g.status ?? '-')} |`),
      '',
    ].join('\n');
  }
  if (o.output === 'html') {
    const cell = (v: unknown) => `<td>${escapeHtml(String(v ?? ''))}</td>`;
    return `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}\n</tbody></table>\n`;
  }
  const lines = rows.map((r) => `${r[0].padEnd(8)} ${r[4].padEnd(12)} ${String(r[3] ?? '-').padStart(5)}  ${r[5]}`);
  lines.push('', ...groups.map((g) => `${g.label.padEnd(40)} ${String(g.total).padStart(4)}  ${g.status ?? '-'}`));
  return `${sanitizeTerminal(lines.join('\n'))}\n`;
}

process.exitCode = main(process.argv.slice(2));
