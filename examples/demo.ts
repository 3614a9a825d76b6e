/**
 * The main job, on the five bundled sample documents: parse each one, say what
 * it is and what was found, what is late as of a date (and by how much, and
 * why), how each lead or theme is doing, and every diagnostic. The same report
 * is written by the library's report writers into examples/out/: an HTML
 * dashboard, markdown, CSV and NDJSON (one item per line).
 *
 *   npm run demo                       # each document judged at a date inside its own plan period
 *   npm run demo -- --as-of 2009-06-30 # one date for all
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  documentItems,
  formatDiagnostics,
  isIsoDate,
  parseDocument,
  ragStatus,
  reportModel,
  rollUp,
  sanitizeTerminal,
  slippage,
  writeCsv,
  writeHtml,
  writeMarkdown,
  writeNdjson,
  type EqualityDocument,
  type ReportModel,
} from '../src/index.js';

const DATA = new URL('./data/', import.meta.url);
const OUT = new URL('./out/', import.meta.url);

/** A date inside each document's own period, so the report is meaningful for historical plans. */
const DEFAULT_AS_OF: Record<string, string> = {
  '000': '2006-06-30',
  '001': '2008-10-01',
  '002': '2023-09-30',
  '003': '2023-03-31',
  '004': '2009-12-31',
};

let values: { 'as-of'?: string };
try {
  ({ values } = parseArgs({ options: { 'as-of': { type: 'string' } } }));
} catch (error) {
  // An unknown or malformed option: say so in one line, not with a stack trace.
  console.error(`${sanitizeTerminal(error instanceof Error ? error.message : String(error))}\nUsage: npm run demo -- [--as-of YYYY-MM-DD]`);
  process.exit(2);
}
if (values['as-of'] !== undefined && !isIsoDate(values['as-of'])) {
  console.error(`--as-of must be a real date as YYYY-MM-DD, not \`${sanitizeTerminal(values['as-of'])}\``);
  process.exit(2);
}

function summary(doc: EqualityDocument): string {
  switch (doc.kind) {
    case 'review':
      return `review "${doc.title}": ${doc.recommendations.length} recommendations`;
    case 'action-plan':
      return `action plan "${doc.title}": ${doc.themes.length} themes, ${doc.actions.length} actions`;
    case 'strategy':
      return `strategy "${doc.title}" (${doc.date ?? 'undated'}): ${doc.themes.length} themes, ${doc.crossCuttingPriorities.length} cross-cutting priorities, ${doc.principles.length} guiding principles`;
    case 'peer-review':
      return `peer review${doc.title ? ` "${doc.title}"` : ''}: areas ${doc.areas.map((a) => a.ref).join(', ')}, ${doc.areas.reduce((n, a) => n + a.actions.length, 0)} actions`;
  }
}

mkdirSync(OUT, { recursive: true });
const models: ReportModel[] = [];
const files = readdirSync(DATA).filter((f) => /^\d{3}-/.test(f)).sort();

for (const file of files) {
  const text = readFileSync(new URL(file, DATA), 'utf8');
  const asOf = values['as-of'] ?? DEFAULT_AS_OF[file.slice(0, 3)] ?? '2010-01-01';
  const { data, diagnostics } = parseDocument(text, { source: file });
  const say = (line = '') => console.log(sanitizeTerminal(line));

  say(`━━ ${file}`);
  say(`   ${summary(data)}`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  say(`   diagnostics: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`);

  const items = documentItems(data);
  const dated = items.filter((i) => i.timescale);
  const by = data.kind === 'review' ? 'lead' : data.kind === 'peer-review' || data.themes.length > 0 ? 'theme' : 'lead';
  // Every item goes into the reports, dated or not (an item with no deadline says so).
  models.push(reportModel(items, { asOf, by, document: file, diagnostics }));
  const judged = items.map((item) => ({ item, slip: slippage(item, { asOf }), rag: ragStatus(item, { asOf }) }));
  judged.sort((a, b) => (b.slip.days ?? -Infinity) - (a.slip.days ?? -Infinity));
  if (dated.length > 0) {
    say(`   as of ${asOf}:`);
    for (const { item, slip, rag } of judged) {
      const late = slip.days === null ? 'no deadline' : slip.days > 0 ? `${slip.days} days late` : `${-slip.days} days to spare`;
      if (rag.status === 'red' || rag.status === 'amber' || (slip.days ?? 0) > 0)
        say(`     ${item.ref.padEnd(8)} ${rag.status.padEnd(11)} ${late.padEnd(20)} ${item.title.slice(0, 60)}${item.title.length > 60 ? '…' : ''}`);
    }
    const roll = rollUp(items, { by, asOf });
    say(`   by ${by}:`);
    for (const g of roll.groups) {
      const countText = Object.entries(g.counts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ');
      say(`     ${g.label.slice(0, 40).padEnd(41)} ${String(g.total).padStart(3)}  ${String(g.status ?? '-').padEnd(11)} ${countText}`);
    }
  }
  if (dated.length === 0 && items.length > 0) {
    say(`   none of its ${items.length} actions has a deadline: nothing can be judged late (each is \`no-deadline\`, never a guessed colour)`);
  }
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length > 0) {
    say('   errors and warnings:');
    for (const line of formatDiagnostics(shown, { source: file }).split('\n').slice(0, 8)) say(`     ${line}`);
    if (shown.length > 8) say(`     … and ${shown.length - 8} more`);
  }
  say();
}

writeFileSync(new URL('report.md', OUT), `# Equality plans: what is late\n\n${models.map(writeMarkdown).join('\n')}`);
writeFileSync(new URL('report.html', OUT), writeHtml(models, { title: 'Equality plans: what is late' }));
writeFileSync(new URL('items.csv', OUT), writeCsv(models));
writeFileSync(new URL('items.ndjson', OUT), writeNdjson(models));
const count = models.reduce((n, m) => n + m.items.length, 0);
console.log(`Wrote examples/out/report.md, report.html, items.csv and items.ndjson (${count} items).`);
