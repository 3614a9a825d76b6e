import { _looksLikeHtml } from '../_cell-html.js';

/**
 * Internal: confidence that `text` is TSV (cells plain or HTML). Most
 * non-blank lines must hold a tab; HTML in cells adds a little.
 */
export function _detectTsvHtml(text: string): number {
  let lines = 0;
  let tabbed = 0;
  let html = false;
  // The first 400 lines, as `text.split('\n').slice(0, 400)` gives them, without splitting the rest.
  let start = 0;
  for (let n = 0; n < 400 && start >= 0; n++) {
    const end = text.indexOf('\n', start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    start = end < 0 ? -1 : end + 1;
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
