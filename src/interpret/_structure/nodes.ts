/**
 * Internal: the neutral structure every prose interpreter reads — the
 * document's entries (headings, paragraphs, list items, tables) with each
 * list marker's family and ordinal, and enumerations written inline
 * ("Resolved – (a) That …; (b) that …") split into items of their own.
 */
import type { SourceDocument } from '../../read/types.js';
import { flatten, fold, type Entry } from '../_prose/entries.js';
import { parseTimescale } from '../../timescale/parseTimescale.js';

/** The family of a list marker: what kind of counting it does. */
export type MarkerFamily = 'R' | 'arabic' | 'decimal' | 'roman' | 'letter' | 'bullet' | 'none';

/** An entry of the structure. */
export interface Node extends Entry {
  /** The marker's family. */
  family: MarkerFamily;
  /** The marker's shape (`(1)`, `1)`, `1.`, `a)`, `•`): items of one run share it. */
  shape: string;
  /** The marker's position in its counting (1 for `1.`, `a)`, `(i)`), if it counts. */
  ordinal?: number;
  /** The marker without its punctuation (`1`, `a`, `ii`, `R4`, `61.1`). */
  ref?: string;
  /** True for a node made by splitting an inline enumeration. */
  inline?: boolean;
  /** A line under this item that holds only its deadline ("By June 2025"). */
  due?: Node;
}

const DATED_KINDS = new Set(['date', 'month', 'season', 'quarter', 'year', 'financial-year', 'range']);
const DEADLINE_START = /^(?:by|before|in|during|from|until|end|due|deadline|target|timescale|when|early|mid|late|spring|summer|autumn|winter|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/iu;

/** Whether a line holds only a deadline ("By June 2025", "Target: March 2024", "2024/25"). */
export function isDeadlineOnly(text: string): boolean {
  const t = fold(text);
  if (t === '' || t.split(' ').length > 8 || !DEADLINE_START.test(t)) return false;
  const read = parseTimescale(t.replace(/^(?:due|deadline|target(?: date)?|timescale|when)\s*:?\s*/iu, ''));
  return DATED_KINDS.has(read.kind) && read.end !== undefined;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(s: string): number | undefined {
  let total = 0;
  let prev = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const v = ROMAN[s[i] as string];
    if (v === undefined) return undefined;
    if (v < prev) total -= v;
    else {
      total += v;
      prev = v;
    }
  }
  return total;
}

function isRomanWord(s: string): boolean {
  return /^[ivxlc]+$/u.test(s) && (s.length > 1 || s === 'i');
}

/** The family, shape, ordinal and bare ref of a marker as written. */
export function classify(marker: string | undefined, previous?: Node): Pick<Node, 'family' | 'shape' | 'ordinal' | 'ref'> {
  if (marker === undefined || marker === '') return { family: 'none', shape: '' };
  const m = marker.trim();
  const r = /^(R)(\d+)[.:)]?$/iu.exec(m);
  if (r !== null) return { family: 'R', shape: 'R', ordinal: Number(r[2]), ref: `R${r[2] as string}` };
  const dec = /^(\d+(?:\.\d+)+)[.)]?$/u.exec(m);
  if (dec !== null) {
    const parts = (dec[1] as string).split('.');
    return { family: 'decimal', shape: `1${'.1'.repeat(parts.length - 1)}`, ordinal: Number(parts[parts.length - 1]), ref: dec[1] as string };
  }
  const body = /^(\()?(\d+|[a-z]+|[A-Z]+)([.):])?$/u.exec(m);
  if (body !== null && (body[1] !== undefined || body[3] !== undefined || /^\d+$/u.test(body[2] as string))) {
    const open = body[1] ?? '';
    const close = body[3] ?? '';
    const inner = body[2] as string;
    const style = `${open}${close}`;
    if (/^\d+$/u.test(inner)) return { family: 'arabic', shape: `${open}1${close}`, ordinal: Number(inner), ref: inner };
    const lower = inner.toLowerCase();
    // A lone i/v/x/c is a letter when it carries on a run of letters ("(h)" then "(i)"), else roman.
    const continuesLetters = previous?.family === 'letter' && previous.shape.toLowerCase() === `${open}a${close}` && previous.ordinal === lower.charCodeAt(0) - 96 - 1;
    if (isRomanWord(lower) && !continuesLetters && (lower.length > 1 || lower === 'i' || previous?.family === 'roman')) {
      return { family: 'roman', shape: `${open}${inner === lower ? 'i' : 'I'}${close}`, ordinal: romanValue(lower) as number, ref: inner };
    }
    if (inner.length === 1) return { family: 'letter', shape: `${open}${inner === lower ? 'a' : 'A'}${close}`, ordinal: lower.charCodeAt(0) - 96, ref: inner };
    return { family: 'none', shape: style };
  }
  return { family: 'bullet', shape: m };
}

/** Inline markers: `(a)`, `a)`, `(i)`, `(1)`, `1)` after a space or the start, before a space. */
const INLINE = /(^|[\s;:,–—-])(\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})\))(?=\s)/gu;

/** Words after which a single inline marker opens an enumeration ("RESOLVED a) That …"). */
const DECISION_WORD = /\b(?:resolved|agreed|recommend(?:s|ed|ations?)?|decided|decision)\b/iu;

interface Cut {
  at: number;
  end: number;
  marker: string;
}

