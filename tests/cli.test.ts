/** The CLI, run as a user runs it (from source, through tsx). */
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { jsonSchemaFiles } from '../tsup.config.js';
import type { ReportItem, ReportModel } from '../src/index.js';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAX_UNDECODABLE, SAMPLE_BYTES, decodeText, looksBinary } from '../src/cli/decode.js';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' });
}

const REVIEW = 'examples/data/000-wmra-review-recommendations.md';
const PEER_REVIEW = 'examples/data/004-bromsgrove-peer-review-action-plan.tsv';

/** A fresh directory with the given files written in it; returns their paths. */
function files(contents: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ep-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(contents)) writeFileSync((paths[name] = join(dir, name)), content);
  return paths;
}

/** Bytes from a fixed linear congruential generator, so a "random" file is the same on every run. */
function noise(length: number, { nul }: { nul: boolean }): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const byte = state >>> 24;
    bytes[i] = nul || byte !== 0 ? byte : 1;
  }
  return bytes;
}

/** The first 4 KiB of the Node executable running the tests (ELF, Mach-O or PE). */
function executableHead(): Uint8Array {
  const fd = openSync(process.execPath, 'r');
  const bytes = new Uint8Array(4096);
  readSync(fd, bytes, 0, bytes.length, 0);
  closeSync(fd);
  return bytes;
}

/** A CSV action plan whose title and leads carry HTML, a formula, quotes and a terminal escape. */
const HOSTILE_PLAN = [
  'Action,By When,Lead',
  '"=HYPERLINK(""http://evil"")",March 2010,"Chief Exec ""A&B"" <script>alert(1)</script>"',
  'Train staff,April 2010,"@SUM(A1)\u001b[2J"',
  '',
].join('\n');

describe('equality-plans CLI', () => {
  it('reports what is late, with the rule and the figures', () => {
    const run = cli('report', REVIEW, '--as-of', '2006-06-30');
    expect(run.stdout).toMatch(/^As of 30 Jun 2006$/m);
    expect(run.stdout).toMatch(/^R4 +Red +3 months late +That /m);
    const markdown = cli('report', REVIEW, '--as-of', '2006-06-30', '--output', 'markdown');
    expect(markdown.stdout).toMatch(/^\| R4 \| That .* \| 31 Mar 2006 \| 3 months late \| Red \| due 2006-03-31, 91 days late \|$/m);
    expect(run.stderr).toContain(`${REVIEW}:36:`);
    expect(run.stderr).toContain('[invalid-date]');
    expect(run.status).toBe(1); // the document has an error diagnostic
  });

  it('counts info diagnostics by code unless asked to list them, so warnings stand out', () => {
    const plan = 'examples/data/001-rspe-action-plan-2008-10.tsv';
    const quiet = cli('report', plan, '--as-of', '2009-06-30');
    expect(quiet.stderr).toContain('[milestone-outside-period]');
    expect(quiet.stderr).not.toContain('[unclosed-tag]');
    expect(quiet.stderr).toMatch(/: info: \d+ unclosed-tag, \d+ repeated-header, \d+ year-assumed \(--verbose lists them\)$/m);
    const verbose = cli('report', plan, '--as-of', '2009-06-30', '--verbose');
    const count = Number(/info: (\d+) unclosed-tag/.exec(quiet.stderr)?.[1]);
    expect(verbose.stderr.match(/\[unclosed-tag\]/g)).toHaveLength(count);
    expect(verbose.stderr).not.toContain('--verbose lists them');
    expect(verbose.stdout).toBe(quiet.stdout);
  });

  it('writes CSV with formula injection defused', () => {
    // Two rows: a CSV with one row is read as a text outline, and the CSV would be empty.
    const { 'plan.csv': plan } = files({ 'plan.csv': HOSTILE_PLAN });
    const run = cli('report', plan!, '--as-of', '2010-06-30', '--output', 'csv');
    expect(run.stdout.split('\r\n')[0]).toBe('document,ref,title,due,days late,status,why,leads');
    expect(run.stdout).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(run.stdout).toContain(",'@SUM(A1)\r\n"); // the whole escape sequence is gone, not only ESC
    expect(run.stdout).not.toMatch(/(^|,)"?[=@]/m);
  });

  it('parses to JSON that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ep-'));
    const parsed = cli('parse', REVIEW);
    const json = JSON.parse(parsed.stdout);
    expect(json.kind).toBe('review');
    expect(json.recommendations).toHaveLength(15);
    writeFileSync(join(dir, 'review.json'), parsed.stdout);
    const valid = cli('validate', join(dir, 'review.json'));
    expect(valid.stdout).toContain('valid review');
    expect(valid.status).toBe(0);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...json, recommendations: [{ id: 'R1', text: 'x', percentComplete: 140 }] }));
    const invalid = cli('validate', join(dir, 'bad.json'));
    expect(invalid.stderr).toContain('recommendations.0.percentComplete');
    expect(invalid.stdout).toBe('');
    expect(invalid.status).toBe(1);
  });

  it('refuses bad options with exit code 2', () => {
    expect(cli('report', REVIEW).status).toBe(2);
    expect(cli('report', REVIEW, '--as-of', '2006-06-31').status).toBe(2);
    expect(cli('parse', REVIEW, '--format', 'pdf').status).toBe(2);
    expect(cli('frobnicate', REVIEW).status).toBe(2);
    expect(cli('parse', 'no-such-file').stderr).toBe('no-such-file: no such file or directory\n');
    expect(cli('--help').status).toBe(0);
  });
});

