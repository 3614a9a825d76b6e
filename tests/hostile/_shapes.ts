/**
 * Inputs that grow: hostile shapes (the reproductions of issue 18, items
 * 1–6) and ordinary plans in each format. Shared by `npm run check:linear`
 * (.ci/check-linear.ts) and the benchmark in bench/hostile.ts.
 */

/** A shape: a name and a maker giving text of about `size` characters. */
export interface Shape {
  /** The format, named first in `name` (`tsv-html:`, `csv:` …): the reader that is timed on it besides parseDocument. */
  name: string;
  make: (size: number) => string;
}

/** `head`, then `unit(i)` for i = 1, 2, … until the text is `size` characters long, then `tail`. */
function grow(head: string, unit: (i: number) => string, tail = ''): (size: number) => string {
  return (size) => {
    const out = [head];
    let length = head.length;
    for (let i = 1; length < size; i++) {
      const u = unit(i);
      out.push(u);
      length += u.length;
    }
    out.push(tail);
    return out.join('');
  };
}

const csvRow = (i: number): string => `"${i}. Train staff in equality law, then managers",by March ${2009 + (i % 5)},Cllr Smith ${i}\n`;

/** Indented two more spaces on each line: a list nested ever deeper. */
function indented(size: number): string {
  const out: string[] = ['# Plan\n\n'];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = `${' '.repeat(2 * (i % 2000))}- item ${i}\n`;
    out.push(line);
    length += line.length;
  }
  return out.join('');
}

/** Hostile shapes: each was super-linear in some reader or in format detection. */
export const HOSTILE_SHAPES: readonly Shape[] = [
  { name: 'tsv-html: `<a` with no `>`', make: grow('Action\tTimescale\n\t', () => '<a') },
  { name: 'tsv-html: `<!--` unclosed', make: grow('Action\tTimescale\n\t', () => '<!--') },
  { name: 'tsv-html: `<![CDATA[` unclosed', make: grow('Action\tTimescale\n\t', () => '<![CDATA[') },
  { name: 'tsv-html: `<a href="x` unclosed', make: grow('Action\tTimescale\n\t', () => '<a href="x') },
  {
    name: 'csv: unclosed quote after the detection window',
    make: (size) => grow(`Action,Timescale,Lead\n${Array.from({ length: 70 }, (_, i) => csvRow(i + 1)).join('')}71. Say,"hello,Jo\n`, csvRow)(size),
  },
  { name: 'csv: unclosed quote in the first lines', make: (size) => grow('Action,Timescale,Lead\n1. Say,"hello,Jo\n', csvRow)(size) },
  { name: 'html: `<ul>` nested', make: grow('<html><body>', () => '<ul>') },
  { name: 'html: `<ul><li>` left open', make: grow('<html><body>', (i) => `<ul><li>item ${i % 10}`) },
  { name: 'html: `<div>` nested', make: grow('<html><body>', () => '<div>x') },
  { name: 'text: one item continued', make: grow('1. Intro\n', () => 'and the council will continue to work with partners\n') },
  { name: 'text: numbered items past 999', make: grow('Actions\n', (i) => `${i}. The council will train staff\n`) },
  { name: 'markdown: nested indentation', make: indented },
  { name: 'markdown: `*a_` run', make: (size) => `# Review\n\n- R1 That ${'*a_'.repeat(Math.ceil(size / 3))}\n` },
  { name: 'markdown: `*a_` lines', make: grow('# Review\n\n', (i) => `- R${i} That ${'*a_'.repeat(20)} publish a plan\n`) },
  { name: 'text: CR-only line endings', make: grow('Recommendations\r', (i) => `R${i} That the Council publish a plan by 31 March 2006.\r`) },
  { name: 'text: header lines with nothing under them', make: grow('Plan\n', () => 'Ref Action Lead Timescale\n') },
  { name: 'text: one header word per line, forever', make: grow('Plan\n', (i) => ['Lead\n', 'Timescale\n', 'Ref\n'][i % 3] as string) },
  { name: 'text: one-per-line headers, then cells that never fit', make: grow('Ref\nAction\nTimescale\n', (i) => `${i}\nTrain staff\nsoon\n\n`) },
  { name: 'text: a " / " row wrapped forever', make: grow('Action / Lead / Timescale\n1 / Train staff in law\n', () => 'and managers too\n') },
  // The same sub-item refs under every numbered paragraph: ids "a", "a-2" … "a-10000" were found by trying every suffix.
  { name: 'text: (a) (b) under every numbered lead-in', make: grow('Recommendations of the panel\n\n', (i) => `${i}. We should:\n(a) act;\n(b) report.\n`) },
];

/** Ordinary plans in each format. */
export const ORDINARY_SHAPES: readonly Shape[] = [
  { name: 'csv: plan', make: grow('Action,Timescale,Lead\n', csvRow) },
  { name: 'tsv-html: plan', make: grow('Action\tTimescale\tLead\n', (i) => `<p>${i}. Train staff</p><ul><li>• in law</li></ul>\tby March 2009\tCllr Smith\n`) },
  { name: 'markdown: table plan', make: grow('| Action | Timescale | Lead |\n| --- | --- | --- |\n', (i) => `| ${i}. Train staff | by March 2009 | Cllr Smith |\n`) },
  { name: 'html: table plan', make: grow('<table><tr><th>Action</th><th>Timescale</th><th>Lead</th></tr>', (i) => `<tr><td>${i}. Train staff</td><td>by March 2009</td><td>Cllr Smith</td></tr>`, '</table>') },
  { name: 'text: review', make: grow('Recommendations\n\n', (i) => `R${i} That the Council publish a plan by 31 March 2006.\n\n`) },
  { name: 'text: fixed-width plan', make: grow('Ref   Action                    Lead          Timescale\n', (i) => `${String(i).padEnd(6)}Train staff in law        Cllr Smith    by March 2009\n      and managers\n`) },
  { name: 'text: " / " plan', make: grow('Ref / Action / Lead / Timescale\n', (i) => `${i} / Train staff / Cllr Smith / Deputy / by March 2009\n`) },
  { name: 'text: one cell per line plan', make: grow('Ref\nAction\nLead\nTimescale\n', (i) => `${i}\nTrain staff\nCllr Smith\nMarch 2009\n`) },
];
