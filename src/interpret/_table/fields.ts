/**
 * Internal: normalising status, RAG and percentage words.
 */
import type { ReportedRag, Status } from '../../model/status.js';
import { normaliseStatus } from '../../rules/normaliseStatus.js';
import { headerKey } from './normalize.js';

const RAGS: Record<string, ReportedRag> = {
  r: 'red', red: 'red', a: 'amber', amber: 'amber', g: 'green', green: 'green', b: 'blue', blue: 'blue',
  ar: 'amber-red', amberred: 'amber-red', redamber: 'amber-red', ra: 'amber-red',
  ag: 'amber-green', ambergreen: 'amber-green', greenamber: 'amber-green', ga: 'amber-green',
  complete: 'blue', completed: 'blue',
};

/**
 * Whether `text` has more than `max` ASCII letters and digits. Its key
 * (`headerKey`) is then longer than `max`: a key keeps every one of them
 * (lower-cased), and what it makes of other characters only adds to it. So
 * a long cell is told it names no RAG or status without being keyed.
 */
function longerKeyThan(text: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) && ++n > max) return true;
  }
  return false;
}

/** The length of the longest key in `table`. */
function longestKey(table: Readonly<Record<string, unknown>>): number {
  return Math.max(...Object.keys(table).map((k) => k.length));
}

/** `table`'s own entry for `key` (never one a plain object inherits, such as `constructor`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const RAG_KEY = longestKey(RAGS);

/** A reported RAG from "Amber", "A/G", "Green-Amber" …; `undefined` if not one. */
export function toRag(text: string): ReportedRag | undefined {
  return longerKeyThan(text, RAG_KEY) ? undefined : own(RAGS, headerKey(text));
}

/** A RAG cell's parts: split at a dash, slash, bracket or punctuation ("Completed - Green", "Amber (delayed)"). */
const RAG_PARTS = /\s-\s|[–—/(),;:]/u;

/**
 * A RAG column's cell written in words rather than as a colour alone: a
 * status ("Not started", "On track", "Delayed"), or a status and a colour
 * ("Completed - Green", "Amber (delayed)"), in at most three parts each of
 * which is a status or a colour. `undefined` when any part is neither (the
 * cell is a note, kept as written). A part that is both a status and a
 * colour ("Complete", read as blue) gives the colour only when no other part
 * names one.
 *
 * @example
 * ```ts
 * ragWords('Not started') //=> { status: 'not-started' }
 * ragWords('Completed - Green') //=> { status: 'complete', rag: 'green' }
 * ragWords('See note 4') //=> undefined
 * ```
 */
export function ragWords(text: string): { status?: Status; rag?: ReportedRag } | undefined {
  const parts = text.split(RAG_PARTS).filter((p) => p.trim() !== '');
  if (parts.length === 0 || parts.length > 3) return undefined;
  let status: Status | undefined;
  let colour: ReportedRag | undefined;
  let implied: ReportedRag | undefined;
  for (const part of parts) {
    const s = toStatus(part);
    const r = toRag(part);
    if (s === undefined && r === undefined) return undefined;
    if (s !== undefined) {
      status ??= s;
      if (r !== undefined) implied ??= r;
    } else colour ??= r;
  }
  const rag = colour ?? implied;
  return { ...(status === undefined ? {} : { status }), ...(rag === undefined ? {} : { rag }) };
}

const STATUSES: Record<string, Status> = {
  notstarted: 'not-started', notyetstarted: 'not-started', planned: 'not-started',
  inprogress: 'in-progress', underway: 'in-progress', started: 'in-progress', progressing: 'in-progress', ontrack: 'in-progress',
  complete: 'complete', completed: 'complete', done: 'complete', achieved: 'complete', met: 'complete', inplace: 'complete', closed: 'complete',
  ongoing: 'ongoing', continuing: 'ongoing', continuation: 'ongoing', continuous: 'ongoing',
  deferred: 'deferred', postponed: 'deferred', delayed: 'deferred',
  onhold: 'on-hold', paused: 'on-hold',
  pending: 'pending', awaiting: 'pending',
  cancelled: 'cancelled', canceled: 'cancelled', withdrawn: 'cancelled', dropped: 'cancelled',
  superseded: 'superseded', replaced: 'superseded',
};

