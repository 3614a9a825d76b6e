/**
 * Internal: the general reading of a prose document's items — themes and
 * objectives, actions, strengths and areas for improvement — from labelled
 * blocks ("Objective 2: …", "Commitment 19" with "Lead" / "When this will
 * happen" fields), from lists and the lead-ins that introduce them ("Our
 * objectives for this theme are:", "Over the next year we will take these
 * actions:", "The assessors found these strengths:"), and from headings.
 * Field labels are read with the same column vocabulary as table headers.
 */
import type { Action } from '../../model/action.js';
import type { ColumnMapping } from '../../model/framework.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Theme } from '../../model/plan.js';
import type { DateContext } from '../types.js';
import { matchHeader } from '../vocabulary.js';
import { uniqueIds } from '../../_lib/unique-ids.js';
import { fold, looksLikeHeading } from '../_prose/entries.js';
import { wordCount } from '../../_lib/white-space.js';
import { readTimescale } from '../_prose/timescale.js';
import { findDeadline } from '../_prose/deadline.js';
import { isDeadlineOnly, trailingDeadline, type Node } from './nodes.js';
import { dueOf, timescaleOf } from './recommendations.js';
import { decisionReason, findRuns, type Run } from './runs.js';

/** What {@link readOutline} found. */
export interface Outline {
  themes: Theme[];
  actions: Action[];
  strengths: string[];
  improvements: string[];
  /** Label lines that announced actions ("Actions required"), as written. */
  labels: string[];
  /** Nodes placed in an item, a theme or a field. */
  used: Set<Node>;
  /**
   * The nodes of `used` placed only in `strengths` or `improvements` (and
   * their lead-ins): a document with nowhere to put findings keeps them in
   * its body.
   */
  assessed: Set<Node>;
}

/** Options of {@link readOutline}. */
export interface OutlineOptions {
  context?: DateContext | undefined;
  source?: string | undefined;
  vocabulary?: readonly ColumnMapping[] | undefined;
  /** Theme ids already given (by a table), not to be given again. */
  taken?: ReadonlySet<string> | undefined;
}

/** "Objective 2: Inclusive services", "Commitment 19", "Action 2.1.4 –", "Equality Objective 1: Data". */
const LABEL = /^(?:(?:equality|equalities|strategic|corporate|key|our)\s+)?(objective|outcome|priority|theme|aim|area|goal|workstream|commitment|action|task|target|recommendation)\s+(\d{1,3}(?:\.\d{1,3})*|[A-Z])(?=$|[\s:.–—-])(?: ?[:.–—-])? ?(.*)$/iu;
const THEME_WORDS = new Set(['objective', 'outcome', 'priority', 'theme', 'aim', 'area', 'goal', 'workstream']);

/** Field labels the column vocabulary does not know, as prose writes them. */
const PROSE_FIELDS: readonly ColumnMapping[] = [
  { field: 'timescale', headers: ['When this will happen', 'When will this happen', 'When', 'Target date', 'Completion date', 'Due date', 'Deadline'] },
  { field: 'progress', headers: ['Our progress', 'Progress so far', 'Progress to date', 'What we have done', 'Update'] },
  { field: 'comments', headers: ['Next steps', 'What happens next', 'What we will do next'] },
  { field: 'leads', headers: ['Lead', 'Lead officer', 'Lead officers', 'Responsible officer', 'Owner', 'Who is responsible'] },
];

/** The field a label names ("Lead", "When this will happen:"), by the column vocabulary. */
function fieldOf(text: string, vocabulary: readonly ColumnMapping[] | undefined): string | undefined {
  const label = fold(text).replace(/[:?]$/u, '').trim();
  if (label === '' || label.split(' ').length > 6) return undefined;
  const fields = matchHeader(label.toLowerCase(), [...PROSE_FIELDS, ...(vocabulary ?? [])]);
  return fields[0];
}

