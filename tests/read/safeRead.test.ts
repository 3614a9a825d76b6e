import { describe, expect, it } from 'vitest';
import { _safeRead } from '../../src/read/_result.js';

describe('the never-throw boundary of every reader', () => {
  it('turns an exception into internal-error and keeps the blocks read so far', () => {
    const r = _safeRead('text', 'Title\n\nBody', { source: 'x.txt' }, (_text, ctx) => {
      ctx.blocks.push({ type: 'heading', depth: 1, text: 'Title', line: 1, column: 1 });
      throw new Error('boom');
    });
    expect(r.data.blocks).toEqual([{ type: 'heading', depth: 1, text: 'Title', line: 1, column: 1 }]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'internal-error', severity: 'error', note: 'boom', source: 'read/text', file: 'x.txt' }),
    ]);
  });

  it('sorts diagnostics by place, unplaced last, keeping order on ties', () => {
    const r = _safeRead('csv', 'a', undefined, (_text, ctx) => {
      ctx.report({ code: 'c', severity: 'info', message: 'c' });
      ctx.report({ code: 'b', severity: 'info', message: 'b', line: 2, column: 1 });
      ctx.report({ code: 'a', severity: 'info', message: 'a', line: 1, column: 5 });
      ctx.report({ code: 'a2', severity: 'info', message: 'a2', line: 1, column: 5 });
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['a', 'a2', 'b', 'c']);
  });
});
