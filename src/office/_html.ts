/**
 * Internal: the office readers' common ground. A spreadsheet or a PDF is
 * first turned into a few plain blocks (headings, paragraphs, tables of cell
 * text), then written as HTML that the library's own HTML reader reads: one
 * reader of tables, lists and paragraphs for every format, so an `.xlsx` or a
 * `.pdf` is interpreted exactly as the same table in HTML would be.
 */
import { escapeHtml } from '../report/escapeHtml.js';

/** A cell's text: lines separated by `\n`; a line opening with a bullet is a list item, indented by leading spaces. */
export type _CellText = string;

/** A plain block found in an office file. `where` names its place (sheet and row, page) for diagnostics. */
export type _OfficeBlock =
  | { type: 'heading'; depth: number; text: string; where?: string }
  | { type: 'paragraph'; text: string; where?: string }
  | { type: 'table'; rows: { cells: _CellText[]; where?: string }[] };

/** Bullets a cell line may open with, as written in spreadsheets and as PDF exports draw them. */
const BULLET = /^([ \t\u00a0]*)([•·▪◦‣○●■□➢➤►✓✔*-]|o(?=\s))\s*/u;

interface Item {
  text: string;
  indent: number;
  children: Item[];
}

/** Nests bullet lines by their indent (a deeper indent is a child of the item before it). */
function nest(lines: { text: string; indent: number }[]): Item[] {
  const root: Item = { text: '', indent: -1, children: [] };
  const stack: Item[] = [root];
  for (const line of lines) {
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= line.indent) stack.pop();
    const item: Item = { text: line.text, indent: line.indent, children: [] };
    stack[stack.length - 1]!.children.push(item);
    stack.push(item);
  }
  return root.children;
}

function listHtml(items: readonly Item[]): string {
  let out = '<ul>';
  for (const item of items) out += `<li>${escapeHtml(item.text)}${item.children.length > 0 ? listHtml(item.children) : ''}</li>`;
  return `${out}</ul>`;
}

/**
 * A cell's text as HTML: one line stays plain text; several lines become
 * paragraphs, and bullet lines lists (nested by indent).
 */
export function _cellHtml(text: _CellText): string {
  const lines = text.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== '');
  if (lines.length === 0) return '';
  if (lines.length === 1 && !BULLET.test(lines[0]!)) return escapeHtml(lines[0]!.trim());
  let out = '';
  let bullets: { text: string; indent: number }[] = [];
  const flush = (): void => {
    if (bullets.length > 0) out += listHtml(nest(bullets));
    bullets = [];
  };
  for (const line of lines) {
    const m = BULLET.exec(line);
    if (m !== null && line.slice(m[0].length).trim() !== '') {
      bullets.push({ text: line.slice(m[0].length).trim(), indent: m[1]!.replace(/\t/gu, '    ').length });
      continue;
    }
    flush();
    out += `<p>${escapeHtml(line.trim())}</p>`;
  }
  flush();
  return out;
}

/** The HTML of the blocks, one table row or block a line, and the place each line came from (index 0 is line 1). */
export function _blocksHtml(blocks: readonly _OfficeBlock[]): { html: string; where: (string | undefined)[] } {
  const lines: string[] = [];
  const where: (string | undefined)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'paragraph' && (BULLET.test(block.text) || block.text.includes('\n'))) {
      // Bullet rows in a row make one list, as a list of paragraphs does in a word processor.
      let text = block.text;
      while (BULLET.test(text.slice(text.lastIndexOf('\n') + 1))) {
        const next = blocks[i + 1];
        if (next?.type !== 'paragraph' || !BULLET.test(next.text)) break;
        text += `\n${next.text}`;
        i++;
      }
      const html = _cellHtml(text);
      lines.push(html.startsWith('<') ? html : `<p>${html}</p>`);
      where.push(block.where);
    } else if (block.type === 'heading') {
      const depth = Math.min(6, Math.max(1, Math.round(block.depth)));
      lines.push(`<h${depth}>${escapeHtml(block.text)}</h${depth}>`);
      where.push(block.where);
    } else if (block.type === 'paragraph') {
      lines.push(`<p>${escapeHtml(block.text)}</p>`);
      where.push(block.where);
    } else {
      lines.push('<table>');
      where.push(block.rows[0]?.where);
      for (const row of block.rows) {
        lines.push(`<tr>${row.cells.map((c) => `<td>${_cellHtml(c)}</td>`).join('')}</tr>`);
        where.push(row.where);
      }
      lines.push('</table>');
      where.push(block.rows[block.rows.length - 1]?.where);
    }
  }
  return { html: lines.join('\n'), where };
}
