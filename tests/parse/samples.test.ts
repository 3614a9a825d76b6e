import { describe, expect, it } from 'vitest';
import { detectFormat, detectKind, parseActionPlan, parseDocument, parseReview, parseStrategy } from '../../src/parse/index.js';
import { EqualityDocumentSchema } from '../../src/model/document.js';
import type { ActionPlan, Strategy } from '../../src/model/plan.js';
import type { Review } from '../../src/model/review.js';
import { READERS } from '../../src/read/index.js';
import { SAMPLES, bySample } from './_samples.js';

describe('detectFormat and parseDocument with no options get every sample right', () => {
  for (const sample of SAMPLES) {
    it(`${sample.file} → ${sample.format}, ${sample.kind}`, () => {
      expect(detectFormat(sample.text)).toBe(sample.format);
      const reader = READERS.find((r) => r.id === sample.format);
      expect(reader).toBeDefined();
      expect(detectKind(reader!.read(sample.text).data)).toBe(sample.kind);
      const { data, diagnostics } = parseDocument(sample.text);
      expect(data.kind).toBe(sample.kind);
      expect(EqualityDocumentSchema.safeParse(data).success).toBe(true);
      expect(diagnostics.filter((d) => d.code === 'internal-error' || d.code === 'kind-mismatch')).toEqual([]);
    });
  }
});

describe('000 review', () => {
  const { data, diagnostics } = parseReview(bySample('000').text, { source: '000.md' });
  const review = data as Review;

  it('has 15 recommendations R1–R15 with their sentences', () => {
    expect(review.recommendations.map((r) => r.ref)).toEqual(Array.from({ length: 15 }, (_, i) => `R${i + 1}`));
    expect(review.recommendations[3]?.text).toBe('That Regional Concordat partners nominate an identified Board Member, Elected Member or Senior Officer as an internal Equalities and Diversity Champion by 31 March 2006.');
    expect(review.recommendations[3]?.source).toMatchObject({ document: '000.md', line: 30 });
  });

  it('reads owners from the sentences', () => {
    const owners = review.recommendations.map((r) => r.owners);
    expect(owners[0]).toEqual(['West Midlands Regional Assembly', 'Sustainability West Midlands']);
    expect(owners[3]).toEqual(['Regional Concordat partners']);
    expect(owners[4]).toEqual([]); // "That a new Regional Partnership Body be established": passive
    expect(owners[12]).toEqual(['Concordat Partners']);
  });

  it('reads the deadline phrases with parseTimescale', () => {
    const ts = review.recommendations.map((r) => r.timescale);
    expect(ts[3]).toMatchObject({ text: 'by 31 March 2006', kind: 'date', end: '2006-03-31' });
    expect(ts[4]).toMatchObject({ text: 'during April 2006', start: '2006-04-01', end: '2006-04-30' });
    expect(ts[5]).toMatchObject({ text: 'by autumn 2006', kind: 'season' });
    expect(ts[0]?.text).toBe('in April 2006');
    expect(ts[7]).toMatchObject({ text: 'by September 2006', end: '2006-09-30' });
    expect(ts[8]).toMatchObject({ text: 'upon endorsement of this report', kind: 'event' });
    expect(ts[9]?.kind).toBe('invalid');
  });

  it('reports R10’s 31 June 2006 as invalid-date with its line and column', () => {
    const invalid = diagnostics.find((d) => d.code === 'invalid-date');
    const line36 = bySample('000').text.split('\n')[35] ?? '';
    expect(invalid).toMatchObject({ severity: 'error', line: 36, column: line36.indexOf('31 June 2006') + 1 });
  });

  it('keeps title, body, panel and contact', () => {
    expect(review.title).toBe('Strategic Review of Equalities and Diversity');
    expect(review.owner).toBe('West Midland Regional Assembly');
    expect(review.body.map((s) => s.heading)).toContain('Background');
    expect(review.body.find((s) => s.heading === 'Background')?.paragraphs).toHaveLength(5);
    expect(review.panel).toEqual(['Rev John Hall', 'Roger McKenzie']);
    expect(review.contact).toEqual(['Carmel Kerr, Equalities and Diversity Director, West Midlands Regional Assembly', '0121 678 1053', 'c.kerr@wmra.gov.uk']);
  });
});

