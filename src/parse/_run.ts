/**
 * Internal: the one pipeline behind `parseDocument` and the per-kind
 * helpers — validate options, pick a reader, read, tell the kind, interpret,
 * and make sure the answer is schema-valid and well placed. Never throws.
 */
import { z } from 'zod';
import { ColumnMappingSchema, FrameworkSchema, type Framework } from '../model/framework.js';
import { applyFramework } from '../frameworks/applyFramework.js';
import { readRatings } from '../frameworks/readRatings.js';
import { IsoDateSchema } from '../model/date.js';
import { EqualityDocumentSchema, type DocumentKind, type EqualityDocument } from '../model/document.js';
import type { Diagnostic, ParseResult } from '../model/diagnostic.js';
import { READERS } from '../read/readers.js';
import { _CSV_DELIMITERS } from '../read/csv/_delimiter.js';
import type { CsvDelimiter, FormatId, ReadOptions, SourceDocument } from '../read/types.js';
import type { InterpretOptions } from '../interpret/types.js';
import { interpretActionPlan } from '../interpret/interpretActionPlan.js';
import { interpretPeerReview } from '../interpret/interpretPeerReview.js';
import { interpretReview } from '../interpret/interpretReview.js';
import { interpretStrategy } from '../interpret/interpretStrategy.js';
import { interpretOutlinePlan } from '../interpret/interpretOutlinePlan.js';
import { detectFormat } from './detectFormat.js';
import { bestKind, kindSignals, type KindSignals } from './_kindSignals.js';
import { emptyDocument } from './_empty.js';
import { _compactStrings } from '../_lib/compact.js';

const FORMATS = ['tsv-html', 'csv', 'html', 'markdown', 'text'] as const;
const KINDS = ['review', 'action-plan', 'strategy', 'peer-review'] as const;

/** Schemas of each option, checked one by one so one bad option spoils nothing else. */
export const OPTION_SCHEMAS = {
  format: z.enum(FORMATS),
  kind: z.enum(KINDS),
  vocabulary: z.array(ColumnMappingSchema),
  context: z
    .object({
      year: z.number().int().min(1000).max(9999).optional(),
      start: IsoDateSchema.optional(),
      end: IsoDateSchema.optional(),
      anchor: IsoDateSchema.optional(),
    })
    .strict(),
  source: z.string(),
  framework: FrameworkSchema,
  delimiter: z.enum(_CSV_DELIMITERS as readonly CsvDelimiter[] as [CsvDelimiter, ...CsvDelimiter[]]),
} as const;

/** Options after checking. */
export interface CheckedOptions {
  format?: FormatId;
  kind?: DocumentKind;
  delimiter?: CsvDelimiter;
  framework?: Framework;
  interpret: InterpretOptions;
}

/** A short, safe rendering of a bad option value. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return `\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\``;
}

/** The part of `value` at `path`. */
function at(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** What an option should be, in words. */
function expectedOf(key: string, issue: string | undefined): string {
  if (key === 'format') return `one of ${FORMATS.join(', ')}`;
  if (key === 'kind') return `one of ${KINDS.join(', ')}`;
  if (key === 'source') return 'a document name (a string)';
  if (key === 'vocabulary') return 'a list of column mappings ({ field, headers })';
  if (key === 'framework') return 'a framework (FrameworkSchema; loadFramework names every problem)';
  if (key === 'delimiter') return `one of ${_CSV_DELIMITERS.map((d) => JSON.stringify(d)).join(', ')}`;
  if (issue !== undefined && issue.startsWith('Expected ')) return `${issue.charAt(9).toLowerCase()}${issue.slice(10)}`;
  return 'a date context ({ year, start, end, anchor } with ISO dates)';
}

function checkOptions(options: unknown, diagnostics: Diagnostic[]): CheckedOptions {
  const checked: CheckedOptions = { interpret: {} };
  if (options === undefined || options === null) return checked;
  if (typeof options !== 'object' || Array.isArray(options)) {
    diagnostics.push({ code: 'invalid-option', severity: 'error', message: `Unexpected options of type ${Array.isArray(options) ? 'array' : typeof options}, expected an object`, source: 'parse' });
    return checked;
  }
  for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(OPTION_SCHEMAS, key)) {
      diagnostics.push({ code: 'invalid-option', severity: 'warning', message: `Unexpected option \`${key}\`, expected one of ${Object.keys(OPTION_SCHEMAS).join(', ')}`, path: [key], source: 'parse' });
      continue;
    }
    const schema = OPTION_SCHEMAS[key as keyof typeof OPTION_SCHEMAS];
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = [key, ...(issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol')];
      diagnostics.push({
        code: 'invalid-option',
        severity: 'error',
        message: `Unexpected ${shown(at(value, path.slice(1)))} for option \`${path.join('.')}\`, expected ${expectedOf(key, issue?.message)}`,
        path,
        source: 'parse',
      });
      continue;
    }
    const v = result.data as never;
    if (key === 'format') checked.format = v;
    else if (key === 'kind') checked.kind = v;
    else if (key === 'vocabulary') checked.interpret.vocabulary = v;
    else if (key === 'context') checked.interpret.context = v;
    else if (key === 'source') checked.interpret.source = v;
    else if (key === 'delimiter') checked.delimiter = v;
    else if (key === 'framework') checked.framework = v;
  }
  // A framework's column names are tried after the caller's own, before the built-in ones.
  if (checked.framework !== undefined && checked.framework.vocabulary.length > 0) checked.interpret.vocabulary = [...(checked.interpret.vocabulary ?? []), ...checked.framework.vocabulary];
  return checked;
}

