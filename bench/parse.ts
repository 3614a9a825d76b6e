/**
 * Throughput of `parseDocument` on a ~10 MB action plan shaped like sample
 * 001 (TSV with HTML in every cell), against two floors measured in the same
 * run on the same text:
 *
 * - bare htmlparser2: a tab split plus an htmlparser2 parse of every cell,
 *   collecting its text (the least any TSV-with-HTML reader must do) — the
 *   peer the target is set against;
 * - plain TSV split: lines and tabs only.
 *
 * Three more rows give context, not the target: htmlparser2 keeping every
 * piece of text of every cell with its line and column (the floor of any
 * reader that keeps all a document says and where it says it), htmlparser2
 * building its DOM for every cell (what a reader written naively on the
 * library would start from), and the tsv-html reader alone (`readTsvHtml`,
 * no interpretation).
 *
 * Run: `npx tsx bench/parse.ts` (add `--expose-gc` before the script for
 * exact retained-memory numbers). Writes `bench/results/parse.md`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Parser, parseDocument as parseHtmlDom } from 'htmlparser2';
import { detectFormat, detectKind, parseDocument } from '../src/parse/index.js';
import { bareTsvHtml as bareHtml } from './_peers.js';
import { READERS, readTsvHtml } from '../src/read/index.js';
import { interpretActionPlan } from '../src/interpret/index.js';
import { EqualityDocumentSchema } from '../src/model/document.js';

setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? runInNewContext('gc')) as () => void;

const TARGET_BYTES = 10 * 1024 * 1024;
/** Rounds of runs; each step's median is reported (the first round also pays for warming the JIT). */
const RUNS = 7;

/** ~10 MB plan: 001's preamble, then its rows repeated with new numbers and years, the header every 12 rows. */
function generate(): string {
  const sample = readFileSync(new URL('../examples/data/001-rspe-action-plan-2008-10.tsv', import.meta.url), 'utf8');
  const lines = sample.split('\n');
  const header = lines.find((l) => l.startsWith('Action\t')) as string;
  const rows = lines.filter((l) => l.includes('\t') && l !== header && /^<p>\d+\./.test(l));
  const preamble = lines.slice(0, lines.indexOf(header)).join('\n');
  const out: string[] = [preamble, header];
  let size = preamble.length + header.length;
  let n = 0;
  while (size < TARGET_BYTES) {
    const base = rows[n % rows.length] as string;
    const shift = Math.floor(n / rows.length) % 10;
    n += 1;
    const row = base
      .replace(/^<p>\d+\./, `<p>${n}.`)
      .replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift));
    if (n % 12 === 0) {
      out.push('', header);
      size += header.length + 2;
    }
    out.push(row);
    size += row.length + 1;
  }
  return out.join('\n');
}

/** A piece of cell text where a reader must be able to say it came from. */
interface KeptText {
  text: string;
  line: number;
  column: number;
}

/**
 * The floor of a reader that loses nothing: bare htmlparser2 over every cell,
 * keeping each piece of text with its line and column, cells in rows, all
 * alive at the end (no paragraphs, lists, folding or diagnostics).
 */
function keptHtml(text: string): KeptText[][][] {
  const rows: KeptText[][][] = [];
  let cell: KeptText[] = [];
  let line = 0;
  let column = 1;
  const parser = new Parser({ ontext: (t) => cell.push({ text: t, line, column: column + parser.startIndex }) }, { decodeEntities: true });
  for (const source of text.split('\n')) {
    line += 1;
    column = 1;
    const row: KeptText[][] = [];
    for (const raw of source.split('\t')) {
      cell = [];
      parser.reset();
      parser.write(raw);
      parser.end();
      row.push(cell);
      column += raw.length + 1;
    }
    rows.push(row);
  }
  return rows;
}

function domHtml(text: string): number {
  let nodes = 0;
  for (const line of text.split('\n')) {
    for (const cell of line.split('\t')) nodes += parseHtmlDom(cell, { decodeEntities: true }).children.length;
  }
  return nodes;
}

