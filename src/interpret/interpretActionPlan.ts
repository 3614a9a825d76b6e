import { ActionSchema, type Action } from '../model/action.js';
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import { ActionPlanSchema, type ActionPlan } from '../model/plan.js';
import type { Timescale } from '../model/timescale.js';
import type { SourceBlock, SourceDocument, SourceListItem } from '../read/types.js';
import type { Section } from '../model/review.js';
import { addMilestones, applyRow, newDraft, toActionInput, type Draft, type RowContext } from './_table/actionRow.js';
import { pushAll } from '../_lib/push-all.js';
import { _conformDraft, _conformPlan } from './_table/conform.js';
import { keyMapOf } from './_table/header.js';
import { fold, isBlank } from './_table/normalize.js';
import { rowEvents, type Column, type ContentEvent, type RowEvent } from './_table/rows.js';
import type { Theme } from '../model/plan.js';
import type { TableCell, TableRow } from '../read/types.js';
import { newWhenCache, readWhen } from './_table/when.js';
import { endsSentence, isCutRow, rowText, subActionTexts, titleColumns, withCellText } from './_table/rowShapes.js';
import type { DateContext, InterpretOptions } from './types.js';
import { shareThemeTimescales } from './_structure/themeTimescales.js';

/**
 * Options of {@link interpretActionPlan}.
 *
 * @example
 * ```ts
 * const o: InterpretActionPlanOptions = { source: 'plan.tsv', context: { year: 2008 } };
 * ```
 * @category Interpreters
 */
export type InterpretActionPlanOptions = InterpretOptions;

const SOURCE = 'interpret/action-plan';

/** The plan's title, owner, description and period from the text before the first table. */
function preface(doc: SourceDocument, options: InterpretOptions, diagnostics: Diagnostic[], above: readonly Placed[], themed: ReadonlySet<SourceBlock>): Pick<ActionPlan, 'title' | 'owner' | 'description' | 'period' | 'source'> {
  const texts: Placed[] = [];
  // List items before the table are description, never the title or the owner.
  const listed: string[] = [];
  const listItems = (items: readonly SourceListItem[]): void => {
    for (const item of items) {
      const text = fold(item.text);
      if (text !== '') listed.push(text);
      listItems(item.children);
    }
  };
  for (const block of doc.blocks) {
    if (block.type === 'table') break;
    if (themed.has(block)) continue;
    if (block.type === 'heading' || block.type === 'paragraph') {
      const text = fold(block.text);
      if (text !== '') texts.push({ text, line: block.line, column: block.column });
    } else if (block.type === 'list') listItems(block.items);
  }
  // Title rows of the table, above its header (a sheet's title saved with it).
  texts.push(...above);
  const titleIndex = Math.max(
    0,
    texts.findIndex((t) => /\bplan\b/iu.test(t.text)),
  );
  const title = texts[titleIndex];
  const out: Pick<ActionPlan, 'title' | 'owner' | 'description' | 'period' | 'source'> = { title: title?.text ?? '' };
  const others = texts.filter((_, k) => k !== titleIndex);
  const owner = titleIndex > 0 ? texts[0] : undefined;
  if (owner !== undefined) out.owner = owner.text;
  const rest = [...others.filter((t) => t !== owner).map((t) => t.text), ...listed];
  if (rest.length > 0) out.description = rest.join(' ');
  if (title !== undefined) {
    out.source = { line: title.line, column: title.column };
    if (options.source !== undefined) out.source.document = options.source;
    const period = periodOf(title.text, title.line, title.column, diagnostics);
    if (period !== undefined) out.period = period;
  }
  return out;
}

/** Reads a period such as "2008/10" or "2008-2011" from a title. */
function periodOf(title: string, line: number, column: number, diagnostics: Diagnostic[]): Timescale | undefined {
  const m = /\b((?:19|20)\d\d)\s*(?:[/–-]|to)\s*((?:19|20)?\d\d)\b/u.exec(title) ?? /\b((?:19|20)\d\d)\b/u.exec(title);
  if (!m) return undefined;
  const when = readWhen(m[0], { line, column: column + m.index }, undefined);
  if (when.timescale.start === undefined && when.timescale.end === undefined) return undefined;
  diagnostics.push(...when.diagnostics.filter((d) => d.severity !== 'info'));
  return when.timescale;
}