describe('002 strategy', () => {
  const { data, diagnostics } = parseStrategy(bySample('002').text);
  const strategy = data as Strategy;

  it('takes title, date and portfolio lead from the key–value table', () => {
    expect(strategy.title).toBe('West Midlands Race Equalities Taskforce - Independent Strategy');
    expect(strategy.date).toBe('2023-03-17');
    expect(strategy.owner).toBe('Inclusive Communities - Councillor Kerrie Carmichael');
    expect(strategy.metadata['Accountable Employee']).toMatch(/Head of Systems Change & Inclusion email: claire\.dhami@wmca\.org\.uk$/);
    expect(strategy.metadata['Report has been considered by']).toContain('WMCA Executive Board - 11 January 2023');
  });

  it('has 5 thematic areas, 3 cross-cutting priorities, 3 guiding principles', () => {
    expect(strategy.themes).toHaveLength(5);
    expect(strategy.crossCuttingPriorities.map((p) => p.title)).toEqual(['Improving data and evidence on race inequality', 'Advancing diversity in leadership', 'Building cultural intelligence']);
    expect(strategy.principles).toHaveLength(3);
  });

  it('gives each theme its mission and priorities for action, across the page break and the lost header', () => {
    const byTitle = Object.fromEntries(strategy.themes.map((t) => [t.title, t]));
    expect(byTitle['Health and wellbeing']?.mission).toBe('Champion culturally intelligent health and wellbeing practices');
    expect(byTitle['Health and wellbeing']?.priorities).toContain('Support activity to encourage healthier behaviours, such as developing culturally appropriate health incentives');
    expect(byTitle['Jobs, living standards, skills and education']?.priorities[0]).toBe('Develop targeted jobs and careers pathways');
    expect(byTitle['Housing and homelessness']?.priorities).toHaveLength(6);
    expect(byTitle['Transport']?.priorities).toHaveLength(3);
    expect(byTitle['Criminal Justice']?.priorities).toHaveLength(7);
    expect(strategy.crossCuttingPriorities[1]?.description).toMatch(/^Build and diversify leadership capabilities/);
  });

  it('warns that the theme table has 4 rows for 5 areas', () => {
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'theme-count-mismatch', severity: 'warning', line: 58 }));
  });

  it('keeps the numbered recommendations and paragraphs as body sections', () => {
    const recs = strategy.body.find((s) => s.heading.startsWith('Recommendation(s)'));
    expect(recs?.paragraphs.map((p) => p.slice(0, 12))).toEqual(['1) Note the ', '2) Endorse t', '3) Commit to', '4) Nominate ']);
    expect(strategy.body.find((s) => s.heading === '1. Purpose')?.paragraphs[0]).toMatch(/^1\.1 To update/);
  });
});

describe('003 outline action plan', () => {
  const { data, diagnostics } = parseActionPlan(bySample('003').text);
  const plan = data as ActionPlan;

  it('reads title, period and objective', () => {
    expect(plan.title).toBe('Equity and Inclusion Action Plan - Objective 3');
    expect(plan.period).toMatchObject({ start: '2022-04-01', end: '2024-03-31' });
    expect(plan.description).toMatch(/^Ensure equity is embedded within all key WMCA work areas/);
  });

  it('has 4 sub-objectives as themes and 20 actions (3+5+4+8)', () => {
    expect(plan.themes.map((t) => t.title)).toEqual(['Embedding equitable outcomes', 'Community engagement and co-production', 'Social Value', 'Influencing change and diverse leadership']);
    expect(plan.themes[2]?.aim).toMatch(/^Deliver equity through procurement/);
    const perTheme = plan.themes.map((t) => plan.actions.filter((a) => a.themeIds.includes(t.id)).length);
    expect(perTheme).toEqual([3, 5, 4, 8]);
  });

  it('keeps the truncated sentence with a warning on line 21, and "Skip to main content"', () => {
    expect(plan.actions[2]?.title).toMatch(/monitored and reported on in$/);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'truncated-text', severity: 'warning', line: 21 }));
    expect(diagnostics).toContainEqual(expect.objectContaining({ text: 'Skip to main content', line: 1 }));
  });
});
