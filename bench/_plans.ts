/**
 * Made-up action plans in the shapes public bodies publish them, for the
 * benchmarks: a title and a few lines about the plan, then one table with
 * Ref / Action / Lead / Timescale / Progress / RAG columns, section rows
 * (an objective across the row) every few actions, cells of one to three
 * sentences that wrap onto more lines, leads with two roles, timescales in
 * the many ways plans write them, and progress notes with dated updates.
 * Deterministic: the same seed gives the same plan.
 */

/** A format the benchmarks render a plan in. */
export type PlanFormat = 'csv' | 'markdown' | 'html' | 'tsv-html';

/** One row of the plan's table: a section (objective) or an action. */
type Row = { section: string } | { ref: string; action: string[]; lead: string[]; timescale: string; progress: string[]; rag: string };

const BODIES = ['Eastmere', 'Northbridge', 'Wexham Vale', 'Castleford Fields', 'Ashby Moor', 'Kingsholm', 'Redwater', 'Stanmoor', 'Hollin Cross', 'Fenbury'];
const KINDS = ['Borough Council', 'District Council', 'County Council', 'Fire and Rescue Service', 'Integrated Care Board', 'NHS Foundation Trust', 'Police and Crime Commissioner', 'Combined Authority'];
const OBJECTIVES = [
  'Fair access to services',
  'A workforce that reflects our communities',
  'Safe and cohesive neighbourhoods',
  'Listening to and involving residents',
  'Closing gaps in health and wellbeing',
  'Inclusive leadership and governance',
  'Accessible information and communication',
  'Tackling hate crime and harassment',
];
const VERBS = ['Review', 'Publish', 'Deliver', 'Develop', 'Introduce', 'Audit', 'Extend', 'Agree', 'Train', 'Commission', 'Consult on', 'Monitor'];
const OBJECTS = [
  'the recruitment and selection guidance',
  'equality impact assessments for all budget proposals',
  'the workforce equality report with pay gap figures',
  'reasonable adjustment passports for disabled staff',
  'Easy Read and large print versions of key documents',
  'hearing loops at every customer service point',
  'the interpreting and translation contract',
  'hate crime reporting sessions in each ward',
  'a staff network for carers',
  'the complaints process for accessibility',
  'mandatory training on unconscious bias for managers',
  'data on protected characteristics of service users',
  'the community cohesion strategy',
  'step-free access to community venues',
  'the menopause at work policy',
  'the apprenticeship scheme for care leavers',
];
const WHY = [
  'so that residents can reach services in the way that suits them',
  'working with the disability forum and the voluntary sector',
  'and report progress to the Equality Board every six months',
  'focusing on the wards with the lowest take-up',
  'using the results of the 2021 Census and the residents survey',
  'with the support of the trade unions and staff networks',
];
const ROLES = ['Head of HR', 'Organisational Development Manager', 'Head of Communications', 'Facilities Manager', 'Procurement Lead', 'Community Safety Officer', 'Director of Public Health', 'Equality and Diversity Officer', 'Head of Customer Services', 'Assistant Chief Executive', 'Service Manager, Adult Social Care', 'Policy and Performance Manager'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RAGS = ['Green', 'Amber', 'Red', 'Complete', 'Green', 'Amber', 'Not started', 'Green'];
const NOTES = [
  'Draft agreed by the Corporate Management Team; consultation with staff networks under way.',
  'Two of three sites fitted; supplier delay on the third.',
  'Tender drafted and out to market.',
  'Sessions held in six wards, attended by 85 residents.',
  'No chair found yet for the network; to be raised at the next staff forum.',
  'Training delivered to 45 managers, a further cohort booked.',
  'Data collection started; first report due to the Equality Board.',
  'Delayed by the restructure of the service; new date agreed with the lead member.',
];

/** A linear congruential generator: the same seed, the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function timescale(pick: <T>(xs: readonly T[]) => T, rand: () => number): string {
  const y = 2024 + Math.floor(rand() * 3);
  const m = pick(MONTHS);
  switch (Math.floor(rand() * 10)) {
    case 0:
      return 'Ongoing';
    case 1:
      return `${m} ${y}`;
    case 2:
      return `31/03/${y}`;
    case 3:
      return `Q${1 + Math.floor(rand() * 4)} ${y}/${String((y + 1) % 100).padStart(2, '0')}`;
    case 4:
      return `April ${y} – March ${y + 1}`;
    case 5:
      return `By end of ${m} ${y}`;
    case 6:
      return 'Annually, each March';
    case 7:
      return `${1 + Math.floor(rand() * 28)} ${m} ${y}`;
    case 8:
      return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
    default:
      return `Autumn ${y}`;
  }
}

/** The plan's title lines and its rows, `actions` actions in sections of 4–9. */
function plan(actions: number, seed: number): { title: string; intro: string[]; rows: Row[] } {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const body = `${pick(BODIES)} ${pick(KINDS)}`;
  const rows: Row[] = [];
  let section = 0;
  let inSection = 0;
  let left = 0;
  for (let i = 0; i < actions; i++) {
    if (left === 0) {
      section += 1;
      inSection = 0;
      left = 4 + Math.floor(rand() * 6);
      rows.push({ section: `Objective ${section}: ${OBJECTIVES[(section - 1 + seed) % OBJECTIVES.length] as string}` });
    }
    left -= 1;
    inSection += 1;
    const action = [`${pick(VERBS)} ${pick(OBJECTS)}`];
    if (rand() < 0.6) action.push(`${pick(WHY).replace(/^./u, (c) => c.toUpperCase())}.`);
    if (rand() < 0.25) action.push(`${pick(WHY).replace(/^./u, (c) => c.toUpperCase())}.`);
    const lead = rand() < 0.4 ? [pick(ROLES), pick(ROLES)] : [pick(ROLES)];
    const progress: string[] = [];
    const notes = Math.floor(rand() * 3);
    for (let k = 0; k < notes; k++) progress.push(`${pick(MONTHS)} ${2024 + Math.floor(rand() * 2)}: ${pick(NOTES)}`);
    rows.push({ ref: `${section}.${inSection}`, action, lead, timescale: timescale(pick, rand), progress, rag: pick(RAGS) });
  }
  return {
    title: `${body} Equality Action Plan 2024–2028`,
    intro: [
      `This plan sets out how ${body} will meet its equality objectives and the Public Sector Equality Duty.`,
      'It is reviewed every six months by the Equality Board; the RAG column shows progress at the last review.',
    ],
    rows,
  };
}

const HEADER = ['Ref', 'Action', 'Lead', 'Timescale', 'Progress', 'RAG'];

const csvCell = (s: string) => (/[",\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function renderCsv(p: ReturnType<typeof plan>): string {
  // A title row above the header is read as a headerless table of its own (left to the interpreter's issues): the export starts at the header.
  const out = [HEADER.join(',')];
  for (const r of p.rows) {
    if ('section' in r) out.push([csvCell(r.section), '', '', '', '', ''].join(','));
    else out.push([r.ref, csvCell(r.action.join('\n')), csvCell(r.lead.join('\n')), csvCell(r.timescale), csvCell(r.progress.join('\n')), r.rag].join(','));
  }
  return `${out.join('\r\n')}\r\n`;
}

function renderMarkdown(p: ReturnType<typeof plan>): string {
  const out = [`# ${p.title}`, '', ...p.intro.map((l) => `${l}\n`), `| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`];
  const cell = (lines: string[]) => lines.map((l) => l.replaceAll('|', '\\|')).join('<br>');
  for (const r of p.rows) {
    if ('section' in r) out.push(`| **${r.section}** | | | | | |`);
    else out.push(`| ${r.ref} | ${cell(r.action)} | ${cell(r.lead)} | ${r.timescale} | ${cell(r.progress)} | ${r.rag} |`);
  }
  return `${out.join('\n')}\n`;
}

function renderHtml(p: ReturnType<typeof plan>): string {
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${escape(l)}</p>`).join('\n        ');
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escape(p.title)}</title></head>`,
    '<body>',
    `<h1>${escape(p.title)}</h1>`,
    ...p.intro.map((l) => `<p>${escape(l)}</p>`),
    '<table class="action-plan">',
    `  <thead><tr>${HEADER.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
    '  <tbody>',
  ];
  for (const r of p.rows) {
    if ('section' in r) out.push(`    <tr class="section"><td colspan="6"><strong>${escape(r.section)}</strong></td></tr>`);
    else
      out.push(
        '    <tr>',
        `      <td>${r.ref}</td>`,
        `      <td>\n        ${paragraphs(r.action)}\n      </td>`,
        `      <td>${r.lead.map(escape).join('<br>')}</td>`,
        `      <td>${escape(r.timescale)}</td>`,
        `      <td>\n        ${paragraphs(r.progress)}\n      </td>`,
        `      <td class="rag">${r.rag}</td>`,
        '    </tr>',
      );
  }
  out.push('  </tbody>', '</table>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function renderTsvHtml(p: ReturnType<typeof plan>): string {
  const out = ['', p.title.toUpperCase(), '', ...p.intro, '', HEADER.join('\t')];
  for (const r of p.rows) {
    if ('section' in r) out.push(`<p><strong>${escape(r.section)}</strong></p>\t\t\t\t\t`);
    else {
      const action = r.action.length > 1 ? `<p>${escape(r.action[0] as string)}</p> <ul style="list-style-type: none"> ${r.action.slice(1).map((a) => `<li>• ${escape(a)}</li>`).join(' ')} </ul>` : `<p>${escape(r.action[0] as string)}</p>`;
      const progress = r.progress.map((l) => `<p>${escape(l)}</p>`).join(' ');
      out.push([`<p>${r.ref}</p>`, action, `<p>${r.lead.map(escape).join('<br>')}</p>`, `<p>${escape(r.timescale)}</p>`, progress, `<p>${r.rag}</p>`].join('\t'));
    }
  }
  return `${out.join('\n')}\n`;
}

const RENDER: Record<PlanFormat, (p: ReturnType<typeof plan>) => string> = { csv: renderCsv, markdown: renderMarkdown, html: renderHtml, 'tsv-html': renderTsvHtml };

/**
 * A made-up plan of `actions` actions in `format`, the same for the same
 * seed whatever the format (so the formats carry the same words).
 */
export function generatePlan(format: PlanFormat, actions: number, seed: number): string {
  return RENDER[format](plan(actions, seed));
}
