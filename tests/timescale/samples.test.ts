import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timescale } from '../../src/model/timescale.js';
import { parseTimescale } from '../../src/timescale/index.js';
import { corpus } from './corpus.js';

function sample(name: string): string {
  return readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');
}

function stripHtml(html: string): string {
  return html.replace(/<[^<>]*>/gu, ' ').replace(/\s+/gu, ' ').trim();
}

function dates(r: Timescale): { kind: string; start?: string | undefined; end?: string | undefined } {
  return { kind: r.kind, start: r.start, end: r.end };
}

describe('sample 004: the "By When" column', () => {
  const cells = sample('004-bromsgrove-peer-review-action-plan.tsv')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 5)
    .map((cols) => (cols[cols.length - 1] ?? '').trim())
    .filter((cell) => cell !== '' && !/^By (?:When|Whom)$/u.test(cell));

  it('finds the column cells, run-together cells included', () => {
    expect(cells.length).toBeGreaterThanOrEqual(35);
    expect(cells).toContain('June 2009 June 2009 June 2009 Continuation');
    expect(cells).toContain('September 2009 onwards September 2009 (proposed implementation of scheme from April 2010)');
  });

  it('reads every cell as a careful reader would (each is in the corpus with its expected dates)', () => {
    const expected = new Map(corpus.filter((e) => e.source === '004' && !e.context).map((e) => [e.text, e]));
    for (const cell of cells) {
      const entry = expected.get(cell);
      expect(entry, `corpus entry for ${cell}`).toBeDefined();
      expect(dates(parseTimescale(cell))).toEqual({ kind: entry?.kind, start: entry?.start, end: entry?.end });
    }
  });

  it('gives one period per date in cells that list several actions', () => {
    const r = parseTimescale('June 2009 June 2009 June 2009 Continuation');
    expect(r.periods?.map((p) => [p.text, p.kind, p.start ?? null, p.end ?? null])).toEqual([
      ['June 2009', 'month', '2009-06-01', '2009-06-30'],
      ['June 2009', 'month', '2009-06-01', '2009-06-30'],
      ['June 2009', 'month', '2009-06-01', '2009-06-30'],
      ['Continuation', 'ongoing', null, null],
    ]);
    const s = parseTimescale('September 2009 onwards September 2009 (proposed implementation of scheme from April 2010)');
    expect(s.periods?.map((p) => p.text)).toEqual(['September 2009 onwards', 'September 2009', '(proposed implementation of scheme from April 2010)']);
    expect(s.periods?.[2]).toMatchObject({ kind: 'ongoing', start: '2010-04-01' });
  });
});

