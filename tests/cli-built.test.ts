/**
 * The BUILT command, run as a child process the way `npx equality-plans`
 * runs it: the `bin` of the packed package (`npm pack` of the dist/ that
 * `npm run build` made, extracted with its dependencies beside it), and every
 * test runs that file with `node`. One test (at least) for each exit status
 * and each error path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pkg, usePacked } from './_support/packed.js';
import { infoSummary } from '../src/cli/summary.js';
import type { Diagnostic } from '../src/index.js';

const packedPackage = usePacked();
/** The command's file in the packed package (package.json's `bin`). */
const bin = () => join(packedPackage().dir, 'node_modules', 'equality-plans', pkg.bin['equality-plans']!);
const REVIEW = 'examples/data/000-wmra-review-recommendations.md';
const PLAN = 'examples/data/001-rspe-action-plan-2008-10.tsv';

function run(args: string[], options: { input?: string | Buffer } = {}) {
  return spawnSync(process.execPath, [bin(), ...args], { encoding: 'utf8', input: options.input });
}

/** A fresh directory with the given files written in it; returns their paths. */
function files(contents: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ep-built-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(contents)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync((paths[name] = path), content);
  }
  return paths;
}

/** No stack trace, no Node error dump: every line is a sentence from the command. */
function expectNoStack(stderr: string) {
  expect(stderr.split('\n').some((line) => line.trimStart().startsWith('at '))).toBe(false);
  expect(stderr).not.toMatch(/node:internal|Error: |throw /);
}

const PLAN_CSV = 'Action,By When,Lead\nRun a fair hiring panel,March 2010,HR\nPublish pay gap,April 2010,Finance\n';

