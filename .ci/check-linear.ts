/**
 * Fails when a reader or parseDocument takes more than 5× as long for 4×
 * the input. Each shape of tests/hostile/_shapes.ts is read at 25, 100 and
 * 400 KB by parseDocument and by the reader of its format; each time is the
 * best of 3 rounds over the sizes, in CPU time (after a garbage collection
 * when node runs with --expose-gc), so a busy machine does not fail it; a case that fails
 * is measured again at the same sizes, then at 4× each size, and fails only if it fails every time. Times under FLOOR
 * are counted as FLOOR: below it, timer, JIT and GC noise outweigh the work.
 *
 * The npm scripts run it with a young generation of a fixed 64 MB
 * (--min/max-semi-space-size=64). V8 grows the young generation as a process
 * allocates, so with its default a 100 KB read finished before the first
 * scavenge while a 400 KB read paid for a dozen, each copying the whole live
 * parse: parseDocument on `<ul><li>` spent 13 ms in GC at 100 KB and 125 ms
 * at 400 KB (5.8× in all, 3.8× with the young generation fixed). Fixed, every
 * size meets the same collector, and the growth measured is the code's.
 *
 * Run: `npm run check:linear` (part of `npm test`); `npm run check:linear
 * -- csv:` for the shapes whose name contains `csv:`. With LINEAR_SIZES
 * (say `100000,400000,1600000`) and LINEAR_REPORT (a file), it is the
 * benchmark behind bench/results/hostile.md (`npm run bench:hostile`, with
 * V8's default young generation: at 1.6 MB a read outgrows 64 MB, and each
 * scavenge of so large a young generation copies tens of MB).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseDocument } from '../src/parse/index.js';
import { readCsv, readHtml, readMarkdown, readText, readTsvHtml } from '../src/read/index.js';
import { HOSTILE_SHAPES, ORDINARY_SHAPES } from '../tests/hostile/_shapes.js';

const SIZES = (process.env['LINEAR_SIZES'] ?? '25000,100000,400000').split(',').map(Number);
const LIMIT = 5;
const FLOOR = 0.02;
/** A first run this many times slower than the last size is failed at once, without two more runs. */
const HOPELESS = 40;

const READER: Record<string, [string, (text: string) => unknown]> = {
  'tsv-html': ['readTsvHtml', (t) => readTsvHtml(t)],
  csv: ['readCsv', (t) => readCsv(t)],
  html: ['readHtml', (t) => readHtml(t)],
  markdown: ['readMarkdown', (t) => readMarkdown(t)],
  text: ['readText', (t) => readText(t)],
};

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Seconds of CPU the process spent on one run (user and system, all its
 * threads, so the GC's helpers count). CPU time rather than wall time: on a
 * machine whose two cores are shared by several jobs (load 12 seen), a run
 * waits for a core for as long as it works, and the wait is no property of
 * the code.
 */
function once(run: (text: string) => unknown, text: string): number {
  gc?.();
  const t0 = process.cpuUsage();
  run(text);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

/**
 * Times `run` on each text, best of 3 rounds. The rounds go over all sizes in
 * turn (small, middle, large, then again), so a spell of load on the machine
 * falls on every size rather than on the three runs of one.
 */
function measure(run: (text: string) => unknown, texts: readonly string[]): { times: number[]; verdict: 'ok' | 'FAIL' } {
  const best: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const [k, text] of texts.entries()) {
      const t = once(run, text);
      const previous = best[k - 1];
      if (round === 0 && previous !== undefined && t > HOPELESS * previous && t > 1) {
        // Hopeless: no more runs of a case that is clearly super-linear.
        best.push(t);
        return { times: best, verdict: 'FAIL' };
      }
      best[k] = Math.min(best[k] ?? Infinity, t);
    }
  }
  const times = best.map((t) => Math.max(t, FLOOR));
  const verdict = times.some((t, k) => k > 0 && t / times[k - 1]! > LIMIT) ? 'FAIL' : 'ok';
  return { times, verdict };
}

