/**
 * Vocabulary of timescale phrases: month and season names, number words and
 * the words that mark deadlines, starts, repeats and events. Internal data.
 */

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['febuary', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Month names that are also common English words: read only when capitalised or with a year/day. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep']);

/** Season names → first month (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 12],
]);

/** Number words used in relative and repeating phrases. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['eighteen', 18],
  ['twenty', 20],
  ['thirty', 30],
]);

/** Units of relative phrases. */
export const UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['wk', 'week'],
  ['wks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['mth', 'month'],
  ['mths', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['yr', 'year'],
  ['yrs', 'year'],
]);

/** Single words meaning "continuing, no end date". */
export const ONGOING_WORDS: ReadonlySet<string> = new Set([
  'ongoing',
  'continuation',
  'continuing',
  'continuous',
  'continual',
  'continually',
  'established',
  'operational',
  'embedded',
  'permanent',
]);

/** Words that start an event phrase ("upon endorsement of this report"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(['upon', 'following', 'once', 'when', 'after', 'pending']);

/** Nouns that make "on X" an event ("on completion of the review"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'completion',
  'approval',
  'receipt',
  'adoption',
  'agreement',
  'publication',
  'endorsement',
  'appointment',
  'confirmation',
  'launch',
  'implementation',
  'conclusion',
  'commencement',
]);

/** Words that say the date is not known yet. */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set(['tbc', 'tba', 'tbd', 'tbdl', 'unknown']);

