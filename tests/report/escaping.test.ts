import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, escapeHtml, escapeMarkdown, formatDiagnostics, sanitizeTerminal, toCsv } from '../../src/index.js';

describe('escaping untrusted text', () => {
  it('escapes HTML so no tag survives', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
  });

  it('defuses CSV formula injection and quotes as RFC 4180 says', () => {
    for (const danger of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(escapeCsvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    expect(escapeCsvCell('a "quoted", word')).toBe('"a ""quoted"", word"');
    expect(escapeCsvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(escapeCsvCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [['=x', 2]])).toBe("a,b\r\n'=x,2\r\n");
  });

  it('strips terminal control sequences', () => {
    // Whole sequences go, not only the escape character: no `]0;title` or `[31m` left behind.
    expect(sanitizeTerminal('ok\u001b]0;title\u0007\u001b[31mred\r\n')).toBe('okred\n');
    expect(sanitizeTerminal('a\u009b2Jb\u009d8;;http://x\u009cc\u001b]8;;http://y\u001b\\d\u001bce')).toBe('abcde');
    // An unterminated OSC ends at the line's end: it cannot hide the next lines.
    expect(sanitizeTerminal('x\u001b]0;title\nnext line')).toBe('x\nnext line');
    // Bidi overrides and isolates, which make `late` show as `etal`, are removed; other text is kept.
    expect(sanitizeTerminal('due \u202Eetal\u202C \u2066x\u2069 £ café')).toBe('due etal x £ café');
    // eslint-disable-next-line no-control-regex
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(sanitizeTerminal(s))));
  });

  it('escapes markdown table cells', () => {
    expect(escapeMarkdown('a|b\nc <script>')).toBe('a\\|b<br>c &lt;script&gt;');
  });

  it('formats diagnostics sorted by place, sanitised', () => {
    const out = formatDiagnostics(
      [
        { code: 'b', severity: 'warning', message: 'second\u001b[2J', line: 9, column: 2 },
        { code: 'a', severity: 'error', message: 'first', line: 3, column: 5 },
      ],
      { source: 'x.tsv' },
    );
    expect(out).toBe('x.tsv:3:5: error first [a]\nx.tsv:9:2: warning second [b]');
    expect(formatDiagnostics([])).toBe('');
    expect(formatDiagnostics([{ code: 'c', severity: 'info', message: 'm', line: 2, column: 1, file: 'plan.tsv' }])).toBe('plan.tsv:2:1: info m [c]');
  });
});
