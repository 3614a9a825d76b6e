import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/parse/detectFormat.js';
import { _detectCsv } from '../../src/read/csv/_detect.js';
import { readCsv } from '../../src/read/csv/readCsv.js';
import { READERS } from '../../src/read/readers.js';
import type { CsvDelimiter, SourceDocument } from '../../src/read/types.js';
import { allRows, deepFreeze, tables } from './_helpers.js';

/** One table, with cells holding every delimiter, quotes, a newline and a tab. */
const TABLE: readonly (readonly string[])[] = deepFreeze([
  ['Action', 'Lead', 'Cost (£k)', 'Notes'],
  ['Train staff; then managers', 'Ann Lee', '1,5', 'Report "progress"\nto the board'],
  ['Meet | review', 'Bob, HR', '2,25', ''],
  ['Publish plan', 'Chief Exec', '0,5', 'Tabs\there'],
]);

/** A cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line end. */
function field(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\n\r]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function write(table: readonly (readonly string[])[], delimiter: string): string {
  return table.map((row) => row.map((v) => field(v, delimiter)).join(delimiter)).join('\n') + '\n';
}

/** A cell's value from its raw source: RFC 4180 quotes removed. */
function unquote(raw: string): string {
  return raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1).replaceAll('""', '"') : raw;
}

const texts = (doc: SourceDocument): string[][] => allRows(doc).map((r) => r.cells.map((c) => c.text));
const lines = (doc: SourceDocument): number[] => allRows(doc).map((r) => r.line);

/** Checks that every cell's line and column point at its raw text in `source`. */
function expectPlaced(source: string, doc: SourceDocument): void {
  const sourceLines = source.split('\n');
  for (const row of allRows(doc)) {
    for (const cell of row.cells) {
      const firstLine = (cell.raw ?? '').split('\n')[0] ?? '';
      expect((sourceLines[cell.line - 1] ?? '').slice(cell.column - 1).startsWith(firstLine)).toBe(true);
    }
  }
}

