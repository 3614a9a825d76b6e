/**
 * An objective's own timescale: the repeat its measure of success names.
 * Invented plans.
 */
import { describe, expect, it } from 'vitest';
import { interpretStrategy } from '../../src/interpret/interpretStrategy.js';
import { StrategySchema } from '../../src/model/plan.js';
import { deepFreeze, doc, table } from './prose/_build.js';

describe("an objective's measure of success gives its repeat", () => {
  const { data } = interpretStrategy(
    deepFreeze(
      doc('markdown', [
        table(
          [
            ['Objective', 'How we will know'],
            ['Objective 1: Make parks welcoming to everyone', 'Visitor views gathered in the biennial parks census'],
            ['Objective 2: Close the pay gap', 'Pay gap narrows each year to 2033'],
            ['Objective 3: Train every councillor', 'All councillors trained'],
          ],
          1,
        ),
      ]),
    ),
  );

  it('reads "biennial" in the measure as every 2 years', () => {
    expect(() => StrategySchema.parse(data)).not.toThrow();
    expect(data.themes.map((t) => t.ref)).toEqual(['1', '2', '3']);
    expect(data.themes[0]?.timescale).toEqual({ text: 'biennial', kind: 'ongoing', recurrence: 'every 2 years' });
    expect(data.themes[1]?.timescale?.recurrence).toBe('annually');
    expect(data.themes[2]?.timescale).toBeUndefined();
  });
});
