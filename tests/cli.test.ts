/** The CLI, run as a user runs it (from source, through tsx). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8' });
}

const REVIEW = 'examples/data/000-wmra-review-recommendations.md';

describe('equality-plans CLI', () => {
  it('reports what is late, with the rule and the figures', () => {
    const run = cli('report', REVIEW, '--as-of', '2006-06-30');
    expect(run.stdout).toMatch(/^R4 +red +91 {2}due 2006-03-31, 91 days late$/m);
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
    const dir = mkdtempSync(join(tmpdir(), 'ep-'));
    const file = join(dir, 'plan.csv');
    writeFileSync(file, 'Action,By When,Lead\n"=HYPERLINK(""http://evil"")",March 2010,CF\n');
    const run = cli('report', file, '--as-of', '2010-06-30', '--output', 'csv');
    expect(run.stdout.split('\r\n')[0]).toBe('ref,title,due,days late,status,why,leads');
    expect(run.stdout).not.toMatch(/(^|,)=HYPERLINK/m);
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
    expect(invalid.stdout).toContain('recommendations.0.percentComplete');
    expect(invalid.status).toBe(1);
  });

  it('refuses bad options with exit code 2', () => {
    expect(cli('report', REVIEW).status).toBe(2);
    expect(cli('report', REVIEW, '--as-of', '2006-06-31').status).toBe(2);
    expect(cli('parse', REVIEW, '--format', 'pdf').status).toBe(2);
    expect(cli('frobnicate', REVIEW).status).toBe(2);
    expect(cli('parse', 'no-such-file').stderr).toContain('ENOENT');
    expect(cli('--help').status).toBe(0);
  });
});
