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

/** A timescale diagnostic placed at the phrase written at `line`:`column`. */
function place(d: Diagnostic, line: number, column: number, source: string | undefined, text: string): Diagnostic {
  const out: Diagnostic = { ...d, line, column: column + Math.max(0, (d.line === 1 || d.line === undefined ? (d.column ?? 1) : 1) - 1) };
  delete out.end;
  out.text ??= text;
  out.source ??= 'timescale';
  if (source !== undefined) out.file ??= source;
  return out;
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
export interface WhenCache {
  /** Phrases read, by the key of their context. */
  byContext: Map<string, Map<string, Unplaced>>;
  /** The context asked for last and its phrases (contexts come in long runs of the same object). */
  last?: { context: DateContext | undefined; phrases: Map<string, Unplaced> | undefined } | undefined;
}

/** An empty cache for one interpreter call. */
export function newWhenCache(): WhenCache {
  return { byContext: new Map() };
}

/** The phrases read in `context` so far; `undefined` when the context is not plain enough to key on. */
function phrasesOf(cache: WhenCache, context: DateContext | undefined): Map<string, Unplaced> | undefined {
  const last = cache.last;
  if (last !== undefined && last.context === context) return last.phrases;
  const ck = contextKey(context);
  let phrases: Map<string, Unplaced> | undefined;
  if (ck !== undefined) {
    phrases = cache.byContext.get(ck);
    if (phrases === undefined) {
      phrases = new Map();
      cache.byContext.set(ck, phrases);
    }
  }
  cache.last = { context, phrases };
  return phrases;
}

/** The cache key of a context, or `undefined` when the context is not plain enough to key on. */
function contextKey(context: DateContext | undefined): string | undefined {
  if (context === undefined) return '';
  const { year, start, end, anchor } = context;
  if (year !== undefined && typeof year !== 'number') return undefined;
  if ((start !== undefined && typeof start !== 'string') || (end !== undefined && typeof end !== 'string') || (anchor !== undefined && typeof anchor !== 'string')) return undefined;
  return `${keyPart(year)}\u0000${keyPart(start)}\u0000${keyPart(end)}\u0000${keyPart(anchor)}`;
}

/** One part of a context's cache key (`\u0001` for an absent one). */
function keyPart(v: string | number | undefined): string {
  return v === undefined ? '\u0001' : String(v);
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
  const diagnostics: Diagnostic[] = [];
  const timescale = readWhenInto(raw, at.line, at.column, at.source, context, cache, diagnostics);
  return { timescale, diagnostics };
}

/**
 * {@link readWhen} for the hot path: the phrase written at `line`:`column`
 * of document `source`; its placed diagnostics are added to `into`.
 */
export function readWhenInto(
  raw: string,
  line: number,
  column: number,
  source: string | undefined,
  context: DateContext | undefined,
  cache: WhenCache | undefined,
  into: Diagnostic[],
): Timescale {
  // Keyed by context, then by the phrase itself (no key string is built per phrase).
  const phrases = cache === undefined ? undefined : phrasesOf(cache, context);
  let unplaced = phrases?.get(raw);
  if (unplaced === undefined) {
    unplaced = readUnplaced(raw, context);
    phrases?.set(raw, unplaced);
  }
  for (const g of unplaced.groups) for (const d of g.diagnostics) into.push(place(d, line, column, source, g.text));
  return unplaced.timescale;
}
