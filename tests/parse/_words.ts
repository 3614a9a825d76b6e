/**
 * Words a person wrote in a sample, and words a parsed document keeps: shared
 * by the nothing-lost tests (tests/parse/nothing-lost.test.ts and the
 * mangled-sample property in tests/hostile/coverage.test.ts).
 */
import type { FormatId } from '../../src/read/types.js';

export function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]);
}
/** Header words of the TSV samples' (repeated, split) header rows. */
const HEADER_WORDS = new Set(
  words('Action Methodology Timescale [Lead Member] Measurables / Outputs Outcomes [Review Comments] Area examined Strengths Areas for Improvement Actions By Whom When Ву'),
);

/** The words a person wrote: markup (tags, link targets, pipes) removed; TSV header rows left out. */
export function sourceWords(sample: { text: string; format: FormatId }): string[] {
  const out: string[] = [];
  const lines = sample.text.split(/\r\n?|\n/);
  for (const [n, line] of lines.entries()) {
    // A markdown table's header row (the pipe row above its `|--|` line) is markup, like TSV header rows.
    if (sample.format === 'markdown' && /^\|?:?-{2,}/u.test((lines[n + 1] ?? '').replaceAll(' ', '')) && line.includes('|')) continue;
    if (sample.format === 'tsv-html') {
      const cells = line.split('\t').map((cell) => words(cell.replace(/<[^<>]*>/g, ' ')));
      const isHeader = (cell: string[]) => cell.length > 0 && cell.every((w) => HEADER_WORDS.has(w));
      // A header row (three or more header cells, or a broken header whose cells all start with header words)
      // keeps only what is not header: "Area examined 2.1 Community engagement…" keeps "2.1 Community…".
      const headerCells = cells.filter(isHeader).length;
      const nonEmpty = cells.filter((c) => c.length > 0).length;
      const startsAsHeader = cells.filter((c) => c.length > 0 && HEADER_WORDS.has(c[0] as string)).length;
      const headerRow = headerCells >= 3 || (headerCells > 0 && startsAsHeader === nonEmpty && cells.length > 1);
      for (const cell of cells) {
        if (!headerRow) out.push(...cell);
        else if (!isHeader(cell)) {
          let i = 0;
          while (i < cell.length && HEADER_WORDS.has(cell[i] as string)) i += 1;
          out.push(...cell.slice(i));
        }
      }
    } else {
      // Link targets are markup: [label](target) keeps only the label.
      out.push(...words(line.replace(/\]\([^()]*\)/g, ']')));
    }
  }
  return out;
}

export function outputWords(value: unknown, into: Map<string, number>): Map<string, number> {
  if (typeof value === 'string') for (const w of words(value)) into.set(w, (into.get(w) ?? 0) + 1);
  else if (Array.isArray(value)) for (const v of value) outputWords(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      // The keys of free-form records (`metadata`, `extra`) are the document's own words.
      if (key === 'metadata' || key === 'extra') outputWords(Object.keys(v as object), into);
      outputWords(v, into);
    }
  }
  return into;
}

