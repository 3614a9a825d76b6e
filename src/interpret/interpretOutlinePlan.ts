import type { Action } from '../model/action.js';
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { ActionPlan, Theme } from '../model/plan.js';
import type { Timescale } from '../model/timescale.js';
import type { SourceDocument } from '../read/types.js';
import type { InterpretOptions } from './types.js';
import { flatten, fold, withMarker, type Entry } from './_prose/entries.js';
import { toSections } from './_prose/sections.js';
import { safely } from './_prose/safe.js';

/**
 * Options of {@link interpretOutlinePlan}: the options every interpreter takes.
 *
 * @example
 * ```ts
 * const o: InterpretOutlinePlanOptions = { source: 'objective-3.txt' };
 * ```
 * @category Interpreters
 */
export type InterpretOutlinePlanOptions = InterpretOptions;

const ACTIONS_REQUIRED = /^(?:actions?|steps?)(?: required| needed| to be taken)?:?$/i;
const BOILERPLATE = /^(?:skip to (?:main )?content|back to top|cookie settings|accept (?:all )?cookies|menu|search|home)$/i;
const DANGLING = new Set(['in', 'on', 'of', 'to', 'the', 'a', 'an', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'as', 'that', 'which', 'is', 'are', 'our', 'their', 'its']);

function ref(document: string | undefined, entry: Entry): NonNullable<Action['source']> {
  return document === undefined ? { line: entry.line, column: entry.column } : { document, line: entry.line, column: entry.column };
}

/** "Scheme 2022-24" → the two financial years it spans. */
function schemePeriod(text: string): Timescale | undefined {
  const m = /\b((?:19|20)\d\d)\s*[-–/]\s*(\d{2}|(?:19|20)\d\d)\b/.exec(text);
  if (m === null) return undefined;
  const from = Number(m[1]);
  const tail = m[2] as string;
  const to = tail.length === 2 ? Math.floor(from / 100) * 100 + Number(tail) : Number(tail);
  if (to <= from || to - from > 10) return undefined;
  return { text: m[0], kind: 'range', start: `${String(from)}-04-01`, end: `${String(to)}-03-31` };
}

