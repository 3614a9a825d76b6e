/**
 * Fails when a reader or parseDocument takes more than 5× as long for 4×
 * the input. Each shape of tests/hostile/_shapes.ts is read at 25, 100 and
 * 400 KB by every reader and by parseDocument; each time is the best of 3
 * runs, so a busy machine does not fail it. Times under FLOOR are counted
 * as FLOOR (timer noise at that scale is larger than the work).
 *
 * Run: `npm run check:linear` (part of `npm test`).
 */
import { parseDocument } from '../src/parse/index.js';
import { readCsv, readHtml, readMarkdown, readText, readTsvHtml } from '../src/read/index.js';
import { HOSTILE_SHAPES, ORDINARY_SHAPES } from '../tests/hostile/_shapes.js';

const SIZES = [25_000, 100_000, 400_000];
const LIMIT = 5;
const FLOOR = 0.004;
/** A first run this many times slower than the last size is failed at once, without two more runs. */
const HOPELESS = 40;

const RUNNERS: readonly [string, (text: string) => unknown][] = [
  ['parseDocument', (t) => parseDocument(t)],
  ['readTsvHtml', (t) => readTsvHtml(t)],
  ['readCsv', (t) => readCsv(t)],
  ['readHtml', (t) => readHtml(t)],
  ['readMarkdown', (t) => readMarkdown(t)],
  ['readText', (t) => readText(t)],
];

function once(run: (text: string) => unknown, text: string): number {
  const t0 = process.hrtime.bigint();
  run(text);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const only = process.argv.slice(2);
const failures: string[] = [];
const started = Date.now();
let cases = 0;
for (const shape of [...HOSTILE_SHAPES, ...ORDINARY_SHAPES]) {
  const texts = SIZES.map((s) => shape.make(s));
  for (const [name, run] of RUNNERS) {
    const label = `${name} × ${shape.name}`;
    if (only.length > 0 && !only.some((o) => label.includes(o))) continue;
    cases++;
    run(shape.make(SIZES[0] / 4)); // warm the JIT
    const times: number[] = [];
    let verdict = 'ok';
    for (const [k, text] of texts.entries()) {
      const previous = times[k - 1];
      let best = once(run, text);
      if (previous !== undefined && best > HOPELESS * previous && best > 1) {
        times.push(best);
        verdict = 'FAIL';
        break;
      }
      for (let r = 1; r < 3; r++) best = Math.min(best, once(run, text));
      times.push(Math.max(best, FLOOR));
      if (previous !== undefined && times[k]! / previous > LIMIT) verdict = 'FAIL';
    }
    const ratios = times.slice(1).map((t, k) => (t / times[k]!).toFixed(1));
    const line = `${verdict.padEnd(4)} ${label}: ${times.map((t) => `${(t * 1000).toFixed(1)} ms`).join(' / ')} (×${ratios.join(', ×')} per 4×)`;
    console.log(line);
    if (verdict !== 'ok') failures.push(line);
  }
}
console.log(`\n${cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failures.length} failed (limit ${LIMIT}× per 4×).`);
if (failures.length > 0) {
  console.log(failures.join('\n'));
  process.exitCode = 1;
}
