/**
 * The same action plan written as TSV with HTML cells, markdown, an HTML
 * table and CSV reads, through each reader and `interpretActionPlan`, to the
 * same actions. All four are generated from one fixture: actions 1, 6 and 9
 * of sample 001.
 */
import { describe, expect, it } from 'vitest';
import { interpretActionPlan } from '../../src/interpret/interpretActionPlan.js';
import { interpretStrategy } from '../../src/interpret/interpretStrategy.js';
import type { Action } from '../../src/model/action.js';
import { ActionPlanSchema } from '../../src/model/plan.js';
import { readCsv } from '../../src/read/csv/readCsv.js';
import { readHtml } from '../../src/read/html/readHtml.js';
import { readMarkdown } from '../../src/read/markdown/readMarkdown.js';
import { readText } from '../../src/read/text/readText.js';
import { readTsvHtml } from '../../src/read/tsv-html/readTsvHtml.js';
import type { SourceDocument } from '../../src/read/types.js';

interface FixtureAction {
  title: string;
  methods: { text: string; children?: string[] }[];
  periods: string[];
  lead: string;
  outputs: string[];
  outcomes: string[];
}

const OWNER = 'REGIONAL STRATEGIC PARTNERSHIP FOR EQUALITY AND DIVERSITY';
const TITLE = 'ACTION PLAN 2008/10';
const HEADERS = ['Action', 'Methodology', 'Timescale [Lead Member]', 'Measurables / Outputs', 'Outcomes [Review Comments]'];

const FIXTURE: FixtureAction[] = [
  {
    title: "1. To develop the Future Options for the Partnership by identifying a willing and suitable 'host' as well as adequate financial and other resources to enable the Partnership to be effective to a high standard.",
    methods: [
      { text: 'Set-up a working-group with regular meetings.' },
      { text: 'Involve all interested parties in the debate and scrutinize all future avenues for the Partnership with particular focus on supporting resources' },
      { text: 'Carmel Kerr to sit on Project Team for Partnerships Review' },
    ],
    periods: ['April 2008 – December 2008'],
    lead: 'John Hall',
    outputs: [
      'A recognized and credible regional Partnership for Equality and Diversity matters',
      'Engagement of interested bodies across the sectors',
      'A clear and justifiable evidence base for the final decision on the future of the Partnership',
    ],
    outcomes: [
      'The region continues to have a recognized and credible Regional Partnership which identifies, provides support, facilitates, influences and persuades at all levels and across all sectors on Equality and Diversity matters.',
    ],
  },
  {
    title: '6. To organise and host the third summit for Regional Leaders to discuss equality & diversity, cohesion and inclusion agendas in an open and honest way.',
    methods: [
      {
        text: 'Set up a working-group which will be responsible for indentifying:',
        children: ['costs – fundraising where necessary', 'suitable venues', 'suitable speakers and chair', 'agree agenda and focus', 'issuing invitations', 'brief speakers', 'brief media', 'organize event'],
      },
    ],
    periods: ['August 2008 – April 2009 (for Year 3)', 'August 2009 – April 2010 (for Year 4)'],
    lead: 'Roger McKenzie',
    outputs: [
      'Working-group set-up by August 2007',
      'Costs and funding identified by October',
      'Venue and speakers booked and outline agenda agreed by November',
      'Event hosted by April 2009',
      'Feedback circulated and on WMRA website',
    ],
    outcomes: [
      'The profile of the West Midlands social capital, equality and diversity agendas brought to the attention of regional leaders.',
      'Regional leaders will have the opportunity to contribute to the agendas of both the Partnership and EHRC and identify key areas which they should focus on.',
    ],
  },
  {
    title: '9. To encourage and promote appropriate consideration and inclusion of all equality strands across sub regional partnerships in the region.',
    methods: [
      { text: 'Support appropriate networks of experts to share good practice and improve/maintain their skills and knowledge base' },
      { text: 'Develop an appropriate area of the [WMRA] website to post good practice and encourage debate' },
    ],
    periods: ['April 2008 - March 2010'],
    lead: 'Frank Reeves',
    outputs: ['Location of resources for WMLAEN Secretariat identified', 'Four learning opportunities/events by March 2009', 'Identification of funding for further support work for Local Authorities'],
    outcomes: ['A good understanding and undertaking by regional public bodies to meet the related public duties.'],
  },
];

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Methods or outputs as plain text with `•` bullets and "- " children, as PDF extraction writes them. */
const bulletText = (items: { text: string; children?: string[] }[]) =>
  items.map((m) => `• ${m.text}${m.children ? ` ${m.children.map((c) => `- ${c}`).join(' ')}` : ''}`).join(' ');