/** The date context actions are read in. */
function contextOf(options: InterpretOptions, period: Timescale | undefined): DateContext | undefined {
  if (options.context !== undefined) return options.context;
  if (period?.start === undefined && period?.end === undefined) return undefined;
  const c: DateContext = {};
  if (period.start !== undefined) c.start = period.start;
  if (period.end !== undefined) c.end = period.end;
  return c;
}

/**
 * Turns finished drafts into actions as soon as they are finished (a draft
 * is when the next one starts), so that drafts never outlive their action.
 * Diagnostics come out as if every row were read before the first draft
 * was finished: the finishing's own diagnostics wait in `late` until the
 * rows are done. So does a failure: an error thrown while finishing a draft
 * is kept, no draft is finished after it, and it is thrown again once the
 * rows are read.
 */
interface Finisher {
  /** Context for milestones: its diagnostics are `late`; its own timescale cache (contexts alternate less). */
  ctx: RowContext;
  late: Diagnostic[];
  actions: Action[];
  failure?: { error: unknown } | undefined;
}

/** Adds the draft's milestones and turns it into an action (or an `internal-error`); see {@link Finisher}. */
function finish(draft: Draft, f: Finisher): void {
  if (f.failure !== undefined) return;
  // The Action column held only the number (taken as the ref): the title is the description.
  if (draft.title === '' && draft.description !== undefined) {
    draft.title = draft.description;
    draft.description = undefined;
  }
  try {
    addMilestones(draft, f.ctx);
    // Built by hand as the schema would build it (the draft's own bookkeeping is not an action
    // field, so it is left out as the schema would drop it); the schema itself judges anything
    // the hand checks do not vouch for.
    const conformed = _conformDraft(draft);
    if (conformed !== undefined) {
      f.actions.push(conformed);
      return;
    }
    const parsed = ActionSchema.safeParse(toActionInput(draft));
    if (parsed.success) f.actions.push(parsed.data);
    else {
      f.late.push({
        code: 'internal-error',
        severity: 'error',
        message: `Unexpected invalid action ${draft.id}, expected it to match the Action schema`,
        line: draft.source.line,
        column: draft.source.column,
        text: [draft.title, ...draft.outcomes].join(' '),
        source: SOURCE,
      });
    }
  } catch (error) {
    f.failure = { error };
  }
}

