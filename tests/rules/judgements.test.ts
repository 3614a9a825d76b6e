/**
 * Judgements an officer must be able to trust (issue 13): finished work is
 * complete whichever column says so, under every preset; a reported RAG the
 * rules overrule is named in the reason with the rule; a re-dated deadline
 * keeps its baseline. Each with the cell text that used to go wrong, through
 * parseDocument on small invented documents and through the rules functions.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_RULES_PRESETS, normaliseStatus, parseDocument, parseTimescale, ragStatus, statusAt, type TrackedItem } from '../../src/index.js';

const AS_OF = '2024-04-15';

/** An invented action plan: every row due December 2023, finished in a different column. */
const CSV = `Ref,Action,Lead,Due,RAG,Progress,Status
F1,Publish the pay gap report,HR,Dec 2023,Complete,,
F2,Train panel chairs,HR,Dec 2023,Blue,,
F3,Review the dress code,HR,Dec 2023,,100%,
F4,Audit the website,Comms,Dec 2023,,,Completed
F5,Open a staff network,HR,Dec 2023,Amber,,In progress
F6,Translate the leaflets,Comms,Dec 2025,Amber,,In progress
F7,Refresh the accessibility statement,Comms,"March 2024 (revised from Dec 2023)",,,In progress
`;

const MARKDOWN = `# Equality action plan

| Ref | Action | Lead | Due | RAG |
| --- | --- | --- | --- | --- |
| M1 | Publish the workforce data | HR | Dec 2023 | Blue |
| M2 | Survey disabled staff | HR | Dec 2023 | Complete |
`;

function actions(text: string, source: string): TrackedItem[] {
  const { data } = parseDocument(text, { source });
  return (data as unknown as { actions: TrackedItem[] }).actions;
}

function byRef(list: TrackedItem[], ref: string): TrackedItem {
  const found = list.find((a) => (a as { ref?: string }).ref === ref);
  if (!found) throw new Error(`no action ${ref}`);
  return found;
}

describe('complete is complete, whichever column says it', () => {
  const csv = actions(CSV, 'invented.csv');
  const md = actions(MARKDOWN, 'invented.md');
  const finished: [string, TrackedItem][] = [
    ['RAG cell "Complete"', byRef(csv, 'F1')],
    ['RAG cell "Blue"', byRef(csv, 'F2')],
    ['progress cell "100%"', byRef(csv, 'F3')],
    ['status cell "Completed"', byRef(csv, 'F4')],
    ['markdown RAG cell "Blue"', byRef(md, 'M1')],
    ['markdown RAG cell "Complete"', byRef(md, 'M2')],
  ];

  for (const [preset, rules] of Object.entries(PROGRESS_RULES_PRESETS)) {
    it(`is never late or red under the ${preset} preset`, () => {
      for (const [what, item] of finished) {
        const r = ragStatus(item, { asOf: AS_OF, rules });
        // Each preset names its own finished status ('complete', 'achieved'): the one marked complete.
        const done = rules.scale.find((s) => s.complete === true)?.id ?? 'complete';
        expect(r.status, `${what}: ${r.reason}`).toBe(done);
        expect(r.figures.complete, what).toBe(true);
        expect(r.reason, what).not.toMatch(/\blate\b|\bred\b/u);
        expect(statusAt(item, AS_OF, { rules }).status, what).toBe(done);
      }
    });
  }

  it('reads a blue RAG and 100% from the rules functions alone', () => {
    const base: TrackedItem = { timescale: parseTimescale('Dec 2023') };
    expect(ragStatus({ ...base, rag: 'blue' }, { asOf: AS_OF }).figures.complete).toBe(true);
    expect(ragStatus({ ...base, percentComplete: 100 }, { asOf: AS_OF }).figures.complete).toBe(true);
    expect(ragStatus({ ...base, percentComplete: 99 }, { asOf: AS_OF }).status).toBe('red');
    // A later update withdrawing the action still counts: cancelled is not complete.
    expect(ragStatus({ ...base, rag: 'blue', status: 'cancelled' }, { asOf: AS_OF }).status).toBe('cancelled');
    // The date finished is the first update that said so, whichever field said it.
    const dated: TrackedItem = { ...base, updates: [{ date: '2023-11-20', rag: 'amber' }, { date: '2023-12-12', percentComplete: 100 }] };
    expect(ragStatus(dated, { asOf: AS_OF })).toMatchObject({ status: 'complete', figures: { completedOn: '2023-12-12' } });
    expect(ragStatus(dated, { asOf: '2023-12-01' }).status).toBe('green');
  });

  it('normalises a progress text that starts with a completion word', () => {
    expect(normaliseStatus('Complete – published July')).toBe('complete');
    expect(normaliseStatus('Completed (see minutes)')).toBe('complete');
    expect(normaliseStatus('Not complete – delayed')).toBe('in-progress');
  });
});

