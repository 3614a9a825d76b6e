/**
 * Internal: one content row of an action-plan table → an action, driven by
 * the columns' fields; milestones and indicators taken from the outputs.
 */
import type { ActionInput, Indicator, ListItem, Milestone } from '../../model/action.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { TableCell, TableRow } from '../../read/types.js';
import type { DateContext } from '../types.js';
import { flattenItems, listItemsOf, paragraphsOf, positionOf, takeLabelledLeads, takeRef } from './cells.js';
import { findDeadline, leadingCount } from './deadlines.js';
import { toPercent, toRag, toStatus } from './fields.js';
import { fold } from './normalize.js';
import type { Column } from './rows.js';
import { readWhen, type WhenCache } from './when.js';

/** An action being built, with the arrays present. */
export interface Draft {
  id: string;
  ref?: string;
  title: string;
  description?: string;
  methods: ListItem[];
  timescale?: ActionInput['timescale'];
  leads: string[];
  outputs: ListItem[];
  milestones: Milestone[];
  outcomes: string[];
  comments: string[];
  indicators: Indicator[];
  themeIds: string[];
  status?: ActionInput['status'];
  rag?: ActionInput['rag'];
  percentComplete?: number;
  completedOn?: string;
  extra?: Record<string, string>;
  source: { document?: string; line: number; column: number };
  /** Cell of the outputs, for milestone diagnostics. */
  outputsAt?: { line: number; column: number };
}

/** Context of the row. */
export interface RowContext {
  source?: string | undefined;
  context?: DateContext | undefined;
  diagnostics: Diagnostic[];
  /** Timescale phrases already read in this call (reading is pure). */
  when?: WhenCache | undefined;
  /** Where the output items read from a reader's list items were written. */
  positions?: Map<ListItem, { line: number; column: number }> | undefined;
  /** The reader vouched that cell texts are folded already (`SourceDocument.folded`). */
  folded?: boolean | undefined;
}

function headerOf(columns: readonly Column[], k: number): string {
  const h = columns[k]?.header ?? '';
  return h === '' ? `Column ${k + 1}` : h;
}

function addExtra(draft: Draft, key: string, text: string): void {
  if (text === '') return;
  draft.extra ??= {};
  const before = draft.extra[key];
  draft.extra[key] = before === undefined ? text : `${before} ${text}`;
}

function applyTimescale(draft: Draft, text: string, cell: TableCell, ctx: RowContext): void {
  if (text === '') return;
  const before = draft.timescale?.text;
  const all = before === undefined || before === '' ? text : `${before} ${text}`;
  const when = readWhen(all, { line: cell.line, column: cell.column, source: ctx.source }, ctx.context, ctx.when);
  draft.timescale = when.timescale;
  ctx.diagnostics.push(...when.diagnostics);
}

/** Fills `draft` from one cell whose column names `fields`. */
export function applyCell(draft: Draft, fields: readonly string[], header: string, cell: TableCell, ctx: RowContext): void {
  const folded = ctx.folded === true;
  const text = folded ? cell.text : fold(cell.text);
  if (text === '') return;
  const field = fields[0];
  switch (field) {
    case 'title': {
      const [first = '', ...rest] = paragraphsOf(cell, text, folded);
      const { ref, rest: title } = takeRef(first);
      if (ref !== undefined && draft.ref === undefined) draft.ref = ref;
      draft.title = draft.title === '' ? title : `${draft.title} ${title}`;
      if (rest.length > 0) draft.description = [draft.description, ...rest].filter((t) => t !== undefined).join(' ');
      return;
    }
    case 'ref':
      if (draft.ref === undefined) draft.ref = text;
      else addExtra(draft, header, text);
      return;
    case 'description':
      draft.description = draft.description === undefined ? text : `${draft.description} ${text}`;
      return;
    case 'methods':
      // Only outputs' positions are ever asked for (their milestones).
      draft.methods.push(...listItemsOf(cell, ctx.positions === undefined ? undefined : null, folded));
      return;
    case 'timescale': {
      const { rest, leads } = takeLabelledLeads(text);
      draft.leads.push(...leads);
      if (leads.length === 0 && fields.includes('leads') && rest === '') return;
      applyTimescale(draft, rest, cell, ctx);
      return;
    }
    case 'leads': {
      const { rest, leads } = takeLabelledLeads(text);
      if (leads.length > 0) {
        draft.leads.push(...leads);
        if (rest !== '') {
          if (fields.includes('timescale')) applyTimescale(draft, rest, cell, ctx);
          else draft.leads.unshift(rest);
        }
      } else draft.leads.push(text);
      return;
    }
    case 'outputs':
      draft.outputs.push(...listItemsOf(cell, ctx.positions, folded));
      draft.outputsAt = { line: cell.line, column: cell.column };
      return;
    case 'outcomes':
      draft.outcomes.push(...paragraphsOf(cell, text, folded));
      return;
    case 'comments':
    case 'updates':
      draft.comments.push(...paragraphsOf(cell, text, folded));
      return;
    case 'rag': {
      const rag = toRag(text);
      if (rag !== undefined && draft.rag === undefined) draft.rag = rag;
      else addExtra(draft, header, text);
      return;
    }
    case 'status':
    case 'progress': {
      const status = toStatus(text);
      const percent = toPercent(text);
      if (status !== undefined && draft.status === undefined) draft.status = status;
      else if (percent !== undefined && draft.percentComplete === undefined) draft.percentComplete = percent;
      else if (field === 'progress') draft.comments.push(text);
      else addExtra(draft, header, text);
      return;
    }
    case 'completed': {
      const status = toStatus(text);
      if (status !== undefined && draft.status === undefined) {
        draft.status = status;
        return;
      }
      const when = readWhen(text, { line: cell.line, column: cell.column, source: ctx.source }, ctx.context, ctx.when);
      if (draft.completedOn === undefined && when.timescale.end !== undefined && (when.timescale.kind === 'date' || when.timescale.kind === 'month')) {
        draft.completedOn = when.timescale.end;
        draft.status = 'complete';
        ctx.diagnostics.push(...when.diagnostics);
      } else addExtra(draft, header, text);
      return;
    }
    case 'themes':
      draft.themeIds.push(
        ...text
          .split(/[;,]/u)
          .map((t) => fold(t))
          .filter((t) => t !== ''),
      );
      return;
    default:
      addExtra(draft, header, text);
  }
}

