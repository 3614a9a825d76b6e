import { describe, expect, it } from 'vitest';
import {
  COUNCIL_SLIPPAGE_RULES,
  DEFAULT_PROGRESS_RULES,
  DELIVERY_CONFIDENCE_RULES,
  DELIVERY_CONFIDENCE_THREE_POINT,
  DELIVERY_CONFIDENCE_THREE_POINT_RULES,
  RECOMMENDATION_TRACKER_RULES,
  REPORTED_RAG_RULES,
  PROGRESS_RULES_PRESETS,
  ragStatus,
  validateProgressRules,
} from '../../src/index.js';
import type { TrackedItem } from '../../src/index.js';
import { deepFreeze, R4, RSPE_ACTIONS, rspe } from './fixtures.js';

describe('ragStatus under the default rules', () => {
  it('seed 000 R4 on 2006-06-30 is red: 91 days late, with the figures in the reason', () => {
    const r = ragStatus(R4, { asOf: '2006-06-30' });
    expect(r).toMatchObject({ status: 'red', label: 'Red', rule: 'overdue', reason: 'due 2006-03-31, 91 days late', excluded: false, diagnostics: [] });
    expect(r.figures).toMatchObject({ due: '2006-03-31', slippageDays: 91, daysToDeadline: -91, hasDeadline: true });
    const updated = deepFreeze({ ...R4, updates: [{ date: '2006-01-10', comment: 'Letters sent to partners' }] });
    expect(ragStatus(updated, { asOf: '2006-06-30' }).reason).toBe('due 2006-03-31, 91 days late, no update since 2006-01-10');
  });

  it('seed 001 action 1 on 2008-10-01 is not late; lagging progress makes it amber or red', () => {
    const a1 = rspe('1');
    const base = ragStatus(a1, { asOf: '2008-10-01' });
    expect(base.figures.slippageDays).toBe(-91);
    expect(base.figures.percentTimeElapsed).toBeCloseTo((183 / 274) * 100, 6); // ~67%
    expect(base.status).toBe('green');
    // 30% done at ~67% elapsed: schedule performance ~45, under offTrack (70) → red.
    const r30 = ragStatus({ ...a1, percentComplete: 30 }, { asOf: '2008-10-01' });
    expect(r30.figures.schedulePerformance).toBeCloseTo(44.9, 1);
    expect(r30).toMatchObject({ status: 'red', rule: 'off-track' });
    expect(r30.reason).toBe('due 2008-12-31, 91 days to go, 30% complete at 67% of time elapsed (schedule performance 45)');
    // 55% → ~82, between offTrack and onTrack → amber.
    expect(ragStatus({ ...a1, percentComplete: 55 }, { asOf: '2008-10-01' })).toMatchObject({ status: 'amber', rule: 'behind' });
    // 65% → ~97 → green.
    expect(ragStatus({ ...a1, percentComplete: 65 }, { asOf: '2008-10-01' }).status).toBe('green');
  });

  it('action 6 on 2008-12-01: milestones "by October" and "by November" missed → amber', () => {
    const r = ragStatus(rspe('6'), { asOf: '2008-12-01' });
    expect(r.figures.milestonesMissed).toBe(3);
    expect(r).toMatchObject({ status: 'amber', rule: 'milestones-missed' });
    expect(r.reason).toContain('3 milestones missed');
    expect(r.figures.period).toBe('Year 3');
  });

  it('never shows a complete item red, even when it finished late', () => {
    const late: TrackedItem = { ...R4, status: 'complete', completedOn: '2006-05-15' };
    const r = ragStatus(late, { asOf: '2006-06-30' });
    expect(r).toMatchObject({ status: 'complete', label: 'Complete' });
    expect(r.reason).toBe('complete on 2006-05-15, due 2006-03-31, 45 days late');
    // Even rules that would say red are overridden by the guard.
    const harsh = { ...DEFAULT_PROGRESS_RULES, rules: [{ id: 'all-red', when: { hasDeadline: true }, status: 'red' }] };
    expect(ragStatus(late, { asOf: '2006-06-30', rules: harsh })).toMatchObject({ status: 'complete', rule: 'complete' });
  });

  it('never gives a schedule RAG to an item with no deadline', () => {
    const ongoing: TrackedItem = { timescale: { text: 'Continuation', kind: 'ongoing' }, percentComplete: 10 };
    expect(ragStatus(ongoing, { asOf: '2008-10-01' })).toMatchObject({ status: 'no-deadline', rule: 'no-deadline' });
    // Rules without a no-deadline rule still cannot default it to green.
    const bare = { id: 'bare', name: 'Bare', scale: [{ id: 'green', label: 'Green', rank: 0 }], rules: [], default: { status: 'green' } };
    expect(ragStatus(ongoing, { asOf: '2008-10-01', rules: bare })).toMatchObject({ status: 'no-deadline', rule: 'no-deadline' });
  });

  it('leaves cancelled, deferred and superseded items out (excluded)', () => {
    for (const status of ['cancelled', 'deferred', 'superseded'] as const) {
      const r = ragStatus({ ...R4, status }, { asOf: '2006-06-30' });
      expect(r).toMatchObject({ status, rule: 'excluded', excluded: true });
    }
  });

  it('says not-started before the window opens, red once it is open with nothing done', () => {
    const a10 = { ...rspe('10'), status: 'not-started' as const };
    expect(ragStatus(a10, { asOf: '2008-06-01' }).status).toBe('not-started');
    expect(ragStatus(a10, { asOf: '2008-10-01' })).toMatchObject({ status: 'red', rule: 'off-track' });
  });

  it('marks stale updates amber', () => {
    const a2 = { ...rspe('2'), percentComplete: 50, updates: [{ date: '2008-06-01', percentComplete: 20 }] };
    // On 2009-03-31 elapsed is 50%, 50% done → on schedule, but the last update is 303 days old.
    const r = ragStatus(a2, { asOf: '2009-03-31' });
    expect(r).toMatchObject({ status: 'amber', rule: 'stale' });
    expect(r.reason).toContain('no update since 2008-06-01');
  });

  it('reads only the updates dated on or before asOf', () => {
    const a1 = {
      ...rspe('1'),
      updates: [
        { date: '2008-07-01', percentComplete: 30 },
        { date: '2008-11-01', percentComplete: 90 },
      ],
    };
    expect(ragStatus(a1, { asOf: '2008-10-01' }).figures.percentComplete).toBe(30);
    expect(ragStatus(a1, { asOf: '2008-11-15' }).figures.percentComplete).toBe(90);
  });

  it('does not mutate frozen inputs and is deterministic', () => {
    const frozen = deepFreeze(structuredClone(RSPE_ACTIONS));
    const a = frozen.map((x) => ragStatus(x, { asOf: '2009-06-30', rules: DELIVERY_CONFIDENCE_RULES }));
    const b = frozen.map((x) => ragStatus(x, { asOf: '2009-06-30', rules: DELIVERY_CONFIDENCE_RULES }));
    expect(a).toEqual(b);
    expect(frozen).toEqual(RSPE_ACTIONS);
  });
});

