/**
 * Wording of every diagnostic that `parseTimescale` emits, keyed by code.
 * One place for the words, as zod keeps its messages. Internal.
 */

/** Diagnostic codes emitted by `parseTimescale`. */
export type TimescaleCode =
  | 'invalid-date'
  | 'year-assumed'
  | 'year-unknown'
  | 'no-date'
  | 'two-digit-year'
  | 'month-first'
  | 'range-reversed'
  | 'no-anchor'
  | 'invalid-context'
  | 'internal-error';

/** Message builders, one per code. */
export const messages = {
  invalidDate: (text: string, nearest: string) =>
    `Unexpected \`${text}\`, expected a real calendar date; read as the nearest real date, ${nearest}`,
  yearAssumed: (text: string, year: number, from: string) => `Year ${year} assumed for \`${text}\` from the ${from}`,
  yearUnknown: (text: string) => `Unexpected \`${text}\` without a year, expected a year or a context to take it from`,
  planYearUnknown: (text: string) => `Unexpected \`${text}\` without a plan period, expected \`context.start\` to count plan years from`,
  financialYearUnknown: (text: string) =>
    `Unexpected \`${text}\` without a year, expected a financial year or a context to take it from`,
  noDate: (text: string) => `No date found in \`${text}\``,
  twoDigitYear: (text: string, year: number) => `Two-digit year in \`${text}\` read as ${year}`,
  monthFirst: (text: string, iso: string) => `Unexpected month-first date \`${text}\`, expected day first; read as ${iso}`,
  rangeReversed: (text: string) => `Unexpected \`${text}\` ending before it starts, expected the earlier date first; ends swapped`,
  noAnchor: (text: string) => `Relative timescale \`${text}\` has no anchor date to count from, expected \`context.anchor\``,
  invalidContext: (field: string, value: string) => `Unexpected \`${value}\` in \`context.${field}\`, expected a real ISO date; ignored`,
  invalidYear: (value: string) => `Unexpected \`${value}\` in \`context.year\`, expected a whole year from 1 to 9999; ignored`,
  invalidYearSpans: (value: string) => `Unexpected \`${value}\` in \`context.yearSpans\`, expected \`financial\` or \`calendar\`; ignored`,
  internalError: (text: string) => `Unexpected failure while reading \`${text}\`; please report it`,
} as const;
