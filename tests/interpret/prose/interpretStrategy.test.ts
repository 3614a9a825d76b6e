import { describe, expect, it } from 'vitest';
import { interpretStrategy } from '../../../src/interpret/interpretStrategy.js';
import { StrategySchema } from '../../../src/model/plan.js';
import { deepFreeze, doc, item, list, para, table } from './_build.js';

// Shaped like examples/data/002-wmca-race-equalities-strategy.md (cells shortened).
const strategy = deepFreeze(
  doc('markdown', [
    para('WMCA Board', 3),
    table(
      [
        ['Date', '17 March 2023'],
        ['Report title', 'West Midlands Race Equalities Taskforce - Independent Strategy'],
        ['Portfolio Lead', 'Inclusive Communities - Councillor Kerrie Carmichael'],
        ['Accountable Employee', 'Lucy Gosling, Programme Manager Claire Dhami, Head of Systems Change &'],
        ['', 'Inclusion email: claire.dhami@wmca.org.uk'],
      ],
      5,
    ),
    para('Recommendation(s) for action or decision:', 14),
    list([item('Note the launch and progress of the Taskforce.', 16, '1)'), item('Endorse the strategy (Appendix A).', 17, '2)')]),
    list([item('Purpose', 22, '1.')]),
    list([item('1.1 To update the WMCA Board on the Taskforce.', 24)]),
    table(
      [
        ['5 thematic action areas', '3 cross cutting priorities', '3 guiding principles'],
        [
          'Jobs, living standards, skills and education. Health and wellbeing. Housing and homelessness. Transport. Criminal Justice.',
          'Improving data and evidence on race inequality. Advancing diversity in leadership. Building cultural intelligence.',
          'Valuing coproduction. Taking an intersectional approach. Building trust with and in communities.',
        ],
      ],
      51,
    ),
    table(
      [
        ['Theme / mission', 'Priorities for action'],
        [
          "'Remove barriers and build inclusive jobs, skills and education pathways.' Champion culturally intelligent health and wellbeing practices",
          'Develop targeted jobs and careers pathways. Promote cultural intelligence in schools. Engage with health partners, e.g., around maternal care. Support activity such as developing culturally appropriate health',
        ],
        ['', 'incentives. Contribute to the cross cutting priorities.'],
        ['Listen to communities to develop equitable access to housing choices.', 'Explore regional guidance on social housing allocations.'],
      ],
      58,
    ),
    table(
      [
        ['Connect lives through a sustainable and accessible transport network.', 'Explore race-based budgeting in transport.'],
        ['Level the scales of justice and create a fairer criminal justice system.', 'Help to build trust in the justice system. Prevent race related hate crime.'],
        ['Cross cutting priorities - Data and evidence - Leadership diversity - Cultural intelligence', 'Develop more granular data on race inequalities. Build and diversify leadership capabilities. Build cultural intelligence across the system.'],
      ],
      64,
    ),
  ]),
);

describe('interpretStrategy', () => {
  const { data, diagnostics } = interpretStrategy(strategy, { source: '002.md' });

  it('is schema-valid and takes title, date and owner from the key–value table', () => {
    expect(StrategySchema.safeParse(data).success).toBe(true);
    expect(data.title).toBe('West Midlands Race Equalities Taskforce - Independent Strategy');
    expect(data.date).toBe('2023-03-17');
    expect(data.owner).toBe('Inclusive Communities - Councillor Kerrie Carmichael');
  });

  it('keeps every key–value row and joins a row continued under an empty key', () => {
    expect(Object.keys(data.metadata)).toEqual(['Date', 'Report title', 'Portfolio Lead', 'Accountable Employee', 'areasHeading', 'prioritiesHeading', 'crossCuttingRow']);
    expect(data.metadata['prioritiesHeading']).toBe('Theme / mission | Priorities for action');
    expect(data.metadata['Accountable Employee']).toBe('Lucy Gosling, Programme Manager Claire Dhami, Head of Systems Change & Inclusion email: claire.dhami@wmca.org.uk');
  });

  it('reads 5 thematic areas, 3 cross-cutting priorities and 3 guiding principles', () => {
    expect(data.themes.map((t) => t.title)).toEqual(['Jobs, living standards, skills and education', 'Health and wellbeing', 'Housing and homelessness', 'Transport', 'Criminal Justice']);
    expect(data.crossCuttingPriorities.map((p) => p.title)).toEqual(['Improving data and evidence on race inequality', 'Advancing diversity in leadership', 'Building cultural intelligence']);
    expect(data.principles.map((p) => p.title)).toEqual(['Valuing coproduction', 'Taking an intersectional approach', 'Building trust with and in communities']);
  });

  it('splits the two-mission row between jobs and health, re-joining the row split over the page break', () => {
    const [jobs, health] = data.themes;
    expect(jobs?.mission).toBe("'Remove barriers and build inclusive jobs, skills and education pathways.'");
    expect(jobs?.priorities).toEqual(['Develop targeted jobs and careers pathways', 'Promote cultural intelligence in schools']);
    expect(health?.mission).toBe('Champion culturally intelligent health and wellbeing practices');
    expect(health?.priorities).toContain('Support activity such as developing culturally appropriate health incentives');
    expect(health?.priorities.at(-1)).toBe('Contribute to the cross cutting priorities');
  });

  it('reads the header-less table after the blank line as the continuation', () => {
    expect(data.themes[3]?.mission).toBe('Connect lives through a sustainable and accessible transport network');
    expect(data.themes[4]?.priorities).toEqual(['Help to build trust in the justice system', 'Prevent race related hate crime']);
  });

  it('maps the cross-cutting row to the cross-cutting priorities', () => {
    expect(data.crossCuttingPriorities.map((p) => p.description)).toEqual([
      'Develop more granular data on race inequalities',
      'Build and diversify leadership capabilities',
      'Build cultural intelligence across the system',
    ]);
  });

  it('warns that 4 theme rows do not match the 5 areas', () => {
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'theme-count-mismatch', severity: 'warning', line: 58 })]);
  });

  it('keeps numbered recommendations and paragraphs as body sections', () => {
    const recs = data.body.find((s) => s.heading.startsWith('Recommendation(s)'));
    expect(recs?.paragraphs).toEqual(['1) Note the launch and progress of the Taskforce.', '2) Endorse the strategy (Appendix A).']);
    expect(data.body.find((s) => s.heading === '1. Purpose')?.paragraphs).toEqual(['1.1 To update the WMCA Board on the Taskforce.']);
  });
});
