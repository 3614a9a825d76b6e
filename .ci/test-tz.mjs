// Runs the date-sensitive suites under several time zones: the library must
// give the same answers whatever TZ the machine is in (dates are calendar
// dates, never Date objects in local time).
import { spawnSync } from 'node:child_process';

const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/London'];
const SUITES = ['tests/timescale', 'tests/rules', 'tests/rollup', 'tests/parse', 'tests/interpret'];

for (const tz of ZONES) {
  console.log(`\n── TZ=${tz}`);
  const run = spawnSync('npx', ['vitest', 'run', '--typecheck.enabled=false', ...SUITES], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
