/**
 * Internal: reading the parts of a cell — list items, paragraphs, labelled
 * leads ("Lead Member: John Hall") and a leading reference number.
 */
import type { ListItem } from '../../model/action.js';
import type { SourceListItem, TableCell, TextSpan } from '../../read/types.js';
import { fold } from './normalize.js';

/**
 * Where each list item was written, depth first as the items are: the
 * reader's item it was read from, or `undefined` when the reader gave none.
 */
export type Spans = (TextSpan | undefined)[];

/** A reader's item as a list item; its span and its children's go to `spans`, depth first. */
function toListItem(item: SourceListItem, spans: Spans | undefined, folded: boolean): ListItem {
  const text = folded ? item.text : fold(item.text);
  spans?.push(item);
  if (item.children.length === 0) return { text };
  const children: ListItem[] = [];
  for (const c of item.children) children.push(toListItem(c, spans, folded));
  return { text, children };
}

/** Splits "Set-up a group responsible for: - costs - venues" into an item with children. */
function itemFromText(text: string): ListItem {
  const colon = text.indexOf(': - ');
  if (colon < 0) return { text: fold(text) };
  const head = fold(text.slice(0, colon + 1));
  const children = text
    .slice(colon + 4)
    .split(' - ')
    .map((t) => fold(t))
    .filter((t) => t !== '')
    .map((t) => ({ text: t }));
  return { text: head, children };
}

/**
 * Adds the items of a list cell to `into`: the reader's items where it
 * found a list, else the text split on `•` bullets (a "…: - a - b" run
 * becomes children), else one item per paragraph. With `spans`, where each
 * added item was written goes there, depth first.
 */
export function addListItems(cell: TableCell, into: ListItem[], spans: Spans | undefined, folded: boolean): void {
  if (cell.items.length > 0) {
    const lead = leadingText(cell);
    if (lead !== '') {
      const text = fold(lead);
      if (text !== '') {
        into.push({ text });
        spans?.push(undefined);
      }
    }
    for (const i of cell.items) into.push(toListItem(i, spans, folded));
    return;
  }
  const text = cell.text.trim();
  if (text === '') return;
  const from = into.length;
  if (text.includes('•')) {
    const pieces = text.split('•');
    for (let k = 0; k < pieces.length; k++) {
      const p = (pieces[k] as string).trim();
      if (p === '') continue;
      if (k === 0 && !text.startsWith('•')) into.push({ text: fold(p) });
      else into.push(itemFromText(p));
    }
  } else for (const p of paragraphsOf(cell, undefined, folded)) into.push(itemFromText(p));
  if (spans !== undefined) {
    for (let k = from; k < into.length; k++) {
      spans.push(undefined);
      const children = (into[k] as ListItem).children;
      if (children !== undefined) for (let c = 0; c < children.length; c++) spans.push(undefined);
    }
  }
}

/** Text written in a list cell before its first item (kept so nothing is lost). */
function leadingText(cell: TableCell): string {
  const first = cell.items[0];
  if (first === undefined) return '';
  const text = cell.text;
  // A cell that opens with a bullet, or with its first item, has nothing before it.
  if (text.charCodeAt(0) === BULLET || startsWithPrefix(text, first.text, 20)) return '';
  const bullet = text.indexOf('•');
  const at = text.indexOf(first.text.slice(0, 20));
  const end = bullet >= 0 && bullet < at ? bullet : at;
  return end > 0 ? text.slice(0, end) : '';
}

/** The bullet `•`. */
const BULLET = 0x2022;

/** Whether `text` starts with the first `n` code units of `of` (all of it when shorter), without slicing. */
function startsWithPrefix(text: string, of: string, n: number): boolean {
  const m = Math.min(n, of.length);
  if (text.length < m) return false;
  for (let i = 0; i < m; i++) if (text.charCodeAt(i) !== of.charCodeAt(i)) return false;
  return true;
}

/** The paragraphs of a cell, or its whole text as one. */
export function paragraphsOf(cell: TableCell | undefined, folded?: string, textsFolded = false): string[] {
  if (cell === undefined) return [];
  // `textsFolded`: the reader vouched the cell's texts are folded (`SourceDocument.folded`).
  const ps: string[] = [];
  // The length of `ps.join(' ')`, without joining.
  let joined = -1;
  for (const p of cell.paragraphs) {
    const t = textsFolded ? p.text : fold(p.text);
    if (t === '') continue;
    ps.push(t);
    joined += t.length + 1;
  }
  // `folded` is `fold(cell.text)` when the caller has it already.
  const whole = folded ?? (textsFolded ? cell.text : fold(cell.text));
  if (ps.length > 0 && whole.length <= joined + 2) return ps;
  return whole === '' ? [] : [whole];
}

/** Adds list items and their children to `into`, depth first. */
export function flattenItems(items: readonly ListItem[], into: ListItem[]): ListItem[] {
  for (const item of items) {
    into.push(item);
    if (item.children) flattenItems(item.children, into);
  }
  return into;
}

const LEAD_LABELS = ['lead members', 'lead member', 'lead officers', 'lead officer', 'responsible officer', 'lead', 'leads', 'led by', 'owner'];

/**
 * Takes labelled leads out of a cell's text: "April 2008 – December 2008
 * Lead Member: John Hall" gives the rest "April 2008 – December 2008" and
 * the leads ["John Hall"]. Several leads after one label are split on
 * commas and semicolons.
 */
export function takeLabelledLeads(text: string): { rest: string; leads: string[] } {
  // Every label ends at a colon.
  if (!text.includes(':')) return { rest: fold(text), leads: [] };
  const lower = text.toLowerCase();
  let best = -1;
  let labelEnd = -1;
  for (const label of LEAD_LABELS) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(label, from);
      if (at < 0) break;
      from = at + 1;
      const before = at === 0 ? ' ' : lower.charAt(at - 1);
      let end = at + label.length;
      while (lower.charAt(end) === ' ') end++;
      if (lower.charAt(end) !== ':' || !/[\s([]/u.test(before)) continue;
      if (best < 0 || at < best) {
        best = at;
        labelEnd = end + 1;
      }
      break;
    }
  }
  if (best < 0) return { rest: fold(text), leads: [] };
  const value = text.slice(labelEnd);
  const leads = splitLeads(value);
  // A second label after the first ("Owner: X Lead: Y"); without a colon there is none.
  if (value.includes(':')) {
    const again = takeLabelledLeads(value);
    if (again.leads.length > 0 && again.rest !== fold(value)) {
      return { rest: fold(`${text.slice(0, best)}`), leads: [...splitLeads(again.rest), ...again.leads] };
    }
  }
  return { rest: fold(text.slice(0, best)), leads };
}

/** The leads in a text that names several, split on commas and semicolons (`split(/[;,]/)`, each folded, empty ones dropped). */
function splitLeads(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 59 && c !== 44) continue;
    }
    const lead = fold(from === 0 && i === text.length ? text : text.slice(from, i));
    if (lead !== '') out.push(lead);
    from = i + 1;
  }
  return out;
}

/** A leading reference ("1.", "2.3", "R4:") taken off a title. */
export function takeRef(text: string): { ref?: string; rest: string } {
  const m = /^\s*([A-Z]{0,3}\d+(?:\.\d+)*)[.):]?\s+(?=\S)/u.exec(text);
  if (!m?.[1]) return { rest: fold(text) };
  return { ref: m[1], rest: fold(text.slice(m[0].length)) };
}
