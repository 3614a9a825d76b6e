/**
 * A council defining its own framework in JSON (themes, column names,
 * four-colour RAG rules) and using it end to end: the plan is parsed in the
 * framework's shape and rolled up by its themes with its rules.
 *
 *   npx tsx examples/council-framework.ts [--as-of 2025-06-30]
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostics, loadFramework, parseDocument, ragStatus, rollUp } from '../src/index.js';

const asOfArg = process.argv.indexOf('--as-of');
const asOf = asOfArg > 0 ? (process.argv[asOfArg + 1] ?? '') : '2025-06-30';

// 1. The framework: JSON only, checked by loadFramework (every problem named with its JSON path).
const framework = loadFramework(JSON.parse(readFileSync(new URL('./frameworks/eastmere-equality-framework.json', import.meta.url), 'utf8')));
if (framework.diagnostics.length > 0) {
  console.error(formatDiagnostics(framework.diagnostics, { source: 'eastmere-equality-framework.json' }));
  process.exit(1);
}
console.log(`framework ${framework.data.id}: ${framework.data.themes.length} themes, rules ${framework.data.rules?.id ?? '(default)'}`);

// 2. The plan, in the council's own columns ("Council Priority", "Responsible Officer", "Target Date", "RAG", "Update").
const source = 'eastmere-equality-action-plan.csv';
const parsed = parseDocument(readFileSync(new URL(`./data/${source}`, import.meta.url), 'utf8'), { framework: framework.data, source });
const problems = formatDiagnostics(parsed.diagnostics.filter((d) => d.severity !== 'info'), { source });
if (problems !== '') console.log(problems);
if (parsed.data.kind !== 'action-plan') throw new Error(`expected an action plan, got ${parsed.data.kind}`);
const plan = parsed.data;

// 3. Each action judged by the framework's rules, then rolled up by its themes.
const rules = framework.data.rules;
console.log(`\nactions at ${asOf}:`);
for (const a of plan.actions) {
  const s = ragStatus(a, { asOf, rules });
  console.log(`  ${(a.ref ?? a.id).padEnd(3)} ${(a.themeIds.join(',') || '-').padEnd(15)} ${s.status.padEnd(12)} ${a.title} (${a.leads.join(', ')}) — ${s.reason}`);
}
const r = rollUp(plan.actions, { by: 'theme', asOf, framework: framework.data });
console.log(`\nby theme:`);
for (const g of r.groups) console.log(`  ${g.label.padEnd(34)} ${String(g.total).padStart(2)} actions  ${(g.status ?? '-').padEnd(6)} ${Object.entries(g.counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`  ${'all'.padEnd(34)} ${String(r.all.total).padStart(2)} actions  ${r.all.status ?? '-'}`);
