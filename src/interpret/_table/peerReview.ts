/**
 * Internal: the rows of a peer-review action plan (sample 004) → areas with
 * strengths, areas for improvement and actions. Handles section rows, areas
 * carried by header cells, continuation rows (within and across pages),
 * cells holding several actions and deadlines, and shifted columns.
 */
import { ActionSchema, type Action, type ActionInput } from '../../model/action.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { PeerReviewAreaSchema, type PeerReviewArea } from '../../model/plan.js';
import type { Timescale } from '../../model/timescale.js';
import type { SourceDocument, TableCell } from '../../read/types.js';
import type { InterpretOptions } from '../types.js';
import { splitDeadlines } from './deadlines.js';
import { keyMapOf } from './header.js';
import { fold, words } from './normalize.js';
import { type Column, type ContentEvent, rowEvents } from './rows.js';
import { endsMidSentence, endsSentence, segmentLevels, startsLower } from './segments.js';
import { readWhen } from './when.js';

const SOURCE = 'interpret/peer-review';

interface ActionDraft {
  id: string;
  title: string;
  leads: string[];
  when: string;
  timescale?: Timescale;
  extra?: Record<string, string>;
  /** Cut from a cell holding several actions, so its end may be a guess. */
  cut?: boolean;
  line: number;
  column: number;
}

interface AreaDraft {
  ref: string;
  title: string;
  strengths: string[];
  improvements: string[];
  actions: ActionDraft[];
  line: number;
  column: number;
}

type Slot = 'strengths' | 'improvements' | 'title' | 'leads' | 'timescale';

/** One row's text by field, with the cell each came from. */
interface RowValues {
  area?: TableCell;
  strengths?: TableCell;
  improvements?: TableCell;
  title?: TableCell;
  leads?: TableCell;
  timescale?: TableCell;
  /** Cells under unmapped headers (or beyond the header). */
  extra: { header: string; cell: TableCell }[];
  /** Text of cells that had to be placed by guesswork. */
  shifted: boolean;
}

const REF = /^(\d{1,2}(?:\.\d{1,2})+)(?:\s+(\S.*))?$/u;

const textOf = (cell: TableCell | undefined): string => (cell === undefined ? '' : fold(cell.text));

/** Looks like the leads of an action ("CF FS PS Forum"), not a sentence. */
function plausibleLeads(text: string): boolean {
  const n = words(text).length;
  return n < 6 && !(n >= 3 && endsSentence(text));
}

/** Maps a row's cells to fields, right-aligning short rows; flags shifted ones. */
function valuesOf(event: ContentEvent): RowValues {
  const { row, columns } = event;
  const cells = row.cells;
  const out: RowValues = { extra: [], shifted: false };
  const offset = cells.length < columns.length ? columns.length - cells.length : 0;
  const fieldAt = (k: number): string | undefined => columns[k + offset]?.fields[0];
  const assign = (field: string | undefined, cell: TableCell, header: string): void => {
    if (cell.text.trim() === '') return;
    switch (field) {
      case 'area':
      case 'strengths':
      case 'improvements':
      case 'title':
      case 'leads':
      case 'timescale':
        if (out[field] === undefined) {
          out[field] = cell;
          return;
        }
        break;
      default:
        break;
    }
    out.extra.push({ header, cell });
  };
  const leadsIndex = columns.findIndex((c: Column) => c.fields[0] === 'leads');
  const leadsCell = leadsIndex >= offset ? cells[leadsIndex - offset] : undefined;
  const timescaleIndex = columns.findIndex((c: Column) => c.fields[0] === 'timescale');
  if (offset > 0 && leadsCell !== undefined && timescaleIndex >= 0 && !plausibleLeads(textOf(leadsCell))) {
    // Shifted columns: the leads column is missing. From the right: the
    // deadline, the action, the area for improvement; the rest is strengths.
    out.shifted = true;
    const n = cells.length;
    const timescale = cells[n - 1];
    const title = cells[n - 2];
    const improvement = cells[n - 3];
    if (timescale) assign('timescale', timescale, 'By When');
    if (title) assign('title', title, 'Actions');
    const rest = cells.slice(0, Math.max(0, n - 3));
    if (improvement && /\p{L}/u.test(improvement.text)) assign('improvements', improvement, 'Areas for Improvement');
    else if (improvement) rest.push(improvement);
    const filled = rest.filter((c) => c.text.trim() !== '');
    if (filled.length > 0) {
      const first = filled[0] as TableCell;
      out.strengths = { ...first, text: filled.map((c) => fold(c.text)).join(' '), paragraphs: [], items: [] };
    }
    return out;
  }
  cells.forEach((cell, k) => {
    const col = columns[k + offset];
    assign(fieldAt(k), cell, col === undefined || col.header === '' ? `Column ${k + offset + 1}` : col.header);
  });
  return out;
}

