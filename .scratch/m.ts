import { Lexer } from 'marked';
const shapes: Record<string, (n: number) => string> = {
  para: (n) => 'Intro\n' + 'and the council will continue\n'.repeat(n),
  item: (n) => '1. Intro\n' + 'and the council will continue\n'.repeat(n),
  bullet: (n) => '- Intro\n' + 'and the council will continue\n'.repeat(n),
  table: (n) => '| a | b |\n| --- | --- |\n' + '| x **y** | z |\n'.repeat(n),
  crlines: (n) => 'Recommendations\n' + 'R1 That the Council publish a plan by 31 March 2006.\n'.repeat(n),
  csvq: (n) => 'Action,Timescale,Lead\n1. Say,"hello,Jo\n' + '"1. Train staff in equality law, then managers",by March 2009,Cllr Smith 1\n'.repeat(n),
};
for (const [k, f] of Object.entries(shapes)) {
  const r: string[] = [];
  for (const n of [1000, 4000]) { const s = f(n); const t = Date.now(); new Lexer({ gfm: true }).lex(s); r.push(`${s.length}:${Date.now() - t}ms`); }
  console.log(k, r.join(' '));
}
