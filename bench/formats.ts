/**
 * parseDocument against the bare parser of each format (issue 16), on the
 * documents users really have: made-up 20–60 KB action plans
 * (bench/_plans.ts: Ref / Action / Lead / Timescale / Progress / RAG
 * columns, section rows, wrapped cells) as CSV, markdown, an HTML page and
 * TSV with HTML cells. The peer, timed in the same run on the same texts, is
 * the parser under the format run bare: csv-parse's Node build for CSV,
 * marked's lexer for markdown, htmlparser2 over the page for HTML and over
 * every cell for TSV-HTML. Then a national corpus: 400 bodies × 100 actions
 * in the four formats, each parsed, its items judged and rolled up
 * (`documentItems`, `reportModel`), and all items rolled up by lead.
 *
 * Times are CPU time (user and system, every thread of the process, so the
 * collector's helpers count), the fastest of several rounds, each after a
 * garbage collection: on a machine whose cores other jobs share, a run
 * waits for a core as long as it works, and the wait is no property of the
 * code.
 *
 * Run: `npm run bench:formats` (`node --expose-gc --import tsx bench/formats.ts`).
 * Writes `bench/results/formats.md`, keeping its "Before and after" section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { parseDocument } from '../src/parse/index.js';
import { documentItems, rollUp, type DocumentItem } from '../src/rollup/index.js';
import { reportModel } from '../src/report/index.js';
import { bareTsvHtml } from './_peers.js';
import { generatePlan, type PlanFormat } from './_plans.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.warn('Run with --expose-gc (npm run bench:formats): without it, runs are not preceded by a collection.');

/** Rounds per measure; the fastest is kept. */
const ROUNDS = Number(process.env['FORMATS_ROUNDS'] ?? 7);
/** Passes over the plans within one timed run, so that a run lasts long enough to time. */
const PASSES = 5;
/** Plans per format, their sizes spread evenly from 20 to 60 KB. */
const PLANS = 8;
const BODIES = Number(process.env['FORMATS_BODIES'] ?? 400);
const ACTIONS = 100;
const AS_OF = '2025-03-31';

/** Bare htmlparser2 over a whole text, collecting its text. */
function bareHtml(text: string): number {
  let chars = 0;
  const parser = new Parser({ ontext: (t) => (chars += t.length) }, { decodeEntities: true });
  parser.write(text);
  parser.end();
  return chars;
}

const FORMATS: { format: PlanFormat; peer: string; run: (text: string) => unknown }[] = [
  { format: 'csv', peer: "csv-parse (Node build, `csv-parse/sync`)", run: (text) => parseCsv(text, { relax_column_count: true }) },
  { format: 'markdown', peer: "marked's lexer", run: (text) => marked.lexer(text) },
  { format: 'html', peer: 'htmlparser2 over the page', run: bareHtml },
  { format: 'tsv-html', peer: 'htmlparser2 over every cell', run: bareTsvHtml },
];

/** `PLANS` plans in `format`, 20 to 60 KB. */
function plansOf(format: PlanFormat): string[] {
  const perAction = generatePlan(format, 100, 1).length / 100;
  return Array.from({ length: PLANS }, (_, k) => {
    const kb = 20 + (40 * k) / (PLANS - 1);
    return generatePlan(format, Math.max(10, Math.round((kb * 1024) / perAction)), 1000 + k);
  });
}

