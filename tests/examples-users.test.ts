/**
 * The examples written for the library's users, run as their users would run
 * them: the analyst's quarterly report and the council's command-line run
 * with its own framework and rules. Every figure they print or write is
 * checked against the same figures computed here from the library.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressRulesSchema, documentItems, loadFramework, parseDocument, reportModel, type ReportModel, type ReportModelOptions } from '../src/index.js';

const TIMEOUT = 120_000;
const DATA = 'examples/data';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ep-examples-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180 CSV: rows of cells, quoted cells with doubled quotes and line breaks inside. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countBy = (values: readonly string[]) => values.reduce<Record<string, number>>((m, v) => ({ ...m, [v]: (m[v] ?? 0) + 1 }), {});

describe("the analyst's quarterly report", () => {
  /** The bundled documents, each judged here with the library at `asOf`. */
  const expected = (asOf: string) => {
    const files = readdirSync(DATA)
      .filter((f) => ['.tsv', '.csv', '.md', '.markdown', '.html', '.htm', '.txt'].includes(extname(f).toLowerCase()) && f !== 'README.md')
      .sort();
    const models = files.map((file) => reportModel(documentItems(parseDocument(readFileSync(join(DATA, file), 'utf8'), { source: file }).data), { asOf, document: file }));
    const items = models.flatMap((m) => m.items);
    return { files, items, perStatus: countBy(items.map((i) => i.status)), late: items.filter((i) => i.status !== 'complete' && (i.daysLate ?? 0) > 0) };
  };
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'examples/analyst-quarterly-report.ts', ...args], { encoding: 'utf8' });
  /** `per status: red 37, amber 3, …` read back as counts. */
  const printedPerStatus = (stdout: string) => {
    const line = /^per status: (.*)$/m.exec(stdout)?.[1] ?? '';
    return Object.fromEntries(line.split(', ').map((part) => [part.slice(0, part.lastIndexOf(' ')), Number(part.slice(part.lastIndexOf(' ') + 1))]));
  };

  let out: string;
  let byDefault: SpawnSyncReturns<string>;
  beforeAll(() => {
    out = tempDir();
    byDefault = run(['--out', out]);
  }, TIMEOUT);

  it('by default judges every bundled document at the end of 2009-Q4, some items late and some to come', () => {
    expect(byDefault.stderr).toBe('');
    expect(byDefault.status).toBe(0);
    const want = expected('2009-12-31');
    expect(want.files.length).toBeGreaterThanOrEqual(6);
    expect(want.perStatus['red']).toBeGreaterThan(0);
    expect(want.perStatus['green']).toBeGreaterThan(0);
    expect(byDefault.stdout).toContain(`quarter 2009-Q4, judged at 2009-12-31: ${want.files.length} documents, ${want.items.length} items`);
    expect(printedPerStatus(byDefault.stdout)).toEqual(want.perStatus);
    expect(byDefault.stdout).toContain(`late: ${want.late.length} items`);
    // The most-late item first, its days and reference as the library judges them.
    const most = [...want.late].sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0))[0]!;
    const first = byDefault.stdout.split('\n')[byDefault.stdout.split('\n').findIndex((l) => l.includes('the most late:')) + 1] ?? '';
    expect(first).toMatch(new RegExp(`^ *${most.daysLate} days  ${escapeRegExp(most.document)} ${escapeRegExp(most.ref)} `));
  });

  it('names first the lead with the most red items, counted across all documents', () => {
    const want = expected('2009-12-31');
    const redByLead: Record<string, { red: number; total: number }> = {};
    for (const i of want.items) {
      for (const lead of i.leads.length > 0 ? i.leads : ['(none)']) {
        const entry = (redByLead[lead] ??= { red: 0, total: 0 });
        entry.total++;
        if (i.status === 'red') entry.red++;
      }
    }
    const lines = byDefault.stdout.split('\n');
    const firstLead = lines[lines.findIndex((l) => l.startsWith('leads with the most red items')) + 1] ?? '';
    const counted = / (\d+) red of (\d+)$/.exec(firstLead);
    expect(counted).not.toBeNull();
    const [, red, total] = counted!;
    const label = firstLead.slice(0, counted!.index).trim();
    expect({ red: Number(red), total: Number(total) }).toEqual(redByLead[label]);
    expect(Number(red)).toBe(Math.max(...Object.values(redByLead).map((e) => e.red)));
  });

  it('writes a CSV of every item and a markdown report that agree with the library', () => {
    const want = expected('2009-12-31');
    const csvFile = join(out, 'equality-report-2009-Q4.csv');
    const mdFile = join(out, 'equality-report-2009-Q4.md');
    expect(existsSync(csvFile)).toBe(true);
    expect(existsSync(mdFile)).toBe(true);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(csv.slice(1));
    expect(header).toEqual(['document', 'ref', 'title', 'due', 'days late', 'status', 'why', 'leads']);
    expect(rows).toHaveLength(want.items.length);
    expect(countBy(rows.map((r) => r[5]!))).toEqual(want.perStatus);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(want.files.filter((f) => want.items.some((i) => i.document === f))));
    const md = readFileSync(mdFile, 'utf8');
    expect(md.split('\n')[0]).toBe('# Equality plans: quarterly report, 2009-Q4');
    for (const file of want.files) expect(md).toContain(`\n## ${file}\n`);
    for (const [status, n] of Object.entries(want.perStatus)) expect(md).toContain(`| ${status} | ${n} |`);
  });

  it('judges another quarter at its last day', () => {
    const dir = tempDir();
    const q = run(['--quarter', '2024-Q1', '--out', dir]);
    expect(q.stderr).toBe('');
    expect(q.status).toBe(0);
    const want = expected('2024-03-31');
    expect(q.stdout).toContain('quarter 2024-Q1, judged at 2024-03-31');
    expect(printedPerStatus(q.stdout)).toEqual(want.perStatus);
    expect(printedPerStatus(q.stdout)).not.toEqual(expected('2009-12-31').perStatus);
    expect(readdirSync(dir).sort()).toEqual(['equality-report-2024-Q1.csv', 'equality-report-2024-Q1.md']);
  }, TIMEOUT);

  it('refuses a quarter that does not exist, writing nothing', () => {
    const dir = tempDir();
    const q = run(['--quarter', '2024-Q5', '--out', dir]);
    expect(q.status).toBe(2);
    expect(q.stderr).toContain('--quarter must be a calendar quarter');
    expect(readdirSync(dir)).toEqual([]);
  }, TIMEOUT);
});