/** Lead-ins that introduce a list of themes or objectives ("The objectives for this theme are:"). */
const THEME_LEAD = /\b(?:following|our|these|the|equality|four|five|six|three|key)\s+(?:[\p{L}-]+\s+){0,2}(?:objectives?|outcomes|areas|priorities|themes|aims)(?:\s+[\p{L}'’.-]+){0,6}?\s+(?:are|is|include|includes|have been|will be)\b/iu;
/** Headings that name a list of objectives ("Equalities Objectives", "Our priorities"). */
const THEME_HEADING = /\b(?:objectives|outcomes|priorities|themes|aims)\s*:?$/iu;
/** Lead-ins that introduce actions ("This year we will take these actions:", "Actions required"). */
const ACTION_LEAD = /\b(?:actions?|steps|activities|deliverables|we will)\b[^.]*(?::|\brequired|\bincludes?)\s*$/iu;
/** A line that only announces actions ("Actions required", "Key actions:"). */
const ACTION_LABEL = /^(?:key\s+|planned\s+|immediate\s+)?(?:actions?|steps?)(?:\s+(?:required|needed|to be taken|planned))?\s*:?$/iu;
const STRENGTH_LEAD = /\b(?:areas? of strength|strengths?|what (?:is|was) working well|good practice)\b/iu;
/** The most words a lead-in to a list of findings has ("The peer team found these areas for improvement:"). */
const MAX_LEAD_WORDS = 40;

const IMPROVEMENT_LEAD = /\b(?:areas? (?:for|of|needing)(?: \w+)? (?:improvement|development|to develop)|improvements?|to develop further|recommendations for improvement)\b/iu;
/** "Community Wellbeing – 8 actions": a theme and the count of its actions. */
const COUNT_TAIL = /^\d{1,4} actions?\.?$/iu;

/** "Community Wellbeing – 8 actions" → the theme's title, or undefined. */
function countedTitle(text: string): string | undefined {
  for (const dash of [' – ', ' — ', ' - ']) {
    const at = text.lastIndexOf(dash);
    if (at > 0 && COUNT_TAIL.test(text.slice(at + dash.length))) return text.slice(0, at);
  }
  return undefined;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'to', 'in', 'for', 'with', 'a', 'an', 'on', 'by', 'or', 'our', 'their', 'its', 'that', 'which', 'from', 'at', 'as']);
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A bare target at the end of an item ("… across the Trust. December 2023"). */
const TRAILING_TARGET = new RegExp(`(?<=^|[\\s.;)])((?:${MONTH}|spring|summer|autumn|winter|q[1-4]) (?:19|20)\\d\\d|(?:19|20)\\d\\d/\\d\\d)$`, 'iu');

function endsComplete(text: string): boolean {
  return /[.;:!?)]$/u.test(text) || TRAILING_TARGET.test(text);
}

/**
 * Whether the last item of a document was cut off: it is the document's
 * last text, it ends on a word such as "of", or its siblings all end a
 * sentence (or with a target date) and it does not.
 */
function isCut(item: Node, siblings: readonly Node[], isLast: boolean): boolean {
  if (!isLast) return false;
  const text = fold(item.text);
  const lastWord = text.split(' ').pop()?.toLowerCase() ?? '';
  if (FUNCTION_WORDS.has(lastWord)) return true;
  const others = siblings.filter((s) => s !== item);
  return others.length >= 2 && others.every((s) => endsComplete(fold(s.text))) && !endsComplete(text);
}

function blankAction(id: string, title: string): Action {
  return { id, title, methods: [], leads: [], outputs: [], milestones: [], outcomes: [], comments: [], indicators: [], themeIds: [], priorityIds: [], recommendationIds: [], characteristics: [], updates: [] };
}

function ref(node: Node, document: string | undefined): NonNullable<Action['source']> {
  return document === undefined ? { line: node.line, column: node.column } : { document, line: node.line, column: node.column };
}