describe('presets', () => {
  it('give R4 a status on each of their scales', () => {
    expect(ragStatus(R4, { asOf: '2006-04-30', rules: DELIVERY_CONFIDENCE_RULES }).status).toBe('amber-red');
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: DELIVERY_CONFIDENCE_RULES }).status).toBe('red');
    expect(ragStatus(R4, { asOf: '2006-04-30', rules: COUNCIL_SLIPPAGE_RULES })).toMatchObject({ status: 'delayed-under-3-months', label: 'Delayed by less than 3 months' });
    expect(ragStatus(R4, { asOf: '2006-07-01', rules: COUNCIL_SLIPPAGE_RULES }).status).toBe('not-met-within-3-months');
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: RECOMMENDATION_TRACKER_RULES })).toMatchObject({ status: 'not-achieved', label: 'Not achieved' });
    expect(ragStatus(R4, { asOf: '2006-02-01', rules: RECOMMENDATION_TRACKER_RULES }).label).toBe('On track, not yet due');
  });

  it('recommendation tracker: achieved within or outside timescale, slipped when re-dated', () => {
    const rules = RECOMMENDATION_TRACKER_RULES;
    expect(ragStatus({ ...R4, status: 'complete', completedOn: '2006-03-01' }, { asOf: '2006-06-30', rules }).status).toBe('achieved');
    expect(ragStatus({ ...R4, status: 'complete', completedOn: '2006-05-01' }, { asOf: '2006-06-30', rules }).status).toBe('achieved-late');
    const redated = { ...R4, timescale: { text: 'by September 2006', kind: 'month' as const, end: '2006-09-30' }, baselineTimescale: R4.timescale };
    expect(ragStatus(redated, { asOf: '2006-06-30', rules })).toMatchObject({ status: 'slipped', label: 'Slipped' });
    expect(ragStatus(redated, { asOf: '2006-06-30', rules }).reason).toContain('originally due 2006-03-31 (91 days late against it)');
  });

  it('reported RAG wins unless the evidence contradicts it', () => {
    const rules = REPORTED_RAG_RULES;
    const a2 = rspe('2');
    expect(ragStatus({ ...a2, rag: 'amber' }, { asOf: '2008-10-01', rules })).toMatchObject({ status: 'amber', rule: 'reported-amber' });
    expect(ragStatus({ ...a2, rag: 'red' }, { asOf: '2008-10-01', rules })).toMatchObject({ status: 'red', rule: 'reported-red' });
    const contradicted = ragStatus({ ...R4, rag: 'green' }, { asOf: '2006-06-30', rules });
    expect(contradicted).toMatchObject({ status: 'red', rule: 'contradicted-late' });
    expect(contradicted.reason).toBe('contradicted by the evidence: due 2006-03-31, 91 days late, reported green');
    expect(ragStatus({ ...rspe('1'), rag: 'green', percentComplete: 30 }, { asOf: '2008-10-01', rules }).rule).toBe('contradicted-off-track');
    // No reported RAG: the default evidence rules apply.
    expect(ragStatus(R4, { asOf: '2006-06-30', rules }).rule).toBe('overdue');
  });

  it('the three-point Delivery Confidence rules are the five-point ones mapped', () => {
    const dates = ['2008-06-01', '2008-10-01', '2009-03-15', '2009-04-15', '2009-08-01', '2010-06-01'];
    const variants: TrackedItem[] = RSPE_ACTIONS.flatMap((a) => [a, { ...a, percentComplete: 20 }, { ...a, percentComplete: 60 }]);
    let seen = new Set<string>();
    for (const item of variants) {
      for (const asOf of dates) {
        const five = ragStatus(item, { asOf, rules: DELIVERY_CONFIDENCE_RULES });
        const three = ragStatus(item, { asOf, rules: DELIVERY_CONFIDENCE_THREE_POINT_RULES });
        seen.add(five.status);
        expect(three.status).toBe(DELIVERY_CONFIDENCE_THREE_POINT[five.status] ?? five.status);
        expect(three.rule).toBe(five.rule);
      }
    }
    seen = new Set([...seen].filter((s) => s in DELIVERY_CONFIDENCE_THREE_POINT));
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});

