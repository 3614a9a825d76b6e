/**
 * Internal: reads a timescale cell or phrase with `parseTimescale`, giving
 * several periods where the cell names several ("August 2008 – April 2009
 * (for Year 3) August 2009 – April 2010 (for Year 4)"), and places the
 * timescale reader's diagnostics at the cell.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Period, Timescale } from '../../model/timescale.js';
import { parseTimescale } from '../../timescale/index.js';
import type { DateContext } from '../types.js';
import { splitDeadlines } from './deadlines.js';
import { fold } from './normalize.js';

/** Where a phrase stands in the source. */
export interface At {
  line: number;
  column: number;
  source?: string | undefined;
}

/** A read timescale and the diagnostics about it, placed in the source. */
export interface When {
  timescale: Timescale;
  diagnostics: Diagnostic[];
}

/** A trailing "(for Year 3)" / "(Year 3)" label. */
function takeLabel(text: string): { text: string; label?: string } {
  const m = /\(\s*(?:for\s+)?((?:year|yr|phase|stage)\s+\d{1,2})\s*\)\s*$/iu.exec(text);
  if (!m?.[1]) return { text };
  const label = fold(m[1]);
  return { text: fold(text.slice(0, m.index)), label: label.charAt(0).toUpperCase() + label.slice(1) };
}

function place(diagnostics: readonly Diagnostic[], at: At, text: string): Diagnostic[] {
  return diagnostics.map((d) => {
    const out: Diagnostic = { ...d, line: at.line, column: at.column + Math.max(0, (d.line === 1 || d.line === undefined ? (d.column ?? 1) : 1) - 1) };
    delete out.end;
    out.text ??= text;
    out.source ??= 'timescale';
    if (at.source !== undefined) out.file ??= at.source;
    return out;
  });
}

function parseOne(text: string, context: DateContext | undefined): { timescale: Timescale; diagnostics: Diagnostic[] } {
  try {
    const r = parseTimescale(text, context === undefined ? {} : { context });
    const timescale: Timescale = { ...r };
    delete timescale.diagnostics;
    return { timescale, diagnostics: [...(r.diagnostics ?? [])] };
  } catch {
    return { timescale: { text, kind: 'unknown' }, diagnostics: [] };
  }
}

/** A phrase read, before its diagnostics are placed: each group of diagnostics with the text they are about. */
interface Unplaced {
  timescale: Timescale;
  groups: { diagnostics: readonly Diagnostic[]; text: string }[];
}

/**
 * Phrases already read in one interpreter call, by context, then by text.
 * Reading is pure, so a phrase met again (page after page of a long plan
 * repeats its timescales) is read once; the answer's timescale is shared
 * and must not be changed.
 */
export type WhenCache = Map<string, Map<string, Unplaced>>;

/** The cache key of a context, or `undefined` when the context is not plain enough to key on. */
function contextKey(context: DateContext | undefined): string | undefined {
  if (context === undefined) return '';
  const { year, start, end, anchor } = context;
  if (year !== undefined && typeof year !== 'number') return undefined;
  if ((start !== undefined && typeof start !== 'string') || (end !== undefined && typeof end !== 'string') || (anchor !== undefined && typeof anchor !== 'string')) return undefined;
  const part = (v: string | number | undefined): string => (v === undefined ? '\u0001' : String(v));
  return `${part(year)}\u0000${part(start)}\u0000${part(end)}\u0000${part(anchor)}`;
}

function readUnplaced(raw: string, context: DateContext | undefined): Unplaced {
  const text = fold(raw);
  const segments = splitDeadlines(text);
  if (segments.length > 1) {
    const periods: Period[] = [];
    const groups: Unplaced['groups'] = [];
    for (const segment of segments) {
      const { text: bare, label } = takeLabel(segment);
      const one = parseOne(bare, context);
      const p: Period = { text: segment, kind: one.timescale.kind };
      if (one.timescale.start !== undefined) p.start = one.timescale.start;
      if (one.timescale.end !== undefined) p.end = one.timescale.end;
      if (label !== undefined) p.label = label;
      periods.push(p);
      groups.push({ diagnostics: one.diagnostics, text: segment });
    }
    const starts = periods.map((p) => p.start).filter((s): s is string => s !== undefined).sort();
    const ends = periods.map((p) => p.end).filter((s): s is string => s !== undefined).sort();
    const timescale: Timescale = { text, kind: starts.length > 0 || ends.length > 0 ? 'range' : (periods[0]?.kind ?? 'unknown'), periods };
    if (starts[0] !== undefined) timescale.start = starts[0];
    const lastEnd = ends.at(-1);
    if (lastEnd !== undefined) timescale.end = lastEnd;
    if (periods.every((p) => p.kind === 'ongoing')) timescale.kind = 'ongoing';
    return { timescale, groups };
  }
  const { text: bare, label } = takeLabel(text);
  const one = parseOne(bare, context);
  const timescale: Timescale = { ...one.timescale, text };
  if (label !== undefined) {
    const p: Period = { text, kind: timescale.kind, label };
    if (timescale.start !== undefined) p.start = timescale.start;
    if (timescale.end !== undefined) p.end = timescale.end;
    timescale.periods = [p];
  }
  return { timescale, groups: [{ diagnostics: one.diagnostics, text }] };
}

/**
 * Reads a timescale phrase or cell. With a `cache` (one per interpreter
 * call), a phrase already read in the same context is not read again; its
 * timescale is then shared, so callers must not change it.
 */
export function readWhen(raw: string, at: At, context: DateContext | undefined, cache?: WhenCache): When {
  // Keyed by context, then by the phrase itself (no key string is built per phrase).
  const ck = cache === undefined ? undefined : contextKey(context);
  let phrases: Map<string, Unplaced> | undefined;
  if (cache !== undefined && ck !== undefined) {
    phrases = cache.get(ck);
    if (phrases === undefined) {
      phrases = new Map();
      cache.set(ck, phrases);
    }
  }
  let unplaced = phrases?.get(raw);
  if (unplaced === undefined) {
    unplaced = readUnplaced(raw, context);
    phrases?.set(raw, unplaced);
  }
  const groups = unplaced.groups;
  if (groups.length === 1) return { timescale: unplaced.timescale, diagnostics: place((groups[0] as Unplaced['groups'][number]).diagnostics, at, (groups[0] as Unplaced['groups'][number]).text) };
  const diagnostics: Diagnostic[] = [];
  for (const g of groups) for (const d of place(g.diagnostics, at, g.text)) diagnostics.push(d);
  return { timescale: unplaced.timescale, diagnostics };
}