describe('arguments are checked before any file is read', () => {
  // REVIEW has an error diagnostic: had it been read, stderr would have more than one line.
  it.each([
    [['frobnicate', REVIEW], /^Unknown command `frobnicate`, expected one of parse, report, validate$/],
    [['report', REVIEW], /^`report` needs --as-of YYYY-MM-DD/],
    [['report', REVIEW, '--as-of', '2009-02-30'], /^Unexpected --as-of `2009-02-30`, expected a real calendar date as YYYY-MM-DD$/],
    [['report', REVIEW, '--as-of', '30/06/2009'], /^Unexpected --as-of `30\/06\/2009`/],
    [['report', REVIEW, '--as-of', '2009-06-30', '--by', 'colour'], /^Unexpected --by `colour`, expected one of theme, priority, lead, plan, recommendation, characteristic$/],
    [['report', REVIEW, '--as-of', '2009-06-30', '--rules', 'lenient'], /^Unexpected --rules `lenient`, expected one of default, /],
    [['report', REVIEW, '--as-of', '2009-06-30', '--rules', 'constructor'], /^Unexpected --rules `constructor`/],
    [['report', REVIEW, '--as-of', '2009-06-30', '--output', 'pdf'], /^Unexpected --output `pdf`, expected one of text, markdown, csv, json, ndjson, html$/],
    [['parse', REVIEW, '--format', 'pdf'], /^Unexpected --format `pdf`, expected one of tsv-html, csv, html, markdown, text$/],
    [['parse', REVIEW, '--delimiter', ':'], /^Unexpected --delimiter `:`, expected one of ,, ;, \|, tab$/],
    [['parse', REVIEW, '--delimiter', ';', '--format', 'markdown'], /^Unexpected --delimiter with --format markdown, expected it with CSV only$/],
    [['validate', REVIEW, '--delimiter', ';'], /^Unexpected --delimiter with `validate`/],
    [['parse', REVIEW, '--output', 'csv'], /^Unexpected --output with `parse`, expected it with `report` only$/],
    [['validate', REVIEW, '--as-of', '2009-06-30'], /^Unexpected --as-of with `validate`/],
    [['report', '--as-of', '2009-06-30'], /^`report` needs a file/],
    [['report', REVIEW, '--as-of', '2009-06-30', '--frob'], /^Unknown option --frob \(equality-plans --help lists the options\)$/],
    [[], /^Missing command, expected one of parse, report, validate/],
  ])('%j', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it('says nothing about a missing file when an argument is wrong', () => {
    const run = cli('report', 'no-such-file', '--as-of', '2009-06-31');
    expect(run.stderr).not.toContain('no such file');
    expect(run.stderr).toContain('--as-of `2009-06-31`');
  });

  it('--help is what the README shows', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    const readme = readFileSync('README.md', 'utf8');
    const shown = /`npx equality-plans --help` prints:\n\n```text\n([^`]*)```/.exec(readme)?.[1];
    expect(shown).toBe(help.stdout);
  });
});

describe('binary input', () => {
  const binaries = files({
    'plan.tsv.gz': gzipSync(readFileSync(PEER_REVIEW)),
    'random.bin': noise(3000, { nul: true }),
    'no-nul.bin': noise(3000, { nul: false }),
    'executable': executableHead(),
  });

  it.each(Object.keys(binaries))('refuses %s as binary, for every command', (name) => {
    const file = binaries[name]!;
    for (const args of [['report', file, '--as-of', '2009-06-30'], ['parse', file], ['validate', file]]) {
      const run = cli(...args);
      expect(run.stderr).toBe(`${file}: binary file, expected text\n`);
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
    }
  });

  it('goes on with the other files, and exits 2', () => {
    const run = cli('report', binaries['random.bin']!, REVIEW, '--as-of', '2006-06-30');
    expect(run.stderr).toContain(`${binaries['random.bin']}: binary file, expected text\n`);
    expect(run.stdout).toMatch(/^R4 +Red +3 months late /m);
    expect(run.status).toBe(2);
  });

  it('still reads a Windows-1252 plan with a few £ signs, as Windows-1252, with a warning', () => {
    const { 'plan.csv': plan } = files({ 'plan.csv': Buffer.from('Action,By When,Lead\nBudget £500 for café training,March 2010,CF\nTrain staff,April 2010,HR\n', 'latin1') });
    const run = cli('report', plan!, '--as-of', '2010-06-30');
    expect(run.stdout).toMatch(/^a1 +Red +3 months late +Budget £500 for café training +CF$/m);
    expect(run.stderr).toContain(`${plan}:2:8: warning Unexpected bytes that are not UTF-8, read the file as Windows-1252 [encoding-assumed]`);
    expect(run.status).toBe(0);
    const csv = cli('report', plan!, '--as-of', '2010-06-30', '--output', 'csv');
    expect(csv.stdout).toContain('Budget £500 for café training');
    expect(csv.stdout).not.toContain('\uFFFD');
  });

  it('reads bytes that are not UTF-8 by the Windows-1252 table, € and curly quotes included, and says where the first was', () => {
    // 0x80 €, 0x93 “, 0x94 ”, 0x9F Ÿ, 0xA3 £; 0x81 is undefined in Windows-1252 and stays U+0081.
    const text = new TextEncoder().encode('A plan\nBudget of ');
    const bytes = new Uint8Array([...text, 0x80, 0x93, 0x94, 0x9f, 0xa3, 0x81, ...new TextEncoder().encode(' for all staff')]);
    expect(decodeText(bytes)).toEqual({
      text: 'A plan\nBudget of \u20AC\u201C\u201D\u0178\u00A3\u0081 for all staff',
      encoding: 'windows-1252',
      notUtf8: { line: 2, column: 11 },
    });
    expect(decodeText(new TextEncoder().encode('£ “ok”'))).toEqual({ text: '£ “ok”', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark as the same text in UTF-8', () => {
    const text = `\uFEFF${readFileSync(REVIEW, 'utf8')}`;
    const { 'utf8.md': utf8, 'utf16le.md': utf16le, 'utf16be.md': utf16be } = files({
      'utf8.md': text,
      'utf16le.md': Buffer.from(text, 'utf16le'),
      'utf16be.md': Buffer.from(text, 'utf16le').swap16(),
    });
    const want = cli('report', utf8!, '--as-of', '2006-06-30');
    expect(want.stdout).toMatch(/^R4 +Red +3 months late /m);
    for (const file of [utf16le!, utf16be!]) {
      const run = cli('report', file, '--as-of', '2006-06-30');
      expect(run.stdout).toBe(want.stdout);
      expect(run.stderr.replaceAll(file, 'FILE')).toBe(want.stderr.replaceAll(utf8!, 'FILE'));
      expect(run.status).toBe(want.status);
    }
  });

  it('decides on the first 8000 bytes: a NUL, or more than a quarter U+FFFD', () => {
    expect(SAMPLE_BYTES).toBe(8000);
    expect(MAX_UNDECODABLE).toBe(0.25);
    expect(looksBinary('')).toBe(false);
    expect(looksBinary('Action\tLead\n')).toBe(false);
    expect(looksBinary('Action\0Lead')).toBe(true);
    expect(looksBinary('ab\uFFFD')).toBe(true);
    expect(looksBinary('abc\uFFFD')).toBe(false); // exactly a quarter
    const text = new TextEncoder().encode('x'.repeat(SAMPLE_BYTES));
    const nulAfter = new Uint8Array([...text, 0]);
    expect(decodeText(nulAfter)?.text).toBe(`${'x'.repeat(SAMPLE_BYTES)}\0`); // git looks no further either
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))?.text).toBe('\uFEFFA'); // the byte-order mark is kept, as before
  });
});

describe('--delimiter', () => {
  it('reads a CSV split on the given delimiter, which detection would take for prose', () => {
    const { plan } = files({ plan: 'Action; By When; Lead\nSet up a forum; March 2010; Cllr Smith\nTrain staff, then managers; April 2010; Cllr Jones\n' });
    const run = cli('report', plan!, '--as-of', '2010-06-30', '--output', 'csv', '--delimiter', ';');
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['title'], r['leads'], r['due']])).toEqual([
      ['Set up a forum', 'Cllr Smith', '2010-03-31'],
      ['Train staff, then managers', 'Cllr Jones', '2010-04-30'],
    ]);
  });
});

describe('report outputs', () => {
  it('html carries the roll-up by --by after the items, escaped, without control characters', () => {
    const { 'plan.csv': plan } = files({ 'plan.csv': HOSTILE_PLAN });
    const run = cli('report', plan!, '--as-of', '2010-06-30', '--output', 'html', '--by', 'lead');
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    const rollUp = run.stdout.split('</table>').find((t) => t.includes('<table class="rollup">'))!;
    expect(rollUp).toContain('<th scope="col">lead</th><th scope="col">Items</th>');
    expect(rollUp).toContain('<tr><th scope="row">Chief Exec &quot;A&amp;B&quot; &lt;script&gt;alert(1)&lt;/script&gt;</th><td>1</td>');
    expect(run.stdout).not.toContain('<script');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('markdown and text carry the roll-up, escaped', () => {
    const { 'plan.csv': plan } = files({ 'plan.csv': HOSTILE_PLAN });
    const markdown = cli('report', plan!, '--as-of', '2010-06-30', '--output', 'markdown', '--by', 'lead');
    expect(markdown.stdout).toContain('| lead | items | status |');
    expect(markdown.stdout).toContain('&lt;script&gt;');
    const text = cli('report', plan!, '--as-of', '2010-06-30', '--by', 'lead');
    expect(text.stdout).toMatch(/^@SUM\(A1\) +1 {2}red$/m);
    expect(text.stdout.indexOf('By lead:')).toBeGreaterThan(text.stdout.indexOf('Train staff'));
    expect(text.stdout).not.toContain('\u001b');
  });

  it('csv of several files is one table with a document column', () => {
    const { 'plan.csv': plan } = files({ 'plan.csv': HOSTILE_PLAN });
    const run = cli('report', REVIEW, plan!, PEER_REVIEW, '--as-of', '2009-06-30', '--output', 'csv');
    const records = parseCsv(run.stdout, { relax_column_count: false }) as string[][];
    expect(records[0]).toEqual(['document', 'ref', 'title', 'due', 'days late', 'status', 'why', 'leads']);
    expect(records.filter((r) => r[0] === 'document')).toHaveLength(1);
    const documents = records.slice(1).map((r) => r[0]);
    expect([...new Set(documents)]).toEqual([REVIEW, plan, PEER_REVIEW]);
    expect(records.find((r) => r[0] === REVIEW && r[1] === 'R4')?.[5]).toBe('red');
  });

  it('gives each file a heading in text, markdown and html when there are several', () => {
    const { 'a<b>&.csv': odd } = files({ 'a<b>&.csv': HOSTILE_PLAN });
    const text = cli('report', REVIEW, odd!, '--as-of', '2010-06-30');
    expect(text.stdout.match(/^==> .* <==$/gm)).toEqual([`==> ${REVIEW} <==`, `==> ${odd} <==`]);
    expect(text.stdout.indexOf(`==> ${odd} <==`)).toBeGreaterThan(text.stdout.search(/^R4 /m));
    const markdown = cli('report', REVIEW, odd!, '--as-of', '2010-06-30', '--output', 'markdown');
    expect(markdown.stdout.match(/^## .*$/gm)).toHaveLength(2);
    expect(markdown.stdout).toContain('.csv\n\nAs of 30 Jun 2010.\n\n| Ref |');
    expect(markdown.stdout).toContain('a&lt;b&gt;&.csv');
    const html = cli('report', REVIEW, odd!, '--as-of', '2010-06-30', '--output', 'html');
    expect(html.stdout.match(/<h2>[^<]*<\/h2>/g)).toEqual([`<h2>${REVIEW}</h2>`, `<h2>${odd!.replace('<b>&', '&lt;b&gt;&amp;')}</h2>`]);
    const single = cli('report', REVIEW, '--as-of', '2010-06-30');
    expect(single.stdout).not.toContain('==>');
  });

  it('ndjson is one item per line for all files, each valid against schema/report-item.json; json holds the roll-up too', () => {
    const { 'plan.csv': plan } = files({ 'plan.csv': HOSTILE_PLAN });
    const run = cli('report', REVIEW, plan!, '--as-of', '2010-06-30', '--output', 'ndjson');
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ReportItem);
    // The shipped JSON Schema itself, read back by zod's JSON Schema reader, checks each line.
    const schema = z.fromJSONSchema(jsonSchemaFiles()['report-item']! as Parameters<typeof z.fromJSONSchema>[0]);
    for (const line of lines) expect(schema.safeParse(line).error).toBeUndefined();
    expect(schema.safeParse({ ...lines[0], daysLate: 'late' }).success).toBe(false);
    expect([...new Set(lines.map((l) => l.document))]).toEqual([REVIEW, plan]);
    expect(lines.find((l) => l.document === plan && l.ref === 'a1')).toMatchObject({ due: '2010-03-31', daysLate: 91, status: 'red', lateness: '3 months late' });
    const json = JSON.parse(cli('report', plan!, '--as-of', '2010-06-30', '--output', 'json').stdout) as { reports: ReportModel[] };
    expect(json.reports[0]!.groups.map((g) => g.total)).toEqual([1, 1]);
  });

  it('exits with the worst status of all files', () => {
    const { 'bad.json': bad } = files({ 'bad.json': '{"kind": "review"}' });
    const run = cli('validate', 'no-such-file.json', bad!);
    expect(run.stderr).toContain('no-such-file.json: no such file or directory\n');
    expect(run.stderr).toContain(`${bad}: `);
    expect(run.status).toBe(2);
    const notJson = cli('validate', REVIEW);
    expect(notJson.stderr).toContain(`${REVIEW}: not JSON: `);
    expect(notJson.stdout).toBe('');
    expect(notJson.status).toBe(1);
  });
});