/** The plan of `doc`; diagnostics go to `diagnostics`. */
function build(doc: SourceDocument, options: InterpretOptions, diagnostics: Diagnostic[]): ActionPlan {
  const map = keyMapOf(options.vocabulary);
  const events = rowEvents(doc, map);
  const above = rowsAboveHeader(events);
  const headed = headingThemes(doc);
  const head = { ...preface(doc, options, diagnostics, above.texts, headed.blocks), metadata: {} as Record<string, string> };
  const ctx: RowContext = { source: options.source, context: contextOf(options, head.period), diagnostics, when: newWhenCache(), folded: doc.folded === true };
  const late: Diagnostic[] = [];
  const f: Finisher = { ctx: { ...ctx, diagnostics: late, when: newWhenCache() }, late, actions: [] };
  let draft: Draft | undefined;
  let count = 0;
  let warnedNoHeader = false;
  // The index of the title column, worked out once per header.
  let titleOf: Column[] | undefined;
  let titleColumn = -1;
  let groupColumn = -1;
  let actionColumns: Column[] = [];
  // The last row of the text, when a table ends it: the one the text may cut off.
  const lastEvent = events.at(-1);
  const lastBlock = doc.blocks.at(-1);
  const lastRow = lastBlock?.type === 'table' ? lastBlock.rows.at(-1) : undefined;
  const cut: Section[] = [];
  const themes: Theme[] = [];
  let theme: Theme | undefined;
  for (let e = 0; e < events.length; e++) {
    const event = events[e] as RowEvent;
    if (event.kind === 'header') {
      if (event.repeated) {
        const row = event.rows[0];
        diagnostics.push({
          code: 'repeated-header',
          severity: 'info',
          message: 'Repeated header row read as a header, not as an action',
          ...(row === undefined ? {} : { line: row.line, column: row.cells[0]?.column ?? 1 }),
          source: SOURCE,
        });
      }
      const next = events[e + 1];
      const first = event.rows[0];
      if (first !== undefined && (next === undefined || (next.kind === 'header' && !next.repeated))) {
        // A header with no rows under it (a table cut after its first line): its words are kept here.
        const text = event.rows.map((r) => r.cells.map((c) => c.text).filter((t) => t !== '').join(' | ')).join(' ');
        diagnostics.push({
          code: 'header-without-rows',
          severity: 'info',
          message: 'Unexpected header row with no rows under it, expected at least one action; its text is kept here',
          line: first.line,
          column: first.cells[0]?.column ?? 1,
          text,
          source: SOURCE,
        });
      }
      continue;
    }
    const { row, columns } = event;
    const heading = headed.byRow.get(row);
    if (heading !== undefined && !heading.opened) {
      // The first row of content of a table under a theme's heading: the heading opens the theme.
      if (draft !== undefined) finish(draft, f);
      draft = undefined;
      heading.opened = true;
      theme = headingTheme(heading, themes.length + 1, options.source);
      themes.push(theme);
    }
    if (event.blank) continue;
    if (above.read.has(event)) continue;
    const entry = above.metadata.get(event);
    if (entry !== undefined) {
      const before = head.metadata[entry.key];
      head.metadata[entry.key] = before === undefined ? entry.value : `${before} ${entry.value}`;
      continue;
    }
    if (columns.length === 0 && !warnedNoHeader) {
      warnedNoHeader = true;
      diagnostics.push({
        code: 'missing-header',
        severity: 'warning',
        message: 'Unexpected table without a header row, expected headers such as `Action`, `Timescale`, `Lead`',
        line: row.line,
        column: 1,
        source: SOURCE,
      });
    }
    const section = sectionOf(events, e);
    if (section !== undefined) {
      // A row with only its first cell filled opens a section: the actions below belong to it.
      if (draft !== undefined) finish(draft, f);
      draft = undefined;
      theme = themeAt(themes.length + 1, section.text, section, options.source);
      themes.push(theme);
      continue;
    }
    if (titleOf !== columns) {
      titleOf = columns;
      ({ title: titleColumn, group: groupColumn } = titleColumns(columns));
      // The grouping column opens themes (below), so an action's cells skip it.
      actionColumns = groupColumn < 0 ? columns : columns.map((c, k) => (k === groupColumn ? { header: c.header, fields: GROUP_FIELDS } : c));
    }
    const titleCell = titleColumn >= 0 ? row.cells[titleColumn] : undefined;
    const groupCell = groupColumn >= 0 ? row.cells[groupColumn] : undefined;
    if (event === lastEvent && row === lastRow && isCutRow(row, columns) && !(titleCell !== undefined && endsSentence(titleCell.text))) {
      // The text ends inside this row and its action is cut short: not an action; its words kept in the body.
      if (draft !== undefined) finish(draft, f);
      draft = undefined;
      cut.push({ heading: '', paragraphs: [rowText(row)], source: { line: row.line, column: row.cells[0]?.column ?? 1, ...(options.source === undefined ? {} : { document: options.source }) } });
      diagnostics.push({
        code: 'row-cut',
        severity: 'warning',
        message: `Unexpected end of the text inside a table row ("${clip(rowText(row))}"), expected the row to be complete; not read as an action, its text kept in the plan's body`,
        line: row.line,
        column: row.cells[0]?.column ?? 1,
        source: SOURCE,
      });
      continue;
    }
    if (groupCell !== undefined && !isBlank(groupCell.text)) {
      if (draft !== undefined && (titleCell === undefined || isBlank(titleCell.text)) && theme !== undefined && isBlank(refCellOf(row, columns)?.text ?? '')) {
        // The objective's words wrapped onto a row of their own.
        theme.title = `${theme.title} ${fold(groupCell.text)}`;
        applyRow(draft, row, actionColumns, ctx);
        continue;
      }
      if (draft !== undefined) finish(draft, f);
      draft = undefined;
      theme = groupTheme(groupCell, refCellOf(row, columns), themes.length + 1, options.source);
      themes.push(theme);
    }
    if (draft !== undefined && titleColumn >= 0 && (titleCell === undefined || isBlank(titleCell.text))) {
      applyRow(draft, row, actionColumns, ctx);
      continue;
    }
    if (draft !== undefined) finish(draft, f);
    const pieces = titleCell === undefined ? [] : subActionTexts(titleCell.text);
    if (pieces.length > 1) {
      diagnostics.push({
        code: 'actions-in-one-cell',
        severity: 'info',
        message: `Unexpected ${pieces.length} numbered actions in one cell, expected one action per row; read as ${pieces.length} actions sharing the row's other cells`,
        line: titleCell?.line ?? row.line,
        column: titleCell?.column ?? 1,
        source: SOURCE,
      });
      for (let p = 0; p < pieces.length - 1; p++) {
        count++;
        const sub = newDraft(`a${count}`, row, options.source);
        if (theme !== undefined) sub.themeIds.push(theme.id);
        applyRow(sub, withCellText(row, titleColumn, pieces[p] ?? ''), actionColumns, ctx);
        finish(sub, f);
      }
    }
    count++;
    draft = newDraft(`a${count}`, row, options.source);
    if (theme !== undefined) draft.themeIds.push(theme.id);
    applyRow(draft, pieces.length > 1 ? withCellText(row, titleColumn, pieces.at(-1) ?? '') : row, actionColumns, ctx);
  }
  if (draft !== undefined) finish(draft, f);
  pushAll(diagnostics, late);
  if (f.failure !== undefined) throw f.failure.error;
  const body = [...cut, ...textAfterTables(doc, options, diagnostics, headed.blocks)];
  pushAll(themes, namedThemes(f.actions, themes, options.source));
  shareThemeTimescales(themes, f.actions);
  const { metadata: meta, ...rest } = head;
  const plan = {
    kind: 'action-plan' as const,
    ...rest,
    actions: f.actions,
    ...(body.length > 0 ? { body } : {}),
    ...(themes.length > 0 ? { themes } : {}),
    ...(Object.keys(meta).length > 0 ? { metadata: meta } : {}),
  };
  if (options.source !== undefined && plan.source === undefined) plan.source = { document: options.source };
  // The actions are each valid already (conformed or parsed above): the schema judges the rest of the
  // plan (themes, body, metadata) alone, so its cost is that of the rest, not a copy of every action.
  return _conformPlan(plan) ?? { ...ActionPlanSchema.parse({ ...plan, actions: [] }), actions: plan.actions };
}

