/**
 * Accuracy and speed of `parseTimescale` against chrono-node (`en.GB`) on the
 * timescale corpus (`tests/timescale/corpus.ts`). Run: `npx tsx bench/timescale.ts`.
 * Writes the table to `bench/results/timescale.md`.
 *
 * "Right" means: the start and end days match the corpus. For chrono, its
 * start is the first result's start day and its end is that result's end day
 * (or its start day when it gives no end); a phrase with no expected date is
 * right when chrono finds nothing. The lenient column only asks that chrono's
 * start (or, for a deadline, its only date) is the expected first day.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import * as chrono from 'chrono-node';
import { Bench } from 'tinybench';
import { parseTimescale } from '../src/timescale/index.js';
import { corpus } from '../tests/timescale/corpus.js';
import type { CorpusEntry } from '../tests/timescale/corpus.js';

/** chrono's reference date: the context, else a fixed day (never the clock). */
function referenceOf(entry: CorpusEntry): Date {
  const c = entry.context;
  const iso = c?.start ?? c?.anchor ?? (c?.year ? `${c.year}-01-01` : '2009-05-01');
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

function isoOf(c: chrono.ParsedComponents): string {
  const y = c.get('year') ?? 0;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface Answer {
  start?: string;
  end?: string;
}

function chronoAnswer(entry: CorpusEntry): Answer | undefined {
  const results = chrono.en.GB.parse(entry.text, referenceOf(entry));
  const first = results[0];
  if (!first) return undefined;
  const start = isoOf(first.start);
  return { start, end: first.end ? isoOf(first.end) : start };
}

function expectsDates(entry: CorpusEntry): boolean {
  return entry.start !== undefined || entry.end !== undefined;
}

function chronoRight(entry: CorpusEntry, a: Answer | undefined): boolean {
  if (!expectsDates(entry)) return a === undefined;
  if (!a) return false;
  if (entry.start !== undefined && a.start !== entry.start) return false;
  if (entry.end !== undefined && a.end !== entry.end) return false;
  return true;
}

function chronoLenient(entry: CorpusEntry, a: Answer | undefined): boolean {
  if (!expectsDates(entry)) return a === undefined;
  if (!a) return false;
  return a.start === (entry.start ?? entry.end);
}

function oursRight(entry: CorpusEntry): boolean {
  const r = parseTimescale(entry.text, entry.context ? { context: entry.context } : undefined);
  return r.kind === entry.kind && r.start === entry.start && r.end === entry.end;
}

const rows = corpus.map((entry) => {
  const a = chronoAnswer(entry);
  return { entry, ours: oursRight(entry), chrono: chronoRight(entry, a), lenient: chronoLenient(entry, a), answer: a };
});

const refs = corpus.map(referenceOf);
const OURS = 'equality-plans parseTimescale';
const CHRONO = 'chrono-node en.GB.parse';
const ROUNDS = 3;

/** Phrases per second of each parser: best of a few tinybench rounds (the machine may be shared). */
async function measure(): Promise<Map<string, number[]>> {
  const rates = new Map<string, number[]>([
    [OURS, []],
    [CHRONO, []],
  ]);
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: 1500, warmupTime: 300 });
    bench.add(OURS, () => {
      for (const entry of corpus) parseTimescale(entry.text, entry.context ? { context: entry.context } : undefined);
    });
    bench.add(CHRONO, () => {
      corpus.forEach((entry, i) => chrono.en.GB.parse(entry.text, refs[i]));
    });
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result && 'throughput' in result) rates.get(task.name)?.push(result.throughput.mean * corpus.length);
    }
  }
  return rates;
}

/**
 * Phrases per second measured interleaved: one pass of each parser over the
 * corpus in turn, many times, so that both see the same load on a shared
 * machine. Warm-up passes are not counted.
 */
function interleaved(passes: number): { ours: number; chrono: number } {
  const runOurs = () => {
    for (const entry of corpus) parseTimescale(entry.text, entry.context ? { context: entry.context } : undefined);
  };
  const runChrono = () => corpus.forEach((entry, i) => chrono.en.GB.parse(entry.text, refs[i]));
  for (let k = 0; k < 20; k++) {
    runOurs();
    runChrono();
  }
  let oursNs = 0n;
  let chronoNs = 0n;
  for (let k = 0; k < passes; k++) {
    const t0 = process.hrtime.bigint();
    runOurs();
    const t1 = process.hrtime.bigint();
    runChrono();
    const t2 = process.hrtime.bigint();
    oursNs += t1 - t0;
    chronoNs += t2 - t1;
  }
  const phrases = passes * corpus.length;
  return { ours: (phrases * 1e9) / Number(oursNs), chrono: (phrases * 1e9) / Number(chronoNs) };
}

