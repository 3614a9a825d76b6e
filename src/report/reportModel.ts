import type { Framework } from '../model/framework.js';
import { z } from 'zod';
import { IsoDateSchema } from '../model/date.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProgressRules } from '../model/progress-rules.js';
import type { DocumentItem } from '../rollup/documentItems.js';
import { rollUp } from '../rollup/rollUp.js';
import type { RollUpKey } from '../rollup/types.js';
import { ragStatus } from '../rules/ragStatus.js';
import { slippage } from '../rules/slippage.js';
import { statusTrend } from '../rules/statusTrend.js';
import type { ProgressRulesInput } from '../rules/types.js';
import { _humanDate, _humanLateness } from './_humanDate.js';

/**
 * One item of a report, as the JSON and NDJSON writers print it (one line
 * each) and as `schema/report-item.json` describes it.
 *
 * @example
 * ```ts
 * const model = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * ReportItemSchema.safeParse(JSON.parse(writeNdjson([model]).split('\n')[0]!)).success //=> true
 * ```
 * @category Reports
 */
export const ReportItemSchema = z
  .strictObject({
    document: z.string().describe('The document (file) the item came from.'),
    asOf: IsoDateSchema.describe('The date progress was judged at.'),
    type: z.enum(['recommendation', 'action']),
    id: z.string(),
    ref: z.string().describe('The reference as the document writes it, e.g. EDI-01.'),
    title: z.string(),
    leads: z.array(z.string()),
    due: IsoDateSchema.nullable().describe('The current due date; null when the item has none.'),
    dueText: z.string().describe('The due date in words, e.g. 31 Mar 2024.'),
    daysLate: z.number().int().nullable().describe('Days past due at asOf (negative: days to go); null without a due date.'),
    lateness: z.string().describe('daysLate in words, e.g. 3 months late.'),
    status: z.string().describe('The judged status id, e.g. red, amber, green, complete.'),
    statusLabel: z.string().describe('The judged status as words.'),
    rule: z.string().describe('The rule that decided the status.'),
    why: z.string().describe('Why the rule decided it, in a sentence.'),
    movement: z.enum(['better', 'worse', 'same']).nullable().describe('How the status moved since the last dated update; null without history.'),
    previousStatus: z.string().nullable().describe('The status at the last dated update before asOf, when history exists.'),
  })
  .meta({ id: 'ReportItem' });

/**
 * One item of a report; see {@link ReportItemSchema}.
 *
 * @example
 * ```ts
 * const model = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * const late = model.items.filter((i: ReportItem) => (i.daysLate ?? 0) > 0);
 * ```
 * @category Reports
 */
export type ReportItem = z.infer<typeof ReportItemSchema>;

/**
 * One group of a report's roll-up.
 *
 * @example
 * ```ts
 * const model = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * const reds = model.groups.map((g: ReportGroup) => g.counts['red'] ?? 0);
 * ```
 * @category Reports
 */
export interface ReportGroup {
  /** The group's label (a lead, theme, …). */
  label: string;
  /** Items in the group. */
  total: number;
  /** The group's overall status id, or null when none of its items counts. */
  status: string | null;
  /** Items per status id. */
  counts: Record<string, number>;
}

/**
 * Everything a writer needs for one document's report.
 *
 * @example
 * ```ts
 * const model: ReportModel = reportModel(documentItems(parseDocument(reviewText).data), { asOf: '2009-06-30' });
 * ```
 * @category Reports
 */
export interface ReportModel {
  /** The document's name (its file), or `''`. */
  document: string;
  /** The date progress was judged at. */
  asOf: string;
  /** What the roll-up groups by. */
  by: string;
  /** The items, late items first (most days late first), then in document order. */
  items: ReportItem[];
  /** The roll-up by {@link ReportModel.by}. */
  groups: ReportGroup[];
  /** The document's diagnostics, for the writers that show them. */
  diagnostics: Diagnostic[];
}

