import type { Action } from '../model/action.js';
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import type { ActionPlan } from '../model/plan.js';
import type { Timescale } from '../model/timescale.js';
import type { SourceDocument } from '../read/types.js';
import type { InterpretOptions } from './types.js';
import { fold, withMarker, type Entry } from './_prose/entries.js';
import { readNodes, type Node } from './_structure/nodes.js';
import { placed, readOutline as readStructure } from './_structure/outline.js';
import { documentDate, documentPeriod, keyValues, metadataOf } from './_structure/documentFacts.js';
import { toSections } from './_prose/sections.js';
import { safely } from './_prose/safe.js';
import { shareThemeTimescales } from './_structure/themeTimescales.js';

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

const BOILERPLATE = /^(?:skip to (?:main )?content|back to top|cookie settings|accept (?:all )?cookies|menu|search|home)$/i;

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
  const all = readNodes(doc);
  const entries: Node[] = [];
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
  const prose = entries.filter((e) => e.type !== 'table');
  const pairs = keyValues(prose);
  const dated = documentDate(prose, pairs);
  const context = options.context ?? (dated === undefined ? undefined : { anchor: dated.date });
  const outline = readStructure(prose, { context, source: document, vocabulary: options.vocabulary }, diagnostics);
  const { themes, actions } = outline;
  shareThemeTimescales(themes, actions);
  const metadata: Record<string, string> = metadataOf(pairs);
  if (outline.labels[0] !== undefined) metadata['actionsHeading'] = outline.labels[0];

  // Preamble: title, scheme period, objective sentence — what stands before the first item.
  const firstUsed = entries.findIndex((e) => placed(outline, e));
  const preamble = entries.slice(0, firstUsed < 0 ? entries.length : firstUsed);
  let title = '';
  let description: string | undefined;
  let period: Timescale | undefined;
  const leftovers: Entry[] = [];
  for (const entry of preamble) {
    const text = fold(entry.text);
    if (entry.type === 'table') {
      leftovers.push(entry);
    } else if (title === '' && /action plan|objective\s+\d/i.test(text) && text.split(' ').length <= 16) {
      title = fold(withMarker(entry));
      const objective = /objective\s+\w+/i.exec(text);
      if (objective !== null) metadata['objective'] = objective[0];
    } else if (period === undefined && schemePeriod(text) !== undefined && text.split(' ').length <= 10) {
      period = schemePeriod(text);
      metadata['scheme'] = text;
    } else if (description === undefined && text.split(' ').length > 10 && firstUsed >= 0) {
      description = fold(withMarker(entry));
    } else {
      leftovers.push(entry);
    }
  }
  if (title === '' && leftovers[0] !== undefined && leftovers[0].type !== 'table') title = fold(withMarker(leftovers.shift() as Entry)); // its marker too ("R3 That …"): a word written
  period ??= documentPeriod(prose, options.context);
  const trailing = entries.slice(preamble.length).filter((e) => !placed(outline, e));
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
  if (actions.length === 0 && themes.length === 0) {
    diagnostics.push({ code: 'no-actions', severity: 'warning', message: 'Unexpected outline without actions or themes, expected labelled actions ("Action 1", "Commitment 19"), a list under "Actions required" or "The actions we will take include:", or themes with their actions', source: 'interpret/outline-plan' });
  }
  return { data, diagnostics };
}