const STATUS_KEY = longestKey(STATUSES);

/** A normalised status from "In progress", "Completed", "On hold" …; `undefined` if not one. */
export function toStatus(text: string): Status | undefined {
  return longerKeyThan(text, STATUS_KEY) ? undefined : own(STATUSES, headerKey(text));
}

/**
 * A status that opens a longer cell and is set off from the rest by a dash,
 * bracket or punctuation ("Complete – published July", "On hold (funding)"),
 * in three words at most;
 * `undefined` when the cell does not open so ("Completed the first phase" is
 * a sentence, not a status).
 */
export function toLeadingStatus(text: string): Status | undefined {
  const m = /^\s*(\p{L}[\p{L}'’]*(?: [\p{L}'’]+){0,2})\s*(?:[–—:;,.(]|-\s)/u.exec(text);
  if (m?.[1] === undefined) return undefined;
  return toStatus(m[1]) ?? normaliseStatus(m[1]);
}

/** A percentage written as "40%", "40 %" or "40 per cent"; `undefined` otherwise. */
export function toPercent(text: string): number | undefined {
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent)\s*$/iu.exec(text);
  if (!m?.[1]) return undefined;
  const n = Number(m[1]);
  return n >= 0 && n <= 100 ? n : undefined;
}

/**
 * Marks and short words a tracker writes for a status, read as one only
 * because of the column they are in, so the cell's own words are kept beside
 * the status: a tick is complete, a cross is not complete (in progress, as
 * "not complete" reads), "O"/"C" are open/closed, "Future"/"Current"/
 * "Overdue" say whether the work has started, "Proposed for closure" waits
 * for the closure to be agreed.
 */
const INTERPRETED: Record<string, Status> = {
  '✓': 'complete', '✔': 'complete', '√': 'complete', '☑': 'complete', '✅': 'complete',
  '✗': 'in-progress', '✘': 'in-progress', '☒': 'in-progress', '❌': 'in-progress', x: 'in-progress',
  o: 'in-progress', open: 'in-progress', c: 'complete',
  future: 'not-started', current: 'in-progress', overdue: 'in-progress', live: 'in-progress',
  proposedforclosure: 'pending', recommendedforclosure: 'pending', closurerequested: 'pending',
};

/**
 * A status read from a mark or tracker word ("✓", "X", "O", "C", "Overdue",
 * "Proposed for closure"); `undefined` otherwise. The cell's words are to be
 * kept beside it: the status is an interpretation.
 */
export function toInterpretedStatus(text: string): Status | undefined {
  const t = text.trim();
  if (t.length > 40) return undefined;
  return own(INTERPRETED, t.toLowerCase()) ?? own(INTERPRETED, headerKey(t));
}

/** A completion verb opening a cell that then names its date ("Completed March 2024", "Agreed by Cabinet 12/03/24"). */
const COMPLETION = /^\s*(?:completed?|done|achieved|agreed|approved|adopted|published|launched|delivered|implemented|ratified|endorsed|closed|signed[\s-]off|in\s+place)\b/iu;

/** Whether a cell opens with a completion verb ("Completed March 2024", "Agreed by Cabinet …"). */
export function opensWithCompletion(text: string): boolean {
  return COMPLETION.test(text);
}

/** Whether a cell holds nothing but a date ("31/03/2024", "March 2024", "by 3rd June 2024"). */
export function isBareDate(text: string): boolean {
  const rest = text
    .toLowerCase()
    .replace(/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|by|on|in|end|of)\b/gu, '')
    .replace(/\d+(?:st|nd|rd|th)?/gu, '')
    .replace(/[\s/.,\-–—()]/gu, '');
  return rest === '';
}
