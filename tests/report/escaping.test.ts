import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
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

  // One case per escape family, 7-bit (ESC …) and 8-bit (C1 introducer) forms: the whole sequence goes, the text around it stays.
  it.each([
    ['CSI, SGR colour', 'a\u001b[38;2;255;0;0mb'],
    ['CSI, private mode (hide cursor)', 'a\u001b[?25lb'],
    ['CSI with an intermediate byte', 'a\u001b[1 qb'],
    ['CSI, 8-bit U+009B', 'a\u009b2Jb'],
    ['OSC window title, BEL', 'a\u001b]0;owned\u0007b'],
    ['OSC 8 hyperlink, ST', 'a\u001b]8;;http://example.invalid/x\u001b\\b'],
    ['OSC, 8-bit U+009D … U+009C', 'a\u009d8;;http://example.invalid/\u009cb'],
    ['DCS (DECRQSS)', 'a\u001bP$qm\u001b\\b'],
    ['DCS, 8-bit U+0090', 'a\u0090q#0;2;0;0;0\u009cb'],
    ['SOS', 'a\u001bXhidden\u001b\\b'],
    ['SOS, 8-bit U+0098', 'a\u0098hidden\u009cb'],
    ['PM', 'a\u001b^hidden\u001b\\b'],
    ['PM, 8-bit U+009E', 'a\u009ehidden\u009cb'],
    ['APC', 'a\u001b_hidden\u001b\\b'],
    ['APC, 8-bit U+009F', 'a\u009fhidden\u009cb'],
    ['two-character escape (reset)', 'a\u001bcb'],
    ['charset designation', 'a\u001b(Bb'],
    ['lone C1 controls (NEL, IND, PAD)', 'a\u0085\u0084\u0080b'],
    ['C0 controls (BEL, BS, CR, VT, FF)', 'a\u0007\u0008\r\u000b\u000cb'],
    ['bidi embeddings and overrides U+202A–U+202E', 'a\u202a\u202b\u202c\u202d\u202eb'],
    ['bidi isolates U+2066–U+2069', 'a\u2066\u2067\u2068\u2069b'],
  ])('removes %s whole', (_family, input) => {
    expect(sanitizeTerminal(input)).toBe('ab');
  });

  it('keeps the text of a hyperlink and what a cancelled string leaves, drops the target', () => {
    expect(sanitizeTerminal('see \u001b]8;;http://example.invalid/\u0007the plan\u001b]8;;\u0007.')).toBe('see the plan.');
    // CAN and SUB cancel a control string in a terminal: what follows them is shown, so it is kept.
    expect(sanitizeTerminal('a\u001b]0;title\u0018shown')).toBe('ashown');
    expect(sanitizeTerminal('a\u009dtitle\u001ashown')).toBe('ashown');
  });

  it('escapes markdown table cells', () => {
    expect(escapeMarkdown('a|b\nc <script>')).toBe('a\\|b<br>c &lt;script&gt;');
  });

  it('leaves ordinary text in markdown as written', () => {
    expect(escapeMarkdown('EDI-01 due 2024-03-31 & Q&A')).toBe('EDI-01 due 2024-03-31 & Q&A');
    expect(escapeMarkdown('3.5% of staff (new)')).toBe('3.5% of staff (new)');
    expect(escapeMarkdown('&copy; not an entity')).toBe('\\&copy; not an entity');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('2024. not a list')).toBe('2024\\. not a list');
  });

  it('never lets a markdown cell forge table rows, whatever its line breaks', () => {
    for (const br of ['\r', '\n', '\r\n', '\u2028', '\u2029']) {
      const tokens = marked.lexer(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(`x${br}| y | z |`)} | 1 |\n`);
      const table = tokens.find((t) => t.type === 'table') as Tokens.Table;
      expect(table.rows).toHaveLength(1);
      expect(table.rows[0]![1]!.text).toBe('1');
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const table = marked.lexer(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(s)} | end |\n`).find((t) => t.type === 'table') as Tokens.Table | undefined;
        return table !== undefined && table.rows.length === 1 && table.rows[0]![1]!.text === 'end';
      }),
      { numRuns: 2400 },
    );
  });

  it('keeps bare web addresses as written, so their autolinks have no backslashes', () => {
    const url = 'https://example.org/plan_2024-25/item.html?a=1';
    expect(escapeMarkdown(`see ${url} now`)).toBe(`see ${url} now`);
    expect(marked.parse(`see ${escapeMarkdown(url)}`)).toContain(`href="${url.replace('&', '&amp;')}"`);
    expect(marked.parse(escapeMarkdown('www.example.org/a_b'))).toContain('href="http://www.example.org/a_b"');
    expect(escapeMarkdown('https://x.org/<script>')).toBe('https://x.org/&lt;script&gt;');
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

  it('gives the place in the file (`at`) where a diagnostic has one, line and column where not', () => {
    const ds = [
      { code: 'a', severity: 'warning' as const, message: 'm', line: 40, column: 5, at: 'page 5', note: 'page 5' },
      { code: 'b', severity: 'info' as const, message: 'n', line: 2, column: 1, at: 'sheet Plan, row 7' },
      { code: 'c', severity: 'error' as const, message: 'o', line: 1, column: 1, note: 'not a place' },
    ];
    expect(formatDiagnostics(ds, { source: 'plan.pdf' })).toBe('plan.pdf:1:1: error o [c]\nplan.pdf: sheet Plan, row 7: info n [b]\nplan.pdf: page 5: warning m [a]');
    expect(formatDiagnostics([ds[0]!])).toBe('page 5: warning m [a]');
  });
});