describe('built CLI: exit 0', () => {
  it('--version prints the version in package.json', () => {
    const r = run(['--version']);
    expect(r.stdout).toBe(`${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`);
    expect(r.status).toBe(0);
  });

  it('--help is the text the README shows', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(readFileSync('README.md', 'utf8')).toContain(r.stdout);
  });

  it('reads standard input for -', () => {
    const r = run(['report', '-', '--as-of', '2010-06-30', '--output', 'csv'], { input: PLAN_CSV });
    expect(r.stdout.split('\r\n')[1]).toBe('<stdin>,a1,Run a fair hiring panel,2010-03-31,91,red,"due 2010-03-31, 91 days late",HR');
    expect(r.status).toBe(0);
  });

  it('reads the documents of a directory, recursively and in name order, and what a glob matches', () => {
    const f = files({ 'b.csv': PLAN_CSV, 'sub/a.csv': PLAN_CSV, 'notes.json': '{}', '.hidden.csv': PLAN_CSV });
    const dir = join(f['b.csv']!, '..');
    const documents = (r: ReturnType<typeof run>) => [...new Set(r.stdout.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]))];
    const all = run(['report', dir, '--as-of', '2010-06-30', '--output', 'csv']);
    expect(documents(all)).toEqual([f['b.csv'], f['sub/a.csv']]);
    expect(all.status).toBe(0);
    const glob = run(['report', `${dir}/**/a.csv`, '--as-of', '2010-06-30', '--output', 'csv']);
    expect(documents(glob)).toEqual([f['sub/a.csv']]);
    const star = run(['report', `${dir}/*.csv`, '--as-of', '2010-06-30', '--output', 'csv']);
    expect(documents(star)).toEqual([f['b.csv']]);
  });

  it('reads a Windows-1252 file as Windows-1252, with a warning where the first such byte is', () => {
    // £ é and curly quotes as Windows-1252 bytes (A3, E9, 93, 94): none of them is UTF-8.
    const f = files({ 'plan.csv': Buffer.from('Action,By When,Lead\nBudget \xa3500 for \x93caf\xe9\x94 training,March 2010,CF\n', 'latin1') });
    const r = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--output', 'csv']);
    expect(r.stdout).toContain('Budget £500 for “café” training');
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stderr).toBe(`${f['plan.csv']}:2:8: warning Unexpected bytes that are not UTF-8, read the file as Windows-1252 [encoding-assumed]\n`);
    expect(r.status).toBe(0);
  });

  it('uses a framework file’s column names and a rules file from the shell', () => {
    const f = files({
      'plan.csv': 'Our promise,Deliver by,Owner\nRun a fair hiring panel,March 2010,HR\n',
      'framework.json': JSON.stringify({ id: 'ours', name: 'Our framework', vocabulary: [{ field: 'title', headers: ['Our promise'] }, { field: 'timescale', headers: ['Deliver by'] }, { field: 'leads', headers: ['Owner'] }] }),
      'rules.json': JSON.stringify({ id: 'late-is-red', name: 'Late is red', scale: [{ id: 'green', label: 'Green', rank: 0 }, { id: 'red', label: 'Red', rank: 1 }], rules: [{ id: 'late', when: { metric: 'slippageDays', op: 'gt', value: 0 }, status: 'red', reason: 'past its date' }], default: { status: 'green' } }),
    });
    const without = run(['report', f['plan.csv']!, '--as-of', '2010-06-30']);
    expect(without.stdout).not.toMatch(/^a1 +Red/m);
    const withFramework = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--framework', f['framework.json']!]);
    expect(withFramework.stdout).toMatch(/^a1 +Red +3 months late +Run a fair hiring panel +HR$/m);
    expect(withFramework.stdout).toMatch(/^HR +1 {2}red$/m);
    const csv = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--framework', f['framework.json']!, '--output', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toBe(`${f['plan.csv']},a1,Run a fair hiring panel,2010-03-31,91,red,"due 2010-03-31, 91 days late",HR`);
    const withRules = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--framework', f['framework.json']!, '--rules', f['rules.json']!, '--output', 'csv']);
    expect(withRules.stdout.split('\r\n')[1]).toBe(`${f['plan.csv']},a1,Run a fair hiring panel,2010-03-31,91,red,past its date,HR`);
    expect(withRules.status).toBe(0);
  });

  it('--period gives deadlines written without a year their year; a period that is not a span is refused', () => {
    const f = files({ 'plan.csv': 'Ref,Action,Lead,Due\nA1,Publish the pay gap report,HR,end of financial year\nA2,Train staff,HR,by October\n' });
    const without = run(['report', f['plan.csv']!, '--as-of', '2024-06-30', '--output', 'csv']);
    expect(without.stderr).toContain('[year-unknown]');
    expect(without.stdout).toContain('no-deadline');
    const within = run(['report', f['plan.csv']!, '--as-of', '2024-06-30', '--output', 'csv', '--period', '2023/24']);
    expect(within.stdout.split('\r\n').slice(1, 3)).toEqual([
      `${f['plan.csv']},A2,Train staff,2023-10-31,243,red,"due 2023-10-31, 243 days late",HR`,
      `${f['plan.csv']},A1,Publish the pay gap report,2024-03-31,91,red,"due 2024-03-31, 91 days late",HR`,
    ]);
    expect(within.stderr).not.toContain('[year-unknown]');
    const refused = run(['report', f['plan.csv']!, '--as-of', '2024-06-30', '--period', 'soon']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Unexpected --period `soon`');
    expect(run(['validate', f['plan.csv']!, '--period', '2023/24']).status).toBe(2);
  });

  it('a header-only CSV or markdown table does not end silently: a warning says there were no items', () => {
    const f = files({ 'plan.md': '| Action | By When |\n| --- | --- |\n', 'plan.csv': 'Action,By When,Lead\n' });
    for (const file of [f['plan.md']!, f['plan.csv']!]) {
      const r = run(['report', file, '--as-of', '2010-06-30']);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:1:1: warning `, 'm'));
      expect(r.status).toBe(0);
      expect(run(['report', file, '--as-of', '2010-06-30', '--fail-on', 'warning']).status).toBe(1);
    }
    expect(run(['report', f['plan.md']!, '--as-of', '2010-06-30']).stderr).toContain('[no-items]');
  });

  it('shows a progress line on a terminal for many files, and none when stderr is not one', () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${String(i).padStart(2, '0')}.csv`, PLAN_CSV]));
    const dir = join(files(many)['p00.csv']!, '..');
    const piped = run(['report', dir, '--as-of', '2010-06-30', '--output', 'csv']);
    expect(piped.stderr).toBe('');
    if (!existsSync('/usr/bin/script')) return; // util-linux `script` gives the child a terminal
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin())} report ${JSON.stringify(dir)} --as-of 2010-06-30 --output csv > /dev/null`;
    const tty = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(tty.stdout).toContain(`\r\u001b[K[12/12] ${dir}/p11.csv`);
    expect(tty.stdout.endsWith('\r\u001b[K')).toBe(true); // cleared at the end
  });
});

describe('built CLI: exit 1', () => {
  it('a document with an error diagnostic', () => {
    const r = run(['report', REVIEW, '--as-of', '2006-06-30']);
    expect(r.stderr).toContain('[invalid-date]');
    expect(r.status).toBe(1);
  });

  it('--fail-on decides which severity fails: warning fails on a warning, never fails on nothing', () => {
    expect(run(['report', PLAN, '--as-of', '2009-06-30']).status).toBe(0); // warnings only
    expect(run(['report', PLAN, '--as-of', '2009-06-30', '--fail-on', 'warning']).status).toBe(1);
    expect(run(['report', REVIEW, '--as-of', '2006-06-30', '--fail-on', 'never']).status).toBe(0);
    expect(run(['parse', REVIEW, '--fail-on', 'error']).status).toBe(1);
  });

  it('an empty file gets its one error, not a warning about a document with no actions first', () => {
    const f = files({ 'empty.csv': '', 'blank.md': '\n  \n' });
    for (const file of Object.values(f)) {
      const r = run(['report', file, '--as-of', '2010-06-30']);
      expect(r.stderr).toBe(`${file}:1:1: error Unexpected empty input, expected a document [empty-input]\n`);
      expect(r.status).toBe(1);
    }
  });

  it('JSON that is not valid against the model', () => {
    const f = files({ 'bad.json': '{"kind": "review"}' });
    const r = run(['validate', f['bad.json']!]);
    expect(r.stderr).toContain(`${f['bad.json']}: title:`);
    expect(r.status).toBe(1);
  });

  it('validate follows --fail-on: never reports invalid JSON and exits 0, error exits 1', () => {
    const f = files({ 'bad.json': '{"kind": "review"}', 'broken.json': '{"kind": ' });
    for (const file of [f['bad.json']!, f['broken.json']!]) {
      const never = run(['validate', file, '--fail-on', 'never']);
      expect(never.stderr).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: `, 'm'));
      expect(never.status).toBe(0);
      expect(run(['validate', file, '--fail-on', 'error']).status).toBe(1);
    }
  });
});

