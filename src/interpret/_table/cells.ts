/**
 * Internal: reading the parts of a cell — list items, paragraphs, labelled
 * leads ("Lead Member: John Hall") and a leading reference number.
 */
import type { ListItem } from '../../model/action.js';
import type { SourceListItem, TableCell } from '../../read/types.js';
import { fold } from './normalize.js';

/** Where list items read from a reader's items were written (one map per interpreter call). */
export type Positions = Map<ListItem, { line: number; column: number }>;

/** Where list items read without a map of their own were written. */
const positions = new WeakMap<ListItem, { line: number; column: number }>();

/** The source position of a list item, when the reader gave one. */
export function positionOf(item: ListItem, map?: Positions): { line: number; column: number } | undefined {
  return map?.get(item) ?? positions.get(item);
}

/** A reader's item as a list item; its position goes to `map` (or is not kept when `map` is `null`). */
function toListItem(item: SourceListItem, map: Positions | null | undefined, folded: boolean): ListItem {
  const text = folded ? item.text : fold(item.text);
  const out: ListItem = item.children.length > 0 ? { text, children: item.children.map((c) => toListItem(c, map, folded)) } : { text };
  if (map !== null) (map ?? positions).set(out, { line: item.line, column: item.column });
  return out;
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
 * The items of a list cell: the reader's items where it found a list, else
 * the text split on `•` bullets (a "…: - a - b" run becomes children), else
 * one item per paragraph.
 */
export function listItemsOf(cell: TableCell | undefined, map?: Positions | null, folded = false): ListItem[] {
  if (cell === undefined) return [];
  if (cell.items.length > 0) {
    const items = cell.items.map((i) => toListItem(i, map, folded));
    const lead = fold(leadingText(cell));
    return lead === '' ? items : [{ text: lead }, ...items];
  }
  const text = cell.text.trim();
  if (text === '') return [];
  if (text.includes('•')) {
    const pieces = text.split('•').map((t) => t.trim());
    const out: ListItem[] = [];
    pieces.forEach((p, k) => {
      if (p === '') return;
      if (k === 0 && !text.startsWith('•')) out.push({ text: fold(p) });
      else out.push(itemFromText(p));
    });
    return out;
  }
  const paragraphs = paragraphsOf(cell, undefined, folded);
  return paragraphs.map((p) => itemFromText(p));
}

/** Text written in a list cell before its first item (kept so nothing is lost). */
function leadingText(cell: TableCell): string {
  const first = cell.items[0];
  if (first === undefined) return '';
  const bullet = cell.text.indexOf('•');
  const at = cell.text.indexOf(first.text.slice(0, 20));
  const end = bullet >= 0 && bullet < at ? bullet : at;
  return end > 0 ? cell.text.slice(0, end) : '';
}

/** The paragraphs of a cell, or its whole text as one. */
export function paragraphsOf(cell: TableCell | undefined, folded?: string, textsFolded = false): string[] {
  if (cell === undefined) return [];
  // `textsFolded`: the reader vouched the cell's texts are folded (`SourceDocument.folded`).
  const ps = cell.paragraphs.map((p) => (textsFolded ? p.text : fold(p.text))).filter((t) => t !== '');
  // `folded` is `fold(cell.text)` when the caller has it already.
  const whole = folded ?? (textsFolded ? cell.text : fold(cell.text));
  // The length of `ps.join(' ')`, without joining.
  let joined = ps.length > 0 ? ps.length - 1 : 0;
  for (const p of ps) joined += p.length;
  if (ps.length > 0 && whole.length <= joined + 2) return ps;
  return whole === '' ? [] : [whole];
}

/** Flattens list items to their texts, depth first. */
export function flattenItems(items: readonly ListItem[]): ListItem[] {
  const out: ListItem[] = [];
  const walk = (list: readonly ListItem[]): void => {
    for (const item of list) {
      out.push(item);
      if (item.children) walk(item.children);
    }
  };
  walk(items);
  return out;
}

const LEAD_LABELS = ['lead members', 'lead member', 'lead officers', 'lead officer', 'responsible officer', 'lead', 'leads', 'led by', 'owner'];

/**
 * Takes labelled leads out of a cell's text: "April 2008 – December 2008
 * Lead Member: John Hall" gives the rest "April 2008 – December 2008" and
 * the leads ["John Hall"]. Several leads after one label are split on
 * commas and semicolons.
 */
export function takeLabelledLeads(text: string): { rest: string; leads: string[] } {
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
  const leads = value
    .split(/[;,]/u)
    .map((l) => fold(l))
    .filter((l) => l !== '');
  const again = takeLabelledLeads(value);
  if (again.leads.length > 0 && again.rest !== fold(value)) {
    return { rest: fold(`${text.slice(0, best)}`), leads: [...splitLeads(again.rest), ...again.leads] };
  }
  return { rest: fold(text.slice(0, best)), leads };
}

function splitLeads(text: string): string[] {
  return text
    .split(/[;,]/u)
    .map((l) => fold(l))
    .filter((l) => l !== '');
}

/** A leading reference ("1.", "2.3", "R4:") taken off a title. */
export function takeRef(text: string): { ref?: string; rest: string } {
  const m = /^\s*([A-Z]{0,3}\d+(?:\.\d+)*)[.):]?\s+(?=\S)/u.exec(text);
  if (!m?.[1]) return { rest: fold(text) };
  return { ref: m[1], rest: fold(text.slice(m[0].length)) };
}
