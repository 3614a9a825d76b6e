import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { Priority, Strategy, Theme } from '../model/plan.js';
import type { SourceDocument, TableRow } from '../read/types.js';
import type { InterpretOptions } from './types.js';
import { fold, type Entry } from './_prose/entries.js';
import { readNodes, type Node } from './_structure/nodes.js';
import { placed, readOutline } from './_structure/outline.js';
import { documentDate, documentPeriod, keyValues, metadataOf } from './_structure/documentFacts.js';
import { toSections } from './_prose/sections.js';
import { contentWords, overlap, readDayMonthYear, splitSentences } from './_prose/text.js';
import { readTimescale } from './_prose/timescale.js';
import { safely } from './_prose/safe.js';
import { shareThemeTimescales } from './_structure/themeTimescales.js';
import { findRecurrence } from './_structure/documentFacts.js';

/**
 * Options of {@link interpretStrategy}: the options every interpreter takes.
 *
 * @example
 * ```ts
 * const o: InterpretStrategyOptions = { source: 'strategy.md' };
 * ```
 * @category Interpreters
 */
export type InterpretStrategyOptions = InterpretOptions;

type Cells = string[];

function cellsOf(row: TableRow): Cells {
  return (row.cells ?? []).map((c) => fold(c.text ?? ''));
}

function columnCount(entry: Entry): number {
  return Math.max(0, ...(entry.rows ?? []).map((r) => (r.cells ?? []).length));
}

function isKeyValueTable(entry: Entry): boolean {
  const rows = (entry.rows ?? []).map(cellsOf).filter((c) => c.some((x) => x !== ''));
  if (rows.length < 2 || columnCount(entry) !== 2) return false;
  const short = rows.filter((c) => (c[0] ?? '') === '' || (c[0] ?? '').split(' ').length <= 5).length;
  return short === rows.length && !rows.some((c) => /priorit|mission/i.test(c[0] ?? ''));
}

function isAreasTable(entry: Entry): boolean {
  const header = cellsOf((entry.rows ?? [])[0] ?? { line: 1, cells: [] }).join(' | ');
  return /themat|\bthemes?\b/i.test(header) && /cross[\s-]*cutting|principle/i.test(header);
}

function isMissionTable(entry: Entry): boolean {
  const header = cellsOf((entry.rows ?? [])[0] ?? { line: 1, cells: [] });
  return header.length >= 2 && /theme|mission/i.test(header[0] ?? '') && /priorit|action/i.test(header[1] ?? '');
}

/** A row of a table, with where it starts. */
interface Row {
  cells: Cells;
  line: number;
  column: number;
}

/** A row label naming an objective and its number ("Objective 1:", "Outcome 2 –", "Aim 3."). */
const OBJECTIVE_LABEL = /^(?:objective|outcome|aim|goal|priority)\s+(\d{1,3}(?:\.\d{1,3})?)\s*[.:)–-]?\s*/iu;

/**
 * The rows of a table whose every content row opens with an objective's
 * label ("Objective 1: …"): number, title, and the other cells' text; or
 * `undefined` for any other table.
 */