function hasTables(doc: SourceDocument): boolean {
  return doc.blocks.some((b) => b.type === 'table');
}

/** Documents built in the schema's shape by `interpretActionPlan`, for {@link validated}. */
const TRUSTED = new WeakSet<object>();

function interpret(doc: SourceDocument, kind: DocumentKind, options: InterpretOptions, signals: KindSignals): ParseResult<EqualityDocument> {
  switch (kind) {
    case 'review':
      return interpretReview(doc, options);
    case 'strategy':
      return interpretStrategy(doc, options);
    case 'peer-review':
      return interpretPeerReview(doc, options);
    case 'action-plan':
    default: {
      // A table plan, unless the document is an outline with "Actions required".
      if (hasTables(doc) && signals.outline === 0) {
        const plan = interpretActionPlan(doc, options);
        TRUSTED.add(plan.data);
        return plan;
      }
      return interpretOutlinePlan(doc, options);
    }
  }
}

/**
 * The lines of a text (split at `\r\n`, `\r` or `\n`), for placing
 * diagnostics; found only when a diagnostic asks, and kept as offsets
 * rather than as a copy of every line.
 */
class LineTable {
  private starts: number[] | undefined;
  private ends: number[] = [];

  constructor(private readonly text: string) {}

  private index(): number[] {
    if (this.starts !== undefined) return this.starts;
    const text = this.text;
    const starts = [0];
    const ends: number[] = [];
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
    return starts;
  }

  /** How many lines there are. */
  get length(): number {
    return this.index().length;
  }

  /** Line `n` (1-based), without its end. */
  line(n: number): string {
    const starts = this.index();
    const start = starts[n - 1];
    return start === undefined ? '' : this.text.slice(start, this.ends[n - 1]);
  }

  /** Whether line `n` (1-based) holds `text` at 0-based `column`, without copying the line. */
  holdsAt(n: number, text: string, column: number): boolean {
    const start = this.index()[n - 1];
    const end = this.ends[n - 1];
    if (start === undefined || end === undefined || start + column + text.length > end) return false;
    return this.text.startsWith(text, start + column);
  }
}

/** Keeps each diagnostic's position inside the input; refines the column from its text; names the document (`file`). */
function place(diagnostics: readonly Diagnostic[], lines: LineTable, file: string | undefined, owned: ReadonlySet<Diagnostic>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lineCount = diagnostics.length > 0 ? lines.length : 0;
  for (const d of diagnostics) {
    // A built-in reader's diagnostics are fresh objects (see `_safeRead`) nobody else holds:
    // placed in place, the same keys in the same order as a copy would have.
    const placed: Diagnostic = owned.has(d) ? d : { ...d };
    if (file !== undefined && placed.file === undefined) placed.file = file;
    if (placed.line !== undefined && (!Number.isInteger(placed.line) || placed.line < 1 || placed.line > lineCount)) {
      delete placed.line;
      delete placed.column;
      delete placed.end;
    }
    if (placed.line !== undefined && placed.text !== undefined && placed.text !== '') {
      // The text's place at or after the column given (a cell's start, say), else anywhere on the
      // line: a line may hold the same text twice, as two cells that leave the same tag open.
      const from = placed.column !== undefined && Number.isInteger(placed.column) && placed.column >= 1 ? placed.column - 1 : 0;
      if (!lines.holdsAt(placed.line, placed.text, from)) {
        const raw = lines.line(placed.line);
        const after = raw.indexOf(placed.text, from);
        const at = after >= 0 ? after : raw.indexOf(placed.text);
        if (at >= 0) placed.column = at + 1;
      }
    }
    if (placed.line === undefined) delete placed.column;
    if (placed.column !== undefined && (!Number.isInteger(placed.column) || placed.column < 1)) delete placed.column;
    if (placed.end !== undefined && (placed.end.line < 1 || placed.end.line > lineCount)) delete placed.end;
    out.push(placed);
  }
  return out;
}

