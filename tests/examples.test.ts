/** The examples are part of the documentation: run them and check what they say. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('examples', () => {
  it('the demo reports on all five samples', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const n of ['000', '001', '002', '003', '004']) expect(run.stdout).toContain(`━━ ${n}-`);
    expect(run.stdout).toMatch(/R4 +red +91 days late/);
    expect(run.stdout).toContain('15 recommendations');
    expect(run.stdout).toContain('16 actions');
    expect(run.stdout).toContain('5 themes, 3 cross-cutting priorities, 3 guiding principles');
    expect(run.stdout).toContain('20 actions');
    expect(run.stdout).toContain('areas 1.1, 2.1, 3.1, 4.1');
  });

  it('the demo refuses a date that does not exist', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', '--as-of', '2006-06-31'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--as-of must be a real date');
  });

  it('the README quick start holds', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('quick start: all README claims hold');
  });
});