describe('sample 001: the Timescale column and "by October" milestones', () => {
  const rows = sample('001-rspe-action-plan-2008-10.tsv')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 5 && cols[0] !== 'Action');

  it('reads every Timescale cell as a range inside the plan period 2008/10', () => {
    const cells = rows.map((cols) => stripHtml(cols[2] ?? '')).filter((c) => c !== '');
    expect(cells.length).toBeGreaterThanOrEqual(12);
    for (const cell of cells) {
      const r = parseTimescale(cell);
      expect(r.kind, cell).toBe('range');
      expect(r.start! >= '2008-04-01' && r.end! <= '2010-04-30', cell).toBe(true);
    }
  });

  it('labels the yearly periods of a cell with "Year 3" and "Year 4"', () => {
    const cell = rows.map((cols) => stripHtml(cols[2] ?? '')).find((c) => c.startsWith('August 2008'));
    const r = parseTimescale(cell ?? '');
    expect(r.periods).toEqual([
      { text: 'August 2008 – April 2009', kind: 'range', start: '2008-08-01', end: '2009-04-30', label: 'Year 3' },
      { text: 'August 2009 – April 2010', kind: 'range', start: '2009-08-01', end: '2010-04-30', label: 'Year 4' },
    ]);
  });

  it('places milestones without a year inside their action period', () => {
    let checked = 0;
    for (const cols of rows) {
      const period = parseTimescale(stripHtml(cols[2] ?? ''));
      const first = period.periods?.[0] ?? period;
      if (!first.start || !first.end) continue;
      const context = { start: first.start, end: first.end };
      for (const bullet of (cols[3] ?? '').split('•').map(stripHtml)) {
        if (!/\bby (?:January|February|March|April|May|June|July|August|September|October|November|December)$/u.test(bullet)) continue;
        const r = parseTimescale(bullet, { context });
        expect(r.yearAssumed, bullet).toBe(true);
        expect(r.end! >= context.start && r.end! <= context.end, `${bullet} in ${context.start}..${context.end}`).toBe(true);
        expect(r.diagnostics?.map((d) => d.code)).toContain('year-assumed');
        expect(parseTimescale(bullet).kind).toBe('unknown');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});

describe('sample 000: deadlines inside recommendation sentences', () => {
  const recs = new Map(
    sample('000-wmra-review-recommendations.md')
      .split('\n')
      .filter((l) => /^- R\d+ /u.test(l))
      .map((l) => [l.split(' ')[1] as string, l.slice(2)]),
  );
  const context = { year: 2006 };
  const expected: Record<string, { kind: string; start?: string; end?: string }> = {
    R1: { kind: 'range', start: '2006-01-30', end: '2006-04-30' },
    R2: { kind: 'month', start: '2006-07-01', end: '2006-07-31' },
    R3: { kind: 'month', start: '2006-07-01', end: '2006-07-31' },
    R4: { kind: 'date', end: '2006-03-31' },
    R5: { kind: 'month', start: '2006-04-01', end: '2006-04-30' },
    R6: { kind: 'season', end: '2006-11-30' },
    R7: { kind: 'season', end: '2006-11-30' },
    R8: { kind: 'month', end: '2006-09-30' },
    R9: { kind: 'event' },
    R10: { kind: 'invalid', end: '2006-06-30' },
    R11: { kind: 'month', end: '2006-07-31' },
    R12: { kind: 'season', end: '2006-11-30' },
    R13: { kind: 'date', end: '2006-12-31' },
    R14: { kind: 'date', end: '2006-12-31' },
    R15: { kind: 'ongoing', start: '2007-01-01' },
  };

  it.each(Object.entries(expected))('%s', (id, want) => {
    const text = recs.get(id) ?? '';
    const r = parseTimescale(text, { context });
    expect(dates(r)).toEqual({ kind: want.kind, start: want.start, end: want.end });
  });

  it('names the impossible date 31 June 2006 and its nearest real date, with its column', () => {
    const text = recs.get('R10') ?? '';
    const d = parseTimescale(text).diagnostics?.find((x) => x.code === 'invalid-date');
    expect(d).toMatchObject({ severity: 'error', line: 1, text: '31 June 2006', expected: '2006-06-30' });
    expect(d?.message).toBe('Unexpected `31 June 2006`, expected a real calendar date; read as the nearest real date, 30 June 2006');
    expect(text.slice((d?.column ?? 0) - 1).startsWith('31 June 2006')).toBe(true);
  });

  it('reads R9 as an event', () => {
    expect(parseTimescale(recs.get('R9') ?? '').event).toBe('endorsement of this report by the West Midlands Regional Assembly. Partners must have a clear understanding that this does not replace individual responsibilities of partners to collectively address issues');
  });
});

describe('sample 002: dates in prose and metadata', () => {
  const text = sample('002-wmca-race-equalities-strategy.md');
  it('reads the report date and the meetings it went to', () => {
    const date = /^\| Date \| ([^|]+) \|/mu.exec(text)?.[1]?.trim() ?? '';
    expect(dates(parseTimescale(date))).toEqual({ kind: 'date', start: '2023-03-17', end: '2023-03-17' });
    const considered = /^\| Report has been considered by \| ([^|]+) \|/mu.exec(text)?.[1]?.trim() ?? '';
    const r = parseTimescale(considered);
    expect(r.periods?.map((p) => p.start)).toEqual(['2023-01-11', '2023-03-03']);
  });
});

describe('diagnostic positions', () => {
  it('gives the 1-based line and column within a multi-line cell', () => {
    const d = parseTimescale('June 2009\nContinuation\nby 31 June 2006').diagnostics?.[0];
    expect(d).toMatchObject({ code: 'invalid-date', line: 3, column: 4, text: '31 June 2006' });
  });
});
