/**
 * Internal: calls the timescale reader and normalises its answer to a
 * Timescale plus diagnostics placed at a source position.
 */
import * as timescaleModule from '../../timescale/index.js';
import { TimescaleSchema, type Timescale } from '../../model/timescale.js';
import { DiagnosticSchema, type Diagnostic } from '../../model/diagnostic.js';
import type { DateContext } from '../types.js';

/** Result of {@link readTimescale}. */
export interface ReadTimescale {
  timescale: Timescale;
  diagnostics: Diagnostic[];
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * Reads `text` with `parseTimescale`; diagnostics get `line`/`column` of
 * the phrase (the reader's own columns are relative to the phrase).
 */
export function readTimescale(text: string, line: number, column: number, context: DateContext | undefined): ReadTimescale {
  let raw: unknown;
  try {
    const call = (timescaleModule as Record<string, unknown>)['parseTimescale'];
    raw = typeof call === 'function' ? (call as (t: string, o?: unknown) => unknown)(text, context === undefined ? {} : { context }) : undefined;
  } catch {
    raw = undefined;
  }
  const obj = asObject(raw);
  let candidate: unknown = obj;
  const found: unknown[] = [];
  if (obj !== undefined && 'data' in obj) {
    candidate = obj['data'];
    if (Array.isArray(obj['diagnostics'])) found.push(...(obj['diagnostics'] as unknown[]));
  }
  const parsed = TimescaleSchema.safeParse(candidate);
  const timescale: Timescale = parsed.success ? parsed.data : { text, kind: 'unknown' };
  if (timescale.diagnostics !== undefined) found.push(...timescale.diagnostics);
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const d of found) {
    const ok = DiagnosticSchema.safeParse(d);
    if (!ok.success) continue;
    const key = `${ok.data.code}|${ok.data.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const placed: Diagnostic = { ...ok.data, line, column: column + Math.max(0, (ok.data.column ?? 1) - 1) };
    if (placed.text === undefined) placed.text = text;
    delete placed.end;
    diagnostics.push(placed);
  }
  if (timescale.kind === 'invalid' && !diagnostics.some((d) => d.code === 'invalid-date')) {
    diagnostics.push({
      code: 'invalid-date',
      severity: 'error',
      message: `Unexpected \`${text}\`, expected a real calendar date`,
      line,
      column,
      text,
      source: 'timescale',
    });
  }
  // Keep the timescale's own diagnostics on the timescale too, but placed.
  const out: Timescale = { ...timescale };
  if (diagnostics.length > 0) out.diagnostics = diagnostics.map((d) => ({ ...d }));
  else delete out.diagnostics;
  return { timescale: out, diagnostics };
}