describe('built CLI: Word, Excel and PDF files are read by their first bytes, whatever their name', () => {
  const f = files({
    // An .xlsx renamed .csv, a .docx and a PDF named .txt: each cut short, so damaged.
    'renamed.csv': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from('[Content_Types].xml\0\0xl/workbook.xml')]),
    'letter.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from('[Content_Types].xml\0\0word/document.xml')]),
    'scan.txt': '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n',
    'plan.data': readFileSync('tests/fixtures/office/003-wmca-equity-inclusion-objective-3.pdf'),
  });

  it.each([
    [['report', f['renamed.csv']!, '--as-of', '2010-06-30'], /renamed\.csv:1:1: error Unexpected damaged Excel workbook, expected one that opens \[unreadable-file\]/],
    [['parse', f['letter.docx']!], /letter\.docx:1:1: error Unexpected damaged Word document, expected one that opens \[unreadable-file\]/],
    [['parse', f['scan.txt']!], /scan\.txt:1:1: error Unexpected damaged PDF, expected one that opens \[unreadable-file\]/],
  ])('a damaged one: %j', (args, message) => {
    const r = run(args as string[]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(1);
  });

  it("a PDF's diagnostics name their page, not lines of the HTML made from it", () => {
    const r = run(['parse', 'tests/fixtures/office/004-bromsgrove-peer-review-action-plan.pdf', '--verbose']);
    const lines = r.stderr.trim().split('\n').filter((l) => / (?:error|warning|info) /u.test(l));
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(l).toMatch(/^tests\/fixtures\/office\/004-bromsgrove-peer-review-action-plan\.pdf: page \d+: (?:error|warning|info) /u);
    expect(r.stderr).toContain('.pdf: page 1: warning Unexpected `Communom` in the area column');
  });

  it('a PDF plan (named .data) is reported like its text', () => {
    const r = run(['report', f['plan.data']!, '--as-of', '2023-06-30', '--output', 'csv']);
    expect(r.status).toBe(0);
    const text = run(['report', 'examples/data/003-wmca-equity-inclusion-objective-3.txt', '--as-of', '2023-06-30', '--output', 'csv']);
    const rows = (out: string) => out.trim().split('\n').map((l) => l.slice(l.indexOf(',')));
    expect(rows(r.stdout)).toEqual(rows(text.stdout));
    expect(rows(r.stdout).length).toBeGreaterThan(10);
  });
});

