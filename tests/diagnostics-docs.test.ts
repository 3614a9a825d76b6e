/**
 * Every diagnostic code is documented: the ones written as literals in the
 * source, and the ones actually emitted on the samples and on hostile input.
 * The index docs/diagnostics.md is generated and must be up to date.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../.ci/diagnostics-index.mjs';
import { loadFramework, parseDocument, parseTimescale, type Diagnostic } from '../src/index.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const documented = new Set([...readFileSync('docs/diagnostics.md', 'utf8').matchAll(/^\| (?:<a id="[^"]+"><\/a>)?`([a-z0-9-]+)`/gm)].map((m) => m[1]));

describe('diagnostics documentation', () => {
  it('the index is generated from the pages and up to date', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toBe(buildIndex());
    expect(documented.size).toBeGreaterThan(20);
  });

  it('every code written in the source is documented', () => {
    const literal = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bcode: '([a-z0-9-]+)'/g)) if (m[1] !== 'custom') literal.add(m[1]!);
    }
    expect([...literal].filter((c) => !documented.has(c))).toEqual([]);
  });

  it('every code emitted on the samples and on hostile input is documented', () => {
    const seen: Diagnostic[] = [];
    const inputs = [
      ...readdirSync('examples/data').filter((f) => /^\d{3}-/.test(f)).map((f) => readFileSync(`examples/data/${f}`, 'utf8')),
      '',
      '<table><tr><td>unclosed',
      'a\tb\n"c\td',
      '| a | b |\n| c |',
      'Action,By When\n"unterminated,x',
      '<p>'.repeat(500),
    ];
    for (const text of inputs) for (const format of [undefined, 'tsv-html', 'csv', 'html', 'markdown', 'text'] as const) seen.push(...parseDocument(text, format ? { format } : {}).diagnostics);
    for (const phrase of ['by 31 June 2006', 'by October', 'within 6 months', 'March 2010 - January 2010', '5/11/15', 'Jan 10']) seen.push(...(parseTimescale(phrase).diagnostics ?? []));
    seen.push(...loadFramework({}).diagnostics);
    const codes = new Set(seen.map((d) => d.code));
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].filter((c) => !documented.has(c))).toEqual([]);
  });
});