/**
 * Themes an action names in a theme column ("Leadership", "Race; Disability")
 * that no section or grouping row opened: one each, in the order first
 * named, its id and title the name as written, placed at the first action
 * naming it.
 */
function namedThemes(actions: readonly Action[], opened: readonly Theme[], source: string | undefined): Theme[] {
  const known = new Set(opened.map((t) => t.id));
  const out: Theme[] = [];
  for (const a of actions) {
    for (const id of a.themeIds) {
      if (known.has(id)) continue;
      known.add(id);
      const at = a.source;
      out.push({ id, title: id, priorities: [], ...(at?.line === undefined ? {} : { source: { line: at.line, column: at.column ?? 1, ...(source === undefined ? {} : { document: source }) } }) });
    }
  }
  return out;
}

/** Fields of a grouping column's cells within an action: none (they open themes). */
const GROUP_FIELDS: string[] = ['group'];

/** The cell of the row's ref column, if it has one. */
function refCellOf(row: TableRow, columns: readonly Column[]): TableCell | undefined {
  const k = columns.findIndex((c) => c.fields[0] === 'ref');
  return k < 0 ? undefined : row.cells[k];
}

/** The theme a grouping column's cell opens ("Improve participation …"), numbered by the row's ref ("2.") or its own label. */
function groupTheme(cell: TableCell, refCell: TableCell | undefined, n: number, source: string | undefined): Theme {
  const title = fold(cell.text);
  return themeAt(n, title, cell, source, BARE_NUMBER.exec(refCell?.text ?? '')?.[1] ?? SECTION_REF.exec(title)?.[1]);
}