function sanitise(diagnostics: readonly unknown[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (typeof d !== 'object' || d === null) continue;
    const x = d as Diagnostic;
    if (typeof x.code === 'string' && x.code !== '' && typeof x.message === 'string' && (x.severity === 'error' || x.severity === 'warning' || x.severity === 'info')) out.push(x);
  }
  return out;
}

/** The detected kind of `text` with the default reader, or nothing if that fails too. */
function guessKind(text: string): DocumentKind | undefined {
  try {
    const reader = READERS.find((r) => r.id === detectFormat(text));
    return reader === undefined ? undefined : bestKind(kindSignals(reader.read(text).data));
  } catch {
    return undefined;
  }
}

/**
 * The interpreter's document, checked against `EqualityDocumentSchema`.
 * `interpretActionPlan` builds every action and its plan as the schema gives
 * them (keys in order, defaults filled) and checks each by hand — calendar
 * dates, positions, ranges, enums — falling back to the schema itself for
 * anything the hand checks do not vouch for; so its plans are taken as they
 * are, unless it reported an `internal-error`. Validating a 10 MB plan again
 * here cost as much as interpreting it. Other kinds are small and are
 * always checked.
 */
function validated(result: ParseResult<EqualityDocument>, kind: DocumentKind): ReturnType<typeof EqualityDocumentSchema.safeParse> {
  const data = result.data as EqualityDocument | undefined;
  if (kind === 'action-plan' && data?.kind === 'action-plan' && TRUSTED.has(data) && !(result.diagnostics ?? []).some((d) => d.code === 'internal-error')) {
    return { success: true, data };
  }
  return EqualityDocumentSchema.safeParse(data);
}

/** The kind detected and the evidence for it, as an `info` diagnostic a user can read. */
function kindDetected(kind: DocumentKind, signals: KindSignals): Diagnostic {
  const points = KINDS.map((k) => `${k} ${signals[k]}`).join(', ');
  const why = signals.reasons[kind].slice(0, 4).join('; ');
  return {
    code: 'kind-detected',
    severity: 'info',
    message: `Read as ${kind === 'action-plan' ? 'an' : 'a'} ${kind} (${points})${why === '' ? ': no evidence for any kind, so an action plan' : `: ${why}`}`,
    source: 'parse',
  };
}

/** Everything the pipeline learnt, for the public wrappers. */
export interface RunResult extends ParseResult<EqualityDocument> {
  detectedKind?: DocumentKind;
}

/**
 * Reads and interprets `text`. `forcedKind` is the kind a per-kind helper
 * asks for: if the text is clearly another kind, the answer is an empty
 * document of the asked kind and a `kind-mismatch` error.
 */
