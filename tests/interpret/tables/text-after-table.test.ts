/**
 * Issue 18 item 7: text after the first table or between tables — a footer,
 * an approval line — is kept in the plan's body with a `text-after-table`
 * info, in TSV, markdown and HTML alike.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/index.js';

const TSV = 'Action\tLead\tTimescale\n<p>Set up a staff network</p>\tHR Manager\tMarch 2025\n<p>Publish pay gap data</p>\tFinance Lead\tApril 2025\n\nApproved by the Board on 3 February 2025.\nPage 2 of 2\n';
const MARKDOWN = 'Access plan\n\n| Action | Lead | Timescale |\n|---|---|---|\n| Set up a staff network | HR Manager | March 2025 |\n| Publish pay gap data | Finance Lead | April 2025 |\n\nApproved by the Board on 3 February 2025.\n\nPage 2 of 2\n';
const HTML = '<html><body><table><tr><th>Action</th><th>Lead</th><th>Timescale</th></tr><tr><td>Set up a staff network</td><td>HR Manager</td><td>March 2025</td></tr><tr><td>Publish pay gap data</td><td>Finance Lead</td><td>April 2025</td></tr></table><p>Approved by the Board on 3 February 2025.</p><p>Page 2 of 2</p></body></html>';

describe('text after a table (issue 18 item 7)', () => {
  it.each([
    ['TSV', TSV, 5],
    ['markdown', MARKDOWN, 8],
    ['HTML', HTML, 1],
  ])('%s keeps the footer in body with a diagnostic', (_name, text, line) => {
    const { data, diagnostics } = parseDocument(text);
    expect(data.kind).toBe('action-plan');
    if (data.kind !== 'action-plan') return;
    expect(data.actions.map((a) => a.title)).toEqual(['Set up a staff network', 'Publish pay gap data']);
    expect(data.body.flatMap((s) => s.paragraphs)).toEqual(['Approved by the Board on 3 February 2025.', 'Page 2 of 2']);
    const d = diagnostics.filter((x) => x.code === 'text-after-table');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'info', line });
  });

  it('text between two tables opens a section under its heading', () => {
    const md = '| Action | Lead |\n|---|---|\n| Audit ramps | Estates |\n\n## Second year\n\nThese follow once funding is agreed.\n\n| Action | Lead |\n|---|---|\n| Fit hearing loops | Estates |\n';
    const { data } = parseDocument(md, { format: 'markdown' });
    if (data.kind !== 'action-plan') throw new Error(`read as ${data.kind}`);
    expect(data.actions.map((a) => a.title)).toEqual(['Audit ramps', 'Fit hearing loops']);
    expect(data.body).toMatchObject([{ heading: 'Second year', paragraphs: ['These follow once funding is agreed.'] }]);
  });

  it('a table with nothing after it has an empty body and no such diagnostic', () => {
    const { data, diagnostics } = parseDocument(TSV.split('\n\n')[0] ?? '');
    if (data.kind !== 'action-plan') throw new Error(`read as ${data.kind}`);
    expect(data.body).toEqual([]);
    expect(diagnostics.some((d) => d.code === 'text-after-table')).toBe(false);
  });
});