/**
 * Theme number `n`, titled `title` and placed where it is written, with its
 * ref: `ref`, by default the title's own label ("Objective 2: …" gives 2).
 */
function themeAt(n: number, title: string, at: { line: number; column: number }, source: string | undefined, ref = SECTION_REF.exec(title)?.[1]): Theme {
  const theme: Theme = { id: `theme-${n}`, title, priorities: [], source: { line: at.line, column: at.column, ...(source === undefined ? {} : { document: source }) } };
  if (ref !== undefined) theme.ref = ref;
  return theme;
}

/** A ref cell's number ("2.", "3", "A1)"). */
const BARE_NUMBER = /^\s*([A-Z]?\d+(?:\.\d+)*)[.):]?\s*$/u;

/** A section row's own label and number ("Objective 2: …", "Theme 3 –", "4.") give the theme's ref. */
const SECTION_REF = /^\s*(?:(?:objective|theme|priority|aim|outcome|goal|strand|section|area|part|workstream|commitment)s?\s+)?([A-Z]?\d+(?:\.\d+)*)\b/iu;

/** A section row's label ("Objective 2:", "Theme 3 –", "Priority area 1."). */
const SECTION_LABEL = /^\s*(?:objective|theme|priority(?:\s+area)?|aim|outcome|goal|strand|section|part|workstream|commitment)s?\s+[A-Z]?\d+(?:\.\d+)*\b/iu;

/** The only filled cell of a content row when it is the row's first cell; else `undefined`. */
function onlyFirstCell(event: ContentEvent): TableCell | undefined {
  const cells = event.row.cells;
  const first = cells[0];
  if (first === undefined || isBlank(first.text)) return undefined;
  for (let k = 1; k < cells.length; k++) if (!isBlank((cells[k] as TableCell).text)) return undefined;
  return first;
}

/** How many cells of a row are filled. */
function filled(event: ContentEvent): number {
  let n = 0;
  for (const c of event.row.cells) if (!isBlank(c.text)) n++;
  return n;
}

/**
 * A section row: under a header of three or more columns, a row with only
 * its first cell filled ("Objective 2: Inclusive services…", "Promote good
 * relations") that is labelled as a section, or that is followed by a row
 * filling two or more cells (an action of the section). The cell, or
 * `undefined` when the row is not one.
 */
function sectionOf(events: readonly RowEvent[], e: number): TableCell | undefined {
  const event = events[e];
  if (event?.kind !== 'content' || event.columns.length < 3) return undefined;
  const cell = onlyFirstCell(event);
  if (cell === undefined) return undefined;
  if (SECTION_LABEL.test(cell.text)) return cell;
  const next = events[e + 1];
  if (next?.kind !== 'content' || next.columns !== event.columns) return undefined;
  return filled(next) >= 2 && onlyFirstCell(next) === undefined ? cell : undefined;
}

/** Longest key of a key–value row ("Lead officer", "Directorate", "Date of last review"). */
const MAX_KEY_LENGTH = 40;

/** A text and where it is written. */
interface Placed {
  text: string;
  line: number;
  column: number;
}

/** A label and its value written in one cell ("Last updated: 12 November 2024"). */
const LABELLED = /^([^:]{1,40}):\s*(\S.*)$/u;

