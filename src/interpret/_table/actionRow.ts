/**
 * Internal: one content row of an action-plan table → an action, driven by
 * the columns' fields; milestones and indicators taken from the outputs.
 */
import type { ActionInput, Indicator, ListItem, Milestone } from '../../model/action.js';
import { pushAll } from '../../_lib/push-all.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { TableCell, TableRow } from '../../read/types.js';
import type { DateContext } from '../types.js';
import { addListItems, paragraphsOf, splitLeadCell, takeLabelledLeads, takeRef, type DatedItem } from './cells.js';
import { leadingCount } from './deadlines.js';
import { isBareDate, opensWithCompletion, ragWords, toInterpretedStatus, toLeadingStatus, toPercent, toRag, toStatus } from './fields.js';
import type { Status } from '../../model/status.js';
import { fold, isBlank } from './normalize.js';
import type { Column } from './rows.js';
import { readWhenInto, type WhenCache } from './when.js';

/**
 * An action being built, with the arrays present. Every field is there
 * from the start (one shape for every draft); `undefined` stands for a
 * field the action does not have.
 */
export interface Draft {
  id: string;
  ref: string | undefined;
  title: string;
  description: string | undefined;
  methods: ListItem[];
  timescale: ActionInput['timescale'];
  leads: string[];
  outputs: ListItem[];
  milestones: Milestone[];
  outcomes: string[];
  comments: string[];
  indicators: Indicator[];
  themeIds: string[];
  status: ActionInput['status'];
  rag: ActionInput['rag'];
  percentComplete: number | undefined;
  completedOn: string | undefined;
  extra: Record<string, string> | undefined;
  source: { document?: string; line: number; column: number };
  /** Cell of the outputs, for milestone diagnostics. */
  outputsAt: { line: number; column: number } | undefined;
  /** The outputs with a deadline, in order, for milestones (not an action field). */
  dated: DatedItem[];
}

/** Context of the row. */
export interface RowContext {
  source?: string | undefined;
  context?: DateContext | undefined;
  diagnostics: Diagnostic[];
  /** Timescale phrases already read in this call (reading is pure). */
  when?: WhenCache | undefined;
  /** The reader vouched that cell texts are folded already (`SourceDocument.folded`). */
  folded?: boolean | undefined;
}

/** The header of column `k`, or "Column n" for a column without one (the key of its `extra` text). */
function headerOf(columns: readonly Column[], k: number): string {
  const h = columns[k]?.header ?? '';
  return h === '' ? `Column ${k + 1}` : h;
}

/** Adds `text` to the draft's `extra` under `key`, after any text already there. */
function addExtra(draft: Draft, header: string, text: string): void {
  if (text === '') return;
  // A record drops a `__proto__` key when it is checked: that column's text is kept under `[__proto__]`.
  const key = header === '__proto__' ? '[__proto__]' : header;
  draft.extra ??= {};
  // Its own text only: a header may spell a name every object inherits (`constructor`).
  const before = Object.hasOwn(draft.extra, key) ? draft.extra[key] : undefined;
  draft.extra[key] = before === undefined ? text : `${before} ${text}`;
}

/** Reads the draft's timescale anew with `text` added to what its cells said before. */
function applyTimescale(draft: Draft, text: string, cell: TableCell, ctx: RowContext): void {
  if (text === '') return;
  const before = draft.timescale?.text;
  const all = before === undefined || before === '' ? text : `${before} ${text}`;
  const diagnostics: Diagnostic[] = [];
  const timescale = readWhenInto(all, cell.line, cell.column, ctx.source, ctx.context, ctx.when, diagnostics);
  const recurring = recurringOnly(timescale);
  draft.timescale = recurring ?? timescale;
  // A recurring deadline keeps no assumed year, so the year-assumed note no longer applies.
  pushAll(ctx.diagnostics, recurring === undefined ? diagnostics : diagnostics.filter((d) => d.code !== 'year-assumed'));
}

