import { expectTypeOf, test } from 'vitest';
import type { Timescale } from '../../src/model/timescale.js';
import { parseTimescale } from '../../src/timescale/index.js';
import type { ParseTimescaleOptions, TimescaleContext } from '../../src/timescale/index.js';

test('parseTimescale signature', () => {
  expectTypeOf(parseTimescale).parameters.toEqualTypeOf<[text: string, options?: ParseTimescaleOptions]>();
  expectTypeOf(parseTimescale).returns.toEqualTypeOf<Timescale>();
  expectTypeOf<ParseTimescaleOptions['context']>().toEqualTypeOf<TimescaleContext | undefined>();
  expectTypeOf<TimescaleContext>().toEqualTypeOf<{ year?: number; start?: string; end?: string; anchor?: string; yearSpans?: 'financial' | 'calendar' }>();
});