const rates = await measure();
const best = (name: string) => Math.max(...(rates.get(name) ?? [Number.NaN]));
const mixed = interleaved(400);
const oursRate = best(OURS);
const chronoRate = best(CHRONO);
const oursCount = rows.filter((r) => r.ours).length;
const chronoCount = rows.filter((r) => r.chrono).length;
const lenientCount = rows.filter((r) => r.lenient).length;
const regressions = rows.filter((r) => (r.chrono || r.lenient) && !r.ours);
const missed = rows.filter((r) => r.ours && !r.chrono);

const cpu = os.cpus()[0]?.model ?? 'unknown';
const machine = `${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const speedup = oursRate / chronoRate;

const lines = [
  '# Timescale reader: equality-plans vs chrono-node',
  '',
  `Generated by \`npx tsx bench/timescale.ts\` on ${machine}.`,
  `Corpus: ${corpus.length} phrases from \`tests/timescale/corpus.ts\` (the five sample documents and typical UK plan forms).`,
  '',
  '"Right" = start and end days match the corpus (chrono: first result, its end or else its start; a phrase with no date is right when nothing is found). "Lenient" = chrono\'s first day matches the expected first day (or the deadline).',
  '',
  '| parser | phrases/second | right (strict) | right (lenient) |',
  '| --- | ---: | ---: | ---: |',
  `| equality-plans \`parseTimescale\` | ${fmt(oursRate)} | ${oursCount} / ${corpus.length} | ${oursCount} / ${corpus.length} |`,
  `| chrono-node ${'2.x'} \`en.GB.parse\` | ${fmt(chronoRate)} | ${chronoCount} / ${corpus.length} | ${lenientCount} / ${corpus.length} |`,
  '',
  `Speed-up per phrase: ${speedup.toFixed(1)}x (tinybench, best of ${ROUNDS} rounds of 1.5 s each; per round: ours ${(rates.get(OURS) ?? []).map(fmt).join(', ')}; chrono ${(rates.get(CHRONO) ?? []).map(fmt).join(', ')} phrases/s).`,
  `Interleaved (one pass of each parser over the corpus in turn, 400 times after 20 warm-up passes, so both see the same machine load, but each runs with the other's code and garbage in the caches, and much of it before V8 has fully optimised the code: alone, parseTimescale needs about 1,000 passes to reach its steady speed): ours ${fmt(mixed.ours)}, chrono ${fmt(mixed.chrono)} phrases/s, ${(mixed.ours / mixed.chrono).toFixed(1)}x.`,
  `Phrases chrono gets right that we do not: ${regressions.length}.`,
  '',
  `## UK forms chrono misses that we get (${missed.length})`,
  '',
  '| phrase | expected | chrono |',
  '| --- | --- | --- |',
  ...missed.map((r) => {
    const exp = `${r.entry.kind} ${r.entry.start ?? '…'}..${r.entry.end ?? '…'}`;
    const got = r.answer ? `${r.answer.start}..${r.answer.end}` : 'nothing';
    return `| ${r.entry.text.replaceAll('|', '\\|') || '(empty)'} | ${exp} | ${got} |`;
  }),
  '',
];
writeFileSync(new URL('./results/timescale.md', import.meta.url), lines.join('\n'));

console.log(`machine: ${machine}`);
console.log(`corpus: ${corpus.length} phrases`);
console.table([
  { parser: OURS, 'phrases/s': fmt(oursRate), right: oursCount },
  { parser: CHRONO, 'phrases/s': fmt(chronoRate), right: chronoCount, lenient: lenientCount },
]);
console.log(`speed-up per phrase: ${speedup.toFixed(1)}x (tinybench, best of ${ROUNDS}); interleaved: ${(mixed.ours / mixed.chrono).toFixed(1)}x`);
console.log(`chrono right but we are not: ${regressions.length}${regressions.length ? ` — ${regressions.map((r) => r.entry.text).join(' | ')}` : ''}`);
console.log(`UK forms chrono misses that we get: ${missed.length} (listed in bench/results/timescale.md)`);
if (regressions.length > 0) console.log('FAIL: chrono gets phrases right that we do not.');
if (speedup < 10) console.log(`FAIL: target is 10x faster per phrase than chrono; measured ${speedup.toFixed(1)}x.`);
if (regressions.length > 0 || speedup < 10) process.exitCode = 1;