/**
 * Options of {@link reportModel}.
 *
 * @example
 * ```ts
 * const o: ReportModelOptions = { asOf: '2024-06-30', by: 'theme', rules: PROGRESS_RULES_PRESETS['council-slippage'], document: 'plan.csv' };
 * ```
 * @category Reports
 */
export interface ReportModelOptions {
  /** The date to judge progress at, `YYYY-MM-DD`. */
  asOf: string;
  /** What the roll-up groups by (default `lead`). */
  by?: 'theme' | 'priority' | 'lead' | 'plan' | 'recommendation' | 'characteristic' | undefined;
  /** The progress rules (default: the library's defaults). */
  rules?: ProgressRules | ProgressRulesInput | undefined;
  /** The document's name, printed in headings and in each item's `document`. */
  document?: string | undefined;
  /** The document's diagnostics. */
  diagnostics?: readonly Diagnostic[] | undefined;
  /** A framework: its themes', priorities' and principles' titles label the roll-up (see `rollUp`). */
  framework?: Framework | undefined;
}

/**
 * Judges a document's items at a date and gathers what every report writer
 * prints: each item with its due date, days late (in figures and words),
 * status and why, and status movement where the item has dated updates;
 * late items first; and the roll-up. Pure: the same input gives the same
 * model.
 *
 * @param items - The items, e.g. from {@link documentItems}.
 * @param options - The as-of date, roll-up key, rules, document name.
 * @returns The report model the writers take.
 * @example
 * ```ts
 * const model = reportModel([{ type: 'action', id: 'a1', ref: 'EDI-01', title: 'Audit', timescale: { kind: 'date', end: '2024-03-31', text: '31/03/2024' } }], { asOf: '2024-06-30' });
 * model.items[0]?.lateness //=> '3 months late'
 * ```
 * @category Reports
 */
export function reportModel(items: readonly DocumentItem[], options: ReportModelOptions): ReportModel {
  const { asOf } = options;
  const by = options.by ?? 'lead';
  const document = options.document ?? '';
  const judged = items.map((item, index) => {
    const slip = slippage(item, { asOf });
    const rag = ragStatus(item, { asOf, rules: options.rules });
    const dates = (item.updates ?? []).map((u) => u.date).filter((d): d is string => typeof d === 'string' && d < asOf);
    const last = dates.sort().at(-1);
    let movement: ReportItem['movement'] = null;
    let previousStatus: string | null = null;
    if (last !== undefined) {
      const trend = statusTrend(item, [last, asOf], { rules: options.rules });
      previousStatus = trend[0]?.status ?? null;
      movement = trend[1]?.movement ?? null;
    }
    const due = slip.due ?? null;
    const daysLate = slip.days ?? null;
    const row: ReportItem = {
      document,
      asOf,
      type: item.type,
      id: item.id,
      ref: item.ref,
      title: item.title,
      leads: [...(item.leads ?? [])],
      due,
      dueText: _humanDate(due),
      daysLate,
      lateness: _humanLateness(daysLate, due, asOf),
      status: rag.status,
      statusLabel: rag.label,
      rule: rag.rule,
      why: rag.reason,
      movement,
      previousStatus,
    };
    return { row, index, late: rag.status !== 'complete' && daysLate !== null && daysLate > 0 };
  });
  judged.sort((a, b) => Number(b.late) - Number(a.late) || (a.late ? (b.row.daysLate ?? 0) - (a.row.daysLate ?? 0) : 0) || a.index - b.index);
  const groups = rollUp(items, { by: by as RollUpKey, asOf, rules: options.rules, framework: options.framework }).groups.map((g) => ({ label: g.label, total: g.total, status: g.status, counts: { ...g.counts } }));
  return { document, asOf, by, items: judged.map((j) => j.row), groups, diagnostics: [...(options.diagnostics ?? [])] };
}