/** "each June", "every March": a month that recurs. */
const EACH_MONTH = /\b(?:each|every)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/**
 * A recurring deadline whose year was only assumed ("each June, annually",
 * "every March") as recurring with no single end date: kind `ongoing` and
 * its recurrence, the words kept; `undefined` for any other timescale.
 */
function recurringOnly(timescale: NonNullable<ActionInput['timescale']>): NonNullable<ActionInput['timescale']> | undefined {
  if (timescale.yearAssumed !== true) return undefined;
  const recurrence = timescale.recurrence ?? (EACH_MONTH.test(timescale.text) ? 'annually' : undefined);
  if (recurrence === undefined) return undefined;
  return { text: timescale.text, kind: 'ongoing', recurrence };
}

/**
 * The status a status cell gives beyond a bare status word: a mark or
 * tracker word ("✓", "O", "Overdue"), a completion with its date
 * ("Completed March 2024", "Agreed by Cabinet 12/03/24"; a date whose year
 * was only assumed is not one), or a status opening a longer cell
 * ("Complete – published July"); `undefined` otherwise.
 */
function readStatusCell(text: string, cell: TableCell, ctx: RowContext): { status: Status; completedOn?: string } | undefined {
  const mark = toInterpretedStatus(text);
  if (mark !== undefined) return { status: mark };
  if (opensWithCompletion(text)) {
    const diagnostics: Diagnostic[] = [];
    const timescale = readWhenInto(text, cell.line, cell.column, ctx.source, ctx.context, ctx.when, diagnostics);
    if (timescale.end !== undefined && timescale.yearAssumed !== true && (timescale.kind === 'date' || timescale.kind === 'month')) {
      pushAll(ctx.diagnostics, diagnostics);
      return { status: 'complete', completedOn: timescale.end };
    }
  }
  const leading = toLeadingStatus(text);
  return leading === undefined ? undefined : { status: leading };
}

/** A cell holding only reference numbers ("1&4", "2, 3", "4"). */
const REFS_ONLY = /^\s*[A-Z]{0,3}\d+(?:\.\d+)*(?:\s*(?:&|,|and)\s*[A-Z]{0,3}\d+(?:\.\d+)*)*[.):]?\s*$/u;

/** A cell holding only a reference number ("1", "2.3", "4.", "R5"). */
const BARE_REF = /^\s*([A-Z]{0,3}\d+(?:\.\d+)*)[.):]?\s*$/u;

/** A completion cell that gives a new deadline instead ("Now due 2012", "Revised to March 2011", "Deferred until June"). */
const REVISED = /^\s*(?:now\s+due|revised(?:\s+(?:to|date))?|deferred|postponed|rescheduled|extended|moved)\b/iu;