/** The inline enumeration in `text`: ordered markers starting at the first ordinal. */
function inlineCuts(text: string): Cut[] {
  const found: Cut[] = [];
  INLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE.exec(text)) !== null) {
    const at = m.index + (m[1] as string).length;
    found.push({ at, end: at + (m[2] as string).length, marker: m[2] as string });
  }
  if (found.length === 0) return [];
  // Keep the first ordered run that starts at ordinal 1.
  for (let i = 0; i < found.length; i += 1) {
    const first = classify((found[i] as Cut).marker);
    if (first.ordinal !== 1 || first.family === 'none') continue;
    const run: Cut[] = [found[i] as Cut];
    let prev = { family: first.family, shape: first.shape, ordinal: first.ordinal } as Node;
    for (let j = i + 1; j < found.length; j += 1) {
      const c = classify((found[j] as Cut).marker, prev);
      if (c.family === prev.family && c.shape === prev.shape && c.ordinal === (prev.ordinal ?? 0) + 1) {
        run.push(found[j] as Cut);
        prev = { ...prev, ...c } as Node;
      }
    }
    const before = text.slice(0, run[0]?.at ?? 0);
    if (run.length >= 2 || DECISION_WORD.test(before)) return run;
  }
  return [];
}

/** Splits an entry holding an inline enumeration into its lead-in and its items. */
function split(entry: Entry): Entry[] | undefined {
  if (entry.type !== 'paragraph' && entry.type !== 'item') return undefined;
  const text = fold(entry.text);
  const cuts = inlineCuts(text);
  if (cuts.length === 0) return undefined;
  const out: Entry[] = [];
  const lead = text.slice(0, (cuts[0] as Cut).at).trim();
  if (lead !== '') {
    const head: Entry = { ...entry, type: 'paragraph', text: lead };
    delete head.marker;
    out.push(head);
  }
  cuts.forEach((cut, k) => {
    const next = cuts[k + 1];
    const body = text.slice(cut.end, next === undefined ? text.length : next.at).trim();
    const item: Entry = { type: 'item', text: body, line: entry.line, column: entry.column + cut.at, level: entry.level, block: entry.block, marker: cut.marker };
    out.push(item);
  });
  return out;
}

/** A reference written at the start of the text ("R4 That …", "Recommendation 6: …"): the item's real marker. */
const TEXT_REF = /^(?:(R\d+)|Recommendation\s+(\d+))[.:)]?\s+(?=\S)/iu;

function withTextRef(entry: Entry): Entry {
  if (entry.type !== 'item' && entry.type !== 'paragraph') return entry;
  if (entry.type === 'item' && /^R\d+/iu.test(entry.marker ?? '')) return entry;
  const m = TEXT_REF.exec(entry.text.trimStart());
  if (m === null) return entry;
  const marker = m[1] !== undefined ? (m[1] as string).toUpperCase() : `R${m[2] as string}`;
  return { ...entry, type: 'item', marker, text: entry.text.trimStart().slice(m[0].length) };
}

const TRIGGERS = new Set(['By', 'Due', 'Deadline', 'Deadline:', 'Target', 'Target:', 'Before', 'During']);

/**
 * A deadline written on its own line under an item but joined to it by a
 * reader that folds wrapped lines ("Audit the website By June 2025"): a
 * capitalised "By …" tail that holds only a deadline. Returns the item's own
 * words and the deadline, or undefined.
 */
export function trailingDeadline(text: string): { title: string; due: string } | undefined {
  const words = fold(text).split(' ');
  for (let i = Math.max(1, words.length - 8); i < words.length; i += 1) {
    if (!TRIGGERS.has(words[i] as string)) continue;
    const due = words.slice(i).join(' ');
    if (isDeadlineOnly(due)) return { title: words.slice(0, i).join(' '), due };
  }
  return undefined;
}

/**
 * The node of an entry: its fields and its marker's, set one by one in a
 * fixed order. (Spreading the two objects, whose optional fields vary, made
 * objects V8 keeps as dictionaries: 7 µs a node, and more per node the longer
 * the document — a list of 11,000 items took 80 ms here, 2 ms now.)
 */
function nodeOf(part: Entry, c: Pick<Node, 'family' | 'shape' | 'ordinal' | 'ref'>): Node {
  const node: Node = { type: part.type, text: part.text, line: part.line, column: part.column, level: part.level, block: part.block, family: c.family, shape: c.shape };
  if (part.depth !== undefined) node.depth = part.depth;
  if (part.marker !== undefined) node.marker = part.marker;
  if (part.rows !== undefined) node.rows = part.rows;
  if (c.ordinal !== undefined) node.ordinal = c.ordinal;
  if (c.ref !== undefined) node.ref = c.ref;
  return node;
}

/** The structure of a source document: its entries in order, classified. */
export function readNodes(doc: SourceDocument): Node[] {
  const out: Node[] = [];
  const last: (Node | undefined)[] = [];
  for (const raw of flatten(doc)) {
    const entry = withTextRef(raw);
    const parts = split(entry) ?? [entry];
    for (const part of parts) {
      const prev = part.type === 'item' ? last[part.level] : undefined;
      const node = nodeOf(part, classify(part.type === 'item' ? part.marker : undefined, prev));
      if (parts.length > 1 && part.type === 'item') node.inline = true;
      if (part.type === 'item') {
        last[part.level] = node;
        last.length = part.level + 1;
      } else last.length = 0;
      // A line that holds only a deadline dates the item above it.
      const above = out[out.length - 1];
      if (node.type === 'paragraph' && above?.type === 'item' && above.due === undefined && isDeadlineOnly(node.text)) {
        above.due = node;
        continue;
      }
      out.push(node);
    }
  }
  return out;
}