function truncated(text: string): boolean {
  const t = fold(text);
  if (/[.!?:;)'"’”]$/.test(t)) return false;
  const last = t.split(' ').pop() ?? '';
  return DANGLING.has(last.toLowerCase());
}

/**
 * Interprets a plain outline action plan (a web page or text: a title, an
 * objective sentence, then for each sub-objective a heading, its aim, an
 * "Actions required" line and one action per paragraph) as an
 * {@link ActionPlan}. Sub-objectives become themes (`aim` set) and each
 * action's `themeIds` names its theme. A period written as "Scheme 2022-24"
 * gives the financial years 2022-04-01..2024-03-31. Web boilerplate ("Skip
 * to main content") is kept in an `info` diagnostic; a sentence that stops
 * mid-way ("…reported on in") is kept and flagged `truncated-text`.
 * Never throws.
 *
 * @param doc - A source document from a reader (text or markdown).
 * @param options - Date context, document name.
 * @returns The plan and diagnostics.
 * @example
 * ```ts
 * const p = (text: string, line: number) => ({ type: 'paragraph' as const, text, line, column: 1 });
 * const { data } = interpretOutlinePlan({ format: 'text', blocks: [
 *   p('Inclusion Action Plan - Objective 1', 1), p('Social Value', 3), p('Deliver equity through procurement', 5),
 *   p('Actions required', 7), p('Include equality in procurement documents', 9),
 * ] });
 * data.themes[0]?.title //=> 'Social Value'
 * data.actions[0]?.themeIds //=> ['theme-1']
 * ```
 * @category Interpreters
 */
export function interpretOutlinePlan(doc: SourceDocument, options: InterpretOutlinePlanOptions = {}): ParseResult<ActionPlan> {
  return safely('interpret/outline-plan', () => readOutline(doc, options ?? {}), () => ({ kind: 'action-plan', title: '', themes: [], actions: [], body: [], metadata: {} }));
}

function readOutline(doc: SourceDocument, options: InterpretOutlinePlanOptions): ParseResult<ActionPlan> {
  const diagnostics: Diagnostic[] = [];
  const document = options.source;
  const all = flatten(doc);
  const entries: Entry[] = [];
  for (const entry of all) {
    if (entry.type !== 'table' && BOILERPLATE.test(fold(entry.text))) {
      diagnostics.push({
        code: 'skipped-boilerplate',
        severity: 'info',
        message: `Unexpected web page text \`${fold(entry.text)}\`, expected plan content; kept here only`,
        line: entry.line,
        column: entry.column,
        text: fold(entry.text),
        source: 'interpret/outline-plan',
      });
      continue;
    }
    entries.push(entry);
  }
  const markers: number[] = [];
  entries.forEach((e, i) => {
    if (e.type !== 'table' && ACTIONS_REQUIRED.test(fold(e.text))) markers.push(i);
  });

  const themes: Theme[] = [];
  const actions: Action[] = [];
  const metadata: Record<string, string> = {};
  const used = new Set<number>();
  // A sub-objective: heading two entries before "Actions required", aim just before.
  const starts = markers.map((m) => Math.max(0, m - 2));
  markers.forEach((m, k) => {
    const headingIndex = m - 2 >= 0 && (k === 0 || m - 2 > (markers[k - 1] as number)) ? m - 2 : -1;
    const aimIndex = m - 1 >= 0 && (k === 0 || m - 1 > (markers[k - 1] as number)) ? m - 1 : -1;
    const heading = headingIndex >= 0 ? entries[headingIndex] : undefined;
    const aim = aimIndex >= 0 ? entries[aimIndex] : undefined;
    const id = `theme-${themes.length + 1}`;
    const theme: Theme = { id, title: heading !== undefined ? fold(heading.text) : `Theme ${themes.length + 1}`, priorities: [] };
    if (aim !== undefined) theme.aim = fold(aim.text);
    const anchor = heading ?? aim ?? entries[m];
    if (anchor !== undefined) theme.source = ref(document, anchor);
    themes.push(theme);
    if (headingIndex >= 0) used.add(headingIndex);
    if (aimIndex >= 0) used.add(aimIndex);
    used.add(m);
    metadata['actionsHeading'] ??= fold((entries[m] as Entry).text);
    const end = k + 1 < markers.length ? (starts[k + 1] as number) : entries.length;
    let last: Entry | undefined;
    for (let i = m + 1; i < end; i += 1) {
      const entry = entries[i] as Entry;
      used.add(i);
      if (entry.type === 'table') {
        for (const row of entry.rows ?? []) {
          const text = (row.cells ?? []).map((c) => fold(c.text ?? '')).filter((c) => c !== '').join(' | ');
          if (text === '') continue;
          actions.push({ ...blankAction(`a${actions.length + 1}`, text, id), source: document === undefined ? { line: row.line } : { document, line: row.line } });
        }
        continue;
      }
      const text = fold(withMarker(entry));
      if (text === '') continue;
      actions.push({ ...blankAction(`a${actions.length + 1}`, text, id), source: ref(document, entry) });
      last = entry;
    }
    if (last !== undefined && truncated(last.text)) {
      diagnostics.push({
        code: 'truncated-text',
        severity: 'warning',
        message: `Unexpected end of text after \`${fold(last.text).split(' ').slice(-3).join(' ')}\`, expected the end of a sentence`,
        line: last.line,
        column: last.column,
        text: fold(last.text),
        path: ['actions', actions.length - 1, 'title'],
        source: 'interpret/outline-plan',
      });
    }
  });

  // Preamble: title, scheme period, objective sentence.
  const firstTheme = starts[0] ?? entries.length;
  const preamble = entries.slice(0, firstTheme).filter((_, i) => !used.has(i));
  let title = '';
  let description: string | undefined;
  let period: Timescale | undefined;
  const leftovers: Entry[] = [];
  for (const entry of preamble) {
    const text = fold(entry.text);
    if (entry.type === 'table') {
      leftovers.push(entry);
    } else if (title === '' && /action plan|objective\s+\d/i.test(text) && text.split(' ').length <= 16) {
      title = text;
      const objective = /objective\s+\w+/i.exec(text);
      if (objective !== null) metadata['objective'] = objective[0];
    } else if (period === undefined && schemePeriod(text) !== undefined && text.split(' ').length <= 10) {
      period = schemePeriod(text);
      metadata['scheme'] = text;
    } else if (description === undefined && text.split(' ').length > 10) {
      description = text;
    } else {
      leftovers.push(entry);
    }
  }
  if (title === '' && leftovers[0] !== undefined && leftovers[0].type !== 'table') title = fold((leftovers.shift() as Entry).text);
  const trailing = entries.filter((_, i) => i >= firstTheme && !used.has(i));
  const data: ActionPlan = {
    kind: 'action-plan',
    title,
    themes,
    actions,
    body: toSections([...leftovers, ...trailing], { document }),
    metadata,
  };
  if (description !== undefined) data.description = description;
  if (period !== undefined) data.period = period;
  const first = all[0];
  if (first !== undefined) data.source = ref(document, first);
  if (markers.length === 0) {
    diagnostics.push({ code: 'no-actions', severity: 'warning', message: 'Unexpected outline without an "Actions required" line, expected sub-objectives with actions', source: 'interpret/outline-plan' });
  }
  return { data, diagnostics };
}

function blankAction(id: string, title: string, themeId: string): Action {
  return {
    id,
    title,
    methods: [],
    leads: [],
    outputs: [],
    milestones: [],
    outcomes: [],
    comments: [],
    indicators: [],
    themeIds: [themeId],
    priorityIds: [],
    recommendationIds: [],
    characteristics: [],
    updates: [],
  };
}