/** Fills `draft` from one cell whose column names `fields`. */
export function applyCell(draft: Draft, fields: readonly string[], header: string, cell: TableCell, ctx: RowContext): void {
  const folded = ctx.folded === true;
  const text = folded ? cell.text : fold(cell.text);
  if (text === '') return;
  const field = fields[0];
  switch (field) {
    case 'title': {
      const paragraphs = paragraphsOf(cell, text, folded);
      const first = paragraphs[0] ?? '';
      // An Action column holding only a number ("1", "2.3."): the number is the ref, the title comes from the description.
      const bare = paragraphs.length === 1 && draft.ref === undefined && draft.title === '' ? BARE_REF.exec(first) : null;
      if (bare?.[1] !== undefined) {
        draft.ref = bare[1];
        return;
      }
      // A second column of numbers only ("1&4", the objective a task sits under): kept, not made the title.
      if (paragraphs.length === 1 && draft.ref !== undefined && draft.title === '' && REFS_ONLY.test(first)) {
        addExtra(draft, header, first);
        return;
      }
      const taken = takeRef(first);
      const ref = taken.ref;
      let title = taken.rest;
      const rowRef = draft.ref?.replace(/[.):]\s*$/u, '').trim();
      if (ref !== undefined && rowRef !== undefined && ref !== rowRef) {
        // The row's number is the parent of the title's own ("2." and "2.1 Identify courses"): the title's is the ref;
        // any other number stays in the title.
        if (ref.startsWith(`${rowRef}.`)) draft.ref = ref;
        else title = fold(first);
      } else if (ref !== undefined && draft.ref === undefined) draft.ref = ref;
      draft.title = draft.title === '' ? title : `${draft.title} ${title}`;
      if (paragraphs.length > 1) {
        const rest = paragraphs.slice(1).join(' ');
        draft.description = draft.description === undefined ? rest : `${draft.description} ${rest}`;
      }
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
      addListItems(cell, draft.methods, undefined, folded);
      return;
    case 'timescale': {
      const { rest, leads } = takeLabelledLeads(text);
      pushAll(draft.leads, leads);
      if (leads.length === 0 && fields.includes('leads') && rest === '') return;
      applyTimescale(draft, rest, cell, ctx);
      return;
    }
    case 'leads': {
      const { rest, leads } = takeLabelledLeads(text);
      if (leads.length > 0) {
        pushAll(draft.leads, leads);
        if (rest !== '') {
          if (fields.includes('timescale')) applyTimescale(draft, rest, cell, ctx);
          else draft.leads.unshift(rest);
        }
      } else pushAll(draft.leads, splitLeadCell(cell, text, folded));
      return;
    }
    case 'outputs':
      addListItems(cell, draft.outputs, draft.dated, folded);
      draft.outputsAt = cell;
      return;
    case 'outcomes':
      pushAll(draft.outcomes, paragraphsOf(cell, text, folded));
      return;
    case 'comments':
    case 'updates': {
      pushAll(draft.comments, paragraphsOf(cell, text, folded));
      // An update that opens with the status ("Complete", "On track – audit done", "Completed July 2023") gives it too.
      const read = draft.status === undefined ? (toStatus(text) ?? readStatusCell(text, cell, ctx)) : undefined;
      if (typeof read === 'string') draft.status = read;
      else if (read !== undefined) {
        draft.status = read.status;
        if (read.completedOn !== undefined && draft.completedOn === undefined) draft.completedOn = read.completedOn;
      }
      return;
    }
    case 'rag': {
      const rag = toRag(text);
      if (rag !== undefined) {
        if (draft.rag === undefined) draft.rag = rag;
        else addExtra(draft, header, text);
        return;
      }
      // A status written in the RAG column ("Not started", "Completed - Green"): read, and kept as written only when
      // part of it found its field taken already.
      const words = ragWords(text);
      const statusFits = words?.status === undefined || draft.status === undefined;
      const ragFits = words?.rag === undefined || draft.rag === undefined;
      if (words !== undefined && statusFits && ragFits) {
        if (words.status !== undefined) draft.status = words.status;
        if (words.rag !== undefined) draft.rag = words.rag;
      } else addExtra(draft, header, text);
      return;
    }
    case 'status':
    case 'progress': {
      const status = toStatus(text);
      if (status !== undefined && draft.status === undefined) {
        draft.status = status;
        return;
      }
      const read = status === undefined && draft.status === undefined ? readStatusCell(text, cell, ctx) : undefined;
      const percent = toPercent(text);
      if (read !== undefined) {
        // "Completed March 2024", "✓", "Complete – published July": the status (and date), and the words kept.
        draft.status = read.status;
        if (read.completedOn !== undefined && draft.completedOn === undefined) draft.completedOn = read.completedOn;
        if (field === 'progress') draft.comments.push(text);
        else addExtra(draft, header, text);
      } else if (percent !== undefined && draft.percentComplete === undefined) draft.percentComplete = percent;
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
      const mark = toInterpretedStatus(text);
      if (mark !== undefined && draft.status === undefined) {
        draft.status = mark;
        addExtra(draft, header, text);
        return;
      }
      const diagnostics: Diagnostic[] = [];
      const timescale = readWhenInto(text, cell.line, cell.column, ctx.source, ctx.context, ctx.when, diagnostics);
      if (REVISED.test(text) && timescale.end !== undefined && timescale.yearAssumed !== true) {
        // "Now due 2012" under "Completed / revised date": the deadline moved; the one before stays its baseline.
        const before = draft.timescale;
        draft.timescale = before?.end === undefined ? timescale : { ...timescale, baseline: { text: before.text, kind: before.kind, ...(before.start === undefined ? {} : { start: before.start }), end: before.end } };
        pushAll(ctx.diagnostics, diagnostics);
        addExtra(draft, header, text);
        return;
      }
      if (draft.completedOn === undefined && timescale.end !== undefined && (timescale.kind === 'date' || timescale.kind === 'month')) {
        draft.completedOn = timescale.end;
        draft.status = 'complete';
        pushAll(ctx.diagnostics, diagnostics);
        // "Completed March 2024 (report to Cabinet)": the date, and the words kept.
        if (!isBareDate(text)) addExtra(draft, header, text);
      } else addExtra(draft, header, text);
      return;
    }
    case 'group':
      // A grouping column ("Objective" beside "Action"): its cells open themes, read by the interpreter.
      return;
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
  let first = row.cells[0];
  for (const c of row.cells) {
    if (!isBlank(c.text)) {
      first = c;
      break;
    }
  }
  const draft: Draft = {
    id,
    ref: undefined,
    title: '',
    description: undefined,
    methods: [],
    timescale: undefined,
    leads: [],
    outputs: [],
    milestones: [],
    outcomes: [],
    comments: [],
    indicators: [],
    themeIds: [],
    status: undefined,
    rag: undefined,
    percentComplete: undefined,
    completedOn: undefined,
    extra: undefined,
    source: { line: first?.line ?? row.line, column: first?.column ?? 1 },
    outputsAt: undefined,
    dated: [],
  };
  if (source !== undefined) draft.source.document = source;
  return draft;
}

/** Fields of a column the header does not name. */
const NO_FIELDS: readonly string[] = [];

/** Fills a draft from every cell of a row. */
export function applyRow(draft: Draft, row: TableRow, columns: readonly Column[], ctx: RowContext): void {
  const cells = row.cells;
  for (let k = 0; k < cells.length; k++) {
    applyCell(draft, columns[k]?.fields ?? NO_FIELDS, headerOf(columns, k), cells[k] as TableCell, ctx);
  }
}

/**
 * Milestones from outputs with a deadline ("Costs and funding identified by
 * October"), read with the action's own timescale as context; and an
 * indicator where such an output starts with a count ("Four learning
 * events by March 2009").
 */
export function addMilestones(draft: Draft, ctx: RowContext): void {
  if (draft.dated.length === 0) return;
  const own: DateContext = {};
  if (draft.timescale?.start !== undefined) own.start = draft.timescale.start;
  if (draft.timescale?.end !== undefined) own.end = draft.timescale.end;
  const context = own.start !== undefined || own.end !== undefined ? own : ctx.context;
  for (const { item, at: written, deadline: found } of draft.dated) {
    // Looking for the deadline of a text that is not a string failed here before it was looked for early.
    if (found === undefined) throw new TypeError(`Unexpected list item text of type ${typeof item.text}, expected a string`);
    const at = written ?? draft.outputsAt ?? draft.source;
    const timescale = readWhenInto(found.phrase, at.line, at.column, ctx.source, context, ctx.when, ctx.diagnostics);
    const milestone: Milestone = { text: item.text, timescale };
    draft.milestones.push(milestone);
    const start = own.start ?? ctx.context?.start;
    const end = own.end ?? ctx.context?.end;
    const due = timescale.end;
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

/** The draft as an action input: internal fields dropped, and fields the action does not have (`undefined`) left out. */
export function toActionInput(draft: Draft): ActionInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) if (v !== undefined && k !== 'outputsAt' && k !== 'dated') out[k] = v;
  return out as unknown as ActionInput;
}
