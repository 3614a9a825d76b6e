/**
 * An analyst's quarterly report: every document in a folder (the bundled
 * samples by default, whatever their format) judged at one quarter end, with
 * the library's default rules. Writes a markdown report and a CSV of every
 * item (with a byte-order mark, so Excel reads it as UTF-8) and prints a short
 * summary: items per status, the most-late items, and the leads with the most
 * red items.
 *
 *   npx tsx examples/analyst-quarterly-report.ts [--quarter 2009-Q4] [--out examples/out] [--data examples/data]
 *
 * `--quarter YYYY-Qn` is a calendar quarter (Q1 ends 31 March, Q4 31 December).
 * The default, 2009-Q4, falls inside the 2008–10 and 2009 plans among the
 * samples, so some of their items are late and some still to come.
 * Files written: `<out>/equality-report-<quarter>.md` and `.csv`.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  PROGRESS_RULES_PRESETS,
  documentItems,
  escapeMarkdown,
  parseDocument,
  reportModel,
  rollUp,
  sanitizeTerminal,
  writeCsv,
  writeMarkdown,
  type DocumentItem,
  type ReportItem,
  type ReportModel,
} from '../src/index.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** The text formats the parsers read (Word, Excel and PDF need `equality-plans/office`). */
const TEXT_EXTENSIONS = new Set(['.tsv', '.csv', '.md', '.markdown', '.html', '.htm', '.txt']);
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

let values: { quarter?: string; out?: string; data?: string };
try {
  ({ values } = parseArgs({ options: { quarter: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } } }));
} catch (error) {
  console.error(`${sanitizeTerminal(error instanceof Error ? error.message : String(error))}\nUsage: analyst-quarterly-report.ts [--quarter YYYY-Qn] [--out DIR] [--data DIR]`);
  process.exit(2);
}
const quarter = (values.quarter ?? '2009-Q4').toUpperCase();
const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
if (!match) {
  console.error(`--quarter must be a calendar quarter as YYYY-Qn (n from 1 to 4), not \`${sanitizeTerminal(values.quarter ?? '')}\``);
  process.exit(2);
}
const asOf = `${match[1]}-${QUARTER_ENDS[Number(match[2]) - 1]}`;
const dataDir = resolve(values.data ?? join(HERE, 'data'));
const outDir = resolve(values.out ?? join(HERE, 'out'));

// 1. Every document in the folder, parsed and judged at the quarter end.
const say = (line = '') => console.log(sanitizeTerminal(line));
const models: ReportModel[] = [];
const allItems: DocumentItem[] = [];
const documents: { file: string; kind: string; items: number; errors: number; warnings: number }[] = [];
for (const file of readdirSync(dataDir).sort()) {
  // A folder's README describes the documents; it is not one of them.
  if (!TEXT_EXTENSIONS.has(extname(file).toLowerCase()) || /^readme\./i.test(file)) continue;
  const { data, diagnostics } = parseDocument(readFileSync(join(dataDir, file), 'utf8'), { source: file });
  const items = documentItems(data);
  allItems.push(...items);
  models.push(reportModel(items, { asOf, by: 'lead', document: file, diagnostics }));
  documents.push({
    file,
    kind: data.kind,
    items: items.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  });
}
const items = models.flatMap((m) => m.items);

// 2. The figures: items per status (worst first), the most-late items, and the roll-up by lead across all documents.
const scale = PROGRESS_RULES_PRESETS['default']!.scale;
const rank = (status: string) => scale.find((s) => s.id === status)?.rank ?? -1;
const perStatus = new Map<string, number>();
for (const i of items) perStatus.set(i.status, (perStatus.get(i.status) ?? 0) + 1);
const statuses = [...perStatus.keys()].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b));
const isLate = (i: ReportItem) => i.status !== 'complete' && (i.daysLate ?? 0) > 0;
const mostLate = items.filter(isLate).sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0));
const byLead = rollUp(allItems, { by: 'lead', asOf }).groups
  .map((g) => ({ label: g.label, total: g.total, status: g.status, red: g.counts['red'] ?? 0, amber: g.counts['amber'] ?? 0 }))
  .sort((a, b) => b.red - a.red || b.amber - a.amber || b.total - a.total || a.label.localeCompare(b.label));

// 3. The report files.
const cell = (v: unknown) => escapeMarkdown(sanitizeTerminal(String(v ?? '')));
const table = (header: readonly string[], rows: readonly (readonly unknown[])[]) => [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const markdown = [
  `# Equality plans: quarterly report, ${quarter}`,
  '',
  `Judged at the quarter end, ${asOf}, with the default progress rules: ${documents.length} documents, ${items.length} items.`,
  '',
  '## Documents',
  '',
  table(['document', 'kind', 'items', 'errors', 'warnings'], documents.map((d) => [d.file, d.kind, d.items, d.errors, d.warnings])),
  '',
  '## Items per status',
  '',
  table(['status', 'items'], statuses.map((s) => [s, perStatus.get(s)])),
  '',
  '## Most late',
  '',
  table(['document', 'ref', 'title', 'due', 'days late', 'status', 'leads'], mostLate.slice(0, 10).map((i) => [i.document, i.ref, i.title, i.due, i.daysLate, i.status, i.leads.join('; ')])),
  '',
  '## By lead, all documents',
  '',
  table(['lead', 'items', 'red', 'amber', 'status'], byLead.map((g) => [g.label, g.total, g.red, g.amber, g.status ?? '-'])),
  '',
  ...models.map(writeMarkdown),
].join('\n');
mkdirSync(outDir, { recursive: true });
const mdFile = join(outDir, `equality-report-${quarter}.md`);
const csvFile = join(outDir, `equality-report-${quarter}.csv`);
writeFileSync(mdFile, markdown);
writeFileSync(csvFile, writeCsv(models, { bom: true }));

// 4. The summary.
say(`quarter ${quarter}, judged at ${asOf}: ${documents.length} documents, ${items.length} items`);
say(`per status: ${statuses.map((s) => `${s} ${perStatus.get(s)}`).join(', ')}`);
say(`late: ${mostLate.length} items; the most late:`);
for (const i of mostLate.slice(0, 5)) say(`  ${String(i.daysLate).padStart(5)} days  ${i.document} ${i.ref}  ${i.title.length > 60 ? `${i.title.slice(0, 59)}…` : i.title}`);
say(`leads with the most red items (of ${byLead.length} leads):`);
for (const g of byLead.filter((g) => g.red > 0).slice(0, 5)) say(`  ${g.label.padEnd(40)} ${g.red} red of ${g.total}`);
say(`wrote ${mdFile}`);
say(`wrote ${csvFile}`);
