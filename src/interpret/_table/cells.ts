/**
 * Internal: reading the parts of a cell — list items, paragraphs, labelled
 * leads ("Lead Member: John Hall") and a leading reference number.
 */
import type { ListItem } from '../../model/action.js';
import type { SourceListItem, TableCell, TextSpan } from '../../read/types.js';
import { findDeadline, type DeadlinePhrase } from './deadlines.js';
import { fold } from './normalize.js';

/**
 * An item with a deadline ("Event hosted by April 2009"), noted as it is
 * read: the item, where the reader says it was written (if it does), and
 * its deadline; `undefined` for an item whose text is not a string (a
 * malformed document), which fails where the milestones are made.
 */
export interface DatedItem {
  item: ListItem;
  at: TextSpan | undefined;
  deadline: DeadlinePhrase | undefined;
}

/** Notes `item` in `dated` if it has a deadline (or a text that is not a string). */
function noteDeadline(item: ListItem, at: TextSpan | undefined, dated: DatedItem[]): void {
  if (typeof item.text !== 'string') {
    dated.push({ item, at, deadline: undefined });
    return;
  }
  const deadline = findDeadline(item.text);
  if (deadline !== undefined) dated.push({ item, at, deadline });
}

/** A reader's item as a list item; with `dated`, it and its children are noted there, depth first. */
function toListItem(item: SourceListItem, dated: DatedItem[] | undefined, folded: boolean): ListItem {
  const out: ListItem = { text: folded ? item.text : fold(item.text) };
  if (dated !== undefined) noteDeadline(out, item, dated);
  if (item.children.length > 0) out.children = item.children.map((c) => toListItem(c, dated, folded));
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
 * Adds the items of a list cell to `into`: the reader's items where it
 * found a list, else the text split on `•` bullets (a "…: - a - b" run
 * becomes children), else one item per paragraph. With `dated`, the added
 * items with a deadline are noted there, depth first.
 */
export function addListItems(cell: TableCell, into: ListItem[], dated: DatedItem[] | undefined, folded: boolean): void {
  if (cell.items.length > 0) {
    const lead = leadingText(cell);
    if (lead !== '') {
      const text = fold(lead);
      if (text !== '') {
        const item: ListItem = { text };
        into.push(item);
        if (dated !== undefined) noteDeadline(item, undefined, dated);
      }
    }
    for (const i of cell.items) into.push(toListItem(i, dated, folded));
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
  if (dated !== undefined) {
    for (let k = from; k < into.length; k++) {
      const item = into[k] as ListItem;
      noteDeadline(item, undefined, dated);
      if (item.children !== undefined) for (const c of item.children) noteDeadline(c, undefined, dated);
    }
  }
}

/** Text written in a list cell before its first item (kept so nothing is lost). */
function leadingText(cell: TableCell): string {
  const first = cell.items[0];
  if (first === undefined) return '';
  const text = cell.text;
  // (A malformed document's item text that is not a string fails here, as it always did.)
  if (typeof first.text !== 'string') throw new TypeError(`Unexpected list item text of type ${typeof first.text}, expected a string`);
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
  // The first label (in any case) followed by spaces and a colon, after white space, "(" or "["
  // or at the start. Labels are read as in the lower-cased text, whose offsets slice the text;
  // only "İ" lower-cases to two characters, so without one the text itself is read, each
  // letter lower-cased as it is compared. A label cannot span a colon, so the first colon
  // that ends one ends the first.
  const lower = text.includes('\u0130') ? text.toLowerCase() : text;
  let best = -1;
  let labelEnd = -1;
  for (let colon = lower.indexOf(':'); colon >= 0 && best < 0; colon = lower.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && lower.charCodeAt(end - 1) === 32) end--;
    for (const label of LEAD_LABELS) {
      const at = end - label.length;
      if (at < 0 || !equalsLowerAt(lower, at, label)) continue;
      if (at > 0 && !/[\s([]/u.test(lower.charAt(at - 1))) continue;
      best = at;
      labelEnd = colon + 1;
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

/**
 * Whether `text` at `at` reads `lower` (lower-case ASCII letters and
 * spaces), ASCII letters compared in lower case. No other character
 * lower-cases to one of a label's letters (only the Kelvin sign lower-cases
 * to ASCII, to "k", which no label holds).
 */
function equalsLowerAt(text: string, at: number, lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
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

/**
 * The leads a lead cell names, each as written: one per paragraph ("Head of
 * HR" / "Equality Lead" / "Executive" on three lines), then split on a
 * spaced slash ("Head of HR / Equality Lead") and on commas when the parts
 * read as a list ("AB, CD, Executive"): not when a part goes on with "and"
 * or a lower-case word, as a role's own commas do ("Director of Place,
 * Planning and Regeneration" is one lead).
 */
export function splitLeadCell(cell: TableCell, text: string, folded: boolean): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphsOf(cell, text, folded)) {
    // Paragraphs are folded: a spaced slash is " / ".
    for (const part of paragraph.split(' / ')) {
      const pieces = part
        .split(/[,;]/u)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const list = pieces.length > 1 && pieces.every((p) => /^[\p{Lu}\d(]/u.test(p) && !/(?:^|\s)(?:and|&)(?:\s|$)/iu.test(p));
      for (const p of list ? pieces : [part]) {
        const lead = fold(p);
        if (lead !== '') out.push(lead);
      }
    }
  }
  return out;
}