describe('built CLI: exit 2, one plain line, no stack trace', () => {
  const f = files({
    'plan.csv': PLAN_CSV,
    // An .xlsx renamed .csv: a ZIP whose first entry names xl/.
    'renamed.csv': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from('[Content_Types].xml\0\0xl/workbook.xml')]),
    'letter.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from('[Content_Types].xml\0\0word/document.xml')]),
    'scan.txt': '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n',
    'old.xls': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    'bad-rules.json': '{"id": "x"}',
    'bad-framework.json': '{"id": "x"}',
    'not-json.json': 'Action,Lead\n',
    'empty-dir/readme': 'no documents here',
  });

  it.each([
    [['--frob'], 'Unknown option --frob (equality-plans --help lists the options)'],
    [['report', 'x.csv', '--as-of'], '--as-of needs a value (equality-plans --help lists the options)'],
    [['report', 'x.csv', '--as-of', '2010-06-30', '--fail-on', 'sometimes'], 'Unexpected --fail-on `sometimes`, expected one of error, warning, never'],
    [['parse', 'no-such-file.csv'], 'no-such-file.csv: no such file or directory'],
    [['report', f['plan.csv']!, '--as-of', '2010-06-30', '--rules', 'no-such-rules.json'], 'no-such-rules.json: no such file or directory'],
    [['report', f['plan.csv']!, '--as-of', '2010-06-30', '--rules', f['bad-rules.json']!], `${f['bad-rules.json']}: not progress rules: name: Invalid input: expected string, received undefined`],
    [['parse', f['plan.csv']!, '--framework', f['bad-framework.json']!], `${f['bad-framework.json']}: not a framework: Unexpected value at \`name\`: Invalid input: expected string, received undefined`],
    [['parse', f['plan.csv']!, '--framework', f['not-json.json']!], /: not JSON: /],
    [['parse', `${join(f['plan.csv']!, '..')}/*.nomatch`], /\/\*\.nomatch: no file matches this pattern$/],
    [['parse', join(f['empty-dir/readme']!, '..')], /empty-dir: a directory with no \.tsv, \.csv, \.md, \.html or \.txt files in it$/],
    [['parse', f['old.xls']!], /old\.xls: an old Office file \(\.xls or \.doc\), which is not read yet/],
  ])('%j', (args, message) => {
    const r = run(args as string[]);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(r.stderr).toBe(`${message}\n`);
    else expect(r.stderr.trimEnd()).toMatch(message);
    expectNoStack(r.stderr);
    expect(r.status).toBe(2);
  });

  it('refuses a file over 512 MiB in one line without reading it (a sparse file)', () => {
    const { 'huge.tsv': huge } = files({ 'huge.tsv': '' });
    truncateSync(huge!, 512 * 2 ** 20 + 1);
    const r = run(['parse', huge!]);
    expect(r.stderr).toBe(`${huge}: 512 MiB, larger than the 512 MiB the command reads; split it into smaller files\n`);
    expect(r.status).toBe(2);
    // The other files are still done.
    const both = run(['report', huge!, f['plan.csv']!, '--as-of', '2010-06-30']);
    expect(both.stdout).toMatch(/^a1 +Red +3 months late/m);
    expect(both.status).toBe(2);
  });

  it('a full disk (ENOSPC) is one line, exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(bin())} parse ${PLAN} > /dev/full`], { encoding: 'utf8' });
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('equality-plans: cannot write the output: no space left on device');
    expectNoStack(r.stderr);
    expect(r.status).toBe(2);
  });
});

