/**
 * Internal: confidence that `text` is markdown: ATX headings, bold-only
 * lines, `-`/`*` list lines, pipe-table rows and `|--|` separators, links.
 */
export function _detectMarkdown(text: string): number {
  let lines = 0;
  let score = 0;
  let tabbed = 0;
  let separator = false;
  for (const raw of text.split('\n').slice(0, 400)) {
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    if (raw.includes('\t')) tabbed++;
    if (line.startsWith('#') && (line.startsWith('# ') || line.startsWith('## ') || line.startsWith('### ') || line.startsWith('#### ') || line.startsWith('##### ') || line.startsWith('###### '))) score += 2;
    else if ((line.startsWith('**') && line.endsWith('**')) || (line.startsWith('__') && line.endsWith('__'))) score += 2;
    else if (line.startsWith('|') && line.endsWith('|')) {
      score += 1;
      if (line.includes('--') && !/[^|:\- ]/u.test(line)) separator = true;
    } else if (line.startsWith('- ') || line.startsWith('* ') || line.startsWith('+ ')) score += 1;
    else if (line.includes('](') || line.startsWith('> ') || line.startsWith('```')) score += 1;
  }
  if (lines === 0 || tabbed / lines > 0.4) return 0;
  const ratio = score / lines;
  return Math.min(0.95, (separator ? 0.3 : 0) + (ratio > 0 ? 0.25 + Math.min(0.5, ratio) : 0));
}