/** A new, empty draft. */
export function newDraft(id: string, row: TableRow, source: string | undefined): Draft {
  const first = row.cells.find((c) => c.text.trim() !== '') ?? row.cells[0];
  const draft: Draft = {
    id,
    title: '',
    methods: [],
    leads: [],
    outputs: [],
    milestones: [],
    outcomes: [],
    comments: [],
    indicators: [],
    themeIds: [],
    source: { line: first?.line ?? row.line, column: first?.column ?? 1 },
  };
  if (source !== undefined) draft.source.document = source;
  return draft;
}

/** Fills a draft from every cell of a row. */
export function applyRow(draft: Draft, row: TableRow, columns: readonly Column[], ctx: RowContext): void {
  row.cells.forEach((cell, k) => {
    applyCell(draft, columns[k]?.fields ?? [], headerOf(columns, k), cell, ctx);
  });
}

/**
 * Milestones from outputs with a deadline ("Costs and funding identified by
 * October"), read with the action's own timescale as context; and an
 * indicator where such an output starts with a count ("Four learning
 * events by March 2009").
 */
export function addMilestones(draft: Draft, ctx: RowContext): void {
  const own: DateContext = {};
  if (draft.timescale?.start !== undefined) own.start = draft.timescale.start;
  if (draft.timescale?.end !== undefined) own.end = draft.timescale.end;
  const context = own.start !== undefined || own.end !== undefined ? own : ctx.context;
  for (const item of flattenItems(draft.outputs)) {
    const found = findDeadline(item.text);
    if (found === undefined) continue;
    const at = positionOf(item, ctx.positions) ?? draft.outputsAt ?? draft.source;
    const when = readWhen(found.phrase, { line: at.line, column: at.column, source: ctx.source }, context, ctx.when);
    const milestone: Milestone = { text: item.text, timescale: when.timescale };
    draft.milestones.push(milestone);
    ctx.diagnostics.push(...when.diagnostics);
    const start = own.start ?? ctx.context?.start;
    const end = own.end ?? ctx.context?.end;
    const due = when.timescale.end;
    if (due !== undefined && ((start !== undefined && due < start) || (end !== undefined && due > end))) {
      ctx.diagnostics.push({
        code: 'milestone-outside-period',
        severity: 'warning',
        message: `Unexpected \`${found.phrase}\` (${due}) in action ${draft.ref ?? draft.id}, expected a date within ${start ?? '…'} – ${end ?? '…'}`,
        line: at.line,
        column: at.column,
        text: item.text,
        expected: `${start ?? ''}/${end ?? ''}`,
        source: 'interpret/action-plan',
        ...(ctx.source === undefined ? {} : { file: ctx.source }),
      });
    }
    const count = leadingCount(item.text.slice(0, found.index));
    if (count !== undefined) {
      const indicator: Indicator = {
        id: `${draft.id}-i${draft.indicators.length + 1}`,
        title: item.text,
        unit: fold(count.rest),
        direction: 'higher',
        target: count.value,
        actuals: [],
      };
      if (due !== undefined) indicator.due = due;
      draft.indicators.push(indicator);
    }
  }
}

/** The draft as an action input (internal fields dropped). */
export function toActionInput(draft: Draft): ActionInput {
  const out: ActionInput & { outputsAt?: unknown } = { ...draft };
  delete out.outputsAt;
  return out;
}