const only = process.argv.slice(2);
const failures: string[] = [];
const started = Date.now();
let cases = 0;
const rows: string[] = [];
for (const shape of [...HOSTILE_SHAPES, ...ORDINARY_SHAPES]) {
  const texts = SIZES.map((s) => shape.make(s));
  const reader = READER[shape.name.slice(0, shape.name.indexOf(':'))];
  const runners: [string, (text: string) => unknown][] = [['parseDocument', (t) => parseDocument(t)]];
  if (reader !== undefined) runners.push(reader);
  for (const [name, run] of runners) {
    const label = `${name} × ${shape.name}`;
    if (only.length > 0 && !only.some((o) => label.includes(o))) continue;
    cases++;
    run(shape.make((SIZES[0] ?? 4) / 4)); // warm the JIT
    let measured = texts;
    let { times, verdict } = measure(run, texts);
    // A case that fails is measured again at the same sizes, then one step up
    // (each size 4×), and fails only if it fails every time. A busy machine can slow a whole
    // round; and at the small sizes the fixed costs, the timer's grain and
    // the collector's first scavenges make a 100 KB read look cheap beside a
    // 400 KB one (readText on one header word per line: ×5.9 from 25 to
    // 100 ms, ×4.4 from 160 to 700 ms). A super-linear path fails both times,
    // and more plainly the second.
    // First at the same sizes (a spell of load), then one step up.
    if (verdict === 'FAIL' && times.length === texts.length) ({ times, verdict } = measure(run, texts));
    if (verdict === 'FAIL' && times.length === texts.length) {
      measured = SIZES.map((s) => shape.make(s * 4));
      ({ times, verdict } = measure(run, measured));
    }
    const ratios = times.slice(1).map((t, k) => (t / times[k]!).toFixed(1));
    const line = `${verdict.padEnd(4)} ${label}: ${times.map((t) => `${(t * 1000).toFixed(1)} ms`).join(' / ')} (×${ratios.join(', ×')} per 4×)${measured === texts ? '' : ', measured again at 4× the sizes'}`;
    console.log(line);
    rows.push(`| ${label.replaceAll('|', '\\|')} | ${measured.map((t, k) => `${(t.length / 1000).toFixed(0)} KB: ${times[k] === undefined ? '—' : `${(times[k] * 1000).toFixed(1)} ms`}`).join(' | ')} | ${ratios.map((r) => `${r}×`).join(', ')} | ${verdict} |`);
    if (verdict !== 'ok') failures.push(line);
  }
}
console.log(`\n${cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.length} failed (limit ${LIMIT}× per 4×).`);
if (failures.length > 0) {
  console.log(failures.join('\n'));
  process.exitCode = 1;
}

const report = process.env['LINEAR_REPORT'];
if (report !== undefined) {
  const cpu = os.cpus();
  writeFileSync(
    report,
    `# How reading time grows on hostile inputs (issue 18)

Generated by \`npm run bench:hostile\` (.ci/check-linear.ts with larger sizes): each shape of
tests/hostile/_shapes.ts at three sizes, each 4× the last, read by \`parseDocument\` and by the
reader of its format; the best of 3 rounds over the sizes, in CPU time, each run after a garbage collection
(V8's default young generation: the fixed 64 MB of \`npm run check:linear\` suits its sizes up to
400 KB, not 1.6 MB). Linear work grows about
4× per step; the check fails above ${LIMIT}×. Times under ${FLOOR * 1000} ms count as ${FLOOR * 1000} ms.

| case | ${SIZES.map((_, k) => `size ${k + 1}`).join(' | ')} | growth per 4× | verdict |
| --- | ${SIZES.map(() => '---').join(' | ')} | --- | --- |
${rows.join('\n')}

Machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores (shared with other work), Node ${process.version}, ${os.platform()} ${os.arch()}; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}.
`,
  );
}
