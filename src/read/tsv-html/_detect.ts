import { _looksLikeHtml } from '../_cell-html.js';

/**
 * Internal: confidence that `text` is TSV (cells plain or HTML). Most
 * non-blank lines must hold a tab; HTML in cells adds a little.
 */
export function _detectTsvHtml(text: string): number {
  let lines = 0;
  let tabbed = 0;
  let html = false;
  for (const line of text.split('\n').slice(0, 400)) {
    if (line.trim() === '') continue;
    lines++;
    if (line.includes('\t')) {
      tabbed++;
      if (!html && _looksLikeHtml(line)) html = true;
    }
  }
  if (lines === 0 || tabbed < 2) return 0;
  const ratio = tabbed / lines;
  if (ratio < 0.4) return 0.1 * ratio;
  return Math.min(1, 0.55 + 0.35 * ratio + (html ? 0.1 : 0));
}
