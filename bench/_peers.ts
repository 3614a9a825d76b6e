/** Bare parsers the benchmarks measure parseDocument against. */
import { Parser } from 'htmlparser2';

/**
 * A tab split plus a bare htmlparser2 parse of every cell, collecting its
 * text: the least any TSV-with-HTML reader must do. Returns the characters
 * of text seen.
 */
export function bareTsvHtml(text: string): number {
  let chars = 0;
  const parser = new Parser({ ontext: (t) => (chars += t.length) }, { decodeEntities: true });
  for (const line of text.split('\n')) {
    for (const cell of line.split('\t')) {
      parser.reset();
      parser.write(cell);
      parser.end();
    }
  }
  return chars;
}
