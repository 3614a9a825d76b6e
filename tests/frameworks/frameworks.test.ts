import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ActionPlanSchema, applyFramework, coverage, parseDocument, CHARACTERISTIC_LABELS, EXTRA_CHARACTERISTICS, FRAMEWORK_IDS, FrameworkSchema, PROTECTED_CHARACTERISTICS, SIX_STRANDS, getFramework, loadFramework } from '../../src/index.js';

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

describe('the shipped frameworks as data', () => {
  it('each names its source and, where it rates, its levels', () => {
    // The 2007 Equality Standard was withdrawn in 2009 and has no live publication to point to.
    for (const id of FRAMEWORK_IDS.filter((x) => x !== 'equality-standard-2007')) expect(getFramework(id).url ?? '', id).toMatch(/^https:\/\//u);
    expect(getFramework('eds-2022').levels.map((l) => [l.label, l.score])).toEqual([['Undeveloped', 0], ['Developing', 1], ['Achieving', 2], ['Excelling', 3]]);
    expect(getFramework('frsef-2017').levels.map((l) => l.label)).toEqual(['Developing', 'Achieving', 'Excellent']);
  });

  it('EDS 2022: three domains, eleven outcomes under them', () => {
    const eds = getFramework('eds-2022');
    const domains = eds.themes.filter((t) => t.parentId === undefined);
    expect(domains.map((d) => d.ref)).toEqual(['Domain 1', 'Domain 2', 'Domain 3']);
    expect(domains.map((d) => eds.themes.filter((t) => t.parentId === d.id).length)).toEqual([4, 4, 3]);
  });

  it("the Equality Act's characteristics are the ids coverage reports, and the six strands map as coverage maps them", () => {
    const act = getFramework('equality-act-2010');
    expect(act.characteristics).toEqual([...PROTECTED_CHARACTERISTICS]);
    expect(act.extras.every((x) => (EXTRA_CHARACTERISTICS as readonly string[]).includes(x))).toBe(true);
    for (const t of act.themes) expect(CHARACTERISTIC_LABELS[t.id], t.id).toBe(t.title);
    const strands = Object.fromEntries(act.synonyms.filter((s) => s.note?.startsWith('six strands')).map((s) => [s.term.replace(/ or /u, '-').replace(/ /gu, '-'), s.themeIds]));
    expect(strands).toEqual(SIX_STRANDS);
  });
});

describe('synonyms', () => {
  it('a theme column written in the six strands reads as the Act\'s characteristics', () => {
    const plan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Plan', actions: [{ id: 'a1', title: 'Audit pay', themeIds: ['Gender', 'Religion or Belief'] }, { id: 'a2', title: 'Ramp', themeIds: ['Disability', 'Transport'] }] });
    const { data, diagnostics } = applyFramework(plan, getFramework('equality-act-2010'));
    expect(data.kind === 'action-plan' && data.actions.map((a) => a.themeIds)).toEqual([['sex', 'religion-belief'], ['disability', 'Transport']]);
    expect(diagnostics.map((d) => d.text)).toEqual(['Transport']);
  });
});

describe('coverage with a framework', () => {
  const action = (id: string, title: string, characteristics: string[] = []) => ({ id, title, methods: [], leads: [], outputs: [], milestones: [], outcomes: [], comments: [], indicators: [], themeIds: [], priorityIds: [], recommendationIds: [], characteristics, updates: [] });

  it("reports the Act's characteristics and extras, with the framework's synonyms as terms", () => {
    const items = [action('a1', 'Mentoring for care leavers'), action('a2', 'Prayer room', ['Religion and Belief']), action('a3', 'Widen the recruitment pool')];
    const without = coverage(items, { extras: true });
    const r = coverage(items, { extras: true, framework: getFramework('equality-act-2010') });
    expect(r.characteristics.map((c) => c.characteristic)).toEqual([...PROTECTED_CHARACTERISTICS, 'socio-economic', 'care-experience']);
    expect(r.characteristics.find((c) => c.characteristic === 'care-experience')).toMatchObject({ itemIds: ['a1'] });
    expect(r.characteristics.find((c) => c.characteristic === 'religion-belief')?.itemIds).toEqual(['a2']);
    expect(r.untagged).toEqual(['a3']);
    // Carers are an extra of the built-in list, not of the Act's framework.
    expect(without.characteristics.some((c) => c.characteristic === 'carers')).toBe(true);
    expect(r.characteristics.some((c) => c.characteristic === 'carers')).toBe(false);
  });

  it("a council's own characteristic, with its synonym, is reported by its framework's label", () => {
    const ours = FrameworkSchema.parse({ id: 'ours', name: 'Ours', themes: [{ id: 'armed-forces', title: 'Armed forces community' }], characteristics: ['disability', 'armed-forces'], synonyms: [{ term: 'veterans', themeIds: ['armed-forces'] }] });
    const r = coverage([action('a1', 'Job fair for veterans')], { framework: ours });
    expect(r.characteristics.map((c) => [c.characteristic, c.label, c.count, c.words])).toEqual([
      ['disability', 'Disability', 0, []],
      ['armed-forces', 'Armed forces community', 1, ['veterans']],
    ]);
  });
});

describe("a document's own themes in a framework's terms", () => {
  it('a theme the framework has by title takes its id and ref, and actions naming it follow', () => {
    const ours = FrameworkSchema.parse({ id: 'ours', name: 'Ours', themes: [{ id: 'homes', ref: 'H', title: 'Homes for all' }, { id: 'jobs', ref: 'J', title: 'Good jobs' }] });
    const plan = ActionPlanSchema.parse({ kind: 'action-plan', title: 'Plan', themes: [{ id: 'theme-1', title: 'Homes for All' }, { id: 'theme-2', title: 'Parks' }], actions: [{ id: 'a1', title: 'Build', themeIds: ['theme-1'] }] });
    const { data, diagnostics } = applyFramework(plan, ours);
    if (data.kind !== 'action-plan') throw new Error('kind');
    expect(data.themes.map((t) => [t.id, t.ref])).toEqual([['homes', 'H'], ['theme-2', undefined], ['jobs', 'J']]);
    expect(data.actions[0]?.themeIds).toEqual(['homes']);
    expect(diagnostics).toEqual([]);
  });
});

describe("seed 002's taskforce framework (examples/frameworks)", () => {
  it('validates, and the strategy read with it carries its theme ids', () => {
    const { data: framework, diagnostics } = loadFramework(JSON.parse(readFileSync('examples/frameworks/race-equalities-taskforce.json', 'utf8')));
    expect(diagnostics).toEqual([]);
    const { data } = parseDocument(readFileSync('examples/data/002-wmca-race-equalities-strategy.md', 'utf8'), { framework });
    if (data.kind !== 'strategy') throw new Error(data.kind);
    expect(data.themes.map((t) => t.id)).toEqual(['jobs', 'health', 'housing', 'transport', 'justice']);
  });
});