/** Splits "Corporate Strategy / Equality Lead", "HR and OD" into leads, each kept as written. */
function leadsOf(text: string): string[] {
  return fold(text)
    .replace(/\.$/u, '')
    .split(/ ?[/;,] ?| and /u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads the items of a prose document. */
export function readOutline(nodes: readonly Node[], options: OutlineOptions, diagnostics: Diagnostic[]): Outline {
  const out: Outline = { themes: [], actions: [], strengths: [], improvements: [], labels: [], used: new Set(), assessed: new Set() };
  const document = options.source;
  const lastText = [...nodes].reverse().find((n) => n.type !== 'table' && fold(n.text) !== '');
  const themeId = uniqueIds(options.taken);
  const newTheme = (title: string, node: Node, extra: Partial<Theme> = {}): Theme => {
    const id = themeId(extra.ref !== undefined ? `theme-${extra.ref}` : `theme-${out.themes.length + 1}`);
    const theme: Theme = { id, title, priorities: [], ...extra, source: ref(node, document) };
    out.themes.push(theme);
    return theme;
  };
  const newAction = (written: string, node: Node, theme: Theme | undefined, own?: string): Action => {
    // "Audit the website By June 2025": the deadline line a reader joined to the item.
    const tail = node.due === undefined && node.type === 'item' ? trailingDeadline(written) : undefined;
    const title = tail === undefined ? written : tail.title;
    const action = blankAction(`a${out.actions.length + 1}`, title);
    if (own !== undefined) action.ref = own;
    if (theme !== undefined) action.themeIds.push(theme.id);
    action.source = ref(node, document);
    const path = ['actions', out.actions.length, 'timescale'];
    const trailing = TRAILING_TARGET.exec(title);
    const t =
      (node.due === undefined ? undefined : dueOf(node.due, options.context, diagnostics, path)) ??
      (tail === undefined ? undefined : readTimescale(tail.due, node.line, node.column, options.context).timescale) ??
      timescaleOf(title, node, options.context, diagnostics, path) ??
      (trailing === null ? undefined : readTimescale(trailing[1] as string, node.line, node.column, options.context).timescale);
    if (t !== undefined) action.timescale = t;
    out.actions.push(action);
    return action;
  };

  // 1. Labelled blocks: "Commitment 19" / title / "Lead" / value / "When this will happen" / value …
  let theme: Theme | undefined;
  let action: Action | undefined;
  let field: string | undefined;
  /** The label node of a theme just opened, until something other than its fields follows. */
  let themeLabel: Node | undefined;
  const setField = (name: string, text: string, node: Node): void => {
    if (action === undefined) return;
    const value = fold(text);
    if (value === '') return;
    if (name === 'leads') for (const l of leadsOf(value)) action.leads.push(l);
    else if (name === 'timescale') {
      // A when-field is a timescale phrase as a whole ("March 2026"), or a sentence that names one.
      const path = ['actions', out.actions.indexOf(action), 'timescale'];
      const t = isDeadlineOnly(value) ? dueOf(node, options.context, diagnostics, path) : timescaleOf(value, node, options.context, diagnostics, path);
      if (t !== undefined && action.timescale === undefined) action.timescale = t;
      else if (t !== undefined) action.milestones.push({ text: value, timescale: t });
      action.comments.push(value);
    } else action.comments.push(value);
  };
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as Node;
    if (node.type === 'table') continue;
    const text = fold(node.text);
    const label = node.type === 'item' && node.family !== 'bullet' && node.family !== 'none' ? null : LABEL.exec(text);
    if (label !== null && label !== undefined && (label[3] !== '' || node.type !== 'item')) {
      const word = (label[1] as string).toLowerCase();
      let title = (label[3] as string).trim();
      out.used.add(node);
      if (title === '') {
        const next = nodes[i + 1];
        if (next !== undefined && next.type !== 'table' && !LABEL.test(fold(next.text)) && fieldOf(next.text, options.vocabulary) === undefined) {
          title = fold(next.text);
          out.used.add(next);
          i += 1;
        }
      }
      if (THEME_WORDS.has(word)) {
        // "Theme 2 – 4 actions": the label is the title, the count its description.
        const counted = COUNT_TAIL.test(title) ? countedTitle(text) : undefined;
        theme = newTheme(counted ?? (title === '' ? text : title), node, counted === undefined ? { ref: label[2] as string } : { ref: label[2] as string, description: text });
        themeLabel = node;
        action = undefined;
      } else {
        action = newAction(title === '' ? text : title, node, theme, label[2] as string);
      }
      field = undefined;
      continue;
    }
    if (node.type === 'item' && action === undefined) themeLabel = undefined;
    if (action === undefined && themeLabel === undefined) continue;
    if (node.type === 'heading' || node.type === 'paragraph') {
      const kv = /^([^:]{2,40}):\s+(\S.*)$/u.exec(text);
      const named = fieldOf(text, options.vocabulary);
      // Fields right under an objective ("Objective 2: …" / "Lead officer: …" / "Target date: …"):
      // the objective is tracked as an action of its own theme.
      if (action === undefined && theme !== undefined && themeLabel !== undefined && (named !== undefined || (kv !== null && fieldOf(kv[1] as string, options.vocabulary) !== undefined))) {
        action = newAction(theme.title, themeLabel, theme, theme.ref);
      }
      themeLabel = undefined;
      if (action === undefined) continue;
      if (named !== undefined) {
        field = named;
        out.used.add(node);
        continue;
      }
      if (kv !== null) {
        const f = fieldOf(kv[1] as string, options.vocabulary);
        if (f !== undefined) {
          setField(f, kv[2] as string, node);
          out.used.add(node);
          field = undefined;
          continue;
        }
      }
      if (field !== undefined) {
        setField(field, text, node);
        out.used.add(node);
        continue;
      }
      if (node.type === 'heading' && node.depth !== undefined && node.depth <= 2) action = undefined;
    }
  }

  // An action whose block names no date in a "when" field takes the deadline its other fields name
  // ("We aim to halve the gap by 2030").
  for (const a of out.actions) {
    if (a.timescale !== undefined) continue;
    for (const comment of a.comments) {
      const phrase = findDeadline(comment);
      if (phrase === undefined) continue;
      const t = readTimescale(phrase.text, a.source?.line ?? 1, a.source?.column ?? 1, options.context).timescale;
      if (t.kind !== 'unknown') {
        a.timescale = t;
        break;
      }
    }
  }

  // 2. A label line ("Actions required", "Key actions") followed by one action a paragraph, under a
  //    heading that names the theme, with the theme's aim between the two.
  const labels: number[] = [];
  nodes.forEach((n, i) => {
    if (n.type !== 'table' && n.type !== 'item' && !out.used.has(n) && ACTION_LABEL.test(fold(n.text))) labels.push(i);
  });
  const themeAt = labels.map((i, m) => themeLine(nodes, i, m === 0 ? -1 : (labels[m - 1] as number), out.used));
  labels.forEach((i, m) => {
    const label = nodes[i] as Node;
    const next = labels[m + 1];
    const stop = next === undefined ? nodes.length : (themeAt[m + 1] ?? next) >= 0 ? Math.min(themeAt[m + 1] as number, next) : next;
    const following: Node[] = [];
    for (let j = i + 1; j < stop; j += 1) {
      const n = nodes[j] as Node;
      if (n.type === 'heading' || n.type === 'table' || out.used.has(n)) break;
      following.push(n);
    }
    if (following.length === 0) return;
    const k = themeAt[m] as number;
    const heading = k >= 0 ? (nodes[k] as Node) : undefined;
    let owner = themeBefore(out.themes, { items: [label], start: i });
    if (heading !== undefined) {
      const aim = nodes.slice(k + 1, i).filter((n) => n.type === 'paragraph');
      const extra: Partial<Theme> = {};
      if (aim.length > 0) extra.aim = aim.map((n) => fold(n.text)).join(' ');
      owner = newTheme(fold(heading.text), heading, extra);
      out.used.add(heading);
      for (const n of aim) out.used.add(n);
    }
    out.used.add(label);
    out.labels.push(fold(label.text));
    for (const n of following) {
      if (isCut(n, following, n === lastText)) {
        cut(n);
        continue;
      }
      out.used.add(n);
      const text = fold(n.text);
      newAction(n.type === 'item' && n.family !== 'bullet' && n.marker !== undefined ? `${n.marker} ${text}` : text, n, owner);
      const words = text.split(' ');
      if (FUNCTION_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) {
        diagnostics.push({
          code: 'truncated-text',
          severity: 'warning',
          message: `Unexpected end of text after \`${words.slice(-3).join(' ')}\`, expected the end of a sentence`,
          line: n.line,
          column: n.column,
          text,
          path: ['actions', out.actions.length - 1, 'title'],
          source: 'interpret/outline',
        });
      }
    }
  });

  // 3. Lists under lead-ins.
  const runs = findRuns(nodes);
  const themeRuns: Run[] = [];
  for (const run of runs) {
    if (run.items.some((n) => out.used.has(n)) || decisionReason(run) !== undefined) continue;
    const lead = run.leadIn;
    const leadText = lead === undefined ? '' : fold(lead.text);
    // A lead-in introduces its list in a line or two; a long paragraph that mentions "improvements" is prose.
    const shortLead = wordCount(leadText) <= MAX_LEAD_WORDS;
    const counted = run.items.filter((n) => countedTitle(fold(n.text)) !== undefined).length;
    // A heading naming objectives, just above the list or above its one-paragraph lead-in.
    const near = run.heading !== undefined && (run.heading === lead || run.start - nodes.indexOf(run.heading) <= 2);
    const headingTheme = near && run.heading !== undefined && THEME_HEADING.test(fold(run.heading.text));
    if (shortLead && STRENGTH_LEAD.test(leadText)) for (const n of run.items) take(n, out.strengths);
    else if (shortLead && IMPROVEMENT_LEAD.test(leadText)) for (const n of run.items) take(n, out.improvements);
    else if (counted * 2 > run.items.length || THEME_LEAD.test(leadText) || headingTheme) themeRuns.push(run);
    else if (ACTION_LEAD.test(leadText)) {
      const owner = themeBefore(out.themes, run);
      run.items.forEach((n) => {
        if (isCut(n, run.items, n === lastText)) return cut(n);
        out.used.add(n);
        newAction(fold(n.text), n, owner);
      });
      if (lead !== undefined) out.used.add(lead);
    }
  }
  // Themes: under one heading each, the headings are the themes and the items their objectives.
  const headings = new Set(themeRuns.map((r) => r.heading).filter((h): h is Node => h !== undefined));
  const nested = themeRuns.length >= 2 && headings.size === themeRuns.length;
  for (const run of themeRuns) {
    let parent: Theme | undefined;
    if (nested && run.heading !== undefined) {
      parent = newTheme(fold(run.heading.text), run.heading);
      out.used.add(run.heading);
    }
    if (run.leadIn !== undefined && run.leadIn !== run.heading) out.used.add(run.leadIn);
    for (const n of run.items) {
      if (isCut(n, run.items, n === lastText)) {
        cut(n);
        continue;
      }
      out.used.add(n);
      const text = fold(n.text);
      const counted = countedTitle(text);
      const extra: Partial<Theme> = {};
      if (parent !== undefined) extra.parentId = parent.id;
      if (n.ref !== undefined && n.family !== 'bullet') extra.ref = n.ref;
      if (counted !== undefined) extra.description = text;
      newTheme(counted ?? text.replace(/;$/u, ''), n, extra);
    }
  }
  return out;

  function markLead(n: Node): void {
    const run = runs.find((r) => r.items.includes(n));
    if (run?.leadIn !== undefined) {
      out.used.add(run.leadIn);
      out.assessed.add(run.leadIn);
    }
  }
  function take(n: Node, into: string[]): void {
    out.used.add(n);
    out.assessed.add(n);
    if (n.type === 'item' && n !== undefined) markLead(n);
    into.push(fold(n.text));
  }
  function cut(n: Node): void {
    diagnostics.push({
      code: 'truncated-text',
      severity: 'warning',
      message: `Unexpected end of text after \`${fold(n.text).split(' ').slice(-3).join(' ')}\`, expected the end of an item; not read as an item`,
      line: n.line,
      column: n.column,
      text: fold(n.text),
      source: 'interpret/outline',
    });
  }
}

/**
 * Where the theme of an action label starts: the nearest heading just above
 * it, else a short heading-like line two above (the aim between), else the
 * line just above; -1 if none. Never reaches back to `floor` (the previous
 * label) or a node already placed.
 */
function themeLine(nodes: readonly Node[], i: number, floor: number, used: ReadonlySet<Node>): number {
  const free = (h: number): boolean => h > floor && h >= 0 && !used.has(nodes[h] as Node) && (nodes[h] as Node).type !== 'table';
  for (let h = i - 1; h >= i - 4 && free(h); h -= 1) if ((nodes[h] as Node).type === 'heading') return h;
  const two = nodes[i - 2];
  const one = nodes[i - 1];
  if (free(i - 2) && free(i - 1) && two?.type === 'paragraph' && looksLikeHeading(two.text)) return i - 2;
  if (free(i - 1) && one?.type === 'paragraph' && looksLikeHeading(one.text)) return i - 1;
  return -1;
}

/** The theme whose labelled block a run sits in: the last theme opened before it. */
function themeBefore(themes: readonly Theme[], run: Run): Theme | undefined {
  const line = run.items[0]?.line ?? 0;
  let found: Theme | undefined;
  for (const t of themes) if ((t.source?.line ?? 0) <= line) found = t;
  return found;
}

/** Whether `node` was placed by `outline` somewhere other than its findings (strengths, improvements). */
export function placed(outline: Outline, node: Node): boolean {
  return outline.used.has(node) && !outline.assessed.has(node);
}