function diag(code: string, severity: Diagnostic['severity'], message: string, cell: { line: number; column: number } | undefined, text: string, source: string | undefined): Diagnostic {
  const d: Diagnostic = { code, severity, message, text, source: SOURCE };
  if (cell !== undefined) {
    d.line = cell.line;
    d.column = cell.column;
  }
  if (source !== undefined) d.file = source;
  return d;
}

/** Builds the areas of a peer review from a document's tables. */
export function buildPeerReviewAreas(doc: SourceDocument, options: InterpretOptions, diagnostics: Diagnostic[]): PeerReviewArea[] {
  const map = keyMapOf(options.vocabulary);
  const areas: AreaDraft[] = [];
  let area: AreaDraft | undefined;
  let pendingTitle = false;
  let sinceHeader = false;
  /** Columns written since the last header: the first text of a column on a new page starts afresh unless it starts in lower case. */
  let seenSinceHeader = new Set<Slot>();
  let lastWritten: { slot: Slot; area: AreaDraft } | undefined;

  const areaFor = (ref: string, title: string, at: { line: number; column: number }): AreaDraft => {
    let found = areas.find((a) => a.ref === ref);
    if (found === undefined) {
      found = { ref, title, strengths: [], improvements: [], actions: [], line: at.line, column: at.column };
      areas.push(found);
    } else if (found.title === '' && title !== '') found.title = title;
    else if (title !== '' && title.toLowerCase() !== found.title.toLowerCase()) {
      diagnostics.push(
        diag('unplaced-text', 'warning', `Unexpected \`${ref} ${title}\`, expected area ${ref} to be \`${found.title}\` as before`, at, `${ref} ${title}`, options.source),
      );
    }
    return found;
  };
  const currentArea = (at: { line: number; column: number }): AreaDraft => {
    area ??= areaFor('', '', at);
    return area;
  };
  const setArea = (value: string, at: { line: number; column: number }): void => {
    const m = REF.exec(fold(value));
    if (!m?.[1]) return;
    if (area?.ref !== m[1]) lastWritten = undefined;
    area = areaFor(m[1], m[2] ?? '', at);
    pendingTitle = (m[2] ?? '') === '';
  };
  const lastAction = (): ActionDraft | undefined => (lastWritten?.area === area ? area?.actions.at(-1) : undefined);
  const newAction = (a: AreaDraft, title: string, leads: string, when: string, cell: TableCell): ActionDraft => {
    const d: ActionDraft = { id: `${a.ref === '' ? 'x' : a.ref}-a${a.actions.length + 1}`, title, leads: leads === '' ? [] : [leads], when, line: cell.line, column: cell.column };
    a.actions.push(d);
    return d;
  };
  const appendText = (slot: Slot, text: string): boolean => {
    if (lastWritten === undefined) return false;
    const a = lastWritten.area;
    if (slot === 'strengths' || slot === 'improvements') {
      const list = a[slot];
      if (list.length === 0) return false;
      list[list.length - 1] = `${list[list.length - 1] ?? ''} ${text}`;
      return true;
    }
    const act = a.actions.at(-1);
    if (act === undefined) return false;
    if (slot === 'title') act.title = `${act.title} ${text}`;
    else if (slot === 'leads') act.leads.push(text);
    else act.when = act.when === '' ? text : `${act.when} ${text}`;
    return true;
  };
  const lastTextOf = (slot: Slot, a: AreaDraft): string | undefined => {
    if (slot === 'strengths' || slot === 'improvements') return a[slot].at(-1);
    const act = a.actions.at(-1);
    if (act === undefined) return undefined;
    return slot === 'title' ? act.title : slot === 'leads' ? act.leads.at(-1) : act.when;
  };

  for (const event of rowEvents(doc, map)) {
    if (event.kind === 'header') {
      sinceHeader = true;
      seenSinceHeader = new Set();
      if (event.value !== undefined) {
        const first = event.rows[0]?.cells[0];
        setArea(event.value, first ?? { line: event.rows[0]?.line ?? 1, column: 1 });
      }
      continue;
    }
    const { row } = event;
    const filled = row.cells.filter((c) => c.text.trim() !== '');
    if (filled.length === 0) continue;
    const only = filled.length === 1 ? (filled[0] as TableCell) : undefined;

    // A section row: "1.1 Leadership and corporate commitment".
    if (only !== undefined && REF.test(fold(only.text))) {
      setArea(only.text, only);
      continue;
    }
    // The title of an area whose header gave only its number ("examined 4.1").
    if (only !== undefined && pendingTitle && area !== undefined && row.cells.indexOf(only) === 0 && !startsLower(only.text)) {
      const title = fold(only.text);
      pendingTitle = false;
      if (area.title === '' || area.title.toLowerCase() === title.toLowerCase()) {
        area.title = title;
        continue;
      }
    }
    pendingTitle = false;
    const afterHeader = sinceHeader;
    sinceHeader = false;

    // A lone fragment continuing the text written last (rows cut by a page break).
    if (only !== undefined && lastWritten !== undefined) {
      const before = lastTextOf(lastWritten.slot, lastWritten.area) ?? '';
      const text = fold(only.text);
      if (!afterHeader && lastWritten.slot !== 'timescale' && (startsLower(text) || endsMidSentence(before)) && appendText(lastWritten.slot, text)) continue;
    }

    const values = valuesOf(event);
    const a = currentArea({ line: row.line, column: row.cells[0]?.column ?? 1 });
    if (values.shifted) {
      diagnostics.push(
        diag(
          'columns-shifted',
          'warning',
          'Unexpected row with its columns shifted, expected one cell per header; its text was placed by position',
          row.cells[0],
          row.cells.map((c) => fold(c.text)).filter((t) => t !== '').join(' | '),
          options.source,
        ),
      );
    }
    if (values.area !== undefined) {
      diagnostics.push(
        diag('unplaced-text', 'warning', `Unexpected \`${textOf(values.area)}\` in the area column, expected an area number and title`, values.area, textOf(values.area), options.source),
      );
    }

    for (const slot of ['strengths', 'improvements'] as const) {
      const cell = values[slot];
      const text = textOf(cell);
      if (text === '') continue;
      const list = a[slot];
      const last = list.at(-1);
      const fresh = !seenSinceHeader.has(slot);
      const continues =
        last !== undefined &&
        (startsLower(text) || (!fresh && (endsMidSentence(last) || (event.afterBreak && !endsSentence(last)))));
      if (continues) list[list.length - 1] = `${last} ${text}`;
      else list.push(text);
      lastWritten = { slot, area: a };
      seenSinceHeader.add(slot);
    }

    const title = textOf(values.title);
    const leads = textOf(values.leads);
    const when = textOf(values.timescale);
    const created: ActionDraft[] = [];
    if (title === '') {
      const prev = lastAction() ?? a.actions.at(-1);
      if (prev !== undefined) {
        if (leads !== '') prev.leads.push(leads);
        if (when !== '') prev.when = prev.when === '' ? when : `${prev.when} ${when}`;
        if (leads !== '' || when !== '') lastWritten = { slot: when === '' ? 'leads' : 'timescale', area: a };
      } else if (leads !== '' || when !== '') {
        const cell = values.leads ?? values.timescale;
        diagnostics.push(diag('unplaced-text', 'warning', 'Unexpected owner or deadline with no action, expected an action beside it', cell, [leads, when].filter((t) => t !== '').join(' '), options.source));
      }
    } else {
      const cell = values.title as TableCell;
      const deadlines = when === '' ? [] : splitDeadlines(when);
      const n = deadlines.length;
      const prev = lastAction();
      const canContinue = prev !== undefined && seenSinceHeader.has('title') && !endsSentence(prev.title);
      const levels = segmentLevels(title);
      let continuation: string | undefined;
      let segments: string[] | undefined;
      if (n === 0) {
        if (canContinue && (startsLower(title) || endsMidSentence(prev.title) || event.afterBreak)) continuation = title;
        else segments = [title];
      } else {
        if (canContinue) {
          for (const level of levels) {
            const head = level[0] ?? '';
            const mayContinue = startsLower(head) || (endsSentence(head) && (prev.cut === true || endsMidSentence(prev.title)));
            if (level.length === n + 1 && mayContinue) {
              continuation = head;
              segments = level.slice(1);
              break;
            }
          }
        }
        if (segments === undefined && n > 1) segments = levels.find((level) => level.length === n);
        if (segments === undefined) {
          segments = [title];
          if (n > 1) {
            const found = levels[2]?.length ?? 1;
            diagnostics.push(
              diag(
                'count-mismatch',
                'warning',
                `Unexpected ${n} deadlines for ${found === 1 ? 'one action' : `${found} possible actions`}, expected one deadline per action; kept as one action`,
                cell,
                `${title} | ${when}`,
                options.source,
              ),
            );
          }
        }
      }
      if (continuation !== undefined && prev !== undefined) {
        prev.title = `${prev.title} ${continuation}`;
        if (segments === undefined) {
          if (leads !== '') prev.leads.push(leads);
          if (when !== '') prev.when = prev.when === '' ? when : `${prev.when} ${when}`;
        }
      }
      if (segments !== undefined) {
        const whens = segments.length === n ? deadlines : [when];
        segments.forEach((segment, k) => {
          const made = newAction(a, segment, leads, whens[k] ?? '', cell);
          if (segments !== undefined && segments.length > 1) made.cut = true;
          created.push(made);
        });
      }
      lastWritten = { slot: 'title', area: a };
      seenSinceHeader.add('title');
    }
    for (const { header, cell } of values.extra) {
      const target = created[0] ?? lastAction();
      if (target !== undefined) {
        target.extra ??= {};
        target.extra[header] = [target.extra[header], fold(cell.text)].filter((t) => t !== undefined).join(' ');
      } else diagnostics.push(diag('unplaced-text', 'warning', `Unexpected text under \`${header}\`, expected it beside an action`, cell, fold(cell.text), options.source));
    }
  }

  return areas.map((d) => toArea(d, options, diagnostics));
}

