// Runs the date suites under several time zones: the library must give the
// same answers whatever TZ the machine is in (dates are calendar dates, never
// Date objects in local time). One vitest process per zone, its test files
// run one after another in that process without re-importing the library for
// each (`--no-isolate`); the zones run side by side, as many at once as there
// are cores. Suites that only check that no text is lost or nothing throws
// read no date and run once, in `test:unit`.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/London'];
const SUITES = ['tests/timescale', 'tests/rules', 'tests/rollup', 'tests/parse', 'tests/interpret', 'tests/_lib-iso-date.test.ts'];
const NO_DATES = [
  'tests/parse/nothing-lost.test.ts',
  'tests/parse/properties.test.ts',
  'tests/parse/placement.test.ts',
  'tests/interpret/prose/properties.test.ts',
  'tests/interpret/tables/nothing-lost.test.ts',
  'tests/interpret/tables/never-throws.test.ts',
  'tests/interpret/tables/conform.test.ts',
  'tests/interpret/tables/detectTableKind.test.ts',
  'tests/interpret/tables/vocabulary.test.ts',
];

/** Runs one zone's vitest; resolves with its exit code and output. */
function runZone(tz) {
  const args = ['vitest', 'run', '--typecheck.enabled=false', '--no-isolate', '--maxWorkers=1', '--reporter=dot', ...NO_DATES.flatMap((f) => ['--exclude', f]), ...SUITES];
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env: { ...process.env, TZ: tz, NO_COLOR: '1' }, shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ tz, code: code ?? 1, output }));
  });
}

const queue = [...ZONES];
const results = [];
const lanes = Array.from({ length: Math.min(availableParallelism(), ZONES.length) }, async () => {
  for (let tz = queue.shift(); tz !== undefined; tz = queue.shift()) {
    const result = await runZone(tz);
    const summary = result.output.split('\n').filter((line) => /^\s*(?:Test Files|Tests|Duration)\b/u.test(line));
    console.log(`── TZ=${tz}: ${result.code === 0 ? 'passed' : 'FAILED'}\n${result.code === 0 ? summary.join('\n') : result.output}`);
    results.push(result);
  }
});
await Promise.all(lanes);
if (results.some((r) => r.code !== 0)) process.exit(1);
