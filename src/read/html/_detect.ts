const STRONG = ['<!doctype html', '<html', '<body', '<head>', '<table', '<thead', '<tbody'];
const BLOCK = ['<p>', '<p ', '<h1', '<h2', '<h3', '<h4', '<ul', '<ol', '<li', '<div', '<tr', '<td', '<th', '<br'];

/**
 * Internal: confidence that `text` is an HTML page: a doctype, `<html>`,
 * `<body>` or `<table>` make it likely; block tags in text without tabs
 * (TSV cells also hold HTML) make it possible.
 */
export function _detectHtml(text: string): number {
  const head = text.slice(0, 20000);
  const lower = head.toLowerCase();
  const lines = head.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return 0;
  if (lines.filter((l) => l.includes('\t')).length / lines.length > 0.4) return 0;
  const strong = STRONG.filter((t) => lower.includes(t)).length;
  let blocks = 0;
  for (const t of BLOCK) {
    for (let i = lower.indexOf(t); i >= 0 && blocks < 50; i = lower.indexOf(t, i + 1)) blocks++;
  }
  const first = lower.trimStart();
  if (first.startsWith('<!doctype html') || first.startsWith('<html')) return 0.95;
  if (strong > 0) return Math.min(0.9, 0.6 + 0.1 * strong);
  if (blocks >= 3 && first.startsWith('<')) return 0.7;
  return blocks >= 3 ? 0.35 : 0;
}