describe('presets are frozen and compiled once', () => {
  const dates = ['2006-01-31', '2006-04-30', '2006-06-30', '2008-06-01', '2008-10-01', '2009-04-15', '2010-06-01'];
  const items: TrackedItem[] = [R4, { ...R4, rag: 'green' }, { ...R4, status: 'complete', completedOn: '2006-05-01' }, ...RSPE_ACTIONS, { ...rspe('1'), percentComplete: 30 }];

  it('every preset is deeply frozen, so no caller can change it for the others', () => {
    for (const [name, preset] of Object.entries(PROGRESS_RULES_PRESETS)) {
      expect(Object.isFrozen(preset), name).toBe(true);
      expect(Object.isFrozen(preset.scale[0]), name).toBe(true);
      expect(Object.isFrozen(preset.rules[0]?.when), name).toBe(true);
      expect(() => (preset.rules as unknown[]).push({}), name).toThrow(TypeError);
    }
    expect(Object.isFrozen(PROGRESS_RULES_PRESETS)).toBe(true);
    expect(Object.isFrozen(DELIVERY_CONFIDENCE_THREE_POINT)).toBe(true);
  });

  it('a preset gives what an unfrozen copy of it gives, call after call', () => {
    for (const [name, preset] of Object.entries(PROGRESS_RULES_PRESETS)) {
      const copy = structuredClone(preset) as typeof preset;
      expect(Object.isFrozen(copy)).toBe(false);
      for (const item of items) {
        for (const asOf of dates) expect(ragStatus(item, { asOf, rules: preset }), `${name} ${item.id} ${asOf}`).toEqual(ragStatus(item, { asOf, rules: copy }));
      }
    }
  });

  it("rules of the caller's own, deeply frozen, give what the same rules unfrozen give", () => {
    const own = structuredClone(COUNCIL_SLIPPAGE_RULES);
    const frozen = deepFreeze(structuredClone(COUNCIL_SLIPPAGE_RULES));
    for (const item of items) for (const asOf of dates) expect(ragStatus(item, { asOf, rules: frozen })).toEqual(ragStatus(item, { asOf, rules: own }));
  });

  it('frozen rules that inherit a property from a prototype are read afresh (the prototype may change)', () => {
    const { rules, ...rest } = structuredClone(DEFAULT_PROGRESS_RULES);
    const proto: { rules: typeof rules } = { rules };
    const frozen = Object.freeze(Object.assign(Object.create(proto) as object, deepFreeze(rest))) as typeof DEFAULT_PROGRESS_RULES;
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: frozen })).toMatchObject({ status: 'red', rule: 'overdue' });
    proto.rules = [];
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: frozen })).toMatchObject({ status: 'green', rule: 'default' });
  });

  it("rules of the caller's own are read afresh on each call (a change between calls counts)", () => {
    const rules = structuredClone(DEFAULT_PROGRESS_RULES) as { rules: { id: string; status: string }[] };
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: rules as never }).status).toBe('red');
    const overdue = rules.rules.find((r) => r.id === 'overdue');
    if (overdue === undefined) throw new Error('the default rules have no overdue rule');
    overdue.status = 'amber';
    expect(ragStatus(R4, { asOf: '2006-06-30', rules: rules as never })).toMatchObject({ status: 'amber', rule: 'overdue' });
  });
});