function objectiveRows(entry: Entry): { ref: string; title: string; rest: string; line: number; column: number }[] | undefined {
  const rows = (entry.rows ?? []).slice(1);
  const out: { ref: string; title: string; rest: string; line: number; column: number }[] = [];
  for (const row of rows) {
    const [first = '', ...others] = cellsOf(row);
    const m = OBJECTIVE_LABEL.exec(first);
    if (m === null || m[0].length >= first.length) return undefined;
    out.push({ ref: m[1] as string, title: first.slice(m[0].length), rest: others.filter((c) => c !== '').join(' '), line: row.line, column: row.cells?.[0]?.column ?? 1 });
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * The repeat an objective's measure of success names ("… from the biennial
 * tenant census", "reported quarterly"): the objective recurs with its
 * measure. `undefined` when the measure names none.
 */
function measureRepeat(measure: string, line: number, column: number, context: InterpretStrategyOptions['context'], diagnostics: Diagnostic[]): Theme['timescale'] {
  const phrase = findRecurrence(measure);
  if (phrase === undefined) return undefined;
  const read = readTimescale(phrase.text, line, column, context);
  if (read.timescale.recurrence === undefined) return undefined;
  for (const d of read.diagnostics) diagnostics.push(d);
  return read.timescale;
}

function ref(document: string | undefined, line: number, column: number): NonNullable<Theme['source']> {
  return document === undefined ? { line, column } : { document, line, column };
}

/**
 * Interprets a prose strategy (a board report with a key–value table, a
 * table of thematic areas, cross-cutting priorities and guiding principles,
 * and a theme → priorities-for-action table) as a {@link Strategy}.
 * The key–value table goes into `metadata` (a row with an empty key
 * continues the one above) and gives `title`, `date` and `owner` (the
 * portfolio lead). A row with an empty first cell continues the row above;
 * a header-less table right after the theme table, with as many columns,
 * continues it. A "Cross cutting priorities" row describes the
 * cross-cutting priorities. A table whose rows each open with an
 * objective's label ("Objective 1: …" | how success is measured) gives a
 * theme per row, numbered, its other cells its `description`. Everything
 * else is kept as body sections. Never throws.
 *
 * @param doc - A source document from a reader (usually markdown).
 * @param options - Date context, document name.
 * @returns The strategy and diagnostics (`theme-count-mismatch` when the theme table and the list of areas disagree).
 * @example
 * ```ts
 * const { data } = interpretStrategy({ format: 'markdown', blocks: [
 *   { type: 'table', line: 1, column: 1, rows: [
 *     { line: 1, cells: [{ text: '2 thematic areas', line: 1, column: 1, paragraphs: [], items: [] }, { text: '1 cross cutting priority', line: 1, column: 20, paragraphs: [], items: [] }] },
 *     { line: 3, cells: [{ text: 'Jobs. Health.', line: 3, column: 1, paragraphs: [], items: [] }, { text: 'Data.', line: 3, column: 20, paragraphs: [], items: [] }] },
 *   ] },
 * ] });
 * data.themes.map((t) => t.title) //=> ['Jobs', 'Health']
 * ```
 * @category Interpreters
 */
export function interpretStrategy(doc: SourceDocument, options: InterpretStrategyOptions = {}): ParseResult<Strategy> {
  return safely('interpret/strategy', () => readStrategy(doc, options ?? {}), () => ({ kind: 'strategy', title: '', themes: [], crossCuttingPriorities: [], principles: [], actions: [], body: [], metadata: {} }));
}

function readStrategy(doc: SourceDocument, options: InterpretStrategyOptions): ParseResult<Strategy> {
  const diagnostics: Diagnostic[] = [];
  const document = options.source;
  const entries = readNodes(doc);
  const metadata: Record<string, string> = {};
  const themes: Theme[] = [];
  const cross: Priority[] = [];
  const principles: Priority[] = [];
  const rest: Entry[] = [];
  let metadataDone = false;
  let metadataLine = 1;
  let areasLine: number | undefined;
  const missionRows: Row[] = [];
  let missionLine: number | undefined;
  let missionColumns = 0;
  let lastWasMission = false;

  for (const entry of entries) {
    if (entry.type !== 'table') {
      rest.push(entry);
      lastWasMission = false;
      continue;
    }
    const rows = entry.rows ?? [];
    if (!metadataDone && !isAreasTable(entry) && !isMissionTable(entry) && isKeyValueTable(entry)) {
      metadataDone = true;
      metadataLine = entry.line;
      let lastKey: string | undefined;
      for (const row of rows) {
        const [key = '', ...values] = cellsOf(row);
        const value = values.filter((v) => v !== '').join(' ');
        if (key === '' && lastKey !== undefined) {
          metadata[lastKey] = fold(`${metadata[lastKey] ?? ''} ${value}`);
        } else if (key === '' && value !== '') {
          // A continuation row with nothing above it to continue (the
          // table's start cut off): its words are kept as body text.
          rest.push({ type: 'paragraph', text: value, line: row.line, column: row.cells[0]?.column ?? entry.column, level: 0, block: entry.block });
        } else if (key !== '') {
          lastKey = key in metadata ? `${key} (${row.line})` : key;
          metadata[lastKey] = value;
        }
      }
      lastWasMission = false;
      continue;
    }
    if (isAreasTable(entry)) {
      areasLine = entry.line;
      const header = cellsOf(rows[0] as TableRow);
      metadata['areasHeading'] = header.join(' | ');
      header.forEach((h, col) => {
        const items: { text: string; line: number; column: number }[] = [];
        for (const row of rows.slice(1)) {
          const cell = (row.cells ?? [])[col];
          if (cell === undefined) continue;
          for (const s of splitSentences(fold(cell.text ?? ''))) items.push({ text: s, line: cell.line, column: cell.column });
        }
        const declared = /^(\d+)\s/.exec(h);
        if (declared !== null && Number(declared[1]) !== items.length) {
          diagnostics.push({
            code: 'count-mismatch',
            severity: 'warning',
            message: `Unexpected ${items.length} items under \`${h}\`, expected ${declared[1] as string}`,
            line: entry.line,
            column: (rows[0]?.cells?.[col]?.column ?? entry.column),
            text: h,
            source: 'interpret/strategy',
          });
        }
        if (/cross[\s-]*cutting/i.test(h)) {
          items.forEach((it, i) => cross.push({ id: `priority-${i + 1}`, title: it.text, priorities: [], source: ref(document, it.line, it.column) }));
        } else if (/principle/i.test(h)) {
          items.forEach((it, i) => principles.push({ id: `principle-${i + 1}`, title: it.text, priorities: [], source: ref(document, it.line, it.column) }));
        } else if (/themat|theme|area/i.test(h)) {
          items.forEach((it, i) => themes.push({ id: `theme-${i + 1}`, title: it.text, priorities: [], source: ref(document, it.line, it.column) }));
        } else {
          metadata[h] = items.map((x) => x.text).join('. ');
        }
      });
      lastWasMission = false;
      continue;
    }
    const missionStart = isMissionTable(entry);
    const continues = !missionStart && lastWasMission && columnCount(entry) === missionColumns;
    if (missionStart || continues) {
      if (missionStart) {
        metadata['prioritiesHeading'] ??= cellsOf(rows[0] as TableRow).join(' | ');
        missionLine ??= entry.line;
        missionColumns = columnCount(entry);
      }
      for (const row of missionStart ? rows.slice(1) : rows) {
        const cells = cellsOf(row);
        if (cells.every((c) => c === '' || /^-+$/.test(c))) continue;
        const last = missionRows[missionRows.length - 1];
        if ((cells[0] ?? '') === '' && last !== undefined) {
          cells.forEach((c, i) => {
            if (c !== '') last.cells[i] = fold(`${last.cells[i] ?? ''} ${c}`);
          });
        } else {
          missionRows.push({ cells, line: row.line, column: row.cells?.[0]?.column ?? 1 });
        }
      }
      lastWasMission = true;
      continue;
    }
    const labelled = objectiveRows(entry);
    if (labelled !== undefined) {
      // A table of objectives ("Objective 1: …" | how success is measured): each row a theme, its other cells its description.
      for (const row of labelled) {
        const theme: Theme = { id: `theme-${themes.length + 1}`, ref: row.ref, title: row.title, priorities: [], source: ref(document, row.line, row.column) };
        if (row.rest !== '') theme.description = row.rest;
        const repeat = measureRepeat(row.rest, row.line, row.column, options.context, diagnostics);
        if (repeat !== undefined) theme.timescale = repeat;
        themes.push(theme);
      }
      lastWasMission = false;
      continue;
    }
    rest.push(entry);
    lastWasMission = false;
  }

  // Theme → priorities for action. Titles are matched against every row: their content
  // words are read once per title, not once per comparison.
  const titleWords = new Map<string, Set<string>>();
  const wordsOf = (title: string): Set<string> => {
    let words = titleWords.get(title);
    if (words === undefined) titleWords.set(title, (words = contentWords(title)));
    return words;
  };
  let themeRows = 0;
  for (const row of missionRows) {
    const [first = '', ...others] = row.cells;
    const actions = splitSentences(others.join(' '));
    if (/^cross[\s-]*cutting/i.test(first)) {
      const labels = first.split(' - ').map((l) => l.trim()).slice(1);
      metadata['crossCuttingRow'] = first;
      actions.forEach((action, i) => {
        const words = contentWords(`${labels[i] ?? ''} ${action}`);
        let target = cross[i];
        let best = 0;
        for (const p of cross) {
          const score = overlap(wordsOf(p.title), words);
          if (score > best) {
            best = score;
            target = p;
          }
        }
        if (target === undefined) {
          target = { id: `priority-${cross.length + 1}`, title: labels[i] ?? action, priorities: [], source: ref(document, row.line, row.column) };
          cross.push(target);
        }
        target.description = target.description === undefined ? action : `${target.description} ${action}`;
        target.priorities.push(action);
      });
      continue;
    }
    themeRows += 1;
    const pieces = splitSentences(first);
    const targets: Theme[] = [];
    pieces.forEach((mission, index) => {
      const words = contentWords(mission);
      let target: Theme | undefined;
      let best = 0;
      for (const t of themes) {
        if (t.mission !== undefined) continue;
        const score = overlap(wordsOf(t.title), words);
        if (score > best) {
          best = score;
          target = t;
        }
      }
      const previous = targets[targets.length - 1];
      if (target === undefined && index > 0 && previous !== undefined) {
        previous.mission = `${previous.mission ?? ''} ${mission}`.trim();
        return;
      }
      if (target === undefined) {
        target = { id: `theme-${themes.length + 1}`, title: mission, priorities: [], source: ref(document, row.line, row.column) };
        themes.push(target);
      }
      target.mission = mission.trim();
      target.source = ref(document, row.line, row.column);
      targets.push(target);
    });
    if (targets.length === 0) continue;
    let current = 0;
    for (const action of actions) {
      if (targets.length > 1) {
        const words = contentWords(action);
        const here = overlap(wordsOf(targets[current]?.title ?? ''), words);
        for (let k = current + 1; k < targets.length; k += 1) {
          if (overlap(wordsOf(targets[k]?.title ?? ''), words) > here) {
            current = k;
            break;
          }
        }
      }
      targets[current]?.priorities.push(action);
    }
  }
  if (missionRows.length > 0 && themes.length > 0 && areasLine !== undefined && themeRows !== themes.length) {
    diagnostics.push({
      code: 'theme-count-mismatch',
      severity: 'warning',
      message: `Unexpected ${themeRows} theme rows in the priorities-for-action table, expected ${themes.length} (one per thematic area)`,
      line: missionLine ?? areasLine,
      column: 1,
      source: 'interpret/strategy',
      note: 'A row holding several missions was split between the areas it names.',
    });
  }

  // The prose: objectives, outcomes and actions under their lead-ins and labels.
  const prose = rest.filter((e): e is Node => e.type !== 'table') as Node[];
  const outline = readOutline(prose, { context: options.context, source: document, vocabulary: options.vocabulary, taken: new Set(themes.map((t) => t.id)) }, diagnostics);
  for (const t of outline.themes) themes.push(t);
  shareThemeTimescales(themes, outline.actions);
  const pairs = keyValues(prose);
  for (const [k, v] of Object.entries(metadataOf(pairs))) if (!Object.hasOwn(metadata, k)) metadata[k] = v;
  const title = Object.entries(metadata).find(([k]) => /title/i.test(k))?.[1] ?? '';
  const data: Strategy = {
    kind: 'strategy',
    title,
    themes,
    crossCuttingPriorities: cross,
    principles,
    actions: outline.actions,
    body: toSections(rest.filter((e) => !placed(outline, e as Node)), { document }),
    metadata,
  };
  const period = documentPeriod(prose, options.context);
  if (period !== undefined) data.period = period;
  const owner = Object.entries(metadata).find(([k]) => /portfolio|lead|owner/i.test(k))?.[1];
  if (owner !== undefined && owner !== '') data.owner = owner;
  const dated = documentDate(prose, pairs);
  if (dated !== undefined) data.date = dated.date;
  const dateEntry = Object.entries(metadata).find(([k]) => /^date$/i.test(k));
  if (dateEntry !== undefined) {
    const own = readDayMonthYear(dateEntry[1]);
    if (own !== undefined) data.date = own;
    else {
      const read = readTimescale(dateEntry[1], metadataLine, 1, options.context);
      const iso = read.timescale.kind === 'date' ? (read.timescale.end ?? read.timescale.start) : undefined;
      if (iso !== undefined) data.date = iso;
      else diagnostics.push({ code: 'invalid-date', severity: 'warning', message: `Unexpected \`${dateEntry[1]}\`, expected a date such as 17 March 2023`, line: metadataLine, text: dateEntry[1], source: 'interpret/strategy' });
    }
  }
  if (data.title === '') {
    const firstHeading = data.body.find((s) => s.heading !== '');
    if (firstHeading !== undefined) data.title = firstHeading.heading;
  }
  const first = entries[0];
  if (first !== undefined) data.source = ref(document, first.line, first.column);
  return { data, diagnostics };
}
