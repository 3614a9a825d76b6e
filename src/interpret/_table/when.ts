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
    if (at.source !== undefined) out.note ??= `in ${at.source}`;
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

/** Reads a timescale phrase or cell. */
export function readWhen(raw: string, at: At, context: DateContext | undefined): When {
  const text = fold(raw);
  const segments = splitDeadlines(text);
  if (segments.length > 1) {
    const periods: Period[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const segment of segments) {
      const { text: bare, label } = takeLabel(segment);
      const one = parseOne(bare, context);
      const p: Period = { text: segment, kind: one.timescale.kind };
      if (one.timescale.start !== undefined) p.start = one.timescale.start;
      if (one.timescale.end !== undefined) p.end = one.timescale.end;
      if (label !== undefined) p.label = label;
      periods.push(p);
      diagnostics.push(...place(one.diagnostics, at, segment));
    }
    const starts = periods.map((p) => p.start).filter((s): s is string => s !== undefined).sort();
    const ends = periods.map((p) => p.end).filter((s): s is string => s !== undefined).sort();
    const timescale: Timescale = { text, kind: starts.length > 0 || ends.length > 0 ? 'range' : (periods[0]?.kind ?? 'unknown'), periods };
    if (starts[0] !== undefined) timescale.start = starts[0];
    const lastEnd = ends.at(-1);
    if (lastEnd !== undefined) timescale.end = lastEnd;
    if (periods.every((p) => p.kind === 'ongoing')) timescale.kind = 'ongoing';
    return { timescale, diagnostics };
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
  return { timescale, diagnostics: place(one.diagnostics, at, text) };
}