/** A key–value row's key, or `undefined` when the label is no key (a number, a sentence, too long). */
function keyOf(label: string): string | undefined {
  const key = label.endsWith(':') ? label.slice(0, -1).trimEnd() : label;
  return key === '' || key.length > MAX_KEY_LENGTH || /^[\d(]/u.test(key) || /[.!?]$/u.test(key) ? undefined : key;
}

/**
 * Rows above the first header: key–value rows ("Directorate | Adult
 * Services", "Lead officer | …", or "Last updated: 12 November 2024" in one
 * cell) are the plan's metadata, and other rows of one filled cell its title
 * and preface (a sheet's title rows saved with its table); none is an action.
 * Read so only when a header follows and every filled row before it is one of
 * these; otherwise (no header) the rows are the plan's own.
 */
function rowsAboveHeader(events: readonly RowEvent[]): { metadata: Map<ContentEvent, { key: string; value: string }>; texts: Placed[]; read: Set<ContentEvent> } {
  const metadata = new Map<ContentEvent, { key: string; value: string }>();
  const texts: Placed[] = [];
  const read = new Set<ContentEvent>();
  const none = { metadata: new Map(), texts: [], read: new Set<ContentEvent>() };
  for (const event of events) {
    if (event.kind === 'header') return { metadata, texts, read };
    if (event.blank) continue;
    const cells = event.row.cells.filter((c) => !isBlank(c.text));
    const first = cells[0];
    if (first === undefined || cells.length > 2) return none;
    const label = fold(first.text);
    if (cells.length === 2) {
      const key = keyOf(label);
      const value = fold(cells[1]?.text ?? '');
      if (key === undefined || value === '') return none;
      metadata.set(event, { key, value });
      continue;
    }
    const labelled = LABELLED.exec(label);
    const key = labelled?.[1] === undefined ? undefined : keyOf(labelled[1].trimEnd());
    if (key !== undefined && labelled?.[2] !== undefined) metadata.set(event, { key, value: labelled[2] });
    else {
      texts.push({ text: label, line: first.line, column: first.column });
      read.add(event);
    }
  }
  // No header: the rows are the plan's own.
  return none;
}

/** A heading that opens a theme for the table under it, with the paragraphs between them. */
interface HeadingTheme {
  heading: SourceBlock & { type: 'heading' };
  paragraphs: (SourceBlock & { type: 'paragraph' })[];
  opened: boolean;
}

/**
 * Headings that each open a theme for the table under them ("## Objective 1:
 * Know our communities", then its table of actions), with the paragraphs
 * between heading and table (the theme's description). A heading is taken
 * so when two or more tables stand under headings of one level (that level's
 * only: a title above them is not a theme), or when it is labelled as a
 * theme ("Objective 2", "Theme 3"). `byRow` maps each row of such a table
 * to its heading (the theme opens at its first row of content); `blocks`
 * holds the headings and paragraphs so taken.
 */
function headingThemes(doc: SourceDocument): { byRow: Map<TableRow, HeadingTheme>; blocks: Set<SourceBlock> } {
  const found: { table: SourceBlock & { type: 'table' }; theme: HeadingTheme }[] = [];
  let heading: (SourceBlock & { type: 'heading' }) | undefined;
  let between: SourceBlock[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      heading = block;
      between = [];
    } else if (block.type === 'table') {
      const paragraphs = between.filter((b) => b.type === 'paragraph');
      if (heading !== undefined && paragraphs.length === between.length) found.push({ table: block, theme: { heading, paragraphs, opened: false } });
      heading = undefined;
      between = [];
    } else if (heading !== undefined) between.push(block);
  }
  const levels = new Map<number, number>();
  for (const f of found) levels.set(f.theme.heading.depth, (levels.get(f.theme.heading.depth) ?? 0) + 1);
  const byRow = new Map<TableRow, HeadingTheme>();
  const blocks = new Set<SourceBlock>();
  for (const f of found) {
    if ((levels.get(f.theme.heading.depth) ?? 0) < 2 && !SECTION_LABEL.test(f.theme.heading.text)) continue;
    for (const row of f.table.rows) byRow.set(row, f.theme);
    blocks.add(f.theme.heading);
    for (const p of f.theme.paragraphs) blocks.add(p);
  }
  return { byRow, blocks };
}