function toTsvHtml(actions: readonly FixtureAction[]): string {
  const ul = (items: { text: string; children?: string[] }[]) =>
    `<ul style="list-style-type: none"> ${items
      .map((m) => `• ${escapeHtml(m.text)}${m.children ? ` <ul style="list-style-type: none"> ${m.children.map((c) => `- ${escapeHtml(c)}`).join(' ')} </ul>` : ''}`)
      .join(' ')} </ul>`;
  const ps = (texts: string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join(' ');
  const rows = actions.map((a) =>
    [ps([a.title]), ul(a.methods), ps([...a.periods, `Lead Member: ${a.lead}`]), ul(a.outputs.map((text) => ({ text }))), ps(a.outcomes)].join('\t'),
  );
  return `${OWNER}\n\n${TITLE}\n\n${HEADERS.join('\t')}\n${rows.join('\n')}\n`;
}

function toMarkdown(actions: readonly FixtureAction[]): string {
  const cell = (s: string) => s.replace(/\|/gu, '\\|');
  const rows = actions.map(
    (a) => `| ${[a.title, bulletText(a.methods), `${a.periods.join(' ')} Lead Member: ${a.lead}`, bulletText(a.outputs.map((text) => ({ text }))), a.outcomes.join(' ')].map(cell).join(' | ')} |`,
  );
  return `${OWNER}\n\n${TITLE}\n\n| ${HEADERS.join(' | ')} |\n|${HEADERS.map(() => '---').join('|')}|\n${rows.join('\n')}\n`;
}

function toHtml(actions: readonly FixtureAction[]): string {
  const ul = (items: { text: string; children?: string[] }[]): string =>
    `<ul>${items.map((m) => `<li>${escapeHtml(m.text)}${m.children ? ul(m.children.map((text) => ({ text }))) : ''}</li>`).join('')}</ul>`;
  const ps = (texts: string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('');
  const rows = actions.map(
    (a) =>
      `<tr><td>${ps([a.title])}</td><td>${ul(a.methods)}</td><td>${ps([...a.periods, `Lead Member: ${a.lead}`])}</td><td>${ul(a.outputs.map((text) => ({ text })))}</td><td>${ps(a.outcomes)}</td></tr>`,
  );
  return `<!doctype html><html><body>\n<p>${OWNER}</p>\n<h1>${TITLE}</h1>\n<table>\n<tr>${HEADERS.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>\n${rows.join('\n')}\n</table>\n</body></html>\n`;
}

/**
 * Pipe rows as pasted plain text loses them: no leading pipe, no `|---|`
 * line, a trailing pipe, and each row wrapped after its second cell.
 */
function toLoosePipes(actions: readonly FixtureAction[]): string {
  const rows = actions.map((a) =>
    `${a.title} | ${bulletText(a.methods)} |\n${a.periods.join(' ')} Lead Member: ${a.lead} | ${bulletText(a.outputs.map((text) => ({ text })))} | ${a.outcomes.join(' ')} |`,
  );
  return `${OWNER}\n\n${TITLE}\n\n${HEADERS.join(' | ')} |\n${rows.join('\n')}\n`;
}

function toCsv(actions: readonly FixtureAction[]): string {
  const q = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  const rows = actions.map((a) =>
    [a.title, bulletText(a.methods), `${a.periods.join('\n')}\nLead Member: ${a.lead}`, bulletText(a.outputs.map((text) => ({ text }))), a.outcomes.join('\n')].map(q).join(','),
  );
  return `${HEADERS.map(q).join(',')}\n${rows.join('\n')}\n`;
}

/**
 * What must agree across formats. Outcomes are compared as one text: a
 * markdown cell cannot mark paragraph breaks without HTML (a CSV cell's
 * lines can, and are compared whole below).
 */
function project(a: Action) {
  return {
    id: a.id,
    ref: a.ref,
    title: a.title,
    methods: a.methods,
    leads: a.leads,
    timescale: {
      kind: a.timescale?.kind,
      start: a.timescale?.start,
      end: a.timescale?.end,
      periods: a.timescale?.periods?.map((p) => ({ start: p.start, end: p.end, label: p.label })),
    },
    outputs: a.outputs,
    milestones: a.milestones.map((m) => ({ text: m.text, end: m.timescale?.end, yearAssumed: m.timescale?.yearAssumed })),
    indicators: a.indicators.map((i) => ({ target: i.target, due: i.due })),
    outcomes: a.outcomes.join(' '),
  };
}

function interpret(doc: SourceDocument) {
  const r = interpretActionPlan(doc, { context: { start: '2008-04-01', end: '2010-03-31' } });
  ActionPlanSchema.parse(r.data);
  return r;
}

const reference = interpret(readTsvHtml(toTsvHtml(FIXTURE)).data);

describe('the same action plan in five shapes', () => {
  it('TSV with HTML cells gives the fixture', () => {
    const actions = reference.data.actions;
    expect(actions.map((a) => a.ref)).toEqual(['1', '6', '9']);
    expect(actions[1]?.methods[0]?.children).toHaveLength(8);
    expect(actions[1]?.timescale?.periods?.map((p) => p.label)).toEqual(['Year 3', 'Year 4']);
    expect(actions.map((a) => a.leads)).toEqual([['John Hall'], ['Roger McKenzie'], ['Frank Reeves']]);
    expect(actions[1]?.milestones.find((m) => m.text === 'Costs and funding identified by October')?.timescale?.end).toBe('2008-10-31');
    expect(actions[2]?.indicators[0]).toMatchObject({ target: 4, due: '2009-03-31' });
    expect(actions[0]?.outcomes).toEqual(FIXTURE[0]?.outcomes);
    expect(reference.diagnostics.filter((d) => d.code === 'milestone-outside-period')).toHaveLength(1);
  });

  it.each([
    ['markdown', () => readMarkdown(toMarkdown(FIXTURE)).data],
    ['HTML', () => readHtml(toHtml(FIXTURE)).data],
    ['CSV', () => readCsv(toCsv(FIXTURE)).data],
    ['plain-text pipe rows without separator, wrapped', () => readText(toLoosePipes(FIXTURE)).data],
  ])('%s gives the same actions', (_name, read) => {
    const r = interpret(read());
    expect(r.data.actions.map(project)).toEqual(reference.data.actions.map(project));
    expect(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(['milestone-outside-period']);
  });

  it('CSV keeps the lines of a cell that spans lines: outcomes one per line, as HTML paragraphs give them', () => {
    const r = interpret(readCsv(toCsv(FIXTURE)).data);
    expect(r.data.actions.map((a) => a.outcomes)).toEqual(reference.data.actions.map((a) => a.outcomes));
    expect(r.data.actions[0]?.outcomes).toEqual(FIXTURE[0]?.outcomes);
  });

  it('markdown and HTML keep the title and owner written before the table', () => {
    for (const doc of [readMarkdown(toMarkdown(FIXTURE)).data, readHtml(toHtml(FIXTURE)).data]) {
      const r = interpret(doc);
      expect(r.data.title).toBe(TITLE);
      expect(r.data.owner).toBe(OWNER);
    }
  });
});

/**
 * A plainer plan (reference, action, lead, timescale) written as a clean
 * markdown table and in each shape plain text gives a table that lost its
 * grid: columns aligned by spaces (wrapped cells), cells parted by " / "
 * (one also inside a lead cell), rows that start with a reference and part
 * their cells by wide spaces, and one cell per line (a row at a time), per
 * paragraph, or a column at a time.
 */
interface PlainAction {
  ref: string;
  title: string;
  lead: string;
  due: string;
}

const PLAIN: PlainAction[] = [
  { ref: '1', title: 'Install a hearing loop at every reception desk', lead: 'Facilities Manager', due: 'June 2025' },
  { ref: '2', title: 'Publish the complaints leaflet in easy read', lead: 'Communications Lead / Customer Services Manager', due: 'September 2025' },
  { ref: '3', title: 'Survey disabled visitors about the booking system', lead: 'Insight Officer', due: 'March 2026' },
  { ref: '4', title: 'Give every new starter equality training', lead: 'Learning Team', due: 'Ongoing' },
];
const PLAIN_HEADERS = ['Ref', 'Action', 'Lead', 'Timescale'];
const PLAIN_TITLE = 'Customer access action plan 2025-26';
const cellsOf = (a: PlainAction) => [a.ref, a.title, a.lead, a.due];

function plainMarkdown(actions: readonly PlainAction[]): string {
  const rows = actions.map((a) => `| ${cellsOf(a).join(' | ')} |`);
  return `${PLAIN_TITLE}\n\n| ${PLAIN_HEADERS.join(' | ')} |\n|${PLAIN_HEADERS.map(() => '---').join('|')}|\n${rows.join('\n')}\n`;
}

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line];
}

function plainFixedWidth(actions: readonly PlainAction[]): string {
  const widths = [6, 32, 22, 16];
  const out = [PLAIN_HEADERS.map((h, k) => h.padEnd(widths[k]!)).join('').trimEnd()];
  for (const a of actions) {
    const cells = cellsOf(a).map((c, k) => wrap(c, widths[k]! - 3));
    const height = Math.max(...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) out.push(cells.map((c, k) => (c[l] ?? '').padEnd(widths[k]!)).join('').trimEnd());
  }
  return `${PLAIN_TITLE}\n\n${out.join('\n')}\n\nAgreed by the Customer Board.\n`;
}

/** Columns aligned by spaces under a header stacked over three lines, as PDF text gives it. */
function plainStacked(actions: readonly PlainAction[]): string {
  const widths = [6, 32, 22, 16];
  const head = [
    ['', '', 'Who will', ''],
    ['', 'What we will do', 'lead it', 'By when'],
    ['Ref', '(Action)', '(Lead)', '(Timescale)'],
  ];
  const out = head.map((cells) => cells.map((c, k) => c.padEnd(widths[k]!)).join('').trimEnd());
  for (const a of actions) {
    const cells = cellsOf(a).map((c, k) => wrap(c, widths[k]! - 3));
    const height = Math.max(...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) out.push(cells.map((c, k) => (c[l] ?? '').padEnd(widths[k]!)).join('').trimEnd());
  }
  return `${PLAIN_TITLE}\n\n${out.join('\n')}\n`;
}

function plainSlashes(actions: readonly PlainAction[]): string {
  return `${PLAIN_TITLE}\n\n${PLAIN_HEADERS.join(' / ')}\n${actions.map((a) => cellsOf(a).join(' / ')).join('\n')}\n`;
}

function plainTracker(actions: readonly PlainAction[]): string {
  return `${PLAIN_TITLE}\n\n${PLAIN_HEADERS.join(' ')}\n${actions.map((a) => cellsOf(a).join('  ')).join('\n')}\n`;
}

function plainCellPerLine(actions: readonly PlainAction[]): string {
  return `${PLAIN_TITLE}\n\n${PLAIN_HEADERS.join('\n')}\n${actions.flatMap(cellsOf).join('\n')}\n\nAgreed by the Customer Board.\n`;
}

function plainCellPerParagraph(actions: readonly PlainAction[]): string {
  return `${PLAIN_TITLE}\n\n${PLAIN_HEADERS.join(' ')}\n\n${actions.flatMap(cellsOf).join('\n\n')}\n`;
}

function plainColumns(actions: readonly PlainAction[]): string {
  const columns = PLAIN_HEADERS.map((_, k) => actions.map((a) => cellsOf(a)[k]).join('\n'));
  return `${PLAIN_TITLE}\n\n${PLAIN_HEADERS.join('\n')}\n\n${columns.join('\n\n')}\n\nAgreed by the Customer Board.\n`;
}

function plainProject(a: Action) {
  return { ref: a.ref, title: a.title, leads: a.leads, timescale: { kind: a.timescale?.kind, start: a.timescale?.start, end: a.timescale?.end } };
}

describe('the same plain plan as a clean table and as each grid-less shape', () => {
  const clean = interpretActionPlan(readMarkdown(plainMarkdown(PLAIN)).data);

  it('the clean table gives the four actions', () => {
    expect(clean.data.actions.map((a) => [a.ref, a.title])).toEqual(PLAIN.map((a) => [a.ref, a.title]));
    expect(clean.data.actions[0]?.timescale?.end).toBe('2025-06-30');
  });

  it.each([
    ['columns aligned by spaces, cells wrapped', plainFixedWidth(PLAIN)],
    ['columns aligned by spaces under a header stacked over three lines', plainStacked(PLAIN)],
    ['cells parted by " / ", one inside a lead cell', plainSlashes(PLAIN)],
    ['rows that start with a reference, cells parted by wide spaces', plainTracker(PLAIN)],
    ['one cell per line, a row at a time', plainCellPerLine(PLAIN)],
    ['one cell per paragraph', plainCellPerParagraph(PLAIN)],
    ['one cell per line, a column at a time', plainColumns(PLAIN)],
  ])('%s gives the same actions', (_name, text) => {
    const read = readText(text);
    expect(read.diagnostics.map((d) => d.code)).toContain('table-rebuilt');
    const r = interpretActionPlan(read.data);
    expect(r.data.actions.map(plainProject)).toEqual(clean.data.actions.map(plainProject));
    expect(r.data.title).toBe(PLAIN_TITLE);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

/**
 * A tracker whose grid PDF extraction lost: one cell fragment per line, the
 * header split over short lines in another order than the cells, each row
 * opened by its reference, leads as initials, a month and its year on two
 * lines, and a completion column that gives a status or a new deadline.
 */
interface TrackedAction {
  ref: string;
  lead: string;
  title: string;
  due: string;
  status: string;
}

const TRACKED: TrackedAction[] = [
  { ref: '1', lead: 'AB', title: 'Fit automatic doors at the main entrance of the town hall.', due: 'May 2024', status: 'Completed' },
  { ref: '2', lead: 'CD EF', title: 'Train every receptionist in deaf awareness and basic sign language.', due: 'November 2024', status: 'Now due 2025' },
  { ref: '3', lead: 'GH (P)', title: 'Publish the council tax guide in the five most spoken community languages.', due: 'March 2025', status: 'Completed' },
];
const TRACKED_TITLE = 'Town hall access tracker 2024-25';

function trackedMarkdown(actions: readonly TrackedAction[]): string {
  const head = ['Ref', 'Lead officer', 'Action', 'Target date', 'Completed / revised date'];
  const rows = actions.map((a) => `| ${[a.ref, a.lead, a.title, a.due, a.status].join(' | ')} |`);
  return `${TRACKED_TITLE}\n\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.join('\n')}\n`;
}

function trackedFragments(actions: readonly TrackedAction[]): string {
  // The header in the PDF's reading order, which is not the cells' order.
  const head = ['Action', 'Target', 'date', 'Ref', 'Lead', 'officer', 'Completed', '/ revised date'];
  const rows = actions.map((a) => {
    const [month, year] = a.due.split(' ');
    const status = a.status.startsWith('Now due') ? ['Now due', a.status.slice('Now due '.length)] : [a.status];
    return [a.ref, a.lead, ...wrap(a.title, 34), month, year, ...status].join('\n');
  });
  return `${TRACKED_TITLE}\n\n${head.join('\n')}\n${rows.join('\n')}\n`;
}

function trackedProject(a: Action) {
  return { ...plainProject(a), status: a.status, baseline: a.timescale?.baseline?.end };
}

describe('the same tracker as a clean table and flattened one cell fragment per line', () => {
  const clean = interpretActionPlan(readMarkdown(trackedMarkdown(TRACKED)).data);

  it('the clean table gives the three actions, the second re-dated', () => {
    expect(clean.data.actions.map((a) => [a.ref, a.leads, a.status])).toEqual([
      ['1', ['AB'], 'complete'],
      ['2', ['CD EF'], undefined],
      ['3', ['GH (P)'], 'complete'],
    ]);
    expect(clean.data.actions[1]?.timescale).toMatchObject({ end: '2025-12-31', baseline: { end: '2024-11-30' } });
  });

  it('the fragments give the same actions', () => {
    const read = readText(trackedFragments(TRACKED));
    expect(read.diagnostics.map((d) => d.code)).toEqual(['table-rebuilt']);
    const r = interpretActionPlan(read.data);
    expect(r.data.actions.map(trackedProject)).toEqual(clean.data.actions.map(trackedProject));
    expect(r.data.title).toBe(TRACKED_TITLE);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

/**
 * A two-column table of objectives flattened to one line per row: the
 * header's second half unknown to the vocabulary ("How we will know"),
 * and the two cells run together with no separator, some without even a
 * sentence end between them.
 */
const OBJECTIVES = [
  { title: 'Make every playground usable by disabled children', measure: 'Number of playgrounds with accessible equipment' },
  { title: 'Widen the range of people who visit our parks', measure: 'Visitor survey results by age and disability' },
  { title: 'Keep the riverside path safe after dark.', measure: 'Reported incidents on the path each year.' },
];
const OBJECTIVES_TITLE = 'Parks and open spaces objectives 2025-2028';

function objectivesMarkdown(): string {
  const rows = OBJECTIVES.map((o, k) => `| Objective ${k + 1}: ${o.title} | ${o.measure} |`);
  return `${OBJECTIVES_TITLE}\n\n| Objective | How we will know |\n|---|---|\n${rows.join('\n')}\n`;
}

function objectivesFlattened(): string {
  const rows = OBJECTIVES.map((o, k) => `Objective ${k + 1}: ${o.title} ${o.measure}`);
  return `${OBJECTIVES_TITLE}\n\nObjective How we will know\n${rows.join('\n')}\n`;
}

describe('the same objectives as a clean table and as rows run together under a half-known header', () => {
  const cleanDoc = readMarkdown(objectivesMarkdown()).data;
  const flatRead = readText(objectivesFlattened());

  it('the flattened rows are read as a table of two columns', () => {
    expect(flatRead.diagnostics.map((d) => d.code)).toEqual(['table-rebuilt']);
    const table = flatRead.data.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r.cells.length) : []).toEqual([2, 2, 2, 2]);
  });

  it('as a strategy: the same objectives, numbered, each with its measure', () => {
    const clean = interpretStrategy(cleanDoc).data.themes;
    expect(clean.map((t) => [t.ref, t.title, t.description])).toEqual(OBJECTIVES.map((o, k) => [String(k + 1), o.title, o.measure]));
    // Positions differ between the layouts; all else is the same.
    const unplaced = (ts: typeof clean) => ts.map((t) => ({ ...t, source: undefined }));
    expect(unplaced(interpretStrategy(flatRead.data).data.themes)).toEqual(unplaced(clean));
  });

  it('as an action plan: the same actions', () => {
    const clean = interpretActionPlan(cleanDoc).data.actions;
    expect(clean).toHaveLength(3);
    expect(interpretActionPlan(flatRead.data).data.actions.map((a) => ({ ...a, source: undefined }))).toEqual(clean.map((a) => ({ ...a, source: undefined })));
  });
});