function plainTsv(text: string): number {
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split('\t').length;
  return cells;
}

interface Measure {
  name: string;
  seconds: number[];
  heapPeakMB: number;
  retainedMB: number;
  note: string;
}

interface Step {
  name: string;
  fn: (t: string) => unknown;
  note: (r: unknown) => string;
}

/**
 * Runs every step once per round, round after round, so that a change in the
 * machine's load between rounds touches every step alike (the peers and
 * parseDocument are compared within each round, not across minutes).
 */
function measureAll(text: string, steps: readonly Step[]): Measure[] {
  const out: Measure[] = steps.map((s) => ({ name: s.name, seconds: [], heapPeakMB: 0, retainedMB: 0, note: '' }));
  for (let i = 0; i < RUNS; i += 1) {
    steps.forEach((step, k) => {
      const m = out[k] as Measure;
      gc();
      const before = process.memoryUsage().heapUsed;
      const t0 = process.hrtime.bigint();
      const result = step.fn(text);
      const t1 = process.hrtime.bigint();
      const after = process.memoryUsage().heapUsed;
      gc();
      const kept = process.memoryUsage().heapUsed;
      m.seconds.push(Number(t1 - t0) / 1e9);
      m.heapPeakMB = Math.max(m.heapPeakMB, (after - before) / 2 ** 20);
      m.retainedMB = Math.max(m.retainedMB, (kept - before) / 2 ** 20);
      m.note = step.note(result);
    });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const text = generate();
const mb = Buffer.byteLength(text, 'utf8') / 2 ** 20;
gc();
const baseline = process.memoryUsage().heapUsed / 2 ** 20;

const results = measureAll(text, [
  { name: 'plain TSV split', fn: plainTsv, note: (r) => `${r as number} cells` },
  { name: 'bare htmlparser2 (text of each cell)', fn: bareHtml, note: (r) => `${r as number} text chars` },
  {
    name: 'htmlparser2 keeping each text with its line and column (context: a floor)',
    fn: keptHtml,
    note: (r) => `${(r as KeptText[][][]).reduce((n, row) => n + row.reduce((m, c) => m + c.length, 0), 0)} texts kept`,
  },
  { name: 'htmlparser2 with its DOM (context)', fn: domHtml, note: (r) => `${r as number} top-level nodes` },
  {
    name: 'tsv-html reader alone (context)',
    fn: (t) => readTsvHtml(t),
    note: (r) => {
      const { data, diagnostics } = r as ReturnType<typeof readTsvHtml>;
      return `${data.blocks.length} blocks, ${diagnostics.length} diagnostics`;
    },
  },
  {
    name: 'parseDocument (detect, read, interpret)',
    fn: (t) => parseDocument(t),
    note: (r) => {
      const { data, diagnostics } = r as ReturnType<typeof parseDocument>;
      return `${data.kind}, ${data.kind === 'action-plan' ? data.actions.length : 0} actions, ${diagnostics.length} diagnostics`;
    },
  },
]);

/** Where parseDocument's time goes: each stage in order on the same text, the median of three runs. */
function stages(): { rows: string[]; interpretSeconds: number } {
  const time = <T>(f: () => T): [T, number] => {
    const seconds: number[] = [];
    let r: T | undefined;
    for (let i = 0; i < 3; i += 1) {
      gc();
      const t0 = process.hrtime.bigint();
      r = f();
      seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    return [r as T, median(seconds)];
  };
  const [format, tDetect] = time(() => detectFormat(text));
  const reader = READERS.find((r) => r.id === format);
  if (reader === undefined) return { rows: [`| (no reader for ${format}) | | |`], interpretSeconds: Number.NaN };
  const [read, tRead] = time(() => reader.read(text));
  const [kind, tKind] = time(() => detectKind(read.data));
  const [plan, tInterpret] = time(() => interpretActionPlan(read.data));
  const [, tValidate] = time(() => EqualityDocumentSchema.safeParse(plan.data));
  // parseDocument does not validate table plans again (docs/parsing.md), so the check is shown apart.
  const total = tDetect + tRead + tKind + tInterpret;
  const row = (name: string, t: number) => `| ${name} | ${t.toFixed(3)} | ${((100 * t) / total).toFixed(0)}% |`;
  return {
    rows: [
      row(`detectFormat → ${format}`, tDetect),
      row(`read (${format} reader, ${read.data.blocks.length} blocks)`, tRead),
      row(`detectKind → ${kind}`, tKind),
      row(`interpretActionPlan (${plan.data.actions.length} actions)`, tInterpret),
      `| (not run by parseDocument for table plans) EqualityDocumentSchema check | ${tValidate.toFixed(3)} | — |`,
    ],
    interpretSeconds: tInterpret,
  };
}
const breakdown = stages();


const [split, html, kept, dom, readerOnly, parse] = results as [Measure, Measure, Measure, Measure, Measure, Measure];
const ratio = median(html.seconds) / median(parse.seconds);
const bare = median(html.seconds);
const floor = median(kept.seconds);
const budgetLeft = 2 * bare - floor - breakdown.interpretSeconds;
const halfInterpLeft = Math.max(0, 2 * bare - floor - breakdown.interpretSeconds / 2);
const cpu = os.cpus()[0]?.model ?? 'unknown';
const rows = results.map((r) => {
  const s = median(r.seconds);
  return `| ${r.name} | ${s.toFixed(3)} | ${(mb / s).toFixed(1)} | ${r.heapPeakMB.toFixed(0)} | ${r.retainedMB.toFixed(0)} | ${r.note} |`;
});
const report = `# parseDocument throughput

Generated by \`npx tsx bench/parse.ts\`: a ${mb.toFixed(2)} MB action plan shaped like
sample 001 (its rows repeated with new numbers and shifted years, the header row
repeated every 12 rows as at page breaks), median of ${RUNS} rounds in one process, each
round running every step once in turn.

| step | seconds | MB/s | heap growth during run (MB) | heap retained after GC (MB) | result |
| --- | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

Where the time goes (each stage on its own, median of three runs):

| stage | seconds | share |
| --- | ---: | ---: |
${breakdown.rows.join('\n')}

**parseDocument runs at ${(100 * ratio).toFixed(0)}% of the bare htmlparser2 throughput** (target: at least 50%).
In this run: plain TSV split ${(mb / median(split.seconds)).toFixed(1)} MB/s, bare htmlparser2
${(mb / median(html.seconds)).toFixed(1)} MB/s, parseDocument ${(mb / median(parse.seconds)).toFixed(1)} MB/s.
For context, the tsv-html reader alone runs at ${((100 * median(html.seconds)) / median(readerOnly.seconds)).toFixed(0)}% of the bare htmlparser2
throughput, and htmlparser2 building its own DOM at ${((100 * median(html.seconds)) / median(dom.seconds)).toFixed(0)}%.

How parseDocument gets there (all within one call; nothing is kept between calls but the
reused htmlparser2 parser and a few constant \`unclosed-tag\` message strings):

- Caching: pure work is memoised per call — timescale phrases by their text and date
  context (\`parseTimescale\` is pure), header matches by distinct short cell text (also in
  kind detection). A row whose cells are mostly longer than any header is turned down
  before any header matching.
- Format detection reads only the window the built-in detectors look at (first 1,000 lines,
  at least 64 KiB), not the whole text.
- Validation: table action plans are built in the schema's shape straight from each row's
  draft and checked by hand (dates, positions, ranges, enums), falling back to the schema for
  anything unvouched; \`EqualityDocumentSchema\` is not run over the whole plan again unless the
  interpreter reports an \`internal-error\` (see docs/parsing.md). The stage table shows what it
  would cost.
- Reader: one htmlparser2 parser reused for every cell; a list cell that is a bare \`<ul>\` of
  plain text (no entities, no white space to fold inside) is cut into items by slicing the
  source — nothing is copied, and the cell's text is itself a slice; a paragraph of one piece
  of text is folded without building a text run; a cell's arrays are cut to their size (an
  array grown by \`push\` keeps room for 17), which took the reader's output on this plan from
  45 MB to 28 MB.
- Folding once: the tsv-html reader vouches (\`SourceDocument.folded\`) that its texts are
  already folded, so the interpreter takes them as they are.
- Interpreter: each action is finished as soon as the next one starts, built straight from
  its draft (every draft has the same keys from the start); deadlines at the end of outputs
  are looked for only when the last word is a month, season or year, reading words in place;
  no per-row maps or closures.
- Diagnostics: a built-in reader's diagnostics are fresh objects, stamped and placed in
  place; a diagnostic whose column already points at its text is not searched for again.

The second session (2026-11-23) against its start (commit 0d39856), the two
alternated in separate processes on the same machine: \`interpretActionPlan\` 206–242 ms →
92–113 ms, the tsv-html reader about 320 → 280 ms, parseDocument about 600 → 450–500 ms.
Earlier (commit 3b55b77): parseDocument 1.2 MB/s (8.4 s) against bare htmlparser2 61.1 MB/s (2%),
heap growth 684 MB during a run.

**Why the target is not met: the floor.** The issue asks for a real HTML parser over
every cell, a neutral table between reader and interpreter, and every word kept with its
place. The floor row does only the least of that: htmlparser2 over every cell, keeping each
piece of text with its line and column. It takes ${floor.toFixed(3)} s, ${(floor / bare).toFixed(2)}× the bare time.
\`interpretActionPlan\` on the reader's output takes ${breakdown.interpretSeconds.toFixed(3)} s (stage table). Half the bare
throughput allows parseDocument ${(2 * bare).toFixed(3)} s; floor and interpreter together already take
${(floor + breakdown.interpretSeconds).toFixed(3)} s, ${budgetLeft >= 0 ? `which leaves ${budgetLeft.toFixed(3)} s` : `${(-budgetLeft).toFixed(3)} s more than that, which leaves nothing`} for all the rest:
paragraphs, nested list items, folding white space, unclosed-tag diagnostics and detecting the
kind. Even with an interpreter twice as fast, the reader would have ${halfInterpLeft.toFixed(3)} s beyond the floor for
everything it builds; today that takes it ${(median(readerOnly.seconds) - floor).toFixed(3)} s (reader row less floor row). The reader's own walk beyond htmlparser2 costs about what htmlparser2's DOM handler
costs (compare the DOM row, whose trees are dropped cell by cell); garbage collection of an
output that must stay alive until interpretation ends is about a fifth of a parseDocument call.
Streaming rows from the reader into the interpreter table by table was tried (branch
\`stream\`, 2026-11-23, identical output on every golden input): parseDocument about 13%
faster in processes that parse only, but no faster in this bench, where V8's allocation-site
pretenuring — set off by reading the whole document in the other rounds — moves the streamed
cells straight to the old generation; with \`--no-allocation-site-pretenuring\` it was 27–28%
against 24–26%. For ~360 more lines and a second reader mode it was not merged.

- "heap growth during run" is \`heapUsed\` just after the call minus just before it
  (after a forced GC): a lower bound of the peak, since collections may run during the call.
- "heap retained" is \`heapUsed\` after a forced GC with the result still referenced,
  minus the same baseline: the size of the parsed model.
- Baseline heap before the runs: ${baseline.toFixed(0)} MB.

Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()};
load average at the end of the run ${os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(', ')} (other work shared the machine, so figures vary by ±20% from run to run).
`;
writeFileSync(new URL('./results/parse.md', import.meta.url), report);
console.log(report);