/** Word endings that PDF extraction leaves standing alone ("Develop ment"). */
const BROKEN_TAILS = new Set(['ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ness', 'ity', 'ities', 'ance', 'ence', 'ship', 'ised', 'ized']);

/** Notes words broken in two by extraction ("Develop ment"); the text stays as written. */
function noteBrokenWords(text: string, at: { line: number; column: number }, options: InterpretOptions, diagnostics: Diagnostic[]): void {
  const ws = words(text);
  for (let i = 1; i < ws.length; i++) {
    const tail = ws[i] as string;
    const head = ws[i - 1] as string;
    if (!BROKEN_TAILS.has(tail) || !/^\p{L}{3,}$/u.test(head)) continue;
    if (diagnostics.some((x) => x.code === 'broken-word' && x.line === at.line && x.text === `${head} ${tail}`)) continue;
    const d = diag('broken-word', 'info', `Unexpected \`${head} ${tail}\`, expected one word \`${head}${tail}\`; kept as written`, at, `${head} ${tail}`, options.source);
    d.expected = `${head}${tail}`;
    diagnostics.push(d);
  }
}

function toArea(d: AreaDraft, options: InterpretOptions, diagnostics: Diagnostic[]): PeerReviewArea {
  for (const t of [...d.strengths, ...d.improvements]) noteBrokenWords(t, d, options, diagnostics);
  const actions: Action[] = [];
  for (const draft of d.actions) {
    for (const t of [draft.title, ...draft.leads]) noteBrokenWords(t, draft, options, diagnostics);
    const input: ActionInput = { id: draft.id, title: draft.title, leads: draft.leads, source: { line: draft.line, column: draft.column } };
    if (options.source !== undefined) input.source = { document: options.source, line: draft.line, column: draft.column };
    if (draft.when !== '') {
      const when = readWhen(draft.when, { line: draft.line, column: draft.column, source: options.source }, options.context);
      input.timescale = when.timescale;
      diagnostics.push(...when.diagnostics);
    }
    if (draft.extra !== undefined) input.extra = draft.extra;
    const parsed = ActionSchema.safeParse(input);
    if (parsed.success) actions.push(parsed.data);
    else diagnostics.push(diag('internal-error', 'error', `Unexpected invalid action ${draft.id}, expected it to match the Action schema`, draft, `${draft.title} ${draft.leads.join(' ')} ${draft.when}`, options.source));
  }
  const source = options.source === undefined ? { line: d.line, column: d.column } : { document: options.source, line: d.line, column: d.column };
  return PeerReviewAreaSchema.parse({ ref: d.ref, title: d.title, strengths: d.strengths, improvements: d.improvements, actions, source });
}
