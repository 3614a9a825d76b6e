import type { Status } from '../model/status.js';

/**
 * Options of {@link normaliseStatus}: extra phrases of your own, mapped to a
 * status; they are tried before the built-in ones.
 *
 * @example
 * ```ts
 * const o: NormaliseStatusOptions = { vocabulary: { 'with legal': 'pending' } };
 * ```
 * @category Rules
 */
export interface NormaliseStatusOptions {
  /** Phrase (any case and punctuation) → status. */
  vocabulary?: Readonly<Record<string, Status>> | undefined;
}

/**
 * The phrases {@link normaliseStatus} knows, as written in council trackers.
 * A cell matches a phrase when, lower-cased with punctuation and figures
 * dropped, it equals the phrase or starts with it followed by a space; longer
 * phrases are tried first ("partially complete" before "complete").
 *
 * @example
 * ```ts
 * DEFAULT_STATUS_VOCABULARY['on hold'] //=> 'on-hold'
 * ```
 * @category Rules
 */
export const DEFAULT_STATUS_VOCABULARY: Readonly<Record<string, Status>> = /* @__PURE__ */ Object.freeze({
  'not started': 'not-started',
  'not yet started': 'not-started',
  'not commenced': 'not-started',
  'not yet commenced': 'not-started',
  'yet to start': 'not-started',
  'to do': 'not-started',
  todo: 'not-started',
  planned: 'not-started',
  'in progress': 'in-progress',
  'work in progress': 'in-progress',
  wip: 'in-progress',
  underway: 'in-progress',
  'under way': 'in-progress',
  started: 'in-progress',
  commenced: 'in-progress',
  progressing: 'in-progress',
  'on track': 'in-progress',
  'in hand': 'in-progress',
  'partially complete': 'in-progress',
  'partially completed': 'in-progress',
  'partly complete': 'in-progress',
  'nearly complete': 'in-progress',
  'almost complete': 'in-progress',
  'not complete': 'in-progress',
  'not completed': 'in-progress',
  'not yet complete': 'in-progress',
  complete: 'complete',
  completed: 'complete',
  done: 'complete',
  achieved: 'complete',
  finished: 'complete',
  closed: 'complete',
  delivered: 'complete',
  implemented: 'complete',
  met: 'complete',
  ongoing: 'ongoing',
  'on going': 'ongoing',
  continuous: 'ongoing',
  continuing: 'ongoing',
  'business as usual': 'ongoing',
  bau: 'ongoing',
  'embedded in business as usual': 'ongoing',
  deferred: 'deferred',
  postponed: 'deferred',
  'carried forward': 'deferred',
  'on hold': 'on-hold',
  'on-hold': 'on-hold',
  hold: 'on-hold',
  paused: 'on-hold',
  suspended: 'on-hold',
  pending: 'pending',
  waiting: 'pending',
  awaiting: 'pending',
  blocked: 'pending',
  dependent: 'pending',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  deleted: 'cancelled',
  withdrawn: 'cancelled',
  dropped: 'cancelled',
  removed: 'cancelled',
  'no longer required': 'cancelled',
  'not proceeding': 'cancelled',
  superseded: 'superseded',
  replaced: 'superseded',
  subsumed: 'superseded',
  merged: 'superseded',
});

function clean(text: string): string {
  let out = '';
  let space = true;
  for (const ch of text.toLowerCase()) {
    const letter = (ch >= 'a' && ch <= 'z') || ch === "'";
    if (letter) {
      if (ch !== "'") out += ch;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  return out.trimEnd();
}

function lookup(cleaned: string, vocabulary: Readonly<Record<string, Status>>): Status | undefined {
  let best: Status | undefined;
  let bestLength = -1;
  for (const [phrase, status] of Object.entries(vocabulary)) {
    const p = clean(phrase);
    if (p.length <= bestLength || !p) continue;
    if (cleaned === p || cleaned.startsWith(`${p} `)) {
      best = status;
      bestLength = p.length;
    }
  }
  return best;
}

/**
 * Maps a status as people write it ("On hold", "Completed March 2009",
 * "awaiting funding", "Deleted") to the model's {@link Status}, or
 * `undefined` when the text is not a status phrase it knows.
 *
 * @param text - The status cell's text.
 * @param options - Extra phrases (`vocabulary`), tried first.
 * @returns The normalised status, or `undefined`.
 * @example
 * ```ts
 * normaliseStatus('On Hold') //=> 'on-hold'
 * normaliseStatus('Completed (March 2009)') //=> 'complete'
 * normaliseStatus('Partially complete') //=> 'in-progress'
 * normaliseStatus('Awaiting funding decision') //=> 'pending'
 * normaliseStatus('Blue sky') //=> undefined
 * ```
 * @category Rules
 */
export function normaliseStatus(text: string, options: NormaliseStatusOptions = {}): Status | undefined {
  if (typeof text !== 'string') return undefined;
  const cleaned = clean(text);
  if (!cleaned) return undefined;
  if (options.vocabulary) {
    const own = lookup(cleaned, options.vocabulary);
    if (own) return own;
  }
  return lookup(cleaned, DEFAULT_STATUS_VOCABULARY);
}
