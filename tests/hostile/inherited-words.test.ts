/**
 * Cells that spell a name every plain object inherits (`constructor`,
 * `toString`, `__proto__`) in a RAG or Status column are text like any
 * other: the plan is read, the action kept, and no internal error.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

describe('inherited property names in RAG and Status cells', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('%s', (word) => {
    const csv = `Action,Lead,Timescale,RAG,Status\nPublish the equality report,HR,March 2024,${word},${word}\nTrain all managers,OD,June 2024,Green,Complete\n`;
    const { data, diagnostics } = parseDocument(csv, { format: 'csv' });
    expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
    expect(data.kind).toBe('action-plan');
    const actions = (data as Extract<typeof data, { kind: 'action-plan' }>).actions;
    expect(actions.map((a) => a.title)).toEqual(['Publish the equality report', 'Train all managers']);
    expect(actions[0]!.rag).toBeUndefined();
    expect(actions[0]!.status).toBeUndefined();
    expect(actions[1]!.rag).toBe('green');
    // The odd cell's words are kept somewhere in the result, not dropped.
    expect(JSON.stringify({ data, diagnostics })).toContain(word);
  });
});

describe('inherited property names as column headers', () => {
  it.each([
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['__proto__', '[__proto__]'],
  ])('a column headed %s keeps its text as written', (header, key) => {
    const { data, diagnostics } = parseDocument(`Action,Lead,Timescale,${header}\nPublish the equality report,HR,March 2024,kept as written\n`, { format: 'csv' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [action] = (data as Extract<typeof data, { kind: 'action-plan' }>).actions;
    expect(action?.extra).toEqual({ [key]: 'kept as written' });
    expect(Object.getPrototypeOf(action?.extra)).toBe(Object.prototype);
  });
});