export function run(text: unknown, options: unknown, forcedKind?: DocumentKind): RunResult {
  const diagnostics: Diagnostic[] = [];
  // Diagnostics made fresh for this call (by a built-in reader), placed without a copy.
  const owned = new Set<Diagnostic>();
  let input = '';
  // Old Mac exports end lines with a lone `\r`: read it as `\n` (same length, so every
  // offset and line number is unchanged; the line table counts `\r` as a line end too).
  if (typeof text === 'string') input = text.includes('\r') ? text.replace(/\r(?!\n)/gu, '\n') : text;
  else diagnostics.push({ code: 'invalid-input', severity: 'error', message: `Unexpected input of type ${text === null ? 'null' : typeof text}, expected a string`, source: 'parse' });
  const lines = new LineTable(input);
  let fallbackKind: DocumentKind = forcedKind ?? 'action-plan';
  let kindKnown = forcedKind !== undefined;
  let file: string | undefined;
  try {
    const checked = checkOptions(options, diagnostics);
    file = checked.interpret.source;
    if (forcedKind !== undefined) {
      if (checked.kind !== undefined && checked.kind !== forcedKind) {
        diagnostics.push({ code: 'invalid-option', severity: 'warning', message: `Unexpected option \`kind\` = \`${checked.kind}\`, expected \`${forcedKind}\` for this helper`, path: ['kind'], source: 'parse' });
      }
      checked.kind = forcedKind;
    }
    fallbackKind = checked.kind ?? fallbackKind;
    kindKnown = checked.kind !== undefined;
    // A delimiter says the text is CSV.
    const format = checked.format ?? (checked.delimiter === undefined ? detectFormat(input) : 'csv');
    let reader = READERS.find((r) => r.id === format);
    if (reader === undefined) {
      diagnostics.push({ code: 'unsupported-format', severity: 'error', message: `Unexpected format \`${format}\`, expected one this build can read (${READERS.map((r) => r.id).join(', ')}); read as plain text`, source: 'parse' });
      reader = READERS.find((r) => r.id === 'text');
    }
    let doc: SourceDocument = { format, blocks: [] };
    if (reader !== undefined) {
      const readOptions: ReadOptions = {};
      if (checked.interpret.source !== undefined) readOptions.source = checked.interpret.source;
      if (checked.delimiter !== undefined) readOptions.delimiter = checked.delimiter;
      const read = reader.read(input, readOptions);
      doc = read.data;
      for (const d of sanitise(read.diagnostics ?? [])) {
        diagnostics.push(d);
        owned.add(d);
      }
    }
    const signals = kindSignals(doc, checked.interpret.vocabulary);
    const detected = bestKind(signals);
    fallbackKind = checked.kind ?? detected;
    kindKnown = true;
    // Clearly another kind: the asked kind has less than half the evidence of the detected one.
    if (forcedKind !== undefined && detected !== forcedKind && signals[detected] > 0 && signals[forcedKind] * 2 <= signals[detected]) {
      diagnostics.push({
        code: 'kind-mismatch',
        severity: 'error',
        message: `Unexpected ${detected} document, expected a ${forcedKind}`,
        expected: forcedKind,
        source: 'parse',
      });
      return { data: emptyDocument(forcedKind), diagnostics: place(diagnostics, lines, file, owned), detectedKind: detected };
    }
    const kind = checked.kind ?? detected;
    const interpreted = interpret(doc, kind, checked.interpret, signals);
    const framed = checked.framework === undefined ? undefined : applyFramework(interpreted.data, checked.framework);
    const result = framed === undefined ? interpreted : { data: framed.data, diagnostics: [...(interpreted.diagnostics ?? []), ...framed.diagnostics] };
    if (framed !== undefined && TRUSTED.has(interpreted.data)) TRUSTED.add(framed.data);
    // A loop, not a spread: a long document's diagnostics would overflow the call stack.
    for (const d of sanitise(result.diagnostics ?? [])) diagnostics.push(d);
    // Why the kind, when prose evidence decided it (a table of action columns speaks for itself).
    if (checked.kind === undefined && !signals.reasons[detected].some((r) => r.includes('table'))) diagnostics.push(kindDetected(detected, signals));
    const valid = validated(result, kind);
    if (!valid.success || valid.data.kind !== kind) {
      diagnostics.push({
        code: 'internal-error',
        severity: 'error',
        message: `Unexpected invalid ${kind} from the interpreter, expected a schema-valid document`,
        note: valid.success ? `kind ${valid.data.kind}` : valid.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        source: 'parse',
      });
      return { data: emptyDocument(kind), diagnostics: place(diagnostics, lines, file, owned), detectedKind: detected };
    }
    // Ratings against a framework's levels, read from the words of the whole text.
    const ratings = readRatings(input, { ...(checked.framework === undefined ? {} : { framework: checked.framework }), ...(file === undefined ? {} : { source: file }) });
    const data = ratings.length === 0 ? valid.data : { ...valid.data, ratings };
    if (data !== valid.data && TRUSTED.has(valid.data)) TRUSTED.add(data);
    // Every string made to stand on its own: kept results must not keep the text alive.
    const strings = new Map<string, string>();
    return { data: _compactStrings(data, strings), diagnostics: _compactStrings(place(diagnostics, lines, file, owned), strings), detectedKind: detected };
  } catch (error) {
    if (!kindKnown) fallbackKind = guessKind(input) ?? fallbackKind;
    diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      message: 'Unexpected internal error while parsing, expected none; the document is returned empty',
      note: error instanceof Error ? error.message : String(error),
      source: 'parse',
    });
    return { data: emptyDocument(fallbackKind), diagnostics: place(diagnostics, lines, file, owned) };
  }
}
