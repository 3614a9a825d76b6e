import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../tsup.config.js';

describe('JSON Schema files shipped in equality-plans/schema', () => {
  const files = jsonSchemaFiles();

  it('covers every top-level schema', () => {
    expect(Object.keys(files).sort()).toEqual(['action', 'action-plan', 'diagnostic', 'equality-document', 'framework', 'peer-review', 'progress-rules', 'recommendation', 'report-item', 'review', 'strategy', 'timescale']);
  });

  it('describes fields as users write them (defaults optional, dates as format date)', () => {
    type Node = { $ref?: string; $defs?: Record<string, Node>; required?: string[]; oneOf?: unknown[]; anyOf?: unknown[] };
    const root = (name: string): Node => {
      const file = files[name] as Node;
      return file.$ref ? file.$defs![file.$ref.replace('#/$defs/', '')]! : file;
    };
    const action = root('action');
    expect(action.required).toEqual(expect.arrayContaining(['id', 'title']));
    expect(action.required).not.toContain('leads');
    expect(JSON.stringify(files.timescale)).toContain('"format":"date"');
    const doc = root('equality-document');
    expect((doc.oneOf ?? doc.anyOf ?? []).length).toBe(4);
  });
});
