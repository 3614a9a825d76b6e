import { parse } from '#csv-parse/sync';
import type { CsvDelimiter } from '../types.js';
import { _unclosedQuoteRecord } from './_quotes.js';
import { _SNIFF_CHARS, _SNIFFED, _consistency, _looksLikePipeTable, _mostlySpaced, _scan } from './_delimiter.js';

/** Internal: the highest confidence {@link _detectCsv} gives. */
export const _CSV_MOST_CONFIDENCE = 0.9;

/**
 * Internal: confidence that `text` is CSV: most records of the first lines
 * have the same number (2 or more) of fields separated by `,` `;` or `|`,
 * and the fields are short (not prose with commas or semicolons). The best
 * of the three counts, a tie going to `,`. Never a tab (0 when most lines
 * hold tabs: that is TSV), never `|` in a markdown pipe table (a `|---|`
 * line, or lines fenced by pipes), and never `;` mostly followed by a space
 * (prose, markdown lists: "we meet; we train"; exports write `a;b`).
 */
export function _detectCsv(text: string): number {
  // The first 60 lines within the first 64 KiB: a document of a few very long
  // lines is judged by its start, not handed whole to csv-parse.
  const window = text.length > _SNIFF_CHARS ? text.slice(0, _SNIFF_CHARS) : text;
  const all = window.replace(/\r\n?/gu, '\n').split('\n', 61);
  const head = all.slice(0, 60);
  // The last record may be cut short only when the text goes on past the lines looked at.
  const cut = all.length > 60 || window.length < text.length;
  const lines = head.filter((l) => l.trim() !== '');
  if (lines.length < 2) return 0;
  if (lines.filter((l) => l.includes('\t')).length / lines.length > 0.4) return 0;
  const joined = head.join('\n');
  let best = 0;
  for (const delimiter of _SNIFFED) {
    if (delimiter !== ',' && !joined.includes(delimiter)) continue;
    if (delimiter === '|' && _looksLikePipeTable(lines)) continue;
    // `;` or `|` mostly followed by a space is prose ("we meet; we train", "Plan | Page 1"), and
    // lines of a markdown list or headings are markdown, whatever they hold; exports write `a;b`.
    if (delimiter !== ',' && (_mostlySpaced(_scan(joined, delimiter)) || markdownLines(lines))) continue;
    // Sentences with commas ("That the Council, with partners, publish a plan.") are prose:
    // the commas are mostly followed by a space and most lines end as sentences do.
    if (delimiter === ',' && sentences(lines) && _mostlySpaced(_scan(joined, delimiter))) continue;
    const score = scoreWith(joined, delimiter, cut);
    if (score > best) best = score;
    // No delimiter scores higher than this.
    if (best >= _CSV_MOST_CONFIDENCE) break;
  }
  return best;
}

/** Whether more than half the lines end as a sentence does (`.` `!` `?`, maybe before a closing quote or bracket). */
function sentences(lines: readonly string[]): boolean {
  let ended = 0;
  for (const line of lines) if (/[.!?]["')\]]?\s*$/u.test(line)) ended++;
  return ended * 2 > lines.length;
}

/** Whether half the lines or more open as markdown does: a heading, a list item or a quote. */
function markdownLines(lines: readonly string[]): boolean {
  let marked = 0;
  for (const line of lines) if (/^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>)/u.test(line)) marked++;
  return marked * 2 >= lines.length;
}

function parseHead(head: string, delimiter: CsvDelimiter): string[][] {
  return parse(head, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, delimiter }) as string[][];
}

/** The records of `head` when its quoting is broken: those before the unclosed quote, then each parseable later line. */
function recordsAround(head: string, delimiter: CsvDelimiter): string[][] {
  const at = _unclosedQuoteRecord(head, delimiter) ?? 0;
  let records: string[][] = [];
  try {
    if (at > 0) records = parseHead(head.slice(0, at - 1), delimiter);
  } catch {
    records = [];
  }
  const later = head.slice(at).split('\n');
  // The line with the stray quote: its fields as the delimiter splits them.
  const first = later.shift();
  if (first !== undefined && first.trim() !== '') records.push(first.split(delimiter));
  for (const line of later) {
    if (line.trim() === '') continue;
    try {
      records.push(...parseHead(line, delimiter));
    } catch {
      records.push(line.split(delimiter));
    }
  }
  return records;
}

/** The confidence that `head` (the first lines, `cut` when the text goes on) is CSV separated by `delimiter`. */
function scoreWith(head: string, delimiter: CsvDelimiter, cut: boolean): number {
  let records: string[][];
  try {
    records = parseHead(head, delimiter);
    if (cut) records = records.slice(0, -1);
  } catch {
    // A quote that does not close in the window: the window ends inside a quoted
    // multi-line cell, or one field has a stray `"`. Score the records before it,
    // and each later line on its own.
    records = recordsAround(head, delimiter);
  }
  if (records.length < 2) return 0;
  const { fields: mode, share: consistency } = _consistency(records.map((r) => r.length));
  if (mode < 2 || consistency < 0.6) return 0;
  const fields = records.flat();
  const avg = fields.reduce((s, f) => s + f.length, 0) / Math.max(1, fields.length);
  const prose = avg > 80 ? 0.5 : 1;
  return Math.min(_CSV_MOST_CONFIDENCE, (0.45 + 0.45 * consistency) * prose);
}