describe('a reported RAG the rules overrule is named, with the rule', () => {
  const csv = actions(CSV, 'invented.csv');

  it('says which rule overrules a reported amber on a late action', () => {
    const r = ragStatus(byRef(csv, 'F5'), { asOf: AS_OF });
    expect(r.status).toBe('red');
    expect(r.reason).toContain('the reported amber is overruled by rule `overdue` (Red)');
  });

  it('says when the default overrules a reported amber with no rule on the evidence', () => {
    const r = ragStatus(byRef(csv, 'F6'), { asOf: AS_OF });
    expect(r.status).toBe('green');
    expect(r.reason).toContain('the reported amber is overruled by the default (Green): no rule on the evidence applies');
  });

  it('says nothing more when the rules agree with the officer', () => {
    const r = ragStatus({ timescale: parseTimescale('Dec 2025'), rag: 'green' }, { asOf: AS_OF });
    expect(r.status).toBe('green');
    expect(r.reason).not.toContain('overruled');
  });

  it('leaves the wording to a rule that explains itself', () => {
    const r = ragStatus({ timescale: parseTimescale('Dec 2023'), rag: 'green' }, { asOf: AS_OF, rules: PROGRESS_RULES_PRESETS['reported-rag'] });
    expect(r.rule).toBe('contradicted-late');
    expect(r.reason).not.toContain('overruled');
  });
});

describe('a re-dated deadline keeps its baseline', () => {
  it('reads "March 2024 (revised from Dec 2023)" as due March 2024, first due December 2023', () => {
    const t = parseTimescale('March 2024 (revised from Dec 2023)');
    expect(t).toMatchObject({ kind: 'month', start: '2024-03-01', end: '2024-03-31', baseline: { text: 'Dec 2023', end: '2023-12-31' } });
    expect(parseTimescale('Dec 2023, revised to March 2024')).toMatchObject({ end: '2024-03-31', baseline: { end: '2023-12-31' } });
    expect(parseTimescale('June 2024 (was March 2024)')).toMatchObject({ end: '2024-06-30', baseline: { end: '2024-03-31' } });
    expect(parseTimescale('Now due 2012')).toMatchObject({ kind: 'year', start: '2012-01-01', end: '2012-12-31' });
    // Prose that is not a revision is read as a whole.
    expect(parseTimescale('March 2024 (was agreed)').baseline).toBeUndefined();
  });

  it('reads the re-dated cell as due March 2024 through parseDocument, not as ongoing from December', () => {
    const item = byRef(actions(CSV, 'invented.csv'), 'F7');
    expect(item.timescale).toMatchObject({ kind: 'month', start: '2024-03-01', end: '2024-03-31' });
    expect(ragStatus(item, { asOf: AS_OF }).figures).toMatchObject({ due: '2024-03-31', slippageDays: 15 });
  });

  it('keeps the baseline through parseDocument, so the rules measure against both', () => {
    const item = byRef(actions(CSV, 'invented.csv'), 'F7');
    expect(item.timescale?.baseline).toMatchObject({ text: 'Dec 2023', end: '2023-12-31' });
    expect(ragStatus(item, { asOf: AS_OF }).figures).toMatchObject({ baselineDue: '2023-12-31', baselineSlippageDays: 106 });
  });
  it('reads a status that opens a longer cell, keeping the words after it', () => {
    const text = 'Ref,Action,Lead,Due,Progress,Status\nP1,Publish the report,HR,Dec 2023,"Complete – published July",\nP2,Run the survey,HR,Dec 2023,,"On hold (funding)"\nP3,Train staff,HR,Dec 2023,"Completed the first phase; the second is delayed",\n';
    const list = actions(text, 'invented.csv');
    expect(byRef(list, 'P1')).toMatchObject({ status: 'complete', comments: ['Complete – published July'] });
    expect(byRef(list, 'P2').status).toBe('on-hold');
    // A sentence that starts with a status word is progress text, not a status.
    expect(byRef(list, 'P3').status).toBeUndefined();
    expect(ragStatus(byRef(list, 'P1'), { asOf: AS_OF }).status).toBe('complete');
  });

  it('measures the action against both, through the rules functions', () => {
    const item: TrackedItem = { timescale: parseTimescale('March 2024 (revised from Dec 2023)'), status: 'in-progress' };
    const r = ragStatus(item, { asOf: AS_OF });
    expect(r.figures).toMatchObject({ due: '2024-03-31', slippageDays: 15, baselineDue: '2023-12-31', baselineSlippageDays: 106 });
    expect(r.reason).toContain('originally due 2023-12-31');
  });
});
