import { parse } from '#csv-parse/sync';
import type { CsvDelimiter } from '../types.js';

/** Internal: the delimiters the `delimiter` option accepts. */
export const _CSV_DELIMITERS: readonly CsvDelimiter[] = Object.freeze([',', ';', '|', '\t'] as const);

/**
 * Internal: the delimiters found from the text, in order of preference (a
 * tie goes to the earlier). Tab is never sniffed: tab-separated text is the
 * `tsv-html` reader's, and `readCsv` reads it on tabs only when asked to.
 */
export const _SNIFFED: readonly CsvDelimiter[] = Object.freeze([',', ';', '|'] as const);

/** Internal: whether `value` is one of {@link _CSV_DELIMITERS}. */
export function _isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return typeof value === 'string' && (_CSV_DELIMITERS as readonly string[]).includes(value);
}

/** Records, and characters, the sniffer looks at. */
const SNIFF_RECORDS = 60;
/** Internal: the most of a text's start read to sniff its delimiter or detect CSV. */
export const _SNIFF_CHARS = 64 * 1024;
const SNIFF_CHARS = _SNIFF_CHARS;

/** Internal: what {@link _scan} finds. */
export interface _Scan {
  /** The number of fields of each non-blank record, in order. */
  counts: number[];
  /** Delimiters seen outside quotes. */
  separators: number;
  /** Of those, the ones followed by a space (as `;` is in prose: "we meet; we train"). */
  spaced: number;
}

/**
 * Internal: reads the start of `text` (its first 60 records, within its
 * first 64 KiB) with csv-parse, split on `delimiter` outside RFC 4180
 * quotes, and counts the fields of each record. A record cut by the 64 KiB
 * limit, or left in an unclosed quote, is left out; so are blank records.
 * Never throws.
 */
export function _scan(text: string, delimiter: string, maxRecords = SNIFF_RECORDS, maxChars = SNIFF_CHARS): _Scan {
  const scan: _Scan = { counts: [], separators: 0, spaced: 0 };
  const cut = text.length > maxChars;
  let records: string[][];
  try {
    records = parse(cut ? text.slice(0, maxChars) : text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // An unclosed quote at the end (often a record cut by the window) drops that record only.
      skip_records_with_error: true,
      to: maxRecords + 1,
    }) as string[][];
  } catch {
    return scan;
  }
  if (cut && records.length <= maxRecords) records.pop();
  for (const record of records.slice(0, maxRecords)) {
    if (record.length === 1 && (record[0] ?? '').trim() === '') continue;
    scan.counts.push(record.length);
    scan.separators += record.length - 1;
    // A field after the first that starts with a space had a space after its delimiter.
    for (let k = 1; k < record.length; k++) if ((record[k] ?? '').charCodeAt(0) === 0x20) scan.spaced++;
  }
  return scan;
}

/**
 * Internal: the most frequent count of `counts` (the larger on a tie) and
 * the share of records that have it; `{ fields: 0, share: 0 }` for none.
 */
export function _consistency(counts: readonly number[]): { fields: number; share: number } {
  const seen = new Map<number, number>();
  for (const n of counts) seen.set(n, (seen.get(n) ?? 0) + 1);
  let fields = 0;
  let times = 0;
  for (const [n, c] of seen) if (c > times || (c === times && n > fields)) [fields, times] = [n, c];
  return { fields, share: counts.length === 0 ? 0 : times / counts.length };
}

/**
 * Internal: whether most delimiters of a scan are followed by a space, as
 * in prose ("we meet; we train") or hand-aligned text, unlike exported
 * data (`a;b`).
 */
export function _mostlySpaced(scan: _Scan): boolean {
  return scan.separators > 0 && scan.spaced * 2 > scan.separators;
}

/**
 * Internal: whether the first 60 non-blank lines look like a markdown pipe
 * table rather than pipe-separated values: a `|---|---|` delimiter row, or
 * half the lines or more fenced by pipes (`| a | b |`).
 */
export function _looksLikePipeTable(lines: readonly string[]): boolean {
  let fenced = 0;
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (++seen > 60) break;
    if (line.includes('|') && line.includes('-') && /^[\s|:-]+$/u.test(line)) return true;
    if (line.length > 1 && line.startsWith('|') && line.endsWith('|')) fenced++;
  }
  return seen > 0 && fenced * 2 >= Math.min(seen, 60);
}

/**
 * Internal: the delimiter of CSV `text`, found from its first records: of
 * `,` `;` and `|`, the one whose most frequent field count (2 or more) is
 * shared by the most records; a tie goes to `,`, then `;`. `|` is passed
 * over in a markdown pipe table. Where `,` splits the records too, a
 * delimiter mostly followed by a space (prose in comma-separated cells:
 * "meet; then report") does not compete with it. `,` when no candidate
 * splits the records into 2 or more fields.
 */
export function _sniffDelimiter(text: string): CsvDelimiter {
  const head = text.slice(0, SNIFF_CHARS);
  let best: CsvDelimiter = ',';
  let bestShare = 0;
  let commaSplits = false;
  for (const d of _SNIFFED) {
    if (d !== ',' && !head.includes(d)) continue;
    if (d === '|' && _looksLikePipeTable(head.split('\n', 1000))) continue;
    const scan = _scan(text, d);
    const { fields, share } = _consistency(scan.counts);
    if (fields < 2) continue;
    if (d === ',') commaSplits = true;
    else if (commaSplits && _mostlySpaced(scan)) continue;
    if (share > bestShare) [best, bestShare] = [d, share];
    // Every record has the same count: no later delimiter can have a larger share.
    if (bestShare >= 1) break;
  }
  return best;
}