describe('readCsv with other delimiters', () => {
  const comma = readCsv(deepFreeze(write(TABLE, ',')));

  it('reads the comma version as the table, white space folded', () => {
    expect(texts(comma.data)).toEqual(TABLE.map((row) => row.map((v) => v.replace(/\s+/gu, ' '))));
    expect(lines(comma.data)).toEqual([1, 2, 4, 5]);
    expect(comma.diagnostics).toEqual([]);
  });

  for (const [name, delimiter] of [
    ['semicolon', ';'],
    ['pipe', '|'],
    ['tab', '\t'],
  ] as const) {
    it(`reads the ${name} version, given as an option, to the same cells`, () => {
      const text = write(TABLE, delimiter);
      const { data, diagnostics } = readCsv(deepFreeze(text), deepFreeze({ delimiter }));
      expect(texts(data)).toEqual(texts(comma.data));
      expect(lines(data)).toEqual(lines(comma.data));
      expect(allRows(data).map((r) => r.cells.map((c) => unquote(c.raw ?? '')))).toEqual(TABLE);
      expect(diagnostics).toEqual([]);
      expectPlaced(text, data);
    });
  }

  for (const [name, delimiter] of [
    ['semicolon', ';'],
    ['pipe', '|'],
  ] as const) {
    it(`finds the ${name} from the text and reads the same cells`, () => {
      const text = write(TABLE, delimiter);
      expect(readCsv(text)).toEqual(readCsv(text, { delimiter }));
      expect(texts(readCsv(text).data)).toEqual(texts(comma.data));
    });
  }

  it('never guesses a tab: tab-separated text read as CSV stays one cell a line', () => {
    expect(texts(readCsv('Action\tLead\nTrain staff\tAnn\n').data)).toEqual([['Action Lead'], ['Train staff Ann']]);
  });

  it('finds `;` in a European export with decimal commas', () => {
    const text = 'Action;Budget (£k);Share\nTrain staff;1,5;0,25\nPublish report;2,75;0,5\n';
    const { data, diagnostics } = readCsv(deepFreeze(text));
    expect(texts(data)).toEqual([
      ['Action', 'Budget (£k)', 'Share'],
      ['Train staff', '1,5', '0,25'],
      ['Publish report', '2,75', '0,5'],
    ]);
    expect(allRows(data)[1]?.cells.map((c) => c.column)).toEqual([1, 13, 17]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps `,` when prose in comma-separated cells has semicolons', () => {
    const text = 'Action,Lead\nMeet; then report,Ann\nTrain; then review,Bob,extra\nPublish; then revise,Cy\n';
    expect(texts(readCsv(text).data)).toEqual([
      ['Action', 'Lead'],
      ['Meet; then report', 'Ann'],
      ['Train; then review', 'Bob', 'extra'],
      ['Publish; then revise', 'Cy'],
    ]);
  });

  it('lets the option override what the text suggests', () => {
    // Every record splits in two on `,` and on `;`: a tie, which goes to `,`.
    const text = 'Train staff;1,5\nPublish report;2,5\n';
    expect(texts(readCsv(text).data)).toEqual([
      ['Train staff;1', '5'],
      ['Publish report;2', '5'],
    ]);
    expect(texts(readCsv(text, { delimiter: ';' }).data)).toEqual([
      ['Train staff', '1,5'],
      ['Publish report', '2,5'],
    ]);
    const eu = 'Action;Budget\nTrain staff;1,5\n';
    expect(texts(readCsv(eu, { delimiter: ',' }).data)).toEqual([['Action;Budget'], ['Train staff;1', '5']]);
  });

  it('reports an invalid delimiter, then reads with the one found from the text', () => {
    const text = 'Action;Budget\nTrain staff;1,5\n';
    const { data, diagnostics } = readCsv(deepFreeze(text), deepFreeze({ source: 'plan.csv', delimiter: ':' as CsvDelimiter }));
    expect(texts(data)).toEqual([
      ['Action', 'Budget'],
      ['Train staff', '1,5'],
    ]);
    expect(diagnostics).toEqual([
      {
        code: 'invalid-option',
        severity: 'error',
        message: 'Unexpected `:` for option `delimiter`, expected one of `,` `;` `|` `\\t`; read with `;`, found from the text',
        line: 1,
        column: 1,
        path: ['delimiter'],
        source: 'read/csv',
        file: 'plan.csv',
      },
    ]);
  });

  it('reports every kind of bad delimiter without throwing', () => {
    for (const bad of ['', ';;', 'tab', '"', '\n', 44, null, {}, [';']]) {
      const { data, diagnostics } = readCsv('a,b\nc,d\n', { delimiter: bad as CsvDelimiter });
      expect(texts(data)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['invalid-option', 'error', 1, 1]]);
    }
    expect(readCsv('a,b\n', { delimiter: undefined as unknown as CsvDelimiter }).diagnostics).toEqual([]);
  });

  it('splits the rest on the delimiter after a syntax error', () => {
    const r = readCsv('a;b\n"unclosed;c\nd;e\n');
    expect(texts(r.data)).toEqual([
      ['a', 'b'],
      ['"unclosed', 'c'],
      ['d', 'e'],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'csv-syntax-error', severity: 'error', line: 2, column: 1 })]);
    expect(r.diagnostics[0]?.message).toMatch(/the rest is split on semicolons$/u);
  });

  it('takes the option through the FormatReader interface', () => {
    const csv = READERS.find((r) => r.id === 'csv')!;
    expect(texts(csv.read('Train staff;1,5\n', { delimiter: ';' }).data)).toEqual([['Train staff', '1,5']]);
  });
});

