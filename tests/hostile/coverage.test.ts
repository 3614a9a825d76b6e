/**
 * Issue 18: word coverage over mangled samples. Each sample is cut at random
 * lines, and lines of fresh prose are put in at random places — before,
 * between and after its tables (a second cut of a table sample makes a second
 * table, so prose lands between two tables too). Every word written must be
 * kept: in the parsed document (any string) or in a diagnostic's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { SAMPLES } from '../parse/_samples.js';
import { outputWords, sourceWords } from '../parse/_words.js';

/** Invented lines of the sort found around a plan's tables: footers, approvals, notes, a cut-short row. */
const PROSE = [
  'Approved by the Cabinet on 14 October, subject to the budget round.',
  'Page 3 of 9',
  'Note: figures marked with a dagger are provisional until the audit closes.',
  'Contact the Inclusion Officer, Civic Centre, for a large-print copy.',
  'Next review: spring, when the staff survey has been analysed',
  'Continued overleaf',
];

const mangled = fc
  .record({
    sample: fc.constantFrom(...SAMPLES),
    first: fc.tuple(fc.nat(), fc.nat()),
    second: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
    prose: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PROSE)), { minLength: 1, maxLength: 4 }),
    after: fc.constantFrom(...PROSE),
  })
  .map(({ sample, first, second, prose, after }) => {
    const lines = sample.text.split(/\r?\n/);
    const cut = ([a, b]: [number, number]): string[] => {
      const x = a % (lines.length + 1);
      const y = b % (lines.length + 1);
      return lines.slice(Math.min(x, y), Math.max(x, y));
    };
    // One cut, a blank line and an invented line between, maybe a second cut, and a line after all.
    const out = [...cut(first)];
    if (second !== undefined) out.push('', PROSE[0] as string, '', ...cut(second));
    for (const [at, line] of prose) out.splice(at % (out.length + 1), 0, line);
    out.push('', after);
    return { format: sample.format, file: sample.file, text: out.join('\n') };
  });

describe('word coverage over mangled samples (issue 18)', () => {
  it('every word written, inside, between or after tables, is kept', () => {
    fc.assert(
      fc.property(mangled, ({ format, text }) => {
        const { data, diagnostics } = parseDocument(text, { format });
        const kept = outputWords(data, new Map());
        for (const d of diagnostics) if (d.text !== undefined) outputWords(d.text, kept);
        // A "Lead Member:" label is markup, like a header: its value becomes `leads` (as in
        // tests/interpret/tables/nothing-lost.test.ts), so the label's own words are not counted.
        const written = sourceWords({ text: text.split('Lead Member:').join(' '), format });
        const missing = [...new Set(written.filter((w) => !kept.has(w)))];
        expect(missing).toEqual([]);
      }),
      { numRuns: Number(process.env.COVERAGE_RUNS ?? 120) },
    );
  });

  // Two losses the property found, each kept now.
  const keptWords = (text: string, format: 'markdown') => {
    const { data, diagnostics } = parseDocument(text, { format });
    const kept = outputWords(data, new Map());
    for (const d of diagnostics) if (d.text !== undefined) outputWords(d.text, kept);
    return [...new Set(sourceWords({ text, format }).filter((w) => !kept.has(w)))];
  };

  it('a key-value table cut above its first key keeps the continuation row', () => {
    const text = [
      '| | Equality email: someone.zed@example.org.uk |',
      '| Report considered by | Executive Board - 11 January 2023 |',
      '',
      '- 5.1 The strategy is a call to action for the whole region, and partners will review it each year.',
    ].join('\n');
    expect(parseDocument(text, { format: 'markdown' }).data.kind).toBe('strategy');
    expect(keptWords(text, 'markdown')).toEqual([]);
  });

  it('a lone recommendation read as a title keeps its marker', () => {
    const text = '- R3 That the monitoring make specific reference to equality.\nApproved by the Cabinet on 14 October.';
    const { data } = parseDocument(text, { format: 'markdown' });
    expect(data.kind === 'action-plan' && data.title.startsWith('R3 That')).toBe(true);
    expect(keptWords(text, 'markdown')).toEqual([]);
  });

  it('a bulleted line above a plan\'s table is kept in its description', () => {
    const text = ['Approved by the Cabinet on 14 October.', ' - Continue to support the Taskforce through its nominated member.', '', '|--|--|--|', '', 'Page 3 of 9'].join('\n');
    const { data } = parseDocument(text, { format: 'markdown' });
    expect(data.kind === 'action-plan' && data.description).toContain('nominated member');
    expect(keptWords(text, 'markdown')).toEqual([]);
  });

  it('a header row with no rows under it keeps its words in a diagnostic', () => {
    const text = ['Approved by the Cabinet on 14 October.', '', '| Theme / mission | Priorities for action |', '', 'Page 3 of 9'].join('\n');
    const { diagnostics } = parseDocument(text, { format: 'markdown' });
    expect(diagnostics.find((d) => d.code === 'header-without-rows')?.text).toContain('Priorities for action');
    expect(keptWords(text, 'markdown')).toEqual([]);
  });

  it('a list under a paragraph that mentions improvements is kept when the document has no findings to put it in', () => {
    const long = `10.1 Growth is about making sure that improvements in our economy benefit all of our communities. ${'The work will be built into the design of the devolution deal. '.repeat(4)}`;
    expect(keptWords(`Approved by the Cabinet.\n${long}\n\n11. Background papers and appendices\nApproved.`, 'markdown')).toEqual([]);
    // A short lead-in still introduces findings.
    const { data } = parseDocument('Equality plan\n\nAreas for improvement:\n\n1. Publish the data.\n2. Train the panel.\n', { format: 'markdown' });
    expect(data.kind === 'peer-review' && data.areas[0]?.improvements).toEqual(['Publish the data.', 'Train the panel.']);
  });
});