describe('built CLI: output closed early', () => {
  it('ends quietly when stdout is closed before it writes (`| head`, EPIPE)', async () => {
    const child = spawn(process.execPath, [bin(), 'parse', PLAN, REVIEW], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the command writes anything
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expectNoStack(stderr);
    expect(stderr).not.toContain('EPIPE');
    // The status so far: the review's invalid date, found before the first write, makes it 1 (not a crash's 1 with a trace).
    expect([0, 1]).toContain(status);
  });
});

describe('built CLI: nothing written to a terminal can control it', () => {
  const hostile = 'Action,By When,Lead\n"Pay \u009b2J\u009d0;owned\u0007audit \u202Eetal\u202C \u2066x\u2069",March 2010,"HR\u001b]8;;http://x\u001b\\link"\n';

  it('parse escapes C1 controls and bidi overrides in its JSON, which reads back as the same text', () => {
    const { 'hostile.csv': file } = files({ 'hostile.csv': hostile });
    const r = run(['parse', file!]);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u001b]/);
    expect(r.stdout).toContain('\\u009b2J\\u009d0;owned');
    expect(r.stdout).toContain('\\u202eetal\\u202c');
    const data = JSON.parse(r.stdout) as { actions: { title: string }[] };
    expect(data.actions[0]!.title).toContain('\u009b2J\u009d0;owned');
  });

  it('report removes the whole sequences, not only their first character', () => {
    const { 'hostile.csv': file } = files({ 'hostile.csv': hostile });
    const r = run(['report', file!, '--as-of', '2010-06-30', '--by', 'lead']);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).not.toContain('2J');
    expect(r.stdout).not.toContain('owned');
    expect(r.stdout).toMatch(/^HRlink +1 {2}red$/m);
  });
});

describe('info counts', () => {
  it('are ordered by count, then by code in code-point order (not by the locale)', () => {
    const info = (code: string): Diagnostic => ({ code, severity: 'info', message: 'm' });
    // localeCompare puts `a` before `Z`; code points put `Z` (U+005A) before `a` (U+0061).
    expect(infoSummary(['a', 'Z', 'b', 'b', 'Z', 'a', 'c'].map(info))).toBe('info: 2 Z, 2 a, 2 b, 1 c');
  });
});

describe('built CLI: --framework <id|file.json>', () => {
  // Invented documents, written for this test.
  const f = files({
    'plan.csv': 'Action,Theme,By When,Lead\nRun a fair hiring panel,4,March 2010,HR\nMap community groups,1,April 2011,Policy\n',
    'peer.txt': "Peer challenge, summer 2016\n\nIn May 2016 the peer team rated the service 'Achieving' against the FRS Equality Framework.\n",
    'ours.json': JSON.stringify({ id: 'ours', name: 'Our framework', themes: [{ id: 'people', ref: 'P', title: 'Our people' }], levels: [{ id: 'gold', label: 'Gold' }], vocabulary: [{ field: 'themes', headers: ['Strand'] }] }),
    'ours.csv': 'Action,Strand,By When,Lead\nStaff survey,P,March 2010,HR\n',
    'ours.txt': "Annual review\n\nIn June 2015 the council was rated 'Gold'.\n",
  });

  it('a shipped framework by id: its theme titles label the roll-up by theme', () => {
    const r = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--framework', 'eflg-2021', '--by', 'theme', '--output', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Diverse and engaged workforce');
    expect(r.stdout).toContain('Understanding and working with your communities');
    const without = run(['report', f['plan.csv']!, '--as-of', '2010-06-30', '--by', 'theme', '--output', 'markdown']);
    expect(without.stdout).not.toContain('Diverse and engaged workforce');
  });

  it('parse reads ratings against the framework, with their date and place', () => {
    const r = run(['parse', f['peer.txt']!, '--framework', 'frsef-2017']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { ratings?: { framework?: string; level: string; date?: string; source?: { line?: number } }[] };
    expect(doc.ratings?.map((x) => [x.framework, x.level, x.date, x.source?.line])).toEqual([['frsef-2017', 'achieving', '2016-05', 3]]);
  });

  it("a council's framework file: its columns, its themes and its own level words", () => {
    const plan = JSON.parse(run(['parse', f['ours.csv']!, '--framework', f['ours.json']!]).stdout) as { actions: { themeIds: string[] }[] };
    expect(plan.actions.map((a) => a.themeIds)).toEqual([['people']]);
    const rated = JSON.parse(run(['parse', f['ours.txt']!, '--framework', f['ours.json']!]).stdout) as { ratings?: { framework?: string; level: string }[] };
    expect(rated.ratings?.map((x) => [x.framework, x.level])).toEqual([['ours', 'gold']]);
    // Without the framework, "Gold" is no level of anything.
    expect((JSON.parse(run(['parse', f['ours.txt']!]).stdout) as { ratings?: unknown }).ratings).toBeUndefined();
  });

  it('an unknown id is refused before any file is read, naming the shipped ids (exit 2)', () => {
    const r = run(['parse', f['peer.txt']!, '--framework', 'eflg']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unexpected --framework `eflg`, expected one of eflg-2021, equality-standard-2007, eds-2022, frsef-2017, equality-act-2010, or a .json file');
    expectNoStack(r.stderr);
  });
});