describe('rules as JSON', () => {
  it('a council defines its own rules in JSON, thresholds included', () => {
    const json = `{
      "id": "our-council",
      "name": "Our council",
      "scale": [
        { "id": "ok", "label": "On target", "rank": 0 },
        { "id": "watch", "label": "Watch", "rank": 1 },
        { "id": "late", "label": "Late", "rank": 2 }
      ],
      "rules": [
        { "id": "late", "when": { "metric": "slippageDays", "op": "gt", "value": 14 }, "status": "late", "reason": "{daysLate} days past {due}" },
        { "id": "slow", "when": { "metric": "schedulePerformance", "op": "lt", "value": "offTrack" }, "status": "watch" }
      ],
      "default": { "status": "ok" },
      "thresholds": { "offTrack": 40 }
    }`;
    const { data, diagnostics } = validateProgressRules(JSON.parse(json));
    expect(diagnostics).toEqual([]);
    expect(data?.thresholds).toEqual({ onTrack: 90, offTrack: 40, staleAfterDays: 90 });
    const rules = JSON.parse(json);
    expect(ragStatus(R4, { asOf: '2006-06-30', rules })).toMatchObject({ status: 'late', label: 'Late', reason: '91 days past 2006-03-31' });
    expect(ragStatus(R4, { asOf: '2006-04-10', rules }).status).toBe('ok');
    // SPI 45 is above this council's offTrack of 40.
    expect(ragStatus({ ...rspe('1'), percentComplete: 30 }, { asOf: '2008-10-01', rules }).status).toBe('ok');
    expect(ragStatus({ ...rspe('1'), percentComplete: 20 }, { asOf: '2008-10-01', rules }).status).toBe('watch');
  });

  it('bad rules give an error result with diagnostics, not a crash', () => {
    const bad = { ...DEFAULT_PROGRESS_RULES, rules: [{ id: 'x', when: { metric: 'slipageDays', op: 'gt', value: 0 }, status: 'purple' }] };
    const r = ragStatus(R4, { asOf: '2006-06-30', rules: bad as never });
    expect(r.status).toBe('invalid-rules');
    expect(r.rule).toBe('invalid-rules');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code === 'invalid-progress-rules' && d.severity === 'error')).toBe(true);
    expect(r.diagnostics[0]?.message).toMatch(/^Invalid option: expected one of .*"slippageDays".* at `rules\.0\.when\.metric`$/);
    expect(r.diagnostics[0]?.path).toEqual(['rules', 0, 'when', 'metric']);
    const purple = { ...DEFAULT_PROGRESS_RULES, default: { status: 'purple' } };
    expect(validateProgressRules(purple).diagnostics.map((d) => d.message)).toEqual(['Unexpected status `purple`, expected one on the scale at `default.status`']);
    // The figures are still there.
    expect(r.figures.slippageDays).toBe(91);
    expect(validateProgressRules('not rules').data).toBeNull();
  });
});
