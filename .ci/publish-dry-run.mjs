// `npm publish --dry-run` must be clean: npm corrects nothing in package.json
// (a bin path, a repository URL) and warns about nothing but the missing
// login a dry run without a token always reports. Scripts are skipped: the
// build was made by `npm run build` before this runs.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts'], { encoding: 'utf8', shell: process.platform === 'win32' });
const output = `${run.stdout}\n${run.stderr}`;
const warnings = output.split('\n').filter((line) => /^npm (?:warn|error|ERR!)/iu.test(line) && !/requires you to be logged in/u.test(line));
if (run.status !== 0 || warnings.length > 0) {
  console.error(`npm publish --dry-run is not clean (exit ${run.status}):\n${warnings.join('\n') || output}`);
  process.exit(1);
}
console.log(output.split('\n').filter((line) => /package size|unpacked size|total files|dry-run\)$/u.test(line)).join('\n'));