describe("the council's own framework and rules, from the command line", () => {
  const AS_OF = '2025-06-30';
  const PLAN = 'examples/data/eastmere-equality-action-plan.csv';
  const frameworkJson = JSON.parse(readFileSync('examples/frameworks/eastmere-equality-framework.json', 'utf8')) as unknown;
  const framework = loadFramework(frameworkJson).data;
  const scrutiny = ProgressRulesSchema.parse(JSON.parse(readFileSync('examples/frameworks/eastmere-scrutiny-rules.json', 'utf8')));
  const model = (rules: ReportModelOptions['rules'], by: ReportModelOptions['by']): ReportModel => {
    const { data } = parseDocument(readFileSync(PLAN, 'utf8'), { source: PLAN, framework });
    return reportModel(documentItems(data), { asOf: AS_OF, by, rules, framework });
  };
  /** The output of the step whose heading is `title`, up to the next heading. */
  const section = (stdout: string, title: string) => stdout.split(/^== /m).find((s) => s.startsWith(`${title}\n`)) ?? '';
  /** Each item's row (ref, then its status label) and each group's row (label, items, status). */
  const expectReport = (text: string, m: ReportModel) => {
    for (const i of m.items) expect(text).toMatch(new RegExp(`^${escapeRegExp(i.ref)} +${escapeRegExp(i.statusLabel)} `, 'm'));
    for (const g of m.groups) expect(text).toMatch(new RegExp(`^${escapeRegExp(g.label)} +${g.total} +${escapeRegExp(g.status ?? '-')}$`, 'm'));
  };

  let out: string;
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    out = tempDir();
    const env = { ...process.env };
    delete env['EQUALITY_PLANS'];
    run = spawnSync('bash', ['examples/council-cli.sh', AS_OF, out], { encoding: 'utf8', env });
  }, TIMEOUT);

  it('runs every step', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^== /gm)).toHaveLength(4);
  });

  it("rolls the plan up by the council's own themes with its four-colour rules", () => {
    const text = section(run.stdout, 'by council priority, the framework rules');
    const m = model(framework.rules, 'theme');
    // The plan, at this date, shows all four of the council's colours.
    const colours = framework.rules!.scale.map((s) => s.id);
    expect(colours).toHaveLength(4);
    for (const colour of colours) expect(m.items.map((i) => i.status)).toContain(colour);
    for (const s of framework.rules!.scale) expect(text).toContain(s.label);
    expect(m.groups.map((g) => g.label)).toEqual(framework.themes.map((t) => t.title));
    expectReport(text, m);
  });

  it("uses the scrutiny panel's rules in place of the framework's when --rules is given", () => {
    const text = section(run.stdout, 'by council priority, the scrutiny rules');
    const strict = model(scrutiny, 'theme');
    expectReport(text, strict);
    const own = model(framework.rules, 'theme');
    const changed = strict.items.filter((i) => own.items.find((o) => o.id === i.id)?.status !== i.status);
    expect(changed.length).toBeGreaterThan(0);
    for (const i of changed) expect(text).toMatch(new RegExp(`^${escapeRegExp(i.ref)} +${escapeRegExp(i.statusLabel)} `, 'm'));
  });

  it('writes the markdown by responsible officer and the CSV of every action', () => {
    const md = readFileSync(join(out, `eastmere-${AS_OF}.md`), 'utf8');
    for (const g of model(framework.rules, 'lead').groups) expect(md).toContain(`| ${g.label} | ${g.total} | ${g.status ?? '-'} |`);
    const [header, ...rows] = readCsv(readFileSync(join(out, `eastmere-${AS_OF}.csv`), 'utf8'));
    const m = model(framework.rules, 'lead');
    expect(header?.[5]).toBe('status');
    expect(Object.fromEntries(rows.map((r) => [r[1], r[5]]))).toEqual(Object.fromEntries(m.items.map((i) => [i.ref, i.status])));
  });
});