/** The theme a heading opens, numbered by its own label ("Objective 2: …") when it has one. */
function headingTheme(h: HeadingTheme, n: number, source: string | undefined): Theme {
  const theme = themeAt(n, fold(h.heading.text), h.heading, source);
  const description = h.paragraphs.map((p) => fold(p.text)).filter((t) => t !== '');
  if (description.length > 0) theme.description = description.join(' ');
  return theme;
}

/** The plain text of a list, one entry per item, children after their parent. */
function listTexts(items: readonly SourceListItem[], out: string[] = []): string[] {
  for (const item of items) {
    const text = fold(`${item.marker ?? ''} ${item.text}`);
    if (text !== '') out.push(text);
    listTexts(item.children, out);
  }
  return out;
}

/**
 * Text after the first table or between tables (a footer, an approval line,
 * a note): kept as body sections (a heading opens one) with a
 * `text-after-table` info naming where it starts, never dropped.
 */
function textAfterTables(doc: SourceDocument, options: InterpretOptions, diagnostics: Diagnostic[], themed: ReadonlySet<SourceBlock>): Section[] {
  const sections: Section[] = [];
  let seenTable = false;
  let current: Section | undefined;
  for (const block of doc.blocks) {
    if (block.type === 'table') {
      seenTable = true;
      current = undefined;
      continue;
    }
    if (!seenTable || themed.has(block)) continue;
    const texts = block.type === 'list' ? listTexts(block.items) : [fold(block.text)].filter((t) => t !== '');
    if (texts.length === 0) continue;
    if (current === undefined) {
      diagnostics.push({
        code: 'text-after-table',
        severity: 'info',
        message: `Unexpected text after a table ("${clip(texts[0] ?? '')}"), expected only rows; kept in the plan's body`,
        line: block.line,
        column: block.column,
        source: SOURCE,
      });
    }
    const source = { line: block.line, column: block.column, ...(options.source === undefined ? {} : { document: options.source }) };
    if (block.type === 'heading') {
      current = { heading: texts[0] ?? '', paragraphs: [], source };
      sections.push(current);
      continue;
    }
    if (current === undefined) {
      current = { heading: '', paragraphs: [], source };
      sections.push(current);
    }
    pushAll(current.paragraphs, texts);
  }
  return sections;
}

function clip(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}

/**
 * Reads an action plan from a document's tables. Header rows are
 * recognised by the column vocabulary (repeated headers at page breaks are
 * skipped); each other row is an action: its number is taken off the title
 * as `ref`, methods and outputs are kept as nested list items, a "Lead
 * Member: …" line in the timescale cell gives the leads, outputs with a
 * deadline ("Event hosted by April 2009") become milestones read in the
 * action's own timescale, and outputs that count something by a date
 * become indicators. Columns the vocabulary does not know go into
 * `action.extra` under their header. The title, owner and period come from
 * the paragraphs before the table. Never throws: anything unforeseen is an
 * `internal-error` diagnostic beside best-effort data.
 *
 * @param doc - A document as read by a reader (`readTsvHtml`, `readCsv` …).
 * @param options - Extra vocabulary, date context and source name.
 * @returns The plan and the diagnostics.
 * @example
 * ```ts
 * const doc = readCsv('Action,Timescale [Lead Member],Budget\n1. Hold a summit,April 2008 – March 2009 Lead Member: John Hall,£2000\n').data;
 * const [action] = interpretActionPlan(doc).data.actions;
 * action?.ref //=> '1'
 * action?.title //=> 'Hold a summit'
 * action?.leads //=> ['John Hall']
 * action?.timescale?.end //=> '2009-03-31'
 * action?.extra //=> { Budget: '£2000' }
 * ```
 * @category Interpreters
 */
export function interpretActionPlan(doc: SourceDocument, options: InterpretActionPlanOptions = {}): ParseResult<ActionPlan> {
  const diagnostics: Diagnostic[] = [];
  try {
    return { data: build(doc, options, diagnostics), diagnostics };
  } catch (error) {
    diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      message: `Unexpected failure while reading the action plan, expected to read it: ${error instanceof Error ? error.message : String(error)}`,
      source: SOURCE,
    });
    return { data: ActionPlanSchema.parse({ kind: 'action-plan', title: '' }), diagnostics };
  }
}
