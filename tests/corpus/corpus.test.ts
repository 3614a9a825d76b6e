/**
 * The development corpus: 40 real documents from 39 other bodies, each with
 * what a careful reader gets from it (facts.json). Every fact the model can
 * express becomes an assertion; the rest are listed with their reason. The
 * share that holds is printed by part, fact type and document, and must not
 * fall below the floors below.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { FACTS, TABLE_DOCUMENTS, corpusText, judge, wordsPlaced, type Verdict } from './_facts.js';

const verdicts: Verdict[] = [];
const kinds: { file: string; want: string; got: string; part: 1 | 2; placed: number; items: number }[] = [];
for (const entry of FACTS) {
  const text = corpusText(entry.file);
  const { data } = parseDocument(text, { source: entry.file });
  const d = data as unknown as Record<string, unknown[] | undefined>;
  const items = (d['recommendations']?.length ?? 0) + (d['actions']?.length ?? 0) + (d['themes']?.length ?? 0) + (d['areas']?.length ?? 0);
  kinds.push({ file: entry.file, want: entry.kind, got: data.kind, part: TABLE_DOCUMENTS.has(entry.file.slice(0, 2)) ? 2 : 1, placed: wordsPlaced(text, data), items });
  for (const fact of entry.facts) verdicts.push(judge(entry.file, entry.kind, fact, data as never));
}

function share(list: readonly Verdict[]): string {
  const held = list.filter((v) => v.holds === true).length;
  return `${held}/${list.length} (${list.length === 0 ? 100 : Math.round((100 * held) / list.length)}%)`;
}

function report(): string {
  const out: string[] = [];
  const expressible = verdicts.filter((v) => v.expressible);
  out.push(`corpus facts: ${verdicts.length}; expressible ${expressible.length}; holding ${share(expressible)}`);
  for (const part of [1, 2] as const) out.push(`  part ${part}: ${share(expressible.filter((v) => v.part === part))}`);
  const types = [...new Set(expressible.map((v) => v.fact.type))].sort();
  for (const t of types) out.push(`  ${t.padEnd(10)} ${share(expressible.filter((v) => v.fact.type === t))}`);
  out.push('by document (kind wanted → got, words placed, facts):');
  for (const k of kinds) {
    const mine = expressible.filter((v) => v.file === k.file);
    out.push(`  ${k.file.slice(0, 44).padEnd(44)} ${k.want.padEnd(11)} → ${k.got.padEnd(11)} placed ${String(Math.round(k.placed * 100)).padStart(3)}%  ${share(mine)}`);
    for (const v of mine.filter((x) => x.holds !== true)) out.push(`      ✗ ${v.fact.type} ${v.fact.what ?? v.fact.item ?? ''} want ${JSON.stringify(v.fact.value ?? v.fact.end ?? v.fact.contains ?? v.fact.phrase)}; got ${v.got ?? ''}`);
  }
  out.push('not expressible yet:');
  for (const v of verdicts.filter((x) => !x.expressible)) out.push(`  ${v.file.slice(0, 2)} ${v.fact.type} ${v.fact.what ?? v.fact.item ?? ''}: ${v.reason ?? ''}`);
  return out.join('\n');
}

// Floors: the share of expressible facts that hold, by part. Raise them as the parsers improve.
const FLOOR = { 1: 0.92, 2: 0.84 } as const;

describe('the development corpus', () => {
  it('prints what holds', () => {
    console.log(report());
    expect(verdicts.length).toBe(FACTS.reduce((n, f) => n + f.facts.length, 0));
  });

  for (const part of [1, 2] as const) {
    it(`part ${part}: the expressible facts hold at or above the floor`, () => {
      const list = verdicts.filter((v) => v.expressible && v.part === part);
      const held = list.filter((v) => v.holds === true).length;
      expect(held / list.length).toBeGreaterThanOrEqual(FLOOR[part]);
    });
  }

  it('a document with listed items places its words outside body', () => {
    // Words placed: a document read as nothing but body places 0% of its words — a failure, not "100% kept".
    const listed = new Set(verdicts.filter((v) => v.expressible && v.fact.type === 'count' && Number(v.fact.value) > 0).map((v) => v.file));
    const bare = kinds.filter((k) => k.part === 1 && listed.has(k.file) && (k.items === 0 || k.placed < 0.05)).map((k) => `${k.file}: ${Math.round(k.placed * 100)}% placed, ${k.items} items`);
    expect(bare).toEqual([]);
  });

  it('every table document gets its count of items right, or says why not', () => {
    // Issue 12: each table document's counts of actions (and of the objectives or themes its rows
    // fall under), as the careful reader counts them in the excerpt. A miss must be named here
    // with the reason; today one is: 28's four themes sit in a two-column table whose columns
    // were interleaved word by word when the PDF became one line of text, so no column order
    // survives to read them by.
    const KNOWN_MISSES: Record<string, string> = { '28|themes': 'columns interleaved word by word in one line of PDF text' };
    const counts = verdicts.filter((v) => v.part === 2 && v.expressible && v.fact.type === 'count');
    const missed = counts.filter((v) => v.holds !== true && KNOWN_MISSES[`${v.file.slice(0, 2)}|${v.fact.what ?? ''}`] === undefined);
    expect(missed.map((v) => `${v.file}: ${v.fact.what ?? ''} want ${String(v.fact.value)}; got ${v.got ?? ''}`)).toEqual([]);
    // Every table document with an action count is judged (none is left unexpressible), and the
    // known misses are still misses (remove one from the list when it starts to hold).
    const withActions = new Set(counts.filter((v) => v.fact.what === 'actions').map((v) => v.file.slice(0, 2)));
    expect([...withActions].sort()).toEqual(['03', '05', '07', '12', '37']);
    for (const key of Object.keys(KNOWN_MISSES)) expect(counts.find((v) => `${v.file.slice(0, 2)}|${v.fact.what ?? ''}` === key)?.holds).toBe(false);
  });

  it('every prose document of a model kind gets its kind right', () => {
    const wrong = kinds.filter((k) => k.part === 1 && k.want !== 'other' && k.want !== k.got).map((k) => `${k.file}: ${k.want} → ${k.got}`);
    expect(wrong).toEqual([]);
  });

});