/** Seconds of CPU for one call of `f`. */
function cpu(f: () => unknown): number {
  gc?.();
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

interface FormatRow {
  format: PlanFormat;
  peer: string;
  kb: number[];
  actions: number;
  ours: number;
  bare: number;
}

function measureFormat(spec: (typeof FORMATS)[number]): FormatRow {
  const texts = plansOf(spec.format);
  let actions = 0;
  for (const text of texts) {
    const { data } = parseDocument(text);
    if (data.kind !== 'action-plan') throw new Error(`${spec.format}: a generated plan read as ${data.kind}`);
    actions += data.actions.length;
  }
  let ours = Number.POSITIVE_INFINITY;
  let bare = Number.POSITIVE_INFINITY;
  // Interleaved round by round, so a change in the machine's load touches both alike.
  for (let r = 0; r < ROUNDS; r++) {
    ours = Math.min(ours, cpu(() => {
      for (let p = 0; p < PASSES; p++) for (const text of texts) parseDocument(text);
    }) / PASSES);
    bare = Math.min(bare, cpu(() => {
      for (let p = 0; p < PASSES; p++) for (const text of texts) spec.run(text);
    }) / PASSES);
  }
  return { format: spec.format, peer: spec.peer, kb: texts.map((t) => t.length / 1024), actions, ours, bare };
}

/** The national corpus's texts: `BODIES` plans of `ACTIONS` actions, the formats in turn. */
function corpus(): { name: string; text: string }[] {
  const formats: PlanFormat[] = ['csv', 'markdown', 'html', 'tsv-html'];
  return Array.from({ length: BODIES }, (_, i) => {
    const format = formats[i % formats.length] as PlanFormat;
    return { name: `body-${i}.${format}`, text: generatePlan(format, ACTIONS, 5000 + i) };
  });
}

/** Every body's plan parsed, its items judged and rolled up, then every item rolled up by lead. */
function national(texts: readonly { name: string; text: string }[]): { items: number; groups: number; late: number } {
  const all: DocumentItem[] = [];
  let late = 0;
  for (const { name, text } of texts) {
    const { data, diagnostics } = parseDocument(text, { source: name });
    const items = documentItems(data);
    const model = reportModel(items, { asOf: AS_OF, by: 'theme', document: name, diagnostics });
    for (const item of model.items) if (item.daysLate !== null && item.daysLate > 0) late++;
    for (const item of items) all.push({ ...item, id: `${name}/${item.id}` });
  }
  const { groups } = rollUp(all, { by: 'lead', asOf: AS_OF });
  return { items: all.length, groups: groups.length, late };
}

const formatRows = FORMATS.map(measureFormat);

const texts = corpus();
const corpusMB = texts.reduce((n, t) => n + t.text.length, 0) / 2 ** 20;
const corpusRuns: number[] = [];
const corpusWall: number[] = [];
let outcome = { items: 0, groups: 0, late: 0 };
for (let r = 0; r < 2; r++) {
  const w0 = performance.now();
  corpusRuns.push(cpu(() => (outcome = national(texts))));
  corpusWall.push((performance.now() - w0) / 1000);
}
const corpusBest = Math.min(...corpusRuns);

const mbps = (kb: number, s: number) => kb / 1024 / s;
const rows = formatRows.map((r) => {
  const kb = r.kb.reduce((a, b) => a + b, 0);
  const ratio = r.bare / r.ours;
  return `| ${r.format} | ${Math.min(...r.kb).toFixed(0)}–${Math.max(...r.kb).toFixed(0)} KB, ${r.actions} actions | ${((1000 * r.ours) / r.kb.length).toFixed(2)} ms | ${mbps(kb, r.ours).toFixed(2)} | ${r.peer}: ${((1000 * r.bare) / r.kb.length).toFixed(2)} ms, ${mbps(kb, r.bare).toFixed(2)} MB/s | **${(100 * ratio).toFixed(0)}%** ${ratio >= 0.5 ? '(met)' : '(not met)'} |`;
});

const HISTORY = '## Before and after';
const path = new URL('./results/formats.md', import.meta.url);
const kept = existsSync(path) ? readFileSync(path, 'utf8') : '';
const history = kept.includes(HISTORY) ? kept.slice(kept.indexOf(HISTORY)) : `${HISTORY}\n\n(One entry per change, newest last.)\n`;

const load = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const report = `# parseDocument against each format's own parser, and a national corpus

Generated by \`npm run bench:formats\` (\`node --expose-gc --import tsx bench/formats.ts\`).
CPU time (user + system, all threads), the fastest of ${ROUNDS} rounds, each after a garbage
collection; parseDocument and the peer alternate round by round on the same texts.

## Per format (issue 16: parseDocument at ≥ 50% of the peer's throughput)

${PLANS} made-up plans per format (bench/_plans.ts: Ref / Action / Lead / Timescale / Progress / RAG,
section rows, wrapped cells, dated progress notes), sizes spread evenly over the range shown;
times are per plan (the ${PLANS} plans ${PASSES} times over, divided).

| format | plans | parseDocument per plan | MB/s | peer, bare, per plan | parseDocument / peer throughput |
| --- | --- | ---: | ---: | --- | ---: |
${rows.join('\n')}

## National corpus (issue 16: ≤ 3 s)

${BODIES} bodies × ${ACTIONS} actions (${corpusMB.toFixed(1)} MB; CSV, markdown, HTML and TSV-HTML in turn), each
plan parsed (\`parseDocument\`), its items listed (\`documentItems\`), judged and rolled up by theme
(\`reportModel\`: slippage, RAG, status trend), then all ${outcome.items} items rolled up by lead (\`rollUp\`,
${outcome.groups} groups; ${outcome.late} items late at ${AS_OF}).

| run | CPU seconds | wall seconds |
| --- | ---: | ---: |
${corpusRuns.map((s, i) => `| ${i + 1} | ${s.toFixed(2)} | ${(corpusWall[i] as number).toFixed(2)} |`).join('\n')}

Best: **${corpusBest.toFixed(2)} s** ${corpusBest <= 3 ? '(met)' : '(not met)'}.

Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()};
load average at the end ${load}.

${history}`;
writeFileSync(path, report);
console.log(report);
