/**
 * The corpus is read by general rules: no file name, body name or run of
 * six words of any corpus document appears in the library's source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from './_facts.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const COMMON = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'will', 'were', 'their', 'there', 'which', 'what', 'when', 'where', 'than', 'them', 'they', 'into', 'also', 'such', 'each', 'last', 'first', 'more', 'most', 'some', 'only', 'other']);
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const source = sourceFiles('src').map((f) => readFileSync(f, 'utf8'));
// Chunks of source: a comment block (wrapped lines joined) or one line of code, so that a run of
// words is looked for where it could be written, not across unrelated lines.
const chunks: string[] = [];
for (const file of source) {
  let comment: string[] = [];
  for (const line of file.split('\n')) {
    if (/^\s*(?:\/\*\*?|\*|\/\/)/u.test(line)) comment.push(line);
    else {
      if (comment.length > 0) chunks.push(words(comment.join(' ')).join(' '));
      comment = [];
      chunks.push(words(line).join(' '));
    }
  }
  if (comment.length > 0) chunks.push(words(comment.join(' ')).join(' '));
}
const sourceText = ` ${chunks.join(' | ')} `;
const raw = readFileSync('src/index.ts', 'utf8') + source.join('\n');

describe('no corpus document is special-cased in src/', () => {
  for (const file of corpusFiles()) {
    it(file, () => {
      const text = readFileSync(`tests/corpus/raw/${file}`, 'utf8');
      const body = /\(([^,(]+?)(?:,| \()/u.exec(text.split('\n')[0] ?? '')?.[1]?.trim();
      expect(raw).not.toContain(file.replace(/\.txt$/u, ''));
      if (body !== undefined && body.split(' ').length >= 2) expect(raw.toLowerCase()).not.toContain(body.toLowerCase());
      const w = words(text.split('\n').slice(2).join('\n'));
      const shared: string[] = [];
      for (let i = 0; i + 6 <= w.length; i += 1) {
        const run = ` ${w.slice(i, i + 6).join(' ')} `;
        // Runs of common words ("at the end of the last") are English, not a document's phrase.
        const content = w.slice(i, i + 6).filter((x) => x.length >= 4 && !COMMON.has(x)).length;
        if (content >= 3 && sourceText.includes(run)) shared.push(run.trim());
      }
      expect(shared).toEqual([]);
    });
  }
});