describe('detecting semicolon- and pipe-separated CSV', () => {
  it('says csv for semicolon and pipe CSV', () => {
    expect(detectFormat('Action;Budget (£k);Share\nTrain staff;1,5;0,25\nPublish report;2,75;0,5\n')).toBe('csv');
    expect(detectFormat(write(TABLE, ';'))).toBe('csv');
    expect(detectFormat(write(TABLE, '|'))).toBe('csv');
    expect(detectFormat('id|name|cost\n1|Ann|3\n2|Bob|4\n')).toBe('csv');
  });

  it('leaves tab-separated text to tsv-html', () => {
    const tsv = write(TABLE, '\t');
    expect(_detectCsv(tsv)).toBe(0);
    expect(detectFormat(tsv)).toBe('tsv-html');
  });

  it('leaves markdown pipe tables to markdown', () => {
    const md = '| Action | Lead |\n|---|---|\n| Train staff | Ann |\n| Publish | Bob |\n';
    expect(_detectCsv(md)).toBe(0);
    expect(detectFormat(md)).toBe('markdown');
    expect(detectFormat('| Action | Lead |\n| Train staff | Ann |\n| Publish | Bob |\n')).toBe('markdown');
    expect(_detectCsv('Action | Lead\n:--- | ---:\nTrain staff | Ann\n')).toBe(0);
  });

  it('leaves prose and markdown lists with semicolons alone', () => {
    expect(detectFormat('We will meet the board; then we will report.\nStaff are trained; managers are briefed.\nThe plan is agreed; it is published.\n')).toBe('text');
    expect(detectFormat('# Plan\n\nSome text; more text.\n\n- meet; report\n- train; review\n')).toBe('markdown');
  });
});

describe('properties', () => {
  const row = (alphabet: fc.Arbitrary<string>, columns: number) =>
    fc.tuple(
      fc.string({ unit: fc.constantFrom('A', 'b', 'z'), minLength: 1, maxLength: 3 }),
      fc.array(fc.string({ unit: alphabet, maxLength: 8 }), { minLength: columns - 1, maxLength: columns - 1 }),
    );
  const table = (alphabet: fc.Arbitrary<string>, minColumns: number) =>
    fc.integer({ min: minColumns, max: 5 }).chain((columns) => fc.array(row(alphabet, columns).map(([first, rest]) => [first, ...rest]), { minLength: 1, maxLength: 6 }));

  it('reads back any table written with any delimiter and RFC 4180 quoting, given the delimiter', () => {
    const anyChar = fc.constantFrom('a', 'B', ' ', ',', ';', '|', '\t', '"', '\n', '<', '>', '-', ':', 'é', '1');
    fc.assert(
      fc.property(table(anyChar, 1), fc.constantFrom<CsvDelimiter>(',', ';', '|', '\t'), fc.boolean(), (rows, delimiter, endNewline) => {
        const text = rows.map((r) => r.map((v) => field(v, delimiter)).join(delimiter)).join('\n') + (endNewline ? '\n' : '');
        const { data, diagnostics } = readCsv(text, { delimiter });
        expect(tables(data)).toHaveLength(1);
        expect(allRows(data).map((r) => r.cells.map((c) => unquote(c.raw ?? '')))).toEqual(rows);
        // Cell HTML may be reported on (`<a` is a truncated tag); the CSV itself is fine.
        expect(diagnostics.filter((d) => d.code === 'csv-syntax-error' || d.code === 'invalid-option')).toEqual([]);
        expectPlaced(text, data);
      }),
      { numRuns: 300 },
    );
  });

  it('finds `,` `;` or `|` from the text when the cells hold none of them', () => {
    const plain = fc.constantFrom('a', 'B', ' ', '\t', '"', '\n', 'é', '1');
    fc.assert(
      fc.property(table(plain, 2), fc.constantFrom<CsvDelimiter>(',', ';', '|'), (rows, delimiter) => {
        const text = rows.map((r) => r.map((v) => field(v, delimiter)).join(delimiter)).join('\n');
        expect(readCsv(text)).toEqual(readCsv(text, { delimiter }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('detection leaves prose and markdown alone, and knows a one-row table', () => {
  it.each([
    ['a title with pipes over prose', 'Equality Plan 2024 | Page 1\n\nObjective 1: Train staff | Lead: HR\nObjective 2: Publish data | Lead: Finance\nObjective 3: Review policy | Lead: Legal\n', 'text'],
    ['a markdown list whose items hold semicolons', '# Plan\n\n- Train staff;Ann;2025\n- Meet;Bob;2026\n- Publish;Cat;2027\n', 'markdown'],
    ['a header and one row, commas', 'Action,Lead,Due\nTrain staff,Ann,March 2025\n', 'csv'],
    ['a header and one row, semicolons', 'Action;Lead;Due\nTrain staff;Ann;March 2025\n', 'csv'],
  ])('%s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
