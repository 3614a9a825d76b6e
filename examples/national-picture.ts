/**
 * The national picture: many bodies' plans in one table, asked in DuckDB.
 *
 * Runs `equality-plans report <dir> --output ndjson --as-of <date>` once over
 * a whole directory (by default the 40 real documents of tests/corpus/raw),
 * loads the NDJSON into an in-memory DuckDB and prints which documents
 * (bodies) have the most overdue items, then the totals. This is the path for
 * users who outgrow one process: the command writes one line per item, and
 * DuckDB does the grouping, however many files there were.
 *
 *   npx tsx examples/national-picture.ts [dir] [--as-of 2025-03-31] [--top 10] [--ndjson items.ndjson]
 *
 * An installed package runs the same with `npx equality-plans report …`;
 * here the command runs from source through tsx. DuckDB is a dev dependency
 * (`@duckdb/node-api`): install it in your own project to do the same.
 *
 * Overdue means: a due date before the as-of date (`daysLate > 0`) and a
 * status that is not closed (complete, cancelled, deferred or superseded).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'as-of': { type: 'string', default: '2025-03-31' },
    top: { type: 'string', default: '10' },
    ndjson: { type: 'string' },
  },
});
const dir = positionals[0] ?? 'tests/corpus/raw';
const asOf = values['as-of'];
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1) {
  process.stderr.write(`--top must be a whole number above 0, not ${values.top}\n`);
  process.exit(2);
}
const ndjson = values.ndjson ?? join(mkdtempSync(join(tmpdir(), 'national-picture-')), 'items.ndjson');

// 1. One run of the command over the whole directory, its NDJSON straight to a file.
const started = performance.now();
const out = openSync(ndjson, 'w');
const cli = new URL('../src/cli/index.ts', import.meta.url).pathname;
const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'report', dir, '--output', 'ndjson', '--as-of', asOf, '--fail-on', 'never'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
closeSync(out);
if (run.status !== 0) {
  // 2: a bad argument or a file that could not be read; the message is on stderr.
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 2);
}
const warnings = run.stderr.split('\n').filter((line) => / warning /.test(line)).length;
const reportMs = performance.now() - started;

// 2. Load it into DuckDB, the columns typed as schema/report-item.json says.
const loaded = performance.now();
const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
const path = ndjson.replaceAll("'", "''");
await sql.run(`
  CREATE TABLE items AS SELECT * FROM read_ndjson('${path}', columns = {
    'document': 'VARCHAR', 'asOf': 'DATE', 'type': 'VARCHAR', 'id': 'VARCHAR', 'ref': 'VARCHAR', 'title': 'VARCHAR',
    'leads': 'VARCHAR[]', 'due': 'DATE', 'dueText': 'VARCHAR', 'daysLate': 'INTEGER', 'lateness': 'VARCHAR',
    'status': 'VARCHAR', 'statusLabel': 'VARCHAR', 'rule': 'VARCHAR', 'why': 'VARCHAR',
    'movement': 'VARCHAR', 'previousStatus': 'VARCHAR'
  })`);
await sql.run(`
  CREATE VIEW overdue AS SELECT * FROM items
  WHERE daysLate > 0 AND status NOT IN ('complete', 'cancelled', 'deferred', 'superseded')`);

// 3. Which bodies have the most overdue items, and the totals.
const rows = async (query: string) => (await sql.runAndReadAll(query)).getRowObjectsJS();
const ranked = await rows(`
  SELECT o.document, count(*)::INTEGER AS overdue, max(o.daysLate) AS worst,
         (SELECT count(*) FROM items i WHERE i.document = o.document)::INTEGER AS items
  FROM overdue o GROUP BY o.document
  ORDER BY overdue DESC, worst DESC, o.document LIMIT ${top}`);
const [totals] = await rows(`
  SELECT (SELECT count(*) FROM items)::INTEGER AS items,
         (SELECT count(DISTINCT document) FROM items)::INTEGER AS documents,
         (SELECT count(*) FROM overdue)::INTEGER AS overdue,
         (SELECT count(DISTINCT document) FROM overdue)::INTEGER AS overdueDocuments`);
const byStatus = await rows(`SELECT status, count(*)::INTEGER AS n FROM items GROUP BY status ORDER BY n DESC, status`);
const duckMs = performance.now() - loaded;
sql.closeSync();
db.closeSync();

console.log(`National picture of ${dir} as of ${asOf}`);
console.log(`${totals?.['items']} items from ${totals?.['documents']} documents; ${warnings} warnings on stderr of the report`);
console.log(`${totals?.['overdue']} overdue items in ${totals?.['overdueDocuments']} documents`);
console.log('');
console.log(`Most overdue (top ${top}):`);
console.log('overdue  items  worst days late  document');
for (const r of ranked) console.log(`${String(r['overdue']).padStart(7)}  ${String(r['items']).padStart(5)}  ${String(r['worst']).padStart(15)}  ${basename(String(r['document']))}`);
console.log('');
console.log('By status:');
for (const r of byStatus) console.log(`${String(r['n']).padStart(7)}  ${r['status']}`);
console.log('');
console.log(`NDJSON: ${ndjson} (report ${Math.round(reportMs)} ms, DuckDB load and queries ${Math.round(duckMs)} ms)`);
