import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_IDS, FrameworkSchema, getFramework, loadFramework } from '../../src/index.js';

describe('frameworks', () => {
  it('ships frameworks that validate, with unique theme ids', () => {
    for (const id of FRAMEWORK_IDS) {
      const raw = JSON.parse(readFileSync(`src/frameworks/${id}.json`, 'utf8'));
      const { data, diagnostics } = loadFramework(raw);
      expect(diagnostics).toEqual([]);
      expect(data).toEqual(getFramework(id));
      expect(data.themes.length).toBeGreaterThan(0);
    }
    expect(getFramework('nope')).toBeUndefined();
  });

  it("reports a council framework's problems with paths, never throwing", () => {
    const { data, diagnostics } = loadFramework({ id: 'x', name: 'X', themes: [{ id: 't', title: 'T' }, { id: 't', title: 'U' }, { title: 'no id' }] });
    expect(diagnostics.map((d) => d.path)).toEqual([['themes', 2, 'id']]);
    expect(FrameworkSchema.safeParse(data).success).toBe(true);
    const dup = loadFramework({ id: 'x', name: 'X', themes: [{ id: 't', title: 'T' }, { id: 't', title: 'U' }] });
    expect(dup.diagnostics).toMatchObject([{ code: 'duplicate-id', path: ['themes', 1, 'id'] }]);
    expect(loadFramework(null).diagnostics[0]?.code).toBe('invalid-framework');
    expect(loadFramework('{').diagnostics[0]?.code).toBe('invalid-framework');
  });
});
