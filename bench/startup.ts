/**
 * Issue 16: what a new process pays. Each figure is a fresh `node` process
 * on the built package (`npm run build` first), best of RUNS:
 *
 * - **First call against warm**: in one new process, the first
 *   `parseDocument` of a plan against the median of the five after it, for
 *   a ~40 KB CSV plan (generated from the corpus's shapes) and a ~10 MB
 *   TSV-HTML plan (sample 001's rows repeated). Target: first ≤ 2× warm.
 * - **The command's cold start**: `equality-plans --help` against `node -e 0`
 *   and against importing zod alone, measured in the same run. Target:
 *   `--help` ≤ 1.5 × `node -e 0` plus zod's import.
 *
 * Run: `npx tsx bench/startup.ts` (after `npm run build`). Writes
 * `bench/results/startup.md`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { generatePlan } from './_plans.js';

const RUNS = 7;
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(os.tmpdir(), 'startup-'));

/** ~10 MB TSV-HTML plan: 001's rows repeated with new numbers. */
function bigTsv(): string {
  const lines = readFileSync(join(root, 'examples/data/001-rspe-action-plan-2008-10.tsv'), 'utf8').split('\n');
  const header = lines.find((l) => l.startsWith('Action\t'))!;
  const rows = lines.filter((l) => l.includes('\t') && l !== header && /^<p>\d+\./u.test(l));
  const out = [header];
  let size = 0;
  for (let n = 1; size < 10 * 1024 * 1024; n++) {
    const row = rows[n % rows.length]!.replace(/^<p>\d+\./u, `<p>${n}.`);
    out.push(row);
    size += row.length + 1;
  }
  return out.join('\n');
}

/** Wall time of a new process running `args`, in ms, best of RUNS. */
function spawnBest(args: string[]): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args.join(' ')}: ${run.stderr}`);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** In a new process: the first parse of `file` and the median of the five after it, in ms (the run with the smallest first of RUNS). */
function firstAndWarm(file: string): { load: number; first: number; warm: number } {
  const script = `
    import { readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    const t0 = performance.now();
    const { parseDocument } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
    const t1 = performance.now();
    const times = [];
    for (let i = 0; i < 6; i++) { const t = performance.now(); parseDocument(text); times.push(performance.now() - t); }
    const warm = times.slice(1).sort((a, b) => a - b)[2];
    console.log(JSON.stringify({ load: t1 - t0, first: times[0], warm }));`;
  let best = { load: Infinity, first: Infinity, warm: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(run.stderr);
    const got = JSON.parse(run.stdout) as typeof best;
    if (got.first < best.first) best = got;
  }
  return best;
}

const small = join(work, 'plan.csv');
writeFileSync(small, generatePlan('csv', 100, 7));
const big = join(work, 'plan.tsv');
writeFileSync(big, bigTsv());

const rows: string[] = [];
for (const [name, file] of [
  [`CSV plan, ${(readFileSync(small).length / 1024).toFixed(0)} KB`, small],
  [`TSV-HTML plan, ${(readFileSync(big).length / 2 ** 20).toFixed(1)} MB`, big],
] as const) {
  const r = firstAndWarm(file);
  rows.push(`| ${name} | ${r.first.toFixed(1)} ms | ${r.warm.toFixed(1)} ms | ${(r.first / r.warm).toFixed(2)}× | ${r.load.toFixed(0)} ms |`);
  console.log(rows[rows.length - 1]);
}

const bare = spawnBest(['-e', '0']);
const zod = spawnBest(['--input-type=module', '-e', "await import('zod')"]);
const library = spawnBest(['--input-type=module', '-e', `await import(${JSON.stringify(join(root, 'dist/index.js'))})`]);
const help = spawnBest(['dist/cli.js', '--help']);
const budget = 1.5 * bare + (zod - bare);
console.log({ bare, zod, library, help, budget });
rmSync(work, { recursive: true, force: true });

const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
writeFileSync(
  new URL('results/startup.md', import.meta.url),
  `# What a new process pays

\`npx tsx bench/startup.ts\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${load} when it ended; every figure is a new \`node\` process on the built package, best of ${RUNS}.

## First call against warm (target: first ≤ 2× warm)

The first \`parseDocument\` in a new process, after the import, against the median of the five after it.

| plan | first call | warm call | first / warm | import of dist/index.js |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## The command's cold start (target: \`--help\` ≤ 1.5 × \`node -e 0\` plus zod's import)

| process | wall time |
| --- | ---: |
| \`node -e 0\` | ${bare.toFixed(0)} ms |
| \`node -e "await import('zod')"\` | ${zod.toFixed(0)} ms |
| importing \`dist/index.js\` | ${library.toFixed(0)} ms |
| \`equality-plans --help\` | ${help.toFixed(0)} ms |
| target: 1.5 × \`node -e 0\` + (zod − \`node -e 0\`) | ${budget.toFixed(0)} ms |

\`--help\` ${help <= budget ? 'meets' : 'does not meet'} the target (${(help / budget).toFixed(2)}× the budget).
`,
);
