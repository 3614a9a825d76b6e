/**
 * The main job, on the five bundled sample documents: parse each one, say what
 * it is and what was found, what is late as of a date (and by how much, and
 * why), how each lead or theme is doing, and every diagnostic. The same report
 * is written as HTML, markdown and CSV into examples/out/, escaped.
 *
 *   npm run demo                       # each document judged at a date inside its own plan period
 *   npm run demo -- --as-of 2009-06-30 # one date for all
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
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
  type EqualityDocument,
  type RollUpKey,
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

type Row = { document: string; ref: string; title: string; due: string; daysLate: number | null; status: string; why: string; leads: string };

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
const rows: Row[] = [];
const md: string[] = ['# Equality plans: what is late', ''];
const html: string[] = ['<!doctype html><meta charset="utf-8"><title>Equality plans: what is late</title>', '<h1>Equality plans: what is late</h1>'];
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
  md.push(`## ${escapeMarkdown(file)}`, '', escapeMarkdown(summary(data)), '');
  html.push(`<h2>${escapeHtml(file)}</h2><p>${escapeHtml(summary(data))}</p>`);
  // Every item goes into items.csv, dated or not (an item with no deadline says so).
  const judged = items.map((item) => ({ item, slip: slippage(item, { asOf }), rag: ragStatus(item, { asOf }) }));
  judged.sort((a, b) => (b.slip.days ?? -Infinity) - (a.slip.days ?? -Infinity));
  for (const { item, slip, rag } of judged) {
    rows.push({ document: file, ref: item.ref, title: item.title, due: slip.due ?? '', daysLate: slip.days, status: rag.status, why: rag.reason, leads: (item.leads ?? []).join('; ') });
  }
  if (dated.length > 0) {
    say(`   as of ${asOf}:`);
    for (const { item, slip, rag } of judged) {
      const late = slip.days === null ? 'no deadline' : slip.days > 0 ? `${slip.days} days late` : `${-slip.days} days to spare`;
      if (rag.status === 'red' || rag.status === 'amber' || (slip.days ?? 0) > 0)
        say(`     ${item.ref.padEnd(8)} ${rag.status.padEnd(11)} ${late.padEnd(20)} ${item.title.slice(0, 60)}${item.title.length > 60 ? '…' : ''}`);
    }
    const by: RollUpKey = data.kind === 'review' ? 'lead' : data.kind === 'peer-review' || data.themes.length > 0 ? 'theme' : 'lead';
    const roll = rollUp(items, { by, asOf });
    say(`   by ${by}:`);
    md.push(`| ${by} | items | overall | counts | worst slippage (days; negative = days to spare) |`, '| --- | --- | --- | --- | --- |');
    html.push(`<table><thead><tr><th>${by}</th><th>items</th><th>overall</th><th>counts</th><th>worst slippage (days; negative = days to spare)</th></tr></thead><tbody>`);
    for (const g of roll.groups) {
      const countText = Object.entries(g.counts).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ');
      say(`     ${g.label.slice(0, 40).padEnd(41)} ${String(g.total).padStart(3)}  ${String(g.status ?? '-').padEnd(11)} ${countText}`);
      md.push(`| ${escapeMarkdown(g.label)} | ${g.total} | ${g.status ?? '-'} | ${escapeMarkdown(countText)} | ${g.maxSlippage ?? '-'} |`);
      html.push(`<tr><td>${escapeHtml(g.label)}</td><td>${g.total}</td><td>${escapeHtml(g.status ?? '-')}</td><td>${escapeHtml(countText)}</td><td>${g.maxSlippage ?? '-'}</td></tr>`);
    }
    md.push('');
    html.push('</tbody></table>');
  }
  if (dated.length === 0 && items.length > 0) {
    say(`   none of its ${items.length} actions has a deadline: nothing can be judged late (each is \`no-deadline\`, never a guessed colour)`);
    md.push(`None of its ${items.length} actions has a deadline.`, '');
    html.push(`<p>None of its ${items.length} actions has a deadline.</p>`);
  }
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length > 0) {
    say('   errors and warnings:');
    for (const line of formatDiagnostics(shown, { source: file }).split('\n').slice(0, 8)) say(`     ${line}`);
    if (shown.length > 8) say(`     … and ${shown.length - 8} more`);
  }
  md.push('```text', formatDiagnostics(diagnostics, { source: file }).replace(/```/g, "'''"), '```', '');
  html.push(`<pre>${escapeHtml(formatDiagnostics(diagnostics, { source: file }))}</pre>`);
  say();
}

writeFileSync(new URL('report.md', OUT), `${md.join('\n')}\n`);
writeFileSync(new URL('report.html', OUT), `${html.join('\n')}\n`);
writeFileSync(
  new URL('items.csv', OUT),
  toCsv(['document', 'ref', 'title', 'due', 'days late', 'status', 'why', 'leads'], rows.map((r) => [r.document, r.ref, r.title, r.due, r.daysLate, r.status, r.why, r.leads])),
);
console.log(`Wrote examples/out/report.md, report.html and items.csv (${rows.length} items).`);
